// Uncertain inputs, their inverse CDFs and the scenario draw (uncertainty.h).
#include "parley/uncertainty.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/enum_table.h"

namespace parley {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();
// The largest double below 1: the top of [0, 1).
constexpr double kBelowOne = 1.0 - 1.0 / 9007199254740992.0;  // 1 - 2^-53
// u for normal draws is at least 2^-54, so Phi^-1(u) >= -8.3 stays finite.
constexpr double kLeastNormalUnit = 1.0 / 18014398509481984.0;  // 2^-54
// A capability draw never falls below this share of its point value (only a u
// within about 2^-54 of 0 comes near it), so every drawn capability is > 0.
constexpr double kCapabilityFloor = 1e-9;

constexpr EnumTable<UncertainField, 3> kFieldNames = {{
    {UncertainField::kCapability, "capability"},
    {UncertainField::kPosition, "position"},
    {UncertainField::kSalience, "salience"},
}};

// Triangular(low, mode, high) inverse CDF, solving F(x) = u for its two
// quadratic pieces (Kotz & van Dorp, "Beyond Beta", 2004, ch. 1):
// low + sqrt(u (high - low)(mode - low)) below
// u = (mode - low) / (high - low), high - sqrt((1 - u)(high - low)(high - mode))
// above. triangular(0, 25, 50) at u = 0.05: sqrt(0.05 * 50 * 25) = 7.906.
double TriangularQuantile(double low, double mode, double high, double u) {
  const double width = high - low;
  if (width <= 0.0) return mode;
  if (u < (mode - low) / width) return low + std::sqrt(u * width * (mode - low));
  return high - std::sqrt((1.0 - u) * width * (high - mode));
}

// Normal(mean, sd) truncated to [low, high]: Phi^-1(Phi(a) + u (Phi(b) - Phi(a)))
// with a, b the standardised bounds (the inversion method for a truncated
// distribution; Devroye, "Non-Uniform Random Variate Generation", 1986, ch. II).
// mean in [low, high] means a <= 0 <= b, which keeps Phi(b) - Phi(a) away from 0.
// normal(0, 10) on [0, 100] at u = 0.5: 10 Phi^-1(0.75) = 6.745.
double TruncatedNormalQuantile(double mean, double sd, double low, double high, double u) {
  const double below = NormalCdf((low - mean) / sd);
  const double above = NormalCdf((high - mean) / sd);
  return mean + sd * InverseNormalCdf(below + u * (above - below));
}

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
    std::vector<UncertainInput> found;
    if (stance.position_range) {
      found.push_back(FromRange(UncertainField::kPosition, stance.position, *stance.position_range,
                                scale.min, scale.max));
    } else if (section.position_sd) {
      found.push_back(ScenarioWideNormal(UncertainField::kPosition, stance.position,
                                         *section.position_sd, scale.min, scale.max));
    }
    if (stance.salience_range) {
      found.push_back(
          FromRange(UncertainField::kSalience, stance.salience, *stance.salience_range, 0.0, 1.0));
    } else if (section.salience_sd) {
      found.push_back(ScenarioWideNormal(UncertainField::kSalience, stance.salience,
                                         *section.salience_sd, 0.0, 1.0));
    }
    for (UncertainInput& input : found) {
      input.actor = stance.actor;
      input.issue = stance.issue;
      input.stance = s;
      inputs.push_back(input);
    }
  }
}

}  // namespace

std::string_view ToString(UncertainField field) { return NameOf(kFieldNames, field); }

std::vector<UncertainInput> ListUncertainInputs(const Scenario& scenario) {
  std::vector<UncertainInput> inputs;
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
  u = std::isnan(u) ? 0.0 : std::clamp(u, 0.0, kBelowOne);
  double value = input.value;
  switch (input.distribution) {
    case Distribution::kUniform:
      value = input.low + u * (input.high - input.low);
      break;
    case Distribution::kTriangular:
      value = TriangularQuantile(input.low, input.value, input.high, u);
      break;
    case Distribution::kNormal:
      value = TruncatedNormalQuantile(input.value, input.spread, input.low, input.high,
                                      std::max(u, kLeastNormalUnit));
      break;
    case Distribution::kLogNormal:
      // value x factor^Z with spread = ln(factor): median `value`.
      value =
          input.value * std::exp(input.spread * InverseNormalCdf(std::max(u, kLeastNormalUnit)));
      break;
  }
  value = std::clamp(value, input.low, input.high);
  if (input.field == UncertainField::kCapability) {
    value = std::max(value, kCapabilityFloor * input.value);
  }
  return value;
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
    const UncertainInput& input = inputs[n];
    const double value = Quantile(input, unit_values[n]);
    switch (input.field) {
      case UncertainField::kCapability:
        drawn.actors[input.actor].capability = value;
        break;
      case UncertainField::kPosition:
        drawn.stances[*input.stance].position = value;
        break;
      case UncertainField::kSalience:
        drawn.stances[*input.stance].salience = value;
        break;
    }
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
