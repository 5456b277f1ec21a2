// The force part of `parley forecast`: for each model, whether its negotiated
// outcomes lie in the bargaining ranges (docs/mechanisms/force.md, F5).
#include <fmt/format.h>

#include "cli/force_cli.h"
#include "cli/text_layout.h"
#include "cli/uncertainty_cli.h"

namespace parley::cli {

std::string ForceForecastSection(const Scenario& scenario, const ForecastReport& report) {
  if (!HasForce(scenario)) return "";
  std::string ranges =
      "Force (docs/mechanisms/force.md): bargaining ranges, the outcomes no actor with military "
      "strength prefers fighting to:";
  const ForceOptions options;
  auto bare = AnalyseForce(scenario, nullptr, options);
  if (!bare) return "";  // the default options are valid: cannot happen
  for (const IssueForceReport& row : bare->issues) {
    if (row.armed.empty()) continue;
    ranges += fmt::format(" {} {};", scenario.issues[row.issue].id, RangeWords(row.range));
  }
  ranges.back() = '.';
  std::string out = "\n" + Wrap(ranges, "", "  ");
  for (const ModelReport& model : report.models) {
    auto judged = AnalyseForce(scenario, &model.forecast, options);
    if (!judged) continue;
    std::string found;
    for (const IssueForceReport& row : judged->issues) {
      if (!row.verdict || !row.verdict->imposer) continue;
      const ForceView& view = row.verdict->views[*row.verdict->imposer];
      found += fmt::format("{}{} prefers force on {} (expected {} against {})",
                           found.empty() ? "" : "; ", scenario.actors[view.actor].id,
                           scenario.issues[row.issue].id, Short(view.expected_outcome),
                           Short(row.verdict->outcome));
    }
    out += Wrap(found.empty() ? "every negotiated outcome lies in its range" : found,
                fmt::format("  {:<16} ", model.forecast.model), std::string(19, ' '));
  }
  out += "  `parley force --model NAME` explains each verdict.\n";
  return out;
}

std::string WithForceJson(const Scenario& scenario, const ForecastReport& report,
                          const std::string& forecast_json) {
  if (!HasForce(scenario)) return forecast_json;
  nlohmann::ordered_json json = nlohmann::ordered_json::parse(forecast_json);
  nlohmann::ordered_json force = nlohmann::ordered_json::array();
  for (const ModelReport& model : report.models) {
    auto judged = AnalyseForce(scenario, &model.forecast, ForceOptions{});
    if (judged) force.push_back(ForceReportJson(scenario, *judged));
  }
  json["force"] = force;
  return json.dump(2) + "\n";
}

}  // namespace parley::cli
