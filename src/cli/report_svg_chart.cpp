// The SVG writer behind the brief's charts (SvgChart), HTML escaping and the
// model colours. Numbers are printed with one decimal: output is deterministic.
#include <fmt/format.h>

#include <array>

#include "cli/report_cli.h"

namespace parley::cli {
namespace {

std::string Tooltip(std::string_view tooltip) {
  return tooltip.empty() ? std::string() : "<title>" + HtmlEscape(tooltip) + "</title>";
}

std::string MarkClass(bool mark) { return mark ? " class=\"mark\"" : ""; }

}  // namespace

std::string HtmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string Clip(std::string_view text, std::size_t length) {
  std::size_t chars = 0;
  for (std::size_t n = 0; n < text.size(); ++n) {
    const auto byte = static_cast<unsigned char>(text[n]);
    if ((byte & 0xC0) == 0x80) continue;  // a continuation byte
    if (chars == length) return std::string(text.substr(0, n)) + "\xE2\x80\xA6";
    ++chars;
  }
  return std::string(text);
}

std::string ModelColour(std::size_t model) {
  // Okabe & Ito's colour-blind-safe palette; the ensemble (last) in dark grey.
  static constexpr std::array<const char*, 7> kColours = {
      "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#7f6b00"};
  return kColours[model % kColours.size()];
}

SvgChart::SvgChart(double width, double height, std::string title)
    : width_(width), height_(height), title_(std::move(title)) {}

void SvgChart::Line(double x1, double y1, double x2, double y2, std::string_view style, bool mark,
                    std::string_view tooltip) {
  body_ += fmt::format(
      "<line{} x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\" style=\"{}\">{}</line>",
      MarkClass(mark), x1, y1, x2, y2, style, Tooltip(tooltip));
  marks_ += mark ? 1 : 0;
}

void SvgChart::Rect(double x, double y, double width, double height, std::string_view style,
                    bool mark, std::string_view tooltip) {
  body_ += fmt::format(
      "<rect{} x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" style=\"{}\">{}</rect>",
      MarkClass(mark), x, y, width, height, style, Tooltip(tooltip));
  marks_ += mark ? 1 : 0;
}

void SvgChart::Circle(double x, double y, double radius, std::string_view style, bool mark,
                      std::string_view tooltip) {
  body_ +=
      fmt::format("<circle{} cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"{:.1f}\" style=\"{}\">{}</circle>",
                  MarkClass(mark), x, y, radius, style, Tooltip(tooltip));
  marks_ += mark ? 1 : 0;
}

void SvgChart::Path(std::string_view d, std::string_view style, bool mark,
                    std::string_view tooltip) {
  body_ += fmt::format("<path{} d=\"{}\" style=\"{}\">{}</path>", MarkClass(mark), d, style,
                       Tooltip(tooltip));
  marks_ += mark ? 1 : 0;
}

void SvgChart::Text(double x, double y, std::string_view text, std::string_view anchor,
                    std::string_view css_class, std::string_view tooltip) {
  body_ +=
      fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"{}\" class=\"{}\">{}{}</text>", x,
                  y, anchor, css_class, HtmlEscape(text), Tooltip(tooltip));
}

std::string SvgChart::Finish() const {
  return fmt::format(
      "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {:.0f} {:.0f}\" "
      "width=\"{:.0f}\" height=\"{:.0f}\" role=\"img\" aria-label=\"{}\" data-marks=\"{}\">"
      "<title>{}</title>{}</svg>",
      width_, height_, width_, height_, HtmlEscape(title_), marks_, HtmlEscape(title_), body_);
}

}  // namespace parley::cli
