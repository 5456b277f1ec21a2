// One concrete scenario to outcomes per issue (include/parley/draw_evaluation.h).
#include "parley/draw_evaluation.h"

#include <fmt/format.h>

#include "core/enum_table.h"
#include "parley/timeline.h"

namespace parley {
namespace {

constexpr EnumTable<NoOutcomeReason, kNoOutcomeReasonCount> kReasonNames = {{
    {NoOutcomeReason::kSkipped, "skipped"},
    {NoOutcomeReason::kCycle, "cycle"},
    {NoOutcomeReason::kRoundCap, "round_cap"},
    {NoOutcomeReason::kInfeasible, "infeasible"},
    {NoOutcomeReason::kStopped, "stopped"},
}};

std::optional<NoOutcomeReason> ReasonOf(const Forecast& forecast, bool accept_round_cap) {
  switch (forecast.termination) {
    case Termination::kClosedForm:
    case Termination::kConverged:
      return std::nullopt;
    case Termination::kCycle:  // counts when the model defines a cycle's point (EUM)
      if (forecast.point_defined) return std::nullopt;
      return NoOutcomeReason::kCycle;
    case Termination::kMaxRounds:
      if (accept_round_cap) return std::nullopt;
      return NoOutcomeReason::kRoundCap;
    case Termination::kInfeasible:
      return NoOutcomeReason::kInfeasible;
    case Termination::kStopped:
      return NoOutcomeReason::kStopped;
  }
  return NoOutcomeReason::kSkipped;
}

std::vector<DrawOutcome> Unanswered(const Scenario& scenario) {
  return std::vector<DrawOutcome>(scenario.issues.size(),
                                  DrawOutcome{0.0, NoOutcomeReason::kSkipped});
}

// Outcomes a regime or a timeline period reports, issue by issue.
std::vector<DrawOutcome> FromIssueOutcomes(const Scenario& scenario,
                                           const std::vector<IssueOutcome>& reported) {
  std::vector<DrawOutcome> outcomes = Unanswered(scenario);
  for (const IssueOutcome& issue : reported) {
    if (issue.issue < outcomes.size()) outcomes[issue.issue] = DrawOutcome{issue.outcome, {}};
  }
  return outcomes;
}

Result<std::vector<DrawOutcome>> EvaluateTimeline(const Scenario& scenario,
                                                  const ConfiguredModel& model,
                                                  const Evaluation& evaluation,
                                                  const RunContext& context) {
  SimulationOptions options;
  options.model = model;
  options.context = context;
  options.rounds_per_period = evaluation.timeline->rounds_per_period;
  options.periods = evaluation.timeline->periods;
  options.engagement = evaluation.timeline->engagement;
  options.regime = evaluation.regime;
  auto trajectory = SimulateTimeline(scenario, options);
  if (!trajectory) return tl::unexpected(trajectory.error());
  if (trajectory->periods.empty()) return Unanswered(scenario);
  return FromIssueOutcomes(scenario, trajectory->periods.back().outcomes);
}

}  // namespace

std::string_view ToString(NoOutcomeReason reason) {
  return NameOf(kReasonNames, reason, "skipped");
}

std::vector<DrawOutcome> DrawOutcomesOf(const Scenario& scenario, const ScenarioForecast& forecast,
                                        bool accept_round_cap) {
  std::vector<DrawOutcome> outcomes = Unanswered(scenario);
  for (const IssueForecast& issue : forecast.issues) {
    if (issue.issue >= outcomes.size()) continue;
    outcomes[issue.issue] =
        DrawOutcome{issue.forecast.outcome, ReasonOf(issue.forecast, accept_round_cap)};
  }
  return outcomes;
}

Result<Evaluation> PrepareEvaluation(const Scenario& scenario, Evaluation evaluation,
                                     std::vector<std::string>& notes) {
  if (evaluation.timeline) {
    if (scenario.timeline.events.empty()) {
      return InvalidArgument(fmt::format(
          "scenario '{}' has no timeline events (an `events:` section) to run", scenario.id));
    }
    const TimelineEvaluation& timeline = *evaluation.timeline;
    if (timeline.rounds_per_period < 1 || timeline.rounds_per_period > 100) {
      return InvalidArgument(fmt::format("--rounds-per-period must be in [1, 100], got {}",
                                         timeline.rounds_per_period));
    }
    if (timeline.periods < 0 || timeline.periods > 10000) {
      return InvalidArgument(
          fmt::format("--periods must be in [0, 10000], got {}", timeline.periods));
    }
    if (Status valid = ValidateEngagementOptions(timeline.engagement); !valid) {
      return tl::unexpected(valid.error());
    }
  }
  if (evaluation.regime) {
    auto unavailable = RegimeUnavailable(scenario, *evaluation.regime, evaluation.regime_settings);
    if (!unavailable) return tl::unexpected(unavailable.error());
    if (*unavailable) {
      notes.push_back(fmt::format("the {} regime does not apply: {}; draws without it",
                                  ToString(*evaluation.regime), **unavailable));
      evaluation.regime.reset();
    }
  }
  return evaluation;
}

Result<std::vector<DrawOutcome>> EvaluateDraw(const Scenario& scenario,
                                              const ConfiguredModel& model,
                                              const Evaluation& evaluation,
                                              const RunContext& context) {
  if (evaluation.timeline) return EvaluateTimeline(scenario, model, evaluation, context);
  if (evaluation.regime) {
    auto outcome = RunRegime(scenario, *evaluation.regime, evaluation.regime_settings,
                             TableModel(model, context));
    if (!outcome) return tl::unexpected(outcome.error());
    return FromIssueOutcomes(scenario, outcome->outcomes);
  }
  auto forecast = model.Run(scenario, context);
  if (!forecast) return tl::unexpected(forecast.error());
  return DrawOutcomesOf(scenario, *forecast, evaluation.accept_round_cap);
}

}  // namespace parley
