// Internal: KTAB's generator KBase::PRNG (SPEC 4.13), so that stochastic state
// transitions draw the same numbers as KTAB for a given seed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <random>
#include <vector>

namespace parley::smp {

class KtabRandom {
 public:
  // mt.seed(seed); seed 0 (KTAB: random) is refused by ValidateSmpOptions.
  explicit KtabRandom(std::uint64_t seed) : engine_(seed) {}

  // PRNG::uniform(): the engine's next 64 bits through KTAB's bijection
  // qTrans(x) = (x + 0xE08C1D668B756F83)(2x + 3) mod 2^64.
  std::uint64_t NextBits() {
    const std::uint64_t x = engine_();
    return (x + 0xE08C1D668B756F83ULL) * ((2 * x) + 3);
  }

  // PRNG::uniform(0, 1): bits / double(2^64 - 1), which is bits / 2^64 after rounding.
  double NextUnit() {
    const double x = static_cast<double>(NextBits()) / static_cast<double>(0xFFFFFFFFFFFFFFFFULL);
    return 0.0 + ((1.0 - 0.0) * x);
  }

  // PRNG::probSel: the first m with p_0 + ... + p_m >= r for one draw r; the last
  // index if round-off leaves r above the total. Example: p = (0.2, 0.5, 0.3),
  // r = 0.6 gives 1.
  std::size_t Select(const std::vector<double>& p) {
    const double r = NextUnit();
    double sum = 0.0;
    for (std::size_t m = 0; m < p.size(); ++m) {
      sum = sum + p[m];
      if (r <= sum) return m;
    }
    return p.size() - 1;
  }

 private:
  std::mt19937_64 engine_;
};

}  // namespace parley::smp
