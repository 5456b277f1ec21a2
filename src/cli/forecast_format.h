// Internal: renders a forecast report as a table for people, JSON for
// machines (schema "parley.forecast/1") or CSV (the bottom line, then one row
// per model, issue and round).
#pragma once

#include <string>
#include <vector>

#include "parley/bottom_line.h"
#include "parley/forecast_report.h"
#include "parley/scenario.h"

namespace parley::cli {

struct ForecastView {
  bool show_positions = false;     // table: each actor's position per round
  bool show_detail = false;        // table: each model's detail tables
  bool show_trajectories = false;  // table: each iterative model's rounds
};

// "62.4, toward 'Azerbaijani checkpoints'": the nearer end of the scale.
std::string NearerEnd(const Issue& issue, double outcome);

// Each opens with the bottom line (bottom_line_format.h), then the detail.
// The CSV is two tables separated by one empty line: the bottom line (one row
// per issue), then the rounds (one row per model, issue and round).
std::string ForecastTable(const Scenario& scenario, const ForecastReport& report,
                          const std::vector<IssueBottomLine>& bottom_line,
                          const ForecastView& view);
std::string ForecastJson(const Scenario& scenario, const ForecastReport& report,
                         const std::vector<IssueBottomLine>& bottom_line);
std::string ForecastCsv(const Scenario& scenario, const ForecastReport& report,
                        const std::vector<IssueBottomLine>& bottom_line);

// A model's detail table as text columns (for --detail) and as JSON objects.
std::string DetailTableText(const DetailTable& table);

}  // namespace parley::cli
