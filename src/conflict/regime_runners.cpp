// Regime names and the adapters that let any model sit at a regime's table.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

#include "core/enum_table.h"
#include "parley/regimes.h"

namespace parley {
namespace {

// The first round after which the outcome stays within `tolerance` of its final value.
int SettleRound(const Forecast& forecast, double tolerance) {
  if (forecast.rounds.empty()) return 1;
  std::size_t t = forecast.rounds.size() - 1;
  while (t > 0 && std::abs(forecast.rounds[t - 1].outcome - forecast.outcome) <= tolerance) --t;
  return std::max(1, forecast.rounds[t].round);
}

}  // namespace

ScenarioModel TableModel(const ConfiguredModel& model, const RunContext& context,
                         double settle_tolerance) {
  return [model, context, settle_tolerance](const Scenario& scenario) -> Result<ModelRun> {
    if (!(settle_tolerance > 0.0 && settle_tolerance <= 0.1)) {
      return InvalidArgument(fmt::format("settle tolerance {} outside (0, 0.1]", settle_tolerance));
    }
    auto forecast = model.Run(scenario, context);
    if (!forecast) return tl::unexpected(forecast.error());
    ModelRun run{forecast->model, {}, 1};
    for (const IssueForecast& issue : forecast->issues) {
      run.outcomes.push_back({issue.issue, issue.forecast.outcome});
      const double tolerance = settle_tolerance * scenario.issues[issue.issue].scale.Range();
      run.rounds = std::max(run.rounds, SettleRound(issue.forecast, tolerance));
    }
    return run;
  };
}

}  // namespace parley
