// What each draw runs, from the command line (evaluation_flags.h).
#include "cli/evaluation_flags.h"

#include <fmt/format.h>

namespace parley::cli {

void AddEvaluationFlags(CLI::App* app, EvaluationFlags& flags) {
  AddRegimeFlags(app, flags.regime, /*with_regime=*/true);
  app->add_flag("--timeline", flags.timeline,
                "Run the scenario's timeline of events on each draw; the outcome is the last "
                "period's (as `parley simulate`)");
  app->add_option("--rounds-per-period", flags.rounds_per_period,
                  "With --timeline: rounds an iterative model runs each period, 1-100 (default 1)");
  app->add_option("--periods", flags.periods,
                  "With --timeline: periods to run, 0-10000 (default 0: the calendar's or the "
                  "last event's)");
  app->add_flag("--accept-round-cap", flags.accept_round_cap,
                "Count the state at the round cap as the outcome (models run for a fixed "
                "horizon by design, e.g. eum's scholz_code); default: no outcome");
}

Result<Evaluation> EvaluationFromFlags(const Scenario& scenario, const EvaluationFlags& flags,
                                       std::vector<std::string>& notes) {
  Evaluation evaluation;
  evaluation.accept_round_cap = flags.accept_round_cap;
  if (!flags.regime.regime.empty()) {
    auto regime = RegimeKindFromString(flags.regime.regime);
    if (!regime) return tl::unexpected(regime.error());
    evaluation.regime = *regime;
  }
  auto settings = MergeRegimeFlags(scenario.regimes, flags.regime);
  if (!settings) return tl::unexpected(settings.error());
  evaluation.regime_settings = std::move(*settings);
  if (flags.timeline) {
    evaluation.timeline =
        TimelineEvaluation{flags.rounds_per_period, flags.periods, EngagementOptions{}};
  } else if (flags.rounds_per_period != 1 || flags.periods != 0) {
    return InvalidArgument("--rounds-per-period and --periods need --timeline");
  }
  return PrepareEvaluation(scenario, std::move(evaluation), notes);
}

std::string EvaluationLine(const Evaluation& evaluation) {
  std::string what;
  if (evaluation.timeline) {
    what = fmt::format(
        "over the scenario's timeline ({} round(s) a period), the outcome "
        "being the last period's",
        evaluation.timeline->rounds_per_period);
  }
  if (evaluation.regime) {
    what += fmt::format("{}under the {} regime", what.empty() ? "" : ", ",
                        ToString(*evaluation.regime));
  }
  return what.empty() ? std::string() : "Each run: the model " + what + ".\n";
}

}  // namespace parley::cli
