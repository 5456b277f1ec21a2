// Internal: the index of a bin from a value's position on a row of bins,
// shared by the histogram (monte_carlo.cpp) and bucket selection
// (quantiles.cpp).
#pragma once

#include <cstddef>

namespace parley {

// floor(position) clamped to [0, last] (`last` a whole number), NaN to 0,
// without a branch: the two ternaries compile to maxsd and minsd, and the
// clamped position converts to an int exactly (truncation is floor from 0
// up). On fresh draws a branch a value mispredicts often enough to show.
inline std::size_t BinIndex(double position, double last) {
  const double above_zero = position > 0.0 ? position : 0.0;
  const double clamped = above_zero < last ? above_zero : last;
  return static_cast<std::size_t>(static_cast<int>(clamped));
}

}  // namespace parley
