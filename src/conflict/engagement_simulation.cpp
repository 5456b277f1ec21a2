// Engagement over periods: rules R (rhetoric), G (trust gain) and L (talks)
// of docs/mechanisms/engagement.md, and ad hoc measures from the CLI.
#include <fmt/format.h>

#include <algorithm>

#include "parley/engagement.h"

namespace parley {
namespace {

void ApplyRhetoric(const std::vector<std::size_t>& bellicose, const EngagementOptions& options,
                   TrustMatrix& trust) {
  for (std::size_t i : bellicose) {
    for (std::size_t j = 0; j < trust.size(); ++j) {
      if (j == i) continue;
      trust[i][j] *= 1.0 - options.rhetoric_trust_loss;
      trust[j][i] = trust[i][j];
    }
  }
}

void ApplyGain(const std::vector<std::size_t>& parties, double gain, TrustMatrix& trust) {
  for (std::size_t a = 0; a < parties.size(); ++a) {
    for (std::size_t b = a + 1; b < parties.size(); ++b) {
      const std::size_t i = parties[a];
      const std::size_t j = parties[b];
      if (i == j) continue;
      trust[i][j] += gain * (1.0 - trust[i][j]);
      trust[j][i] = trust[i][j];
    }
  }
}

double MeanTrustWithOtherParties(const std::vector<std::size_t>& parties, std::size_t actor,
                                 const TrustMatrix& trust) {
  double sum = 0.0;
  int count = 0;
  for (std::size_t other : parties) {
    if (other == actor) continue;
    sum += trust[actor][other];
    ++count;
  }
  return count == 0 ? 0.0 : sum / count;
}

// Rule L on one status issue: the parties' positions move toward their
// capability x salience weighted mean, each by lambda tau_i of the gap.
void ConvergeOnIssue(const std::vector<std::size_t>& parties, std::size_t issue,
                     const Scenario& effective, const TrustMatrix& trust,
                     const EngagementOptions& options, Scenario& scenario) {
  double weighted = 0.0;
  double total = 0.0;
  double plain = 0.0;
  std::vector<const Stance*> stances;
  for (std::size_t actor : parties) {
    const Stance* stance = effective.FindStance(actor, issue);
    if (stance == nullptr) continue;
    stances.push_back(stance);
    const double weight = effective.actors[actor].capability * stance->salience;
    weighted += weight * stance->position;
    total += weight;
    plain += stance->position;
  }
  if (stances.size() < 2) return;
  const double mean = total > 0.0 ? weighted / total : plain / static_cast<double>(stances.size());
  for (const Stance* stance : stances) {
    const double tau = MeanTrustWithOtherParties(parties, stance->actor, trust);
    double moved = stance->position + options.talks_convergence * tau * (mean - stance->position);
    if (stance->red_line) moved = std::clamp(moved, stance->red_line->low, stance->red_line->high);
    for (Stance& target : scenario.stances) {
      if (target.actor == stance->actor && target.issue == issue) target.position = moved;
    }
  }
}

Result<EngagementMeasure> ParseMeasureSpec(const Scenario& scenario, std::string_view text) {
  const auto at = text.find('@');
  if (at == std::string_view::npos) {
    return InvalidArgument(
        fmt::format("--measure '{}' is neither a measure of the scenario nor "
                    "TYPE@ACTOR+ACTOR[:attribute,...]",
                    text));
  }
  EngagementMeasure measure;
  measure.id = std::string(text);
  measure.name = std::string(text);
  auto type = MeasureTypeFromString(text.substr(0, at));
  if (!type) return InvalidArgument(type.error().message);
  measure.type = *type;
  const auto colon = text.find(':', at);
  std::string_view parties =
      text.substr(at + 1, colon == std::string_view::npos ? text.npos : colon - at - 1);
  while (!parties.empty()) {
    const auto plus = parties.find('+');
    const std::string_view id = parties.substr(0, plus);
    auto actor = scenario.FindActor(id);
    if (!actor) return InvalidArgument(fmt::format("--measure '{}': unknown actor '{}'", text, id));
    measure.parties.push_back(*actor);
    parties = plus == std::string_view::npos ? std::string_view{} : parties.substr(plus + 1);
  }
  if (measure.parties.empty())
    return InvalidArgument(fmt::format("--measure '{}' names no party", text));
  std::string_view attributes = colon == std::string_view::npos ? "" : text.substr(colon + 1);
  while (!attributes.empty()) {
    const auto comma = attributes.find(',');
    if (auto s = SetMeasureAttribute(measure.attributes, attributes.substr(0, comma)); !s) {
      return InvalidArgument(s.error().message);
    }
    attributes =
        comma == std::string_view::npos ? std::string_view{} : attributes.substr(comma + 1);
  }
  return measure;
}

}  // namespace

Result<EngagementMeasure> ResolveMeasure(const Scenario& scenario, std::string_view text) {
  for (const EngagementMeasure& measure : scenario.engagement.measures) {
    if (measure.id == text) return measure;
  }
  return ParseMeasureSpec(scenario, text);
}

EngagementStepResult StepEngagement(const EngagementState& state, const TrustMatrix& initial,
                                    const EngagementStep& step, int period,
                                    const EngagementOptions& options) {
  EngagementStepResult result{state, {}};
  TrustMatrix& trust = result.state.trust;
  ApplyRhetoric(step.bellicose, options, trust);
  const Scenario at_start = ApplyTrust(state.scenario, initial, trust, options);
  std::vector<MeasureDecision> decisions;
  for (const EngagementMeasure& measure : step.measures) {
    decisions.push_back(DecideMeasure(at_start, measure, options));
  }
  for (std::size_t m = 0; m < step.measures.size(); ++m) {
    if (decisions[m].accepted) ApplyGain(step.measures[m].parties, decisions[m].trust_gain, trust);
  }
  for (std::size_t m = 0; m < step.measures.size(); ++m) {
    const EngagementMeasure& measure = step.measures[m];
    if (!decisions[m].accepted || !measure.attributes.tied_to_settlement_talks) continue;
    const Scenario effective = ApplyTrust(result.state.scenario, initial, trust, options);
    for (std::size_t issue : state.scenario.engagement.status_issues) {
      ConvergeOnIssue(measure.parties, issue, effective, trust, options, result.state.scenario);
    }
  }
  result.period = EngagementPeriod{period, step.bellicose, std::move(decisions), trust,
                                   ApplyTrust(result.state.scenario, initial, trust, options)};
  return result;
}

Result<std::vector<EngagementPeriod>> SimulateEngagement(const Scenario& scenario,
                                                         const std::vector<EngagementStep>& steps,
                                                         const EngagementOptions& options) {
  if (auto s = ValidateEngagementOptions(options); !s) return tl::unexpected(s.error());
  const TrustMatrix initial = InitialTrust(scenario, options);
  EngagementState state{scenario, initial};
  std::vector<EngagementPeriod> periods;
  periods.push_back(EngagementPeriod{0, {}, {}, initial, scenario});
  for (std::size_t t = 0; t < steps.size(); ++t) {
    EngagementStepResult next =
        StepEngagement(state, initial, steps[t], static_cast<int>(t) + 1, options);
    state = std::move(next.state);
    periods.push_back(std::move(next.period));
  }
  return periods;
}

}  // namespace parley
