// The range an analyst gives to an uncertain scenario value (an actor's
// capability, a stance's position or salience), and the scenario-wide
// `uncertainty:` section that covers every value without a range of its own.
// Plain value types; the sampler that draws from them is in uncertainty.h.
// Split from uncertainty.h so that scenario.h can hold them.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "parley/provenance.h"
#include "parley/result.h"

namespace parley {

enum class Distribution {
  kTriangular,  // triangular(low, value, high): the file's default
  kUniform,     // uniform on [low, high]
  kNormal,      // normal(value, sd), truncated to the value's allowed range
  kLogNormal,   // value x factor^Z, Z standard normal: scenario-wide capability only
};

// "triangular", "uniform", "normal", "lognormal" (the spelling of `dist:`).
std::string_view ToString(Distribution distribution);
// Only the names a file may write after `dist:` (triangular, uniform, normal).
Result<Distribution> DistributionFromString(std::string_view text);

// The range of one value. The point value stays where it always was
// (Actor::capability, Stance::position, Stance::salience); this describes the
// spread around it. Saliences are on [0, 1] like Stance::salience.
struct ValueRange {
  Distribution distribution = Distribution::kTriangular;
  double low = 0.0;   // triangular, uniform: the least value (low <= value)
  double high = 0.0;  // triangular, uniform: the greatest value (value <= high)
  double sd = 0.0;    // normal: the standard deviation (> 0); 0 otherwise
};

// The `uncertainty:` section: spreads for every value that has no range of its
// own. An empty optional leaves that kind of value fixed.
struct UncertaintySettings {
  // Normal(position, sd) truncated to the scale; on the scale.
  std::optional<double> position_sd;
  // Normal(salience, sd) truncated to [0, 1]; normalised like Stance::salience
  // (a file with salience_scale 100 writing `sd: 10` gives 0.1 here).
  std::optional<double> salience_sd;
  // Log-normal: capability x factor^Z, Z standard normal, so one standard
  // deviation multiplies or divides by the factor (> 1).
  std::optional<double> capability_factor;
  Provenance provenance;  // keyed "position", "salience", "capability"
  int line = 0;           // where the section starts in its file

  bool IsEmpty() const { return !position_sd && !salience_sd && !capability_factor; }
};

}  // namespace parley
