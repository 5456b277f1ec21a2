// The brief's per-issue charts as inline SVG: where each model lands (point,
// 50% and 90% of the draws) against the scale's labelled ends and every
// actor's position and acceptable range; and each model's trajectory over
// rounds. Coordinates are printed with one decimal, so output is deterministic.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>

#include "cli/report_cli.h"
#include "cli/uncertainty_cli.h"

namespace parley::cli {
namespace {

// Horizontal layout of the issue chart: gutters for labels, a plot between.
constexpr double kIssueChartWidth = 720.0;
constexpr double kIssueChartLeft = 150.0;
constexpr double kIssueChartRight = 130.0;
constexpr double kIssueChartPlot = kIssueChartWidth - kIssueChartLeft - kIssueChartRight;
constexpr double kIssueChartRow = 20.0;

double X(const Scale& scale, double value) {
  return kIssueChartLeft + (value - scale.min) / scale.Range() * kIssueChartPlot;
}

void Axis(SvgChart& chart, const Scale& scale, double y) {
  chart.Text(kIssueChartLeft, y - 16, Clip(scale.min_label, 34), "start", "end-label",
             scale.min_label);
  chart.Text(kIssueChartLeft + kIssueChartPlot, y - 16, Clip(scale.max_label, 34), "end",
             "end-label", scale.max_label);
  chart.Line(kIssueChartLeft, y, kIssueChartLeft + kIssueChartPlot, y, "stroke:#555", false);
  for (int tick = 0; tick <= 4; ++tick) {
    const double value = scale.min + scale.Range() * tick / 4.0;
    const double x = X(scale, value);
    chart.Line(x, y, x, y + 4, "stroke:#555", false);
    chart.Text(x, y + 15, Short(value, 1), "middle", "tick");
  }
}

void ActorRow(SvgChart& chart, const Scenario& scenario, const Stance& stance, double y) {
  const Scale& scale = scenario.issues[stance.issue].scale;
  const Actor& actor = scenario.actors[stance.actor];
  chart.Text(kIssueChartLeft - 8, y + 4, Clip(actor.id, 20), "end", "label", actor.name);
  chart.Line(kIssueChartLeft, y, kIssueChartLeft + kIssueChartPlot, y, "stroke:#eee", false);
  if (stance.red_line) {
    const double low = X(scale, stance.red_line->low);
    const double high = X(scale, stance.red_line->high);
    const std::string range = fmt::format(
        "{} accepts {} to {}", actor.id, Short(stance.red_line->low), Short(stance.red_line->high));
    chart.Rect(low, y - 4, std::max(high - low, 1.0), 8, "fill:#d6ead6", true, range);
    if (stance.red_line->low > scale.min) {
      chart.Line(low, y - 7, low, y + 7, "stroke:#c0392b;stroke-width:2", true);
    }
    if (stance.red_line->high < scale.max) {
      chart.Line(high, y - 7, high, y + 7, "stroke:#c0392b;stroke-width:2", true);
    }
  }
  chart.Circle(X(scale, stance.position), y, 4.5, "fill:#333", true,
               fmt::format("{} position {}", actor.id, Short(stance.position)));
  chart.Text(kIssueChartLeft + kIssueChartPlot + 8, y + 4,
             fmt::format("at {}, salience {}", Short(stance.position),
                         Short(stance.salience * scenario.salience_scale)),
             "start", "note");
}

// `uncertain`: the scenario has uncertain inputs, so the draws differ.
void ModelRow(SvgChart& chart, const Scale& scale, const ModelSummary& model,
              const IssueSummary& summary, const std::string& colour, bool uncertain, double y) {
  chart.Text(kIssueChartLeft - 8, y + 4, model.model, "end", "label");
  chart.Line(kIssueChartLeft, y, kIssueChartLeft + kIssueChartPlot, y, "stroke:#eee", false);
  const auto& q = summary.quantiles;
  // An interval narrower than half a pixel is drawn by the point alone.
  if (summary.with_outcome > 0 && X(scale, q[4]) - X(scale, q[0]) >= 0.5) {
    chart.Line(X(scale, q[0]), y, X(scale, q[4]), y,
               fmt::format("stroke:{};stroke-width:2", colour), true,
               fmt::format("{}: 90% of draws in {} to {}", model.model, Short(q[0]), Short(q[4])));
  }
  if (summary.with_outcome > 0 && X(scale, q[3]) - X(scale, q[1]) >= 0.5) {
    chart.Rect(
        X(scale, q[1]), y - 4, X(scale, q[3]) - X(scale, q[1]), 8,
        fmt::format("fill:{};fill-opacity:0.45", colour), true,
        fmt::format("{}: half the draws in {} to {}", model.model, Short(q[1]), Short(q[3])));
  }
  const std::string interval =
      summary.with_outcome > 0
          ? fmt::format("[{}, {}]", Short(summary.quantiles[0]), Short(summary.quantiles[4]))
          : std::string();
  const std::string reason(summary.point_reason ? ToString(*summary.point_reason) : "skipped");
  std::string right;
  if (summary.point) {
    const double x = X(scale, *summary.point);
    chart.Path(fmt::format("M{:.1f} {:.1f}l6 6l-6 6l-6 -6z", x, y - 6),
               fmt::format("fill:{};stroke:#fff", colour), true,
               fmt::format("{} forecast {}", model.model, Short(*summary.point)));
    right = Short(*summary.point);
    if (uncertain) right += " " + (interval.empty() ? "(no draw)" : interval);
  } else if (model.model == "ensemble") {  // pooled draws: no point of its own
    right = interval.empty() ? "no draw" : (uncertain ? "pooled " : "models ") + interval;
  } else {
    right = interval.empty() ? "none (" + reason + ")" : "none " + interval;
  }
  const std::string tooltip =
      summary.point ? std::string()
                    : fmt::format("{}: no forecast on the point values ({})", model.model, reason);
  chart.Text(kIssueChartLeft + kIssueChartPlot + 8, y + 4, right, "start", "note", tooltip);
}

}  // namespace

std::string IssueChart(const ReportInputs& inputs, std::size_t issue) {
  const Scenario& scenario = inputs.scenario;
  const Issue& item = scenario.issues[issue];
  std::vector<const Stance*> stances;
  for (const Stance& stance : scenario.stances) {
    if (stance.issue == issue) stances.push_back(&stance);
  }
  const auto& models = inputs.uncertainty.models;
  const double axis = 36.0;
  const double actors_top = axis + 44.0;
  const double models_top =
      actors_top + kIssueChartRow * static_cast<double>(stances.size()) + 26.0;
  const double height = models_top + kIssueChartRow * static_cast<double>(models.size()) + 10.0;
  SvgChart chart(kIssueChartWidth, height, fmt::format("Where each model lands on {}", item.name));
  Axis(chart, item.scale, axis);
  if (item.status_quo) {
    const double x = X(item.scale, *item.status_quo);
    chart.Line(x, axis, x, height - 4, "stroke:#999;stroke-dasharray:3 3", false);
    chart.Text(x + 3, actors_top - 18, fmt::format("status quo {}", Short(*item.status_quo)),
               "start", "note");
  }
  chart.Text(8, actors_top - 18, "Actors", "start", "group");
  for (std::size_t n = 0; n < stances.size(); ++n) {
    ActorRow(chart, scenario, *stances[n], actors_top + kIssueChartRow * static_cast<double>(n));
  }
  chart.Text(8, models_top - 14, "Models", "start", "group");
  for (std::size_t m = 0; m < models.size(); ++m) {
    const bool ensemble = models[m].model == "ensemble";
    ModelRow(chart, item.scale, models[m], models[m].issues[issue],
             ensemble ? std::string("#333") : ModelColour(m), !inputs.uncertainty.inputs.empty(),
             models_top + kIssueChartRow * static_cast<double>(m));
  }
  return chart.Finish();
}

std::string TrajectoryChart(const ReportInputs& inputs, std::size_t issue) {
  const Scale& scale = inputs.scenario.issues[issue].scale;
  int rounds = 0;
  for (const ScenarioForecast& forecast : inputs.forecasts) {
    if (const IssueForecast* found = forecast.Find(issue)) {
      rounds = std::max(rounds, found->forecast.RoundCount());
    }
  }
  if (rounds == 0) return {};
  constexpr double kLeftAxis = 50.0, kTop = 12.0, kPlotWidth = 470.0, kPlotHeight = 180.0;
  SvgChart chart(
      720, kTop + kPlotHeight + 40,
      fmt::format("Model outcomes round by round on {}", inputs.scenario.issues[issue].name));
  const auto x = [&](double round) { return kLeftAxis + round / rounds * kPlotWidth; };
  const auto y = [&](double value) {
    return kTop + (scale.max - value) / scale.Range() * kPlotHeight;
  };
  for (int tick = 0; tick <= 4; ++tick) {
    const double value = scale.min + scale.Range() * tick / 4.0;
    chart.Line(kLeftAxis, y(value), kLeftAxis + kPlotWidth, y(value), "stroke:#eee", false);
    chart.Text(kLeftAxis - 6, y(value) + 4, Short(value), "end", "tick");
  }
  const int step = std::max(1, rounds / 10);
  for (int round = 0; round <= rounds; round += step) {
    chart.Text(x(round), kTop + kPlotHeight + 16, std::to_string(round), "middle", "tick");
  }
  chart.Text(kLeftAxis + kPlotWidth / 2, kTop + kPlotHeight + 34, "round", "middle", "note");
  double legend_y = kTop + 8;
  for (std::size_t m = 0; m < inputs.forecasts.size(); ++m) {
    const IssueForecast* found = inputs.forecasts[m].Find(issue);
    if (!found || found->forecast.rounds.empty()) continue;
    const Forecast& forecast = found->forecast;
    const std::string colour = ModelColour(m);
    std::string detail;
    if (forecast.termination == Termination::kInfeasible) {
      detail = "no outcome (infeasible)";  // its "outcome" is the status quo: not drawn
    } else if (forecast.RoundCount() == 0) {
      const double value = forecast.rounds.front().outcome;
      chart.Line(x(0), y(value), x(rounds), y(value),
                 fmt::format("stroke:{};stroke-width:1.5;stroke-dasharray:5 4", colour), true,
                 fmt::format("{}: {}", forecast.model, forecast.message));
      detail = "one shot (dashed)";
    } else {
      std::string d;
      for (const Round& round : forecast.rounds) {
        d +=
            fmt::format("{}{:.1f} {:.1f}", d.empty() ? "M" : "L", x(round.round), y(round.outcome));
      }
      chart.Path(d, fmt::format("fill:none;stroke:{};stroke-width:2", colour), true,
                 fmt::format("{}: {}", forecast.model, forecast.message));
      detail = fmt::format("{}, {} rounds", ToString(forecast.termination), forecast.RoundCount());
    }
    chart.Line(kLeftAxis + kPlotWidth + 12, legend_y - 4, kLeftAxis + kPlotWidth + 28, legend_y - 4,
               fmt::format("stroke:{};stroke-width:3", colour), false);
    chart.Text(kLeftAxis + kPlotWidth + 32, legend_y, forecast.model, "start", "label");
    chart.Text(kLeftAxis + kPlotWidth + 32, legend_y + 13, detail, "start", "note",
               forecast.message);
    legend_y += 30;
  }
  return chart.Finish();
}

}  // namespace parley::cli
