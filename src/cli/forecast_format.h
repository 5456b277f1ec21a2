// Internal: renders scenario forecasts as a table for people, JSON for
// machines (schema "parley.forecast/1") or CSV (one row per model, issue and round).
#pragma once

#include <string>
#include <vector>

#include "parley/models.h"
#include "parley/scenario.h"

namespace parley::cli {

struct ForecastView {
  bool show_positions = false;  // table: each actor's position per round
};

// "62.4, toward 'Azerbaijani checkpoints'": the nearer end of the scale.
std::string NearerEnd(const Issue& issue, double outcome);

std::string ForecastTable(const Scenario& scenario, const std::vector<ScenarioForecast>& forecasts,
                          const ForecastView& view);
std::string ForecastJson(const Scenario& scenario, const std::vector<ScenarioForecast>& forecasts);
std::string ForecastCsv(const Scenario& scenario, const std::vector<ScenarioForecast>& forecasts);

}  // namespace parley::cli
