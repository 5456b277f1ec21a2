// Internal: passes over many draws split into independent lanes, shared by the
// summary (monte_carlo.cpp) and bucket selection (quantiles.cpp). Value i goes
// to lane i mod kLanes, and the lanes are combined in order at the end: four
// chains of additions (or of minsd and maxsd) that do not wait for each other
// instead of one, so a pass over 1,000 draws is not held at one step per four
// cycles (an addition's latency). The lanes follow the values' order, which
// is run order, so the results do not depend on the thread count.
#pragma once

#include <array>
#include <cstddef>
#include <vector>

namespace parley {

inline constexpr std::size_t kLanes = 4;

// take(lane, values[i]) for every i, lane i mod kLanes.
template <typename Take>
void ForEachInLanes(const std::vector<double>& values, Take take) {
  std::size_t i = 0;
  for (; i + kLanes <= values.size(); i += kLanes) {
    for (std::size_t lane = 0; lane < kLanes; ++lane) take(lane, values[i + lane]);
  }
  for (std::size_t lane = 0; i < values.size(); ++i, ++lane) take(lane, values[i]);
}

// The sum of f(value) over `values`, in lanes: ((l0 + l1) + (l2 + l3)).
template <typename F>
double SumInLanes(const std::vector<double>& values, F f) {
  std::array<double, kLanes> lanes{};
  ForEachInLanes(values, [&](std::size_t lane, double value) { lanes[lane] += f(value); });
  return (lanes[0] + lanes[1]) + (lanes[2] + lanes[3]);
}

}  // namespace parley
