// Column tables and the red-line report of every forecast
// (docs/mechanisms/red-lines-and-packages.md, rule R1).
#include <fmt/format.h>

#include <algorithm>

#include "cli/conflict_cli.h"
#include "cli/text_layout.h"
#include "parley/monte_carlo.h"

namespace parley::cli {
namespace {

using Json = nlohmann::ordered_json;

std::string Joined(const Scenario& scenario, const std::vector<RedLineCheck>& checks,
                   bool crossed) {
  if (checks.empty()) return "-";
  std::string text;
  for (const RedLineCheck& check : checks) {
    text += (text.empty() ? "" : "; ") + RedLineText(scenario, check, crossed);
  }
  return text;
}

Json ChecksJson(const Scenario& scenario, const std::vector<RedLineCheck>& checks) {
  Json list = Json::array();
  for (const RedLineCheck& check : checks) {
    list.push_back({{"actor", scenario.actors[check.actor].id},
                    {"red_line", {check.red_line.low, check.red_line.high}},
                    {"excess", check.excess},
                    {"margin", check.margin}});
  }
  return list;
}

}  // namespace

std::string RenderColumns(const std::vector<std::vector<std::string>>& rows, int indent) {
  std::vector<std::size_t> widths;
  for (const auto& row : rows) {
    widths.resize(std::max(widths.size(), row.size()), 0);
    for (std::size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], row[c].size());
  }
  std::string out;
  for (const auto& row : rows) {
    std::string line(static_cast<std::size_t>(indent), ' ');
    for (std::size_t c = 0; c < row.size(); ++c) {
      line += c == 0 ? fmt::format("{:<{}}", row[c], widths[c])
                     : fmt::format("  {:>{}}", row[c], widths[c]);
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  return out;
}

std::string RedLineText(const Scenario& scenario, const RedLineCheck& check, bool crossed) {
  const std::string where = fmt::format("'{}' [{:g}, {:g}]", scenario.actors[check.actor].id,
                                        check.red_line.low, check.red_line.high);
  if (crossed) return where + " by " + Number(check.excess);
  return where;
}

Json RedLinesJson(const Scenario& scenario, const RedLineReport& report) {
  Json issues = Json::array();
  for (const IssueRedLines& issue : report.issues) {
    issues.push_back({{"issue", scenario.issues[issue.issue].id},
                      {"outcome", issue.outcome},
                      {"crossed", ChecksJson(scenario, issue.crossed)},
                      {"binding", ChecksJson(scenario, issue.binding)}});
  }
  Json spoilers = Json::array();
  for (std::size_t i : report.Spoilers()) spoilers.push_back(scenario.actors[i].id);
  return {{"spoilers", spoilers}, {"issues", issues}};
}

std::string RedLinesSection(const Scenario& scenario, const ForecastReport& report) {
  std::vector<std::vector<std::string>> rows = {
      {"model", "issue", "outcome", "crossed (spoilers); binding"}};
  bool no_point = false;
  for (const ModelReport& model : report.models) {
    const std::vector<DrawOutcome> points = DrawOutcomesOf(scenario, model.forecast);
    for (const IssueRedLines& issue : model.red_lines.issues) {
      if (issue.crossed.empty() && issue.binding.empty()) continue;
      std::string outcome = Number(issue.outcome);
      if (!model.regime && issue.issue < points.size() && !points[issue.issue].HasOutcome()) {
        outcome += "*";
        no_point = true;
      }
      std::string checks = Joined(scenario, issue.crossed, true);
      if (!issue.binding.empty()) checks += "; binding " + Joined(scenario, issue.binding, false);
      rows.push_back({model.forecast.model, scenario.issues[issue.issue].id, outcome, checks});
    }
  }
  std::string out = "\n" + Wrap(
                               "Red lines (crossed: the outcome is outside the actor's acceptable "
                               "interval; binding: within 0.5% of the scale of an end)",
                               "", "  ");
  if (rows.size() == 1) return out + "  no forecast crosses or touches a red line\n";
  out += RenderWrapped(rows, 2, "llr");
  if (no_point) {
    out += Wrap(
        "* the model gives no point: the status quo of a gridlock, or the state where "
        "its run stopped",
        "  ", "    ");
  }
  return out;
}

}  // namespace parley::cli
