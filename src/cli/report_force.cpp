// The brief's force section (docs/report.md; docs/mechanisms/force.md): per
// issue the bargaining range, each model's forecast judged against it and the
// probability of imposition over the draws.
#include <fmt/format.h>

#include "cli/force_cli.h"
#include "cli/report_cli.h"
#include "cli/uncertainty_cli.h"

namespace parley::cli {
namespace {

std::string Cell(std::string_view text) { return "<td>" + HtmlEscape(text) + "</td>"; }

std::string ActorIds(const Scenario& scenario, const std::vector<std::size_t>& actors) {
  std::string text;
  for (std::size_t a : actors) text += (text.empty() ? "" : ", ") + scenario.actors[a].id;
  return text.empty() ? "none" : text;
}

// Decimals for points on an issue's scale: 1 on 0-100, 3 on 0-1 (as `parley force`).
int DecimalsFor(const Issue& issue) { return issue.scale.Range() <= 10.0 ? 3 : 1; }

std::string VerdictWords(const Scenario& scenario, const IssueForceReport& row) {
  if (!row.verdict) return "no forecast to judge";
  if (!row.verdict->imposer) return "in the range";
  const ForceView& view = row.verdict->views[*row.verdict->imposer];
  const int d = DecimalsFor(scenario.issues[row.issue]);
  return fmt::format("{} prefers force (+{}; expects {})", scenario.actors[view.actor].id,
                     Short(view.margin, d), Short(view.expected_outcome, d));
}

// P(force) of the model's draws on issue k, "-" when they were not judged.
std::string Probability(const ReportInputs& inputs, const std::string& model, std::size_t k) {
  for (const ModelSummary& summary : inputs.uncertainty.models) {
    if (summary.model != model || k >= summary.imposition.size()) continue;
    const ImpositionOdds& odds = summary.imposition[k];
    if (odds.judged == 0) return "-";
    return fmt::format("{:.0f}%", 100.0 * odds.Probability());
  }
  return "-";
}

}  // namespace

std::string ForceSection(const ReportInputs& inputs) {
  const Scenario& scenario = inputs.scenario;
  if (!HasForce(scenario)) return {};
  std::vector<ForceReport> reports;
  for (const ScenarioForecast& forecast : inputs.forecasts) {
    auto report = AnalyseForce(scenario, &forecast, ForceOptions{});
    if (report) reports.push_back(std::move(*report));
  }
  if (reports.empty()) return {};
  std::string out =
      "<section><h2>Force: who would rather impose an outcome</h2>\n<p class=\"caption\">The "
      "bargaining range of each issue: the outcomes no actor with military strength prefers "
      "fighting to (Fearon 1995; docs/mechanisms/force.md, default options). Each model's "
      "forecast is judged against it: in the range, or the actor who would impose, by how many "
      "scale points force is worth more to it and where force is expected to leave the issue. "
      "P(force): the share of the uncertainty draws in which some armed actor prefers force to "
      "the model's outcome.</p>\n<table class=\"force\"><tr><th>issue</th><th>armed</th>"
      "<th>bargaining range</th><th>model</th><th>forecast</th><th>verdict</th>"
      "<th>P(force)</th></tr>\n";
  for (std::size_t k = 0; k < scenario.issues.size(); ++k) {
    const IssueForceReport& first = reports.front().issues[k];
    for (std::size_t m = 0; m < reports.size(); ++m) {
      const IssueForceReport& row = reports[m].issues[k];
      out += "<tr>";
      if (m == 0) {
        const std::string span = fmt::format("<td rowspan=\"{}\">", reports.size());
        out += span + HtmlEscape(scenario.issues[k].id) + "</td>" + span +
               HtmlEscape(ActorIds(scenario, first.armed)) + "</td>" + span +
               HtmlEscape(RangeWords(first.range, DecimalsFor(scenario.issues[k])) +
                          (first.indivisible ? " (indivisible)" : "")) +
               "</td>";
      }
      out += Cell(reports[m].model);
      out += Cell(row.verdict ? Short(row.verdict->outcome, DecimalsFor(scenario.issues[k])) : "-");
      out += Cell(VerdictWords(scenario, row));
      out += "<td class=\"num\">" + Probability(inputs, reports[m].model, k) + "</td></tr>\n";
    }
  }
  return out + "</table></section>\n";
}

}  // namespace parley::cli
