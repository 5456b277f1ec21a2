// The brief's page: a head with the inlined style sheet and a content security
// policy that forbids every request (the page needs none), then the question,
// the bottom line per issue, a chart per issue, and the analyses' sections.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "cli/report_cli.h"
#include "cli/uncertainty_cli.h"

namespace parley::cli {
namespace {

constexpr std::size_t kSensitivityShown = 8;

constexpr const char* kStyle = R"(
body{font:15px/1.45 "DejaVu Sans",Arial,sans-serif;color:#222;max-width:760px;margin:24px auto;padding:0 16px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:28px 0 6px;border-bottom:1px solid #ccc;break-after:avoid}
h3{font-size:16px;margin:18px 0 4px;break-after:avoid}
.meta,.caption{color:#555;font-size:13px}.question{font-size:17px}
figure{margin:8px 0 14px;break-inside:avoid}svg.chart{max-width:100%;height:auto;display:block}
svg text{font-family:"DejaVu Sans",Arial,sans-serif}svg .label{font-size:12px;fill:#222}
svg .note,svg .tick{font-size:11px;fill:#555}svg .group{font-size:12px;font-weight:bold;fill:#222}
svg .end-label{font-size:11px;fill:#222;font-style:italic}
table{border-collapse:collapse;font-size:12px;margin:6px 0 12px;width:100%}
th,td{border-bottom:1px solid #ddd;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#f3f3f3;overflow-wrap:anywhere}td.num{text-align:right;white-space:nowrap}
table.regimes{font-size:11px}table.regimes th,table.regimes td{padding:2px 4px;overflow-wrap:normal}
td{overflow-wrap:anywhere}td.field{overflow-wrap:normal;white-space:nowrap}
.bottom li{margin-bottom:6px}.legend{font-size:12px;color:#444}
.key{white-space:nowrap}.swatch{display:inline-block;width:12px;height:8px;margin:0 3px 0 10px}
@page{size:A4;margin:14mm}
@media print{body{margin:0;max-width:none;font-size:12px}h1{font-size:20px}h2{font-size:16px}
.question{font-size:13px}.meta,.caption,.legend{font-size:10.5px}table{font-size:10px}}
)";

std::string Percent(double share) { return fmt::format("{:.0f}%", share * 100.0); }

// "close to “Full restoration of Azerbaijani control” (0)", "near the middle".
std::string Where(const Scale& scale, double value) {
  const double share = (value - scale.min) / scale.Range();
  if (share >= 0.4 && share <= 0.6) return "near the middle of the scale";
  const bool low = share < 0.5;
  const std::string& label = low ? scale.min_label : scale.max_label;
  const std::string end = Short(low ? scale.min : scale.max);
  const bool close = share < 0.2 || share > 0.8;
  return fmt::format("{} \u201c{}\u201d ({})", close ? "close to" : "leaning towards",
                     HtmlEscape(label), end);
}

const ModelSummary& Overall(const MonteCarloResult& result) { return result.models.back(); }

// With uncertain inputs: whose red lines the pooled draws cross, and how often.
std::string RedLineRisks(const ReportInputs& inputs, std::size_t k) {
  const IssueSummary& overall = Overall(inputs.uncertainty).issues[k];
  std::string risks;
  for (const RedLineRisk& risk : overall.red_lines) {
    if (risk.p_crossed < 0.1) continue;
    risks +=
        fmt::format("{}{} ({} of draws)", risks.empty() ? "" : ", ",
                    HtmlEscape(inputs.scenario.actors[risk.actor].name), Percent(risk.p_crossed));
  }
  if (overall.red_lines.empty()) return {};
  return risks.empty() ? "No actor's red line is crossed in 10% of draws or more."
                       : "Red lines crossed: " + risks + ".";
}

// Without: whose red lines the models' point forecasts cross, and by how many models.
std::string RedLinesOfPoints(const ReportInputs& inputs, std::size_t k) {
  std::vector<std::size_t> actors;
  std::map<std::size_t, std::size_t> crossed;  // actor -> models whose forecast crosses it
  std::size_t models = 0;
  for (const ModelSummary& model : inputs.uncertainty.models) {
    if (model.model == "ensemble" || !model.issues[k].point) continue;
    ++models;
    for (const RedLineRisk& risk : model.issues[k].red_lines) {
      if (risk.crossed > 0 && crossed[risk.actor]++ == 0) actors.push_back(risk.actor);
    }
  }
  if (inputs.uncertainty.models.front().issues[k].red_lines.empty() || models == 0) return {};
  if (actors.empty()) return "No model's forecast crosses a red line.";
  std::sort(actors.begin(), actors.end());
  std::string text = "Red lines crossed: ";
  for (std::size_t n = 0; n < actors.size(); ++n) {
    text +=
        fmt::format("{}{} (by {} of {} models)", n == 0 ? "" : ", ",
                    HtmlEscape(inputs.scenario.actors[actors[n]].name), crossed[actors[n]], models);
  }
  return text + ".";
}

std::string BottomLine(const ReportInputs& inputs, std::size_t k) {
  const Scenario& scenario = inputs.scenario;
  const Issue& issue = scenario.issues[k];
  std::vector<double> points;
  std::vector<std::string> missing;
  for (const ModelSummary& model : inputs.uncertainty.models) {
    if (model.model == "ensemble") continue;
    const IssueSummary& summary = model.issues[k];
    if (summary.point) {
      points.push_back(*summary.point);
    } else {
      missing.push_back(
          fmt::format("{} ({})", model.model,
                      summary.point_reason ? ToString(*summary.point_reason) : "skipped"));
    }
  }
  std::string text = fmt::format("<strong>{}</strong>: ", HtmlEscape(issue.name));
  if (points.empty()) {
    text += "no model gives a point forecast. ";
  } else {
    const auto [low, high] = std::minmax_element(points.begin(), points.end());
    const std::string range = points.size() == 1 || *high - *low < 0.05 * issue.scale.Range()
                                  ? fmt::format("at {}", Short((*low + *high) / 2))
                                  : fmt::format("between {} and {}", Short(*low), Short(*high));
    text += fmt::format("{} put{} the outcome {}, {}. ",
                        points.size() == 1 ? "one model" : fmt::format("{} models", points.size()),
                        points.size() == 1 ? "s" : "", range,
                        *high - *low > 0.4 * issue.scale.Range()
                            ? std::string("too far apart to agree on a side of the scale")
                            : Where(issue.scale, (*low + *high) / 2));
  }
  if (!missing.empty()) {
    std::string names;
    for (const std::string& name : missing) names += (names.empty() ? "" : ", ") + name;
    text += fmt::format("No point forecast from {}. ", HtmlEscape(names));
  }
  const IssueSummary& overall = Overall(inputs.uncertainty).issues[k];
  if (inputs.uncertainty.inputs.empty()) {
    text += "No input is uncertain, so there is no interval. ";
  } else if (overall.with_outcome > 0) {
    text += fmt::format(
        "Over {} draws of the uncertain inputs, 90% of outcomes{} lie between {} and {}. ",
        inputs.uncertainty.runs, inputs.uncertainty.models.size() > 1 ? " (all models pooled)" : "",
        Short(overall.quantiles[0]), Short(overall.quantiles[4]));
  }
  text += inputs.uncertainty.inputs.empty() ? RedLinesOfPoints(inputs, k) : RedLineRisks(inputs, k);
  return "<li>" + text + "</li>\n";
}

std::string Legend(const ReportInputs& inputs) {
  std::string out =
      "<p class=\"legend\">Actors: <b>&#9679;</b> position; green band: the range the actor "
      "accepts, red ticks: its red lines. Models: &#9670; forecast on the point values, thick "
      "bar: middle 50% of draws, thin line: 90% of draws; right: forecast [5th, 95th "
      "percentile].";
  for (std::size_t m = 0; m < inputs.forecasts.size(); ++m) {
    out += fmt::format(
        "<span class=\"key\"><span class=\"swatch\" style=\"background:{}\"></span>{}</span>",
        ModelColour(m), HtmlEscape(inputs.forecasts[m].model));
  }
  return out + "</p>\n";
}

std::string IssueSection(const ReportInputs& inputs, std::size_t k) {
  const Issue& issue = inputs.scenario.issues[k];
  std::string out = fmt::format("<section class=\"issue\"><h2>{}</h2>\n", HtmlEscape(issue.name));
  if (!issue.description.empty()) out += fmt::format("<p>{}</p>\n", HtmlEscape(issue.description));
  out += fmt::format("<p class=\"caption\">Scale: {} = {}; {} = {}.</p>\n", Short(issue.scale.min),
                     HtmlEscape(issue.scale.min_label), Short(issue.scale.max),
                     HtmlEscape(issue.scale.max_label));
  out += "<figure>" + IssueChart(inputs, k) + "</figure>\n" + Legend(inputs);
  const std::string trajectory = TrajectoryChart(inputs, k);
  out += "<h3>Round by round</h3>\n";
  out += trajectory.empty()
             ? "<p class=\"caption\">Every model here is one-shot: no rounds to show.</p>\n"
             : "<figure>" + trajectory + "</figure>\n";
  return out + "</section>\n";
}

std::string SensitivitySection(const ReportInputs& inputs) {
  std::string out = fmt::format("<section><h2>What drives the forecast ({})</h2>\n",
                                HtmlEscape(inputs.focus_model));
  if (!inputs.sensitivity)
    return out + "<p>" + HtmlEscape(inputs.sensitivity_note) + "</p></section>\n";
  const SensitivityResult& result = *inputs.sensitivity;
  out += fmt::format(
      "<p class=\"caption\">Sobol indices (Saltelli 2010 design, N = {} base rows, seed {}): the "
      "share of each outcome's variance an input explains alone and with its interactions; the "
      "{} largest per issue, leaving out those under 0.5%. Both are estimates from the draws: with "
      "few rows the dark bar can "
      "exceed the light one or dip just below zero; hover a bar for its 95% bootstrap "
      "interval.</p>\n",
      result.base_runs, result.seed, kSensitivityShown);
  for (const IssueSensitivity& issue : result.issues) {
    out += fmt::format("<h3>{}</h3>\n", HtmlEscape(inputs.scenario.issues[issue.issue].name));
    if (issue.rows_used < 2) {
      out += "<p>Too few draws with an outcome on every run to estimate.</p>\n";
    } else if (!(issue.variance > 0.0)) {
      out += "<p>The outcome does not move over the draws: nothing to apportion.</p>\n";
    } else {
      out += "<figure>" + SensitivityChart(inputs.scenario, result, issue, kSensitivityShown) +
             "</figure>\n";
    }
  }
  return out + "</section>\n";
}

std::string TimelineSection(const ReportInputs& inputs) {
  const Scenario& scenario = inputs.scenario;
  if (scenario.timeline.IsEmpty()) return {};
  std::string out = "<section><h2>Timeline</h2>\n";
  if (!inputs.timeline) return out + "<p>" + HtmlEscape(inputs.timeline_note) + "</p></section>\n";
  const Trajectory& trajectory = *inputs.timeline;
  out += fmt::format(
      "<p class=\"caption\">The scenario's events applied period by period and the {} model run "
      "each period ({}); each issue's outcome as a share of its scale.</p>\n",
      HtmlEscape(inputs.timeline_model),
      trajectory.rounds_per_period > 0
          ? fmt::format("{} round{} a period, positions carried forward",
                        trajectory.rounds_per_period, trajectory.rounds_per_period == 1 ? "" : "s")
          : std::string("a one-shot model: each period forecast afresh from the positions the "
                        "events leave"));
  out += "<figure>" + TimelineChart(scenario, *inputs.timeline) + "</figure>\n";
  out += "<table><tr><th>period</th><th>date</th><th>event</th><th>what happens</th></tr>\n";
  for (const TimelineEvent& event : scenario.timeline.events) {
    out += fmt::format("<tr><td class=\"num\">{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                       event.round, HtmlEscape(event.date), HtmlEscape(event.id),
                       HtmlEscape(event.label));
  }
  return out + "</table></section>\n";
}

std::string Header(const ReportInputs& inputs) {
  const Scenario& scenario = inputs.scenario;
  std::string models;
  for (const ScenarioForecast& forecast : inputs.forecasts) {
    models += (models.empty() ? "" : ", ") + forecast.model;
  }
  std::string out = fmt::format("<h1>{}</h1>\n", HtmlEscape(scenario.name));
  if (!scenario.description.empty()) {
    out += fmt::format("<p class=\"question\">{}</p>\n", HtmlEscape(scenario.description));
  }
  out += fmt::format(
      "<p class=\"meta\">As of {}. Scenario <code>{}</code>. Models: {}. {} draws, seed {}; "
      "sensitivity and tipping points from the {} model{}. Written by parley 0.1.0.</p>\n",
      HtmlEscape(scenario.as_of.empty() ? std::string("an unstated date") : scenario.as_of),
      HtmlEscape(scenario.id), HtmlEscape(models), inputs.uncertainty.runs, inputs.uncertainty.seed,
      HtmlEscape(inputs.focus_model),
      inputs.timeline_model.empty()
          ? std::string()
          : fmt::format(", the timeline from the {} model", HtmlEscape(inputs.timeline_model)));
  return out;
}

}  // namespace

std::string ReportHtml(const ReportInputs& inputs) {
  const Scenario& scenario = inputs.scenario;
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
      "style-src 'unsafe-inline'\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += fmt::format("<title>{}: parley brief</title>\n<style>{}</style></head><body>\n",
                     HtmlEscape(scenario.name), kStyle);
  out += Header(inputs);
  out += "<section><h2>Bottom line</h2><ul class=\"bottom\">\n";
  for (std::size_t k = 0; k < scenario.issues.size(); ++k) out += BottomLine(inputs, k);
  out += "</ul>\n";
  for (const std::string& note : inputs.uncertainty.notes) {
    out += fmt::format("<p class=\"caption\">{}</p>\n", HtmlEscape(note));
  }
  out += "</section>\n";
  for (std::size_t k = 0; k < scenario.issues.size(); ++k) out += IssueSection(inputs, k);
  out += ForceSection(inputs);
  out += RegimeSection(inputs);
  out += SensitivitySection(inputs);
  out += TippingSection(inputs);
  out += TimelineSection(inputs);
  out += ProvenanceSection(scenario);
  return out + "</body></html>\n";
}

}  // namespace parley::cli
