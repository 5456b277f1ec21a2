// SplitMix64, unit values and the standard normal CDF and its inverse: the
// number-theoretic core of the sampler (uncertainty.h).
#include <cmath>
#include <cstdint>
#include <limits>

#include "core/input_sampler.h"
#include "parley/uncertainty.h"

namespace parley {
namespace {

// SplitMix64's increment, the odd integer nearest 2^64 / golden ratio (Steele,
// Lea & Flood 2014, "GOLDEN_GAMMA").
constexpr std::uint64_t kGoldenGamma = 0x9E3779B97F4A7C15ULL;

// The output function of SplitMix64 (Steele et al. 2014, mix64 variant 13 of
// Stafford's mixers, as in Vigna's splitmix64.c).
std::uint64_t Mix64(std::uint64_t z) {
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

// One step of the generator: the state advances by the gamma, the output is
// its mix.
std::uint64_t Step(std::uint64_t& state) {
  state += kGoldenGamma;
  return Mix64(state);
}

// The state of RunGenerator(seed, run): output number run + 1 of
// SplitMix64(seed), whose state then is seed + (run + 1) gamma.
std::uint64_t RunState(std::uint64_t seed, std::uint64_t run) {
  return Mix64(seed + (run + 1) * kGoldenGamma);
}

// k / 2^53 for the top 53 bits k of `bits`.
double UnitOf(std::uint64_t bits) {
  constexpr double kTwoToMinus53 = 1.0 / 9007199254740992.0;  // 2^-53
  return static_cast<double>(bits >> 11) * kTwoToMinus53;
}

// Horner's rule for c[0] + c[1] r + ... + c[7] r^7.
double Polynomial(const double (&c)[8], double r) {
  double sum = c[7];
  for (int n = 6; n >= 0; --n) sum = sum * r + c[n];
  return sum;
}

// Wichura (1988), AS 241 PPND16: coefficients as published (the a, b of the
// central region |p - 0.5| <= 0.425; c, d for r = sqrt(-ln min(p, 1 - p)) <= 5;
// e, f beyond). Listed from the constant term up.
constexpr double kA[8] = {3.387132872796366608,  133.14166789178437745, 1971.5909503065514427,
                          13731.693765509461125, 45921.953931549871457, 67265.770927008700853,
                          33430.575583588128105, 2509.0809287301226727};
constexpr double kB[8] = {1.0,
                          42.313330701600911252,
                          687.1870074920579083,
                          5394.1960214247511077,
                          21213.794301586595867,
                          39307.89580009271061,
                          28729.085735721942674,
                          5226.495278852854561};
constexpr double kC[8] = {1.42343711074968357734,  4.6303378461565452959,   5.7694972214606914055,
                          3.64784832476320460504,  1.27045825245236838258,  .24178072517745061177,
                          .0227238449892691845833, 7.7454501427834140764e-4};
constexpr double kD[8] = {1.0,
                          2.05319162663775882187,
                          1.6763848301838038494,
                          .68976733498510000455,
                          .14810397642748007459,
                          .0151986665636164571966,
                          5.475938084995344946e-4,
                          1.05075007164441684324e-9};
constexpr double kE[8] = {6.6579046435011037772,     5.4637849111641143699,
                          1.7848265399172913358,     .29656057182850489123,
                          .026532189526576123093,    .0012426609473880784386,
                          2.71155556874348757815e-5, 2.01033439929228813265e-7};
constexpr double kF[8] = {1.0,
                          .59983220655588793769,
                          .13692988092273580531,
                          .0148753612908506148525,
                          7.868691311456132591e-4,
                          1.8463183175100546818e-5,
                          1.4215117583164458887e-7,
                          2.04426310338993978564e-15};

}  // namespace

std::uint64_t SplitMix64::Next() { return Step(state_); }

double SplitMix64::NextUnit() { return UnitOf(Next()); }

SplitMix64 RunGenerator(std::uint64_t seed, std::uint64_t run) {
  return SplitMix64(RunState(seed, run));
}

void FillRunUnits(std::uint64_t seed, std::uint64_t run, std::vector<double>& units) {
  std::uint64_t state = RunState(seed, run);
  for (double& u : units) u = UnitOf(Step(state));
}

double UnitFromBits(std::uint64_t bits) { return UnitOf(bits); }

double NormalCdf(double x) { return 0.5 * std::erfc(-x / std::sqrt(2.0)); }

double InverseNormalCdf(double p) {
  if (std::isnan(p) || p < 0.0 || p > 1.0) return std::numeric_limits<double>::quiet_NaN();
  if (p == 0.0) return -std::numeric_limits<double>::infinity();
  if (p == 1.0) return std::numeric_limits<double>::infinity();
  const double q = p - 0.5;
  if (std::abs(q) <= 0.425) {  // 0.075 <= p <= 0.925
    const double r = 0.180625 - q * q;
    return q * Polynomial(kA, r) / Polynomial(kB, r);
  }
  double r = std::sqrt(-std::log(q < 0.0 ? p : 1.0 - p));
  double value = 0.0;
  if (r <= 5.0) {  // min(p, 1 - p) >= exp(-25), about 1.4e-11
    r -= 1.6;
    value = Polynomial(kC, r) / Polynomial(kD, r);
  } else {
    r -= 5.0;
    value = Polynomial(kE, r) / Polynomial(kF, r);
  }
  return q < 0.0 ? -value : value;
}

}  // namespace parley
