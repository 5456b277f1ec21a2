// Internal: `parley force` and the text and JSON that say who would impose
// what by force (force_report.h).
#pragma once

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "cli/command.h"
#include "parley/force_report.h"
#include "parley/forecast_report.h"

namespace parley::cli {

Command RegisterForceCommand(CLI::App& app, const ModelRegistry& models);

// --decisiveness, --cost, --discount: the mechanism's options.
struct ForceFlags {
  ForceOptions options;
};
void AddForceFlags(CLI::App* app, ForceFlags& flags);

// The report in words, wrapped at 100 columns (force_format.cpp).
std::string ForceText(const Scenario& scenario, const ForceReport& report);
// The report as JSON, schema "parley.force/1".
nlohmann::ordered_json ForceReportJson(const Scenario& scenario, const ForceReport& report);

// Force over a timeline (rule F7): a period-by-issue grid, then in words the
// period from which each actor prefers force and Powell's preventive test.
std::string ForceTimelineText(const Scenario& scenario, const ForceTimeline& timeline);
nlohmann::ordered_json ForceTimelineJson(const Scenario& scenario, const ForceTimeline& timeline);

// `parley forecast`: the ranges and, per model, who prefers force; "" when no
// actor has a military strength (force_forecast.cpp).
std::string ForceForecastSection(const Scenario& scenario, const ForecastReport& report);
// The forecast JSON with a "force" list (one parley.force/1 report per model).
std::string WithForceJson(const Scenario& scenario, const ForecastReport& report,
                          const std::string& forecast_json);

// "[52.5, 60]", "[0, 10] and [60, 70]", "50" (one point), "none".
std::string RangeWords(const std::vector<Interval>& range, int decimals = 1);

// The width of the force tables' issue column: the longest issue id, at least 14.
std::size_t IssueColumnWidth(const Scenario& scenario);

}  // namespace parley::cli
