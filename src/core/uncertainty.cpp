// Uncertain inputs, their inverse CDFs and the scenario draw (uncertainty.h).
#include "parley/uncertainty.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/enum_table.h"
#include "core/input_sampler.h"

namespace parley {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

constexpr EnumTable<UncertainField, 3> kFieldNames = {{
    {UncertainField::kCapability, "capability"},
    {UncertainField::kPosition, "position"},
    {UncertainField::kSalience, "salience"},
}};

UncertainInput FromRange(UncertainField field, double value, const ValueRange& range, double low,
                         double high) {
  UncertainInput input;
  input.field = field;
  input.distribution = range.distribution;
  input.value = value;
  if (range.distribution == Distribution::kNormal) {
    input.low = low;  // truncated to the value's allowed range
    input.high = high;
    input.spread = range.sd;
  } else {
    input.low = range.low;
    input.high = range.high;
  }
  return input;
}

UncertainInput ScenarioWideNormal(UncertainField field, double value, double sd, double low,
                                  double high) {
  UncertainInput input;
  input.field = field;
  input.distribution = Distribution::kNormal;
  input.value = value;
  input.low = low;
  input.high = high;
  input.spread = sd;
  input.scenario_wide = true;
  return input;
}

void AddCapabilities(const Scenario& scenario, std::vector<UncertainInput>& inputs) {
  const UncertaintySettings& section = scenario.uncertainty;
  for (std::size_t i = 0; i < scenario.actors.size(); ++i) {
    const Actor& actor = scenario.actors[i];
    UncertainInput input;
    if (actor.capability_range) {
      input = FromRange(UncertainField::kCapability, actor.capability, *actor.capability_range, 0.0,
                        kInfinity);
    } else if (section.capability_factor) {
      input.field = UncertainField::kCapability;
      input.distribution = Distribution::kLogNormal;
      input.value = actor.capability;
      input.low = 0.0;
      input.high = kInfinity;
      input.spread = std::log(*section.capability_factor);
      input.scenario_wide = true;
    } else {
      continue;
    }
    input.actor = i;
    inputs.push_back(input);
  }
}

void AddStances(const Scenario& scenario, std::vector<UncertainInput>& inputs) {
  const UncertaintySettings& section = scenario.uncertainty;
  for (std::size_t s = 0; s < scenario.stances.size(); ++s) {
    const Stance& stance = scenario.stances[s];
    const Scale& scale = scenario.issues[stance.issue].scale;
    const auto add = [&](UncertainInput input) {
      input.actor = stance.actor;
      input.issue = stance.issue;
      input.stance = s;
      inputs.push_back(input);
    };
    if (stance.position_range) {
      add(FromRange(UncertainField::kPosition, stance.position, *stance.position_range, scale.min,
                    scale.max));
    } else if (section.position_sd) {
      add(ScenarioWideNormal(UncertainField::kPosition, stance.position, *section.position_sd,
                             scale.min, scale.max));
    }
    if (stance.salience_range) {
      add(FromRange(UncertainField::kSalience, stance.salience, *stance.salience_range, 0.0, 1.0));
    } else if (section.salience_sd) {
      add(ScenarioWideNormal(UncertainField::kSalience, stance.salience, *section.salience_sd, 0.0,
                             1.0));
    }
  }
}

}  // namespace

std::string_view ToString(UncertainField field) { return NameOf(kFieldNames, field); }

std::vector<UncertainInput> ListUncertainInputs(const Scenario& scenario) {
  std::vector<UncertainInput> inputs;
  // At most one capability an actor and two values a stance: one allocation.
  inputs.reserve(scenario.actors.size() + 2 * scenario.stances.size());
  AddCapabilities(scenario, inputs);
  AddStances(scenario, inputs);
  return inputs;
}

std::string InputLabel(const Scenario& scenario, const UncertainInput& input) {
  std::string label = scenario.actors[input.actor].id + " " + std::string(ToString(input.field));
  if (input.issue) label += " on " + scenario.issues[*input.issue].id;
  return label;
}

double Quantile(const UncertainInput& input, double u) {
  return PreparedInput(input).ValueAt(ClampUnit(u));
}

Scenario WithoutUncertainty(Scenario scenario) {
  for (Actor& actor : scenario.actors) actor.capability_range.reset();
  for (Stance& stance : scenario.stances) {
    stance.position_range.reset();
    stance.salience_range.reset();
  }
  scenario.uncertainty = UncertaintySettings{};
  return scenario;
}

void SetDrawnValues(Scenario& drawn, const std::vector<UncertainInput>& inputs,
                    const std::vector<double>& unit_values) {
  const std::size_t count = std::min(inputs.size(), unit_values.size());
  for (std::size_t n = 0; n < count; ++n) {
    const PreparedInput input(inputs[n]);
    input.Write(input.ValueAt(ClampUnit(unit_values[n])), drawn);
  }
}

Scenario DrawScenario(const Scenario& scenario, const std::vector<UncertainInput>& inputs,
                      const std::vector<double>& unit_values) {
  Scenario drawn = WithoutUncertainty(scenario);
  SetDrawnValues(drawn, inputs, unit_values);
  return drawn;
}

Scenario DrawScenario(const Scenario& scenario, std::uint64_t seed, std::uint64_t run) {
  const std::vector<UncertainInput> inputs = ListUncertainInputs(scenario);
  SplitMix64 generator = RunGenerator(seed, run);
  std::vector<double> unit_values(inputs.size());
  for (double& u : unit_values) u = generator.NextUnit();
  return DrawScenario(scenario, inputs, unit_values);
}

Status CheckUnitValues(const std::vector<UncertainInput>& inputs,
                       const std::vector<double>& unit_values) {
  if (unit_values.size() != inputs.size()) {
    return InvalidArgument(fmt::format("{} unit values for {} uncertain inputs (need one each)",
                                       unit_values.size(), inputs.size()));
  }
  for (std::size_t n = 0; n < unit_values.size(); ++n) {
    if (!(unit_values[n] >= 0.0 && unit_values[n] < 1.0)) {
      return InvalidArgument(
          fmt::format("unit value for input {} is {}, outside [0, 1)", n, unit_values[n]));
    }
  }
  return Ok();
}

}  // namespace parley
