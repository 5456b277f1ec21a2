// Where a scenario value comes from, and the closed interval used for red
// lines. Split from scenario.h so that the optional scenario sections
// (timeline_events.h, engagement_settings.h) can carry sources too.
#pragma once

#include <map>
#include <string>

namespace parley {

// Where a value comes from: a document with a locator or short quote, or an
// analyst estimate with its reason.
struct Source {
  std::string document;         // a key of Scenario::documents, or a free title/path
  std::string locator;          // page, section, paragraph, line
  std::string quote;            // a short quote supporting the value
  std::string estimate_reason;  // non-empty: the value is an analyst estimate, for this reason

  bool IsEstimate() const { return !estimate_reason.empty(); }
};

// Field name ("capability", "position", "salience", "red_line", "status_quo",
// ...) to the source of that field's value.
using Provenance = std::map<std::string, Source>;

// A closed interval [low, high] on an issue's scale.
struct Interval {
  double low = 0.0;
  double high = 0.0;
  bool Contains(double x, double tolerance = 1e-9) const {
    return x >= low - tolerance && x <= high + tolerance;
  }
};

}  // namespace parley
