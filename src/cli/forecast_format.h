// Internal: renders a forecast report as a table for people, JSON for
// machines (schema "parley.forecast/1") or CSV (one row per model, issue and round).
#pragma once

#include <string>
#include <vector>

#include "parley/forecast_report.h"
#include "parley/scenario.h"

namespace parley::cli {

struct ForecastView {
  bool show_positions = false;  // table: each actor's position per round
  bool show_detail = false;     // table: each model's detail tables
};

// "62.4, toward 'Azerbaijani checkpoints'": the nearer end of the scale.
std::string NearerEnd(const Issue& issue, double outcome);

std::string ForecastTable(const Scenario& scenario, const ForecastReport& report,
                          const ForecastView& view);
std::string ForecastJson(const Scenario& scenario, const ForecastReport& report);
std::string ForecastCsv(const Scenario& scenario, const ForecastReport& report);

// A model's detail table as text columns (for --detail) and as JSON objects.
std::string DetailTableText(const DetailTable& table);

}  // namespace parley::cli
