// One concrete scenario to outcomes per issue (include/parley/draw_evaluation.h).
#include "parley/draw_evaluation.h"

#include <fmt/format.h>

#include "core/enum_table.h"
#include "parley/force_report.h"
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

// Every issue of `scenario` without an outcome, into `outcomes` (its memory
// reused: a Monte Carlo fills one vector per thread in every run).
void SetUnanswered(const Scenario& scenario, std::vector<DrawOutcome>& outcomes) {
  outcomes.assign(scenario.issues.size(), DrawOutcome{0.0, NoOutcomeReason::kSkipped});
}

std::vector<DrawOutcome> Unanswered(const Scenario& scenario) {
  std::vector<DrawOutcome> outcomes;
  SetUnanswered(scenario, outcomes);
  return outcomes;
}

// DrawOutcomesOf into `outcomes` (its memory reused).
void SetOutcomesOf(const Scenario& scenario, const ScenarioForecast& forecast,
                   bool accept_round_cap, std::vector<DrawOutcome>& outcomes) {
  outcomes.resize(scenario.issues.size());
  WriteDrawOutcomes(forecast, accept_round_cap, outcomes);
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

Result<Trajectory> RunTimeline(const Scenario& scenario, const ConfiguredModel& model,
                               const Evaluation& evaluation, const RunContext& context) {
  SimulationOptions options;
  options.model = model;
  options.context = context;
  options.rounds_per_period = evaluation.timeline->rounds_per_period;
  options.periods = evaluation.timeline->periods;
  options.engagement = evaluation.timeline->engagement;
  options.regime = evaluation.regime;
  return SimulateTimeline(scenario, options);
}

std::vector<DrawOutcome> LastPeriodOutcomes(const Scenario& scenario,
                                            const Trajectory& trajectory) {
  if (trajectory.periods.empty()) return Unanswered(scenario);
  return FromIssueOutcomes(scenario, trajectory.periods.back().outcomes);
}

DrawForce FromReport(const IssueForceReport& row) {
  DrawForce judged;
  if (!row.verdict) return judged;
  judged.judged = true;
  if (row.verdict->imposer) judged.imposer = row.verdict->views[*row.verdict->imposer].actor;
  return judged;
}

// Rule F5 on each outcome of a draw without a timeline.
PeriodJudgement JudgeOutcomes(const Scenario& scenario, const std::vector<DrawOutcome>& outcomes,
                              const ForceOptions& options) {
  PeriodJudgement period;
  period.issues.resize(outcomes.size());
  for (std::size_t k = 0; k < outcomes.size(); ++k) {
    if (!outcomes[k].HasOutcome()) continue;
    const ForceVerdict verdict =
        JudgeOutcome(MakeForceIssue(scenario, k, options), outcomes[k].outcome, options);
    period.issues[k].judged = true;
    if (verdict.imposer) period.issues[k].imposer = verdict.views[*verdict.imposer].actor;
  }
  return period;
}

// The outcomes of one draw and, with `force`, their judgements, into `draw`.
Status Evaluate(const Scenario& scenario, const ConfiguredModel& model,
                const Evaluation& evaluation, const RunContext& context, const ForceOptions* force,
                JudgedDraw& draw) {
  draw.force.clear();
  if (evaluation.timeline) {
    auto trajectory = RunTimeline(scenario, model, evaluation, context);
    if (!trajectory) return tl::unexpected(trajectory.error());
    draw.outcomes = LastPeriodOutcomes(scenario, *trajectory);
    if (force == nullptr) return Ok();
    auto timeline = AnalyseForceTimeline(scenario, *trajectory, *force);
    if (!timeline) return tl::unexpected(timeline.error());
    for (const PeriodForce& period : timeline->periods) {
      PeriodJudgement judged{period.period, period.date, {}};
      for (const IssueForceReport& row : period.issues) judged.issues.push_back(FromReport(row));
      draw.force.push_back(std::move(judged));
    }
    return Ok();
  }
  if (evaluation.regime) {
    auto outcome = RunRegime(scenario, *evaluation.regime, evaluation.regime_settings,
                             TableModel(model, context));
    if (!outcome) return tl::unexpected(outcome.error());
    draw.outcomes = FromIssueOutcomes(scenario, outcome->outcomes);
  } else {
    auto forecast = model.Run(scenario, context);
    if (!forecast) return tl::unexpected(forecast.error());
    SetOutcomesOf(scenario, *forecast, evaluation.accept_round_cap, draw.outcomes);
  }
  if (force != nullptr) draw.force.push_back(JudgeOutcomes(scenario, draw.outcomes, *force));
  return Ok();
}

}  // namespace

std::string_view ToString(NoOutcomeReason reason) {
  return NameOf(kReasonNames, reason, "skipped");
}

void WriteDrawOutcomes(const ScenarioForecast& forecast, bool accept_round_cap,
                       std::span<DrawOutcome> outcomes) {
  std::fill(outcomes.begin(), outcomes.end(), DrawOutcome{0.0, NoOutcomeReason::kSkipped});
  for (const IssueForecast& issue : forecast.issues) {
    if (issue.issue >= outcomes.size()) continue;
    outcomes[issue.issue] =
        DrawOutcome{issue.forecast.outcome, ReasonOf(issue.forecast, accept_round_cap)};
  }
}

std::vector<DrawOutcome> DrawOutcomesOf(const Scenario& scenario, const ScenarioForecast& forecast,
                                        bool accept_round_cap) {
  std::vector<DrawOutcome> outcomes;
  SetOutcomesOf(scenario, forecast, accept_round_cap, outcomes);
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
    if (Status valid = ValidateTimelineLimits(timeline.rounds_per_period, timeline.periods,
                                              timeline.engagement);
        !valid) {
      return tl::unexpected(valid.error());
    }
  }
  if (evaluation.force) {
    if (Status valid = ValidateForceOptions(*evaluation.force); !valid) {
      return tl::unexpected(valid.error());
    }
    if (!HasForce(scenario)) evaluation.force.reset();  // no armed actor: nothing to judge
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
  JudgedDraw draw;
  if (Status done = Evaluate(scenario, model, evaluation, context, nullptr, draw); !done) {
    return tl::unexpected(done.error());
  }
  return std::move(draw.outcomes);
}

Result<JudgedDraw> EvaluateJudgedDraw(const Scenario& scenario, const ConfiguredModel& model,
                                      const Evaluation& evaluation, const RunContext& context) {
  JudgedDraw draw;
  if (Status done = EvaluateJudgedDrawInto(scenario, model, evaluation, context, draw); !done) {
    return tl::unexpected(done.error());
  }
  return draw;
}

Status EvaluateJudgedDrawInto(const Scenario& scenario, const ConfiguredModel& model,
                              const Evaluation& evaluation, const RunContext& context,
                              JudgedDraw& draw) {
  return Evaluate(scenario, model, evaluation, context,
                  evaluation.force ? &*evaluation.force : nullptr, draw);
}

}  // namespace parley
