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
#include <string>
#include <string_view>
#include <vector>

#include "parley/engagement.h"
#include "parley/forecast.h"
#include "parley/model.h"
#include "parley/regimes.h"
#include "parley/result.h"
#include "parley/scenario.h"

namespace parley {

// Why a draw has no outcome on an issue (from the Termination, or the
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
};

// The outcome of each issue (scenario order) in one model's forecast. With
// `accept_round_cap`, a run that reached its round cap (Termination::kMaxRounds)
// counts its last state as the outcome: right for models run for a fixed
// horizon by design (EUM's scholz_code preset, one exchange round), wrong for
// a run cut off before it settled. The value is kept in `outcome` either way.
std::vector<DrawOutcome> DrawOutcomesOf(const Scenario& scenario, const ScenarioForecast& forecast,
                                        bool accept_round_cap = false);

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

}  // namespace parley
