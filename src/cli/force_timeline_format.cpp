// `parley force --timeline` and the force part of `parley simulate`.
#include <fmt/format.h>

#include "cli/force_cli.h"
#include "cli/text_layout.h"
#include "cli/uncertainty_cli.h"

namespace parley::cli {
namespace {

using Json = nlohmann::ordered_json;

// "-" (no armed actor or no forecast), "in range", "AZE +12", "none: AZE +3".
std::string Cell(const Scenario& scenario, const IssueForceReport& row) {
  if (row.armed.empty() || !row.verdict) return "-";
  const ForceVerdict& verdict = *row.verdict;
  std::string text = row.range.empty() ? "no range" : "";
  if (verdict.imposer) {
    const ForceView& view = verdict.views[*verdict.imposer];
    text += fmt::format("{}{} +{}", text.empty() ? "" : ": ", scenario.actors[view.actor].id,
                        Short(view.margin, 0));
  }
  return text.empty() ? "in range" : text;
}

}  // namespace

std::string ForceTimelineText(const Scenario& scenario, const ForceTimeline& timeline) {
  std::string out = fmt::format(
      "\nForce over the timeline ({}; strengths and commitments as the events leave them):\n",
      timeline.model);
  out +=
      "Each cell: the negotiated outcome is in the bargaining range, or the armed actor who\n"
      "prefers force most and by how many scale points.\n";
  const std::size_t width =
      scenario.issues.empty() ? 16 : std::min<std::size_t>(20, 82 / scenario.issues.size());
  out += fmt::format("{:<6} {:<11}", "period", "date");
  for (const Issue& issue : scenario.issues) out += fmt::format(" {:<{}}", issue.id, width - 1);
  out += "\n";
  for (const PeriodForce& period : timeline.periods) {
    out += fmt::format("{:<6} {:<11}", period.period, period.date);
    std::string row_text;
    for (const IssueForceReport& row : period.issues) {
      row_text += fmt::format(" {:<{}}", Cell(scenario, row), width - 1);
    }
    out += row_text.substr(0, row_text.find_last_not_of(' ') + 1) + "\n";
  }
  for (const ForceOnset& onset : timeline.onsets) {
    out += Wrap(
        fmt::format("{} period {} {} prefers force on {}: expected {} against a "
                    "negotiated {} (by {} points){}.",
                    onset.lasting ? "From" : "In", onset.period, scenario.actors[onset.actor].id,
                    scenario.issues[onset.issue].id, Short(onset.expected_outcome),
                    Short(onset.negotiated), Short(onset.margin),
                    onset.lasting ? ", to the end of the timeline" : ", not throughout"),
        "", "  ");
  }
  if (timeline.onsets.empty()) {
    out += "No armed actor prefers force to the negotiated outcome in any period.\n";
  }
  for (const PreventiveFinding& found : timeline.preventive) {
    out += Wrap(fmt::format("Period {} -> {}: {}'s value of force on {} falls from {} to {}; "
                            "force now beats waiting by {} (Powell's test, discount {}).",
                            found.period, found.period + 1, scenario.actors[found.actor].id,
                            scenario.issues[found.issue].id, Short(found.force_now, 2),
                            Short(found.force_next, 2), Short(found.margin, 3),
                            Short(timeline.options.discount, 3)),
                "", "  ");
  }
  if (!timeline.periods.empty()) {
    const PeriodForce& last = timeline.periods.back();
    std::string ranges = fmt::format("Bargaining ranges in period {}:", last.period);
    for (const IssueForceReport& row : last.issues) {
      if (row.armed.empty()) continue;
      ranges += fmt::format(" {} {};", scenario.issues[row.issue].id, RangeWords(row.range));
    }
    ranges.back() = '.';
    out += Wrap(ranges, "", "  ");
  }
  return out;
}

Json ForceTimelineJson(const Scenario& scenario, const ForceTimeline& timeline) {
  Json json = {{"schema", "parley.force-timeline/1"},
               {"model", timeline.model},
               {"discount", timeline.options.discount}};
  Json periods = Json::array();
  for (const PeriodForce& period : timeline.periods) {
    ForceReport report;
    report.model = timeline.model;
    report.options = timeline.options;
    report.issues = period.issues;
    Json item = ForceReportJson(scenario, report);
    periods.push_back(
        {{"period", period.period}, {"date", period.date}, {"issues", item["issues"]}});
  }
  json["periods"] = periods;
  Json onsets = Json::array();
  for (const ForceOnset& onset : timeline.onsets) {
    onsets.push_back({{"actor", scenario.actors[onset.actor].id},
                      {"issue", scenario.issues[onset.issue].id},
                      {"period", onset.period},
                      {"lasting", onset.lasting},
                      {"expected_outcome", onset.expected_outcome},
                      {"negotiated", onset.negotiated},
                      {"margin", onset.margin}});
  }
  json["onsets"] = onsets;
  Json preventive = Json::array();
  for (const PreventiveFinding& found : timeline.preventive) {
    preventive.push_back({{"actor", scenario.actors[found.actor].id},
                          {"issue", scenario.issues[found.issue].id},
                          {"period", found.period},
                          {"force_now", found.force_now},
                          {"force_next", found.force_next},
                          {"margin", found.margin}});
  }
  json["preventive"] = preventive;
  return json;
}

}  // namespace parley::cli
