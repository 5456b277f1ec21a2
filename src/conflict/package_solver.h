// Internal: maximises an asymmetric Nash log-product over a box by the
// central-cut ellipsoid method (Shor 1977; Bland, Goldfarb & Todd 1981).
// Coordinates are normalised: each issue's scale is mapped to [0, 1].
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

#include "parley/classic_models.h"

namespace parley::package_detail {

// One issue's term of a bargainer's gain: s (L(reach) - L(|y - ideal|)).
struct GainTerm {
  std::size_t dimension = 0;
  double ideal = 0.0;     // normalised position
  double reach = 0.0;     // normalised distance from the ideal to the disagreement point
  double salience = 0.0;  // in [0, 1]
};

struct Bargainer {
  double weight = 0.0;
  std::vector<GainTerm> terms;
};

struct Box {
  std::vector<double> low;  // normalised, one per dimension
  std::vector<double> high;
};

// G_i(y) = sum over terms of s (L(reach) - L(|y_d - ideal|)).
double Gain(const Bargainer& bargainer, const std::vector<double>& point, NashUtility utility);

// max of G_i over the box: each term at the ideal clamped into the box.
double BestGain(const Bargainer& bargainer, const Box& box, NashUtility utility);

struct Solution {
  bool found = false;  // a point with every gain > 0 was found
  std::vector<double> point;
  double objective = 0.0;  // sum_i w_i ln G_i(point)
  int iterations = 0;
};

// argmax over the box of sum_i w_i ln G_i(y), subject to every G_i(y) > 0.
// Dimensions whose box is narrower than `tolerance` are held at their middle.
// `progress` (PackageOptions::progress) sees the steps every 1024 steps.
Solution MaximiseNashProduct(
    const std::vector<Bargainer>& bargainers, const Box& box, NashUtility utility, double tolerance,
    int max_iterations,
    const std::function<void(std::size_t done, std::size_t total)>& progress = {});

}  // namespace parley::package_detail
