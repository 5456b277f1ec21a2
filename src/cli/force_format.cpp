// `parley force` output: a table of ranges and verdicts, then one paragraph
// per issue on which some armed actor prefers force, in words.
#include <fmt/format.h>

#include <algorithm>

#include "cli/force_cli.h"
#include "cli/text_layout.h"
#include "cli/uncertainty_cli.h"

namespace parley::cli {
namespace {

using Json = nlohmann::ordered_json;

// Decimals for points on an issue's scale: 1 on 0-100, 3 on 0-1.
int DecimalsFor(const Issue& issue) { return issue.scale.Range() <= 10.0 ? 3 : 1; }

// "AZE", "AZE and TUR", "AZE, TUR and RUS"; "nobody" for none.
std::string SideList(const Scenario& scenario, const std::vector<std::size_t>& actors) {
  std::vector<std::string> ids;
  for (std::size_t actor : actors) ids.push_back(scenario.actors[actor].id);
  return ids.empty() ? "nobody" : JoinedList(ids);
}

std::string Verdict(const Scenario& scenario, const IssueForceReport& row) {
  if (row.armed.empty()) return "no armed actor";
  if (!row.verdict) return "no forecast";
  if (row.verdict->in_range) return "in range";
  const ForceView& view = row.verdict->views[*row.verdict->imposer];
  return fmt::format("{} prefers force", scenario.actors[view.actor].id);
}

// One paragraph: who would impose what, and why.
std::string Explain(const Scenario& scenario, const ForceReport& report,
                    const IssueForceReport& row) {
  const Issue& issue = scenario.issues[row.issue];
  const ForceVerdict& verdict = *row.verdict;
  const ForceView& view = verdict.views[*verdict.imposer];
  const Stance* stance = scenario.FindStance(view.actor, row.issue);
  const int d = DecimalsFor(issue);
  std::string others;
  for (const ForceView& other : verdict.views) {
    if (other.prefers_force && other.actor != view.actor) {
      others += fmt::format(" {} also prefers force (by {} points).",
                            scenario.actors[other.actor].id, Short(other.margin, d));
    }
  }
  const std::string text = fmt::format(
      "{}: {} prefers imposing its position ({}) by force to the negotiated {} ({}). Its side "
      "({}, strength {}) beats the other ({}, strength {}) with probability {}; force is "
      "expected to leave the issue at {}, worth {} scale points more to {} than the "
      "negotiated outcome after its cost of fighting.{}",
      issue.id, scenario.actors[view.actor].id, Short(stance->position, d),
      Short(verdict.outcome, d), report.model, SideList(scenario, view.allies),
      Short(view.own_side), SideList(scenario, view.opponents), Short(view.other_side),
      Short(view.win_probability, 2), Short(view.expected_outcome, d), Short(view.margin, d),
      scenario.actors[view.actor].id, others);
  return Wrap(text, "", "  ");
}

}  // namespace

std::size_t IssueColumnWidth(const Scenario& scenario) {
  std::size_t width = 14;
  for (const Issue& issue : scenario.issues) width = std::max(width, issue.id.size());
  return width;
}

std::string RangeWords(const std::vector<Interval>& range, int decimals) {
  if (range.empty()) return "none";
  std::string text;
  for (std::size_t n = 0; n < range.size(); ++n) {
    const Interval& part = range[n];
    text += n == 0 ? "" : n + 1 == range.size() ? " and " : ", ";
    text += part.high - part.low < 1e-9
                ? Short(part.low, decimals)
                : fmt::format("[{}, {}]", Short(part.low, decimals), Short(part.high, decimals));
  }
  return text;
}

std::string ForceText(const Scenario& scenario, const ForceReport& report) {
  std::string out =
      fmt::format("Force and the bargaining range: {} ({})\n", scenario.name, scenario.id);
  out += Wrap(
      fmt::format(
          "The bargaining range holds the outcomes no actor with military "
          "strength prefers fighting to (contest decisiveness {}; costs of "
          "fighting from the scenario, else {}){}.",
          Short(report.options.decisiveness, 2), Short(report.options.default_cost, 2),
          report.model.empty() ? "" : fmt::format("; negotiated outcomes from {}", report.model)),
      "", "");
  const std::size_t width = IssueColumnWidth(scenario);
  out += fmt::format("\n{:<{}} {:<32} {:>10}  {}\n", "issue", width, "bargaining range",
                     "negotiated", "verdict");
  for (const IssueForceReport& row : report.issues) {
    const int d = DecimalsFor(scenario.issues[row.issue]);
    const std::string negotiated = row.verdict ? Short(row.verdict->outcome, d) : "-";
    std::string range = RangeWords(row.range, d);
    if (row.indivisible) range += " (indivisible)";
    out += fmt::format("{:<{}} {:<32} {:>10}  {}\n", scenario.issues[row.issue].id, width, range,
                       negotiated, Verdict(scenario, row));
  }
  std::string words;
  for (const IssueForceReport& row : report.issues) {
    const std::string& id = scenario.issues[row.issue].id;
    if (row.armed.empty()) continue;
    if (row.range.empty()) {
      words += Wrap(fmt::format("{}: no bargaining range: every possible outcome leaves some "
                                "armed actor preferring force{}.",
                                id,
                                row.indivisible ? " (the issue is indivisible: only its two "
                                                  "ends are possible)"
                                                : ""),
                    "", "  ");
    }
    if (!row.no_forecast.empty() && !report.model.empty()) {
      words += Wrap(fmt::format("{}: not judged: {}.", id, row.no_forecast), "", "  ");
    }
    if (row.verdict && !row.verdict->in_range) words += Explain(scenario, report, row);
  }
  if (!words.empty()) out += "\n" + words;
  return out;
}

Json ForceReportJson(const Scenario& scenario, const ForceReport& report) {
  Json json;
  json["schema"] = "parley.force/1";
  json["scenario"] = scenario.id;
  json["model"] = report.model.empty() ? Json(nullptr) : Json(report.model);
  json["options"] = {{"decisiveness", report.options.decisiveness},
                     {"default_cost", report.options.default_cost}};
  auto ids = [&](const std::vector<std::size_t>& actors) {
    Json list = Json::array();
    for (std::size_t a : actors) list.push_back(scenario.actors[a].id);
    return list;
  };
  Json issues = Json::array();
  for (const IssueForceReport& row : report.issues) {
    Json range = Json::array();
    for (const Interval& part : row.range) range.push_back({part.low, part.high});
    Json item = {{"issue", scenario.issues[row.issue].id},
                 {"indivisible", row.indivisible},
                 {"armed", ids(row.armed)},
                 {"bargaining_range", range}};
    if (!row.no_forecast.empty()) item["no_forecast"] = row.no_forecast;
    if (row.verdict) {
      Json views = Json::array();
      for (const ForceView& view : row.verdict->views) {
        views.push_back({{"actor", scenario.actors[view.actor].id},
                         {"allies", ids(view.allies)},
                         {"opponents", ids(view.opponents)},
                         {"own_side", view.own_side},
                         {"other_side", view.other_side},
                         {"win_probability", view.win_probability},
                         {"loss_outcome", view.loss_outcome},
                         {"expected_outcome", view.expected_outcome},
                         {"force_utility", view.force_utility},
                         {"negotiated_utility", view.negotiated_utility},
                         {"margin", view.margin},
                         {"prefers_force", view.prefers_force}});
      }
      const auto& imposer = row.verdict->imposer;
      item["negotiated"] = row.verdict->outcome;
      item["in_range"] = row.verdict->in_range;
      item["imposer"] =
          imposer ? Json(scenario.actors[row.verdict->views[*imposer].actor].id) : Json(nullptr);
      item["views"] = views;
    }
    issues.push_back(item);
  }
  json["issues"] = issues;
  return json;
}

}  // namespace parley::cli
