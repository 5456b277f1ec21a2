// The brief's scenario-wide charts as inline SVG: the timeline (each issue's
// outcome period by period, as a share of its scale, events marked) and the
// sensitivity ranking (Sobol total and first-order indices per input).
#include <fmt/format.h>

#include <algorithm>

#include "cli/report_cli.h"
#include "cli/uncertainty_cli.h"

namespace parley::cli {
namespace {

const IssueOutcome* OutcomeIn(const TimelinePeriod& period, std::size_t issue) {
  for (const IssueOutcome& outcome : period.outcomes) {
    if (outcome.issue == issue) return &outcome;
  }
  return nullptr;
}

constexpr double kNegligibleShare = 0.005;

// Two decimals; an estimate of -0.004 reads 0.00, not -0.00.
std::string Index(double value) {
  std::string text = fmt::format("{:.2f}", value);
  return text == "-0.00" ? "0.00" : text;
}

}  // namespace

std::string TimelineChart(const Scenario& scenario, const Trajectory& trajectory) {
  constexpr double kLeft = 50.0, kTop = 12.0, kPlotWidth = 500.0, kPlotHeight = 180.0;
  const double periods = std::max<double>(1.0, static_cast<double>(trajectory.periods.size()) - 1);
  SvgChart chart(
      720, kTop + kPlotHeight + 40,
      fmt::format("{} model outcome period by period, as a share of each scale", trajectory.model));
  const auto x = [&](double period) { return kLeft + period / periods * kPlotWidth; };
  const auto y = [&](double share) { return kTop + (1.0 - share) * kPlotHeight; };
  for (int tick = 0; tick <= 4; ++tick) {
    const double share = tick / 4.0;
    chart.Line(kLeft, y(share), kLeft + kPlotWidth, y(share), "stroke:#eee", false);
    chart.Text(kLeft - 6, y(share) + 4, fmt::format("{}%", tick * 25), "end", "tick");
  }
  const int step = std::max(1, static_cast<int>(periods) / 12);
  for (const TimelinePeriod& period : trajectory.periods) {
    if (!period.events.empty()) {
      std::string names;
      for (const std::string& id : period.events) names += (names.empty() ? "" : ", ") + id;
      chart.Line(x(period.period), kTop, x(period.period), kTop + kPlotHeight,
                 "stroke:#c0392b;stroke-opacity:0.5;stroke-dasharray:2 3", false,
                 fmt::format("period {}: {}", period.period, names));
    }
    if (period.period % step == 0) {
      chart.Text(x(period.period), kTop + kPlotHeight + 16, std::to_string(period.period), "middle",
                 "tick");
    }
  }
  chart.Text(kLeft + kPlotWidth / 2, kTop + kPlotHeight + 34,
             "period (red dashes: events; 0 = the scenario as given)", "middle", "note");
  double legend_y = kTop + 8;
  for (std::size_t k = 0; k < scenario.issues.size(); ++k) {
    const Issue& issue = scenario.issues[k];
    std::string d;
    for (const TimelinePeriod& period : trajectory.periods) {
      const IssueOutcome* outcome = OutcomeIn(period, k);
      if (!outcome) continue;
      const double share = (outcome->outcome - issue.scale.min) / issue.scale.Range();
      d += fmt::format("{}{:.1f} {:.1f}", d.empty() ? "M" : "L", x(period.period), y(share));
      if (trajectory.periods.size() == 1) {
        chart.Circle(x(period.period), y(share), 3, fmt::format("fill:{}", ModelColour(k)), true);
      }
    }
    if (d.empty()) continue;
    if (trajectory.periods.size() > 1) {
      chart.Path(d, fmt::format("fill:none;stroke:{};stroke-width:2", ModelColour(k)), true,
                 issue.name);
    }
    chart.Line(kLeft + kPlotWidth + 12, legend_y - 4, kLeft + kPlotWidth + 28, legend_y - 4,
               fmt::format("stroke:{};stroke-width:3", ModelColour(k)), false);
    chart.Text(kLeft + kPlotWidth + 32, legend_y, Clip(issue.id, 24), "start", "note", issue.name);
    legend_y += 16;
  }
  return chart.Finish();
}

std::string SensitivityChart(const Scenario& scenario, const SensitivityResult& result,
                             const IssueSensitivity& issue, std::size_t top) {
  constexpr double kLeft = 260.0, kPlotWidth = 350.0, kRow = 18.0, kTop = 22.0;
  // Inputs that explain under half a percent, alone or with interactions, are
  // left out (the caption says so); the largest is always shown.
  std::size_t shown = 0;
  while (shown < std::min(top, issue.indices.size()) &&
         (shown == 0 || std::max(issue.indices[shown].total, issue.indices[shown].first_order) >=
                            kNegligibleShare)) {
    ++shown;
  }
  const double height = kTop + kRow * static_cast<double>(shown) + 30;
  SvgChart chart(720, height,
                 fmt::format("Inputs that drive {}", scenario.issues[issue.issue].name));
  const auto x = [&](double share) { return kLeft + std::clamp(share, 0.0, 1.0) * kPlotWidth; };
  for (int tick = 0; tick <= 4; ++tick) {
    const double share = tick / 4.0;
    chart.Line(x(share), kTop - 6, x(share), kTop + kRow * static_cast<double>(shown),
               "stroke:#eee", false);
    chart.Text(x(share), kTop + kRow * static_cast<double>(shown) + 14, Short(share, 2), "middle",
               "tick");
  }
  chart.Text(kLeft, kTop - 10,
             "share of the outcome's variance: light = total (with interactions), dark = alone",
             "start", "note");
  for (std::size_t n = 0; n < shown; ++n) {
    const SobolIndex& index = issue.indices[n];
    const std::string label = InputLabel(scenario, result.inputs[index.input]);
    const double y = kTop + kRow * static_cast<double>(n);
    chart.Text(kLeft - 8, y + 9, Clip(label, 36), "end", "label", label);
    chart.Rect(kLeft, y + 1, std::max(x(index.total) - kLeft, 0.5), 12, "fill:#9ecae1", true,
               fmt::format("total {:.3f} [{:.3f}, {:.3f}]", index.total, index.total_low,
                           index.total_high));
    chart.Rect(kLeft, y + 4, std::max(x(index.first_order) - kLeft, 0.5), 6, "fill:#08519c", true,
               fmt::format("alone {:.3f} [{:.3f}, {:.3f}]", index.first_order,
                           index.first_order_low, index.first_order_high));
    chart.Text(kLeft + kPlotWidth + 8, y + 9,
               fmt::format("{} ({} alone)", Index(index.total), Index(index.first_order)), "start",
               "note");
  }
  return chart.Finish();
}

}  // namespace parley::cli
