// Internal: `parley report`, the self-contained HTML brief (docs/report.md).
// report_command.cpp runs the analyses into ReportInputs; report_html.cpp lays
// out the page; report_tables.cpp renders its tables; report_svg.cpp and
// report_svg_series.cpp draw the charts as inline SVG with SvgChart
// (report_svg_chart.cpp). Everything is a pure function of ReportInputs: the
// same inputs give byte-identical HTML.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cli/command.h"
#include "parley/monte_carlo.h"
#include "parley/regimes.h"
#include "parley/scenario.h"
#include "parley/sensitivity.h"
#include "parley/timeline.h"
#include "parley/tipping.h"

namespace parley::cli {

Command RegisterReportCommand(CLI::App& app, const ModelRegistry& models);

// Everything the brief shows, computed once.
struct ReportInputs {
  Scenario scenario;
  std::vector<ScenarioForecast> forecasts;  // each model on the point values
  MonteCarloResult uncertainty;             // every model (and the ensemble)
  std::string focus_model;                  // the model of the sensitivity and tipping sections
  std::string timeline_model;               // the model that runs the timeline
  std::vector<std::pair<std::string, RegimeComparison>> regimes;  // per model
  std::optional<SensitivityResult> sensitivity;
  std::string sensitivity_note;  // why there is none
  std::vector<IssueTipping> tipping;
  std::optional<Trajectory> timeline;
  std::string timeline_note;  // why there is none, when the scenario has events
};

// The whole page.
std::string ReportHtml(const ReportInputs& inputs);

// Text safe inside HTML and SVG elements and attribute values: & < > " '.
std::string HtmlEscape(std::string_view text);
// At most `length` characters (UTF-8 aware), with an ellipsis when cut.
std::string Clip(std::string_view text, std::size_t length);

// Tables (report_tables.cpp).
std::string RegimeSection(const ReportInputs& inputs);
std::string TippingSection(const ReportInputs& inputs);
std::string ProvenanceSection(const Scenario& scenario);
// Force (report_force.cpp): per issue the bargaining range, each model's
// forecast judged against it and the probability of imposition; "" when no
// actor has a military strength.
std::string ForceSection(const ReportInputs& inputs);

// Charts: an <svg class="chart"> whose every drawn datum has class "mark";
// its data-marks attribute says how many there are (the browser test counts
// them). Colours by model index (ModelColour).
std::string ModelColour(std::size_t model);
std::string IssueChart(const ReportInputs& inputs, std::size_t issue);
// Empty when no model runs rounds on the issue.
std::string TrajectoryChart(const ReportInputs& inputs, std::size_t issue);
std::string TimelineChart(const Scenario& scenario, const Trajectory& trajectory);
std::string SensitivityChart(const Scenario& scenario, const SensitivityResult& result,
                             const IssueSensitivity& issue, std::size_t top);

// Builds one chart and counts its marks.
class SvgChart {
 public:
  SvgChart(double width, double height, std::string title);
  // An element; `mark` adds class="mark" (a datum the browser test counts).
  void Line(double x1, double y1, double x2, double y2, std::string_view style, bool mark,
            std::string_view tooltip = {});
  void Rect(double x, double y, double width, double height, std::string_view style, bool mark,
            std::string_view tooltip = {});
  void Circle(double x, double y, double radius, std::string_view style, bool mark,
              std::string_view tooltip = {});
  void Path(std::string_view d, std::string_view style, bool mark, std::string_view tooltip = {});
  // Text is escaped here; anchor is start, middle or end.
  void Text(double x, double y, std::string_view text, std::string_view anchor,
            std::string_view css_class = "label", std::string_view tooltip = {});
  std::string Finish() const;

 private:
  double width_;
  double height_;
  std::string title_;
  std::string body_;
  std::size_t marks_ = 0;
};

}  // namespace parley::cli
