#include <fmt/format.h>

#include <cmath>
#include <string>

#include "parley/smp_generator.h"

namespace parley {
namespace {

// SplitMix64 (Steele, Lea & Flood 2014): a fixed, portable bit stream.
class SplitMix64 {
 public:
  explicit SplitMix64(std::uint64_t seed) : state_(seed) {}
  std::uint64_t Next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  // The top 53 bits as a double in [0, 1).
  double Unit() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }

 private:
  std::uint64_t state_;
};

// Two decimals, as in KTAB's example files: 12.3456 -> 12.35.
double TwoDecimals(double x) { return std::round(x * 100.0) / 100.0; }

}  // namespace

SmpProblem GenerateSmpProblem(std::size_t actors, std::size_t dimensions, std::uint64_t seed) {
  SplitMix64 random(seed);
  SmpProblem problem;
  for (std::size_t k = 0; k < dimensions; ++k) {
    problem.dimension_names.push_back(fmt::format("Dim{}", k + 1));
    problem.scale_min.push_back(0.0);
    problem.scale_max.push_back(100.0);
  }
  std::vector<double> share(dimensions);
  for (std::size_t i = 0; i < actors; ++i) {
    problem.actor_names.push_back(fmt::format("G{:04}", i + 1));
    problem.capability.push_back(TwoDecimals(10.0 + 190.0 * random.Unit()));
    for (std::size_t k = 0; k < dimensions; ++k) {
      problem.position.push_back(TwoDecimals(100.0 * random.Unit()) / 100);
    }
    const double total = 50.0 + 45.0 * random.Unit();
    double share_sum = 0.0;
    for (double& s : share) share_sum += (s = 0.2 + random.Unit());
    for (std::size_t k = 0; k < dimensions; ++k) {
      const double salience = std::floor(100.0 * total * share[k] / share_sum) / 100.0;
      problem.salience.push_back((salience < 1.0 ? 1.0 : salience) / 100);
    }
  }
  return problem;
}

}  // namespace parley
