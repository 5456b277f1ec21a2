// The forecast pipeline (forecast_report.h).
#include "parley/forecast_report.h"

#include <fmt/format.h>

namespace parley {

std::vector<IssueOutcome> PointOutcomesOf(const ScenarioForecast& forecast) {
  std::vector<IssueOutcome> outcomes;
  for (const IssueForecast& issue : forecast.issues) {
    outcomes.push_back({issue.issue, issue.forecast.outcome});
  }
  return outcomes;
}

Result<ForecastReport> BuildForecastReport(const Scenario& scenario,
                                           const ForecastRequest& request) {
  if (auto s = ValidateRedLineOptions(request.red_lines); !s) return tl::unexpected(s.error());
  ForecastReport report;
  bool regime = request.regime.has_value();
  if (regime) {
    auto unavailable = RegimeUnavailable(scenario, *request.regime, request.regime_settings);
    if (!unavailable) return tl::unexpected(unavailable.error());
    if (*unavailable) {
      report.regime_unavailable = **unavailable;
      report.notes.push_back(fmt::format("the {} regime does not apply: {}; forecasts without it",
                                         ToString(*request.regime), **unavailable));
      regime = false;
    }
  }
  for (const ConfiguredModel& model : request.models) {
    ModelReport entry;
    auto forecast = model.Run(scenario, request.context);
    if (!forecast) {
      Error error = forecast.error();
      error.message = fmt::format("model '{}': {}", model.name(), error.message);
      return tl::unexpected(std::move(error));
    }
    entry.forecast = std::move(*forecast);
    if (regime) {
      auto outcome = RunRegime(scenario, *request.regime, request.regime_settings,
                               TableModel(model, request.context), request.regime_options);
      if (!outcome) return tl::unexpected(outcome.error());
      entry.red_lines = outcome->red_lines;
      entry.regime = std::move(*outcome);
    } else {
      auto red_lines = CheckRedLines(scenario, PointOutcomesOf(entry.forecast), request.red_lines);
      if (!red_lines) return tl::unexpected(red_lines.error());
      entry.red_lines = std::move(*red_lines);
    }
    report.models.push_back(std::move(entry));
  }
  return report;
}

}  // namespace parley
