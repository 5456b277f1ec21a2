// How the uncertainty engine turns one concrete scenario into an outcome per
// issue, the same way for Monte Carlo (monte_carlo.h), Sobol sensitivity
// (sensitivity.h) and tipping points (tipping.h): the model on the scenario as
// it stands, the model under a mediation regime (regimes.h), or the model over
// the scenario's timeline of events (timeline.h), whose outcome is the last
// period's. Where a model gives no outcome, the reason is kept: an analyst must
// not read a cycle cut at an arbitrary round, a gridlock or an abort as a
// forecast.
//
// Pure functions; thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "parley/engagement.h"
#include "parley/force.h"
#include "parley/forecast.h"
#include "parley/model.h"
#include "parley/regimes.h"
#include "parley/result.h"
#include "parley/scenario.h"

namespace parley {

// Why a draw has no outcome on an issue (from the issue's Termination, or the
// model skipping the issue).
enum class NoOutcomeReason : std::uint8_t {
  kSkipped,     // the model gave no forecast for the issue on this draw
  kCycle,       // Termination::kCycle whose point the model does not define
  kRoundCap,    // Termination::kMaxRounds
  kInfeasible,  // Termination::kInfeasible (gridlock: no feasible outcome)
  kStopped,     // Termination::kStopped
};
inline constexpr std::size_t kNoOutcomeReasonCount = 5;

// "skipped", "cycle", "round_cap", "infeasible", "stopped".
std::string_view ToString(NoOutcomeReason reason);

// One model's result on one issue in one draw.
struct DrawOutcome {
  double outcome = 0.0;  // meaningful when reason is empty
  std::optional<NoOutcomeReason> reason;
  bool HasOutcome() const { return !reason.has_value(); }
  friend bool operator==(const DrawOutcome&, const DrawOutcome&) = default;
};

// The outcome of each issue (scenario order) in one model's forecast. With
// `accept_round_cap`, a run that reached its round cap (Termination::kMaxRounds)
// counts its last state as the outcome: right for models run for a fixed
// horizon by design (EUM's scholz_code preset, one exchange round), wrong for
// a run cut off before it settled. The value is kept in `outcome` either way.
std::vector<DrawOutcome> DrawOutcomesOf(const Scenario& scenario, const ScenarioForecast& forecast,
                                        bool accept_round_cap = false);

// DrawOutcomesOf written into `outcomes`, one per issue of the forecast's
// scenario, without allocating: a Monte Carlo run without a regime, a
// timeline or force writes them straight into its table.
void WriteDrawOutcomes(const ScenarioForecast& forecast, bool accept_round_cap,
                       std::span<DrawOutcome> outcomes);

// The scenario's timeline run under the engine: events, engagement and the
// model each period (timeline.h), the outcome being the last period's.
struct TimelineEvaluation {
  int rounds_per_period = 1;  // [1, 100], as SimulationOptions
  int periods = 0;            // [0, 10000]; 0: the calendar's or the last event's
  EngagementOptions engagement;
};

// What each draw runs. The default is the model alone on the scenario.
struct Evaluation {
  // Count the state at the round cap as the outcome (see DrawOutcomesOf).
  bool accept_round_cap = false;
  // Run the model under this regime (RunRegime over TableModel): off-agenda
  // issues sit at their status quo, and skipped issues too, so a draw under a
  // regime has no no-outcome reason.
  std::optional<RegimeKind> regime;
  RegimeSettings regime_settings;
  // Run the scenario's timeline instead (the regime, if any, applies from
  // period 0 as in `parley simulate --regime`).
  std::optional<TimelineEvaluation> timeline;
  // Judge each outcome against force (docs/mechanisms/force.md, rule F5): does
  // some armed actor prefer imposing its position? Unset: not judged.
  std::optional<ForceOptions> force;
};

// The force judgement of one outcome on one issue (rule F5).
struct DrawForce {
  bool judged = false;                 // there was an outcome to judge
  std::optional<std::size_t> imposer;  // the actor with the largest margin > 0, if any
};

// One period's judgements: the outcome's period (the last of a timeline), or
// each period of the timeline in turn.
struct PeriodJudgement {
  int period = 0;                 // TimelinePeriod::period; 0 without a timeline
  std::string date;               // the period's first day, when there is a calendar
  std::vector<DrawForce> issues;  // scenario order
};

// A draw's outcomes and, with Evaluation::force, their judgements: one
// PeriodJudgement without a timeline, one per period with it (the last judges
// `outcomes`).
struct JudgedDraw {
  std::vector<DrawOutcome> outcomes;
  std::vector<PeriodJudgement> force;
};

// The evaluation as it applies to `scenario`: a regime that does not apply is
// dropped with a line in `notes`; a timeline on a scenario without events is
// kInvalidArgument, as are timeline options out of range.
Result<Evaluation> PrepareEvaluation(const Scenario& scenario, Evaluation evaluation,
                                     std::vector<std::string>& notes);

// One model on one concrete scenario: its outcome per issue (scenario order),
// or why it has none. A model's own error (bad options) is returned.
Result<std::vector<DrawOutcome>> EvaluateDraw(const Scenario& scenario,
                                              const ConfiguredModel& model,
                                              const Evaluation& evaluation,
                                              const RunContext& context);

// EvaluateDraw and, when evaluation.force is set, the force verdict on every
// outcome (with a timeline, on every period's outcomes with the strengths and
// commitments its events have left: AnalyseForceTimeline).
Result<JudgedDraw> EvaluateJudgedDraw(const Scenario& scenario, const ConfiguredModel& model,
                                      const Evaluation& evaluation, const RunContext& context);

// EvaluateJudgedDraw into `draw`, whose vectors keep their memory: a Monte
// Carlo run evaluates thousands of draws into one JudgedDraw per thread
// instead of allocating a vector for each. On an error `draw` is unspecified.
Status EvaluateJudgedDrawInto(const Scenario& scenario, const ConfiguredModel& model,
                              const Evaluation& evaluation, const RunContext& context,
                              JudgedDraw& draw);

}  // namespace parley
