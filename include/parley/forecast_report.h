// The forecast pipeline: every selected model on a scenario, optionally under
// a mediation regime, with the red lines each outcome crosses, as one value
// that the command line (or Python, or a report) only renders.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "parley/model.h"
#include "parley/red_lines.h"
#include "parley/regimes.h"
#include "parley/result.h"
#include "parley/scenario.h"

namespace parley {

struct ForecastRequest {
  std::vector<ConfiguredModel> models;  // in the order to report them
  // Unset: each model runs on the whole scenario. Set: each model sits at
  // that regime's table (regimes.h) with `regime_settings`.
  std::optional<RegimeKind> regime;
  RegimeSettings regime_settings;
  RegimeOptions regime_options;
  RedLineOptions red_lines;
  RunContext context;
};

// One model's part of the report.
struct ModelReport {
  ScenarioForecast forecast;  // the model on the whole scenario (no regime)
  RedLineReport red_lines;    // of the forecast's outcomes, or of the regime's when one is set
  std::optional<RegimeOutcome> regime;
};

struct ForecastReport {
  std::vector<ModelReport> models;
  std::vector<std::string> notes;  // what applies to every model, one line each
  // Why the requested regime could not run (its key party is missing); the
  // models' forecasts are then those without a regime.
  std::string regime_unavailable;
};

// Runs every model of the request. A model that cannot forecast an issue (or
// the whole scenario) reports it in its forecast's `skipped` with the reason;
// the report still succeeds. Fails for bad options or regime settings
// (kInvalidArgument) and broken invariants.
Result<ForecastReport> BuildForecastReport(const Scenario& scenario,
                                           const ForecastRequest& request);

// The outcomes of a forecast, issue by issue.
std::vector<IssueOutcome> PointOutcomesOf(const ScenarioForecast& forecast);

}  // namespace parley
