// The regime metrics side by side (docs/mechanisms/mediation-regimes.md, rule M6).
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "cli/conflict_cli.h"
#include "cli/forecast_format.h"
#include "cli/text_layout.h"

namespace parley::cli {
namespace {

using Json = nlohmann::ordered_json;
using Rows = std::vector<std::vector<std::string>>;

std::string OutcomeCell(const RegimeOutcome& outcome, std::size_t issue) {
  for (const IssueOutcome& entry : outcome.outcomes) {
    if (entry.issue != issue) continue;
    const bool kept = std::find(outcome.off_agenda.begin(), outcome.off_agenda.end(), issue) !=
                      outcome.off_agenda.end();
    return Number(entry.outcome) + (kept ? " (sq)" : "");
  }
  return "-";
}

std::string Spoilers(const Scenario& scenario, const RegimeOutcome& outcome) {
  std::string text;
  for (std::size_t i : outcome.red_lines.Spoilers()) {
    text += fmt::format("{}'{}'", text.empty() ? "" : ", ", scenario.actors[i].id);
  }
  return text.empty() ? "none" : text;
}

Rows MetricRows(const Scenario& scenario, const std::vector<RegimeOutcome>& outcomes) {
  Rows rows(7);
  rows[0] = {"actors at the table"};
  rows[1] = {"capability at the table"};
  rows[2] = {"capability-weighted distance"};
  rows[3] = {"worst-off actor, distance"};
  rows[4] = {"red lines crossed"};
  rows[5] = {"spoilers"};
  rows[6] = {"rounds to settle"};
  for (const RegimeOutcome& outcome : outcomes) {
    rows[0].push_back(fmt::format("{}/{} ({:.0f}%)", outcome.table.size(), scenario.actors.size(),
                                  100.0 * outcome.actor_share));
    rows[1].push_back(fmt::format("{:.0f}%", 100.0 * outcome.capability_share));
    rows[2].push_back(fmt::format("{:.3f}", outcome.weighted_distance));
    rows[3].push_back(
        fmt::format("'{}' {:.3f}", scenario.actors[outcome.worst_off].id, outcome.worst_distance));
    rows[4].push_back(fmt::format("{}", outcome.red_lines.CrossedCount()));
    rows[5].push_back(fmt::format("{}", outcome.red_lines.Spoilers().size()));
    rows[6].push_back(fmt::format("{}", outcome.rounds));
  }
  return rows;
}

std::string CrossedDetail(const Scenario& scenario, const std::vector<std::string>& columns,
                          const std::vector<RegimeOutcome>& outcomes) {
  std::string out;
  for (std::size_t c = 0; c < outcomes.size(); ++c) {
    for (const IssueRedLines& issue : outcomes[c].red_lines.issues) {
      for (const RedLineCheck& check : issue.crossed) {
        out += Wrap(fmt::format("{}: {} on '{}' (outcome {})", columns[c],
                                RedLineText(scenario, check, true), scenario.issues[issue.issue].id,
                                Number(issue.outcome)),
                    "  ", "    ");
      }
    }
  }
  if (out.empty()) return "";
  std::string spoilers = "\nSpoilers (actors with a red line crossed)\n";
  for (std::size_t c = 0; c < outcomes.size(); ++c) {
    spoilers +=
        Wrap(fmt::format("{}: {}", columns[c], Spoilers(scenario, outcomes[c])), "  ", "    ");
  }
  return spoilers + "\nRed lines crossed\n" + out;
}

}  // namespace

std::string RegimeTable(const Scenario& scenario, const std::vector<std::string>& columns,
                        const std::vector<RegimeOutcome>& outcomes) {
  Rows issues = {{"issue"}};
  for (const std::string& column : columns) issues[0].push_back(column);
  for (std::size_t k = 0; k < scenario.issues.size(); ++k) {
    std::vector<std::string> row = {scenario.issues[k].id};
    bool any = false;
    for (const RegimeOutcome& outcome : outcomes) {
      row.push_back(OutcomeCell(outcome, k));
      any = any || row.back() != "-";
    }
    if (any) issues.push_back(std::move(row));
  }
  Rows metrics = MetricRows(scenario, outcomes);
  metrics.insert(metrics.begin(), issues[0]);
  metrics[0][0] = "metric";
  std::string out = "\nOutcome per issue ((sq): off the agenda, status quo kept)\n" +
                    RenderColumns(issues, 2) + "\n" +
                    Wrap(
                        "Metrics (distance: salience-weighted share of the scale between "
                        "outcome and ideal; 0 = ideal, 1 = far end)",
                        "", "  ") +
                    RenderColumns(metrics, 2) + CrossedDetail(scenario, columns, outcomes);
  out += "\nNotes\n";
  for (std::size_t c = 0; c < outcomes.size(); ++c) {
    for (const std::string& note : outcomes[c].notes)
      out += Wrap(fmt::format("{}: {}", columns[c], note), "  ", "    ");
  }
  return out;
}

Json RegimeJson(const Scenario& scenario, const RegimeOutcome& outcome) {
  Json outcomes = Json::array();
  for (const IssueOutcome& entry : outcome.outcomes) {
    const Issue& issue = scenario.issues[entry.issue];
    outcomes.push_back({{"issue", issue.id},
                        {"outcome", entry.outcome},
                        {"nearer_end", NearerEnd(issue, entry.outcome)}});
  }
  Json off_agenda = Json::array(), table = Json::array(), distances = Json::array();
  for (std::size_t k : outcome.off_agenda) off_agenda.push_back(scenario.issues[k].id);
  for (std::size_t i : outcome.table) table.push_back(scenario.actors[i].id);
  for (const ActorDistance& distance : outcome.distances) {
    distances.push_back({{"actor", scenario.actors[distance.actor].id},
                         {"distance", distance.distance},
                         {"at_table", distance.at_table}});
  }
  return {
      {"regime", std::string(ToString(outcome.regime))},
      {"model", outcome.model},
      {"outcomes", outcomes},
      {"off_agenda", off_agenda},
      {"table", table},
      {"actor_share", outcome.actor_share},
      {"capability_share", outcome.capability_share},
      {"weighted_distance", outcome.weighted_distance},
      {"worst_off",
       {{"actor", scenario.actors[outcome.worst_off].id}, {"distance", outcome.worst_distance}}},
      {"distances", distances},
      {"red_lines", RedLinesJson(scenario, outcome.red_lines)},
      {"rounds", outcome.rounds},
      {"notes", outcome.notes}};
}

}  // namespace parley::cli
