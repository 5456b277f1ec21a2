// The sampler's number-theoretic core against numbers nobody on the team
// produced: SplitMix64's reference outputs and published normal quantiles.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>

#include "parley/uncertainty.h"

namespace parley::random_test {
namespace {

// Reference outputs of splitmix64 (Steele, Lea & Flood 2014; Vigna's
// splitmix64.c, x += 0x9e3779b97f4a7c15 then the mix13 finaliser): the first
// five for seed 1234567 are those listed with the algorithm on Rosetta Code
// ("Pseudo-random numbers/Splitmix64"); for seed 0 they were derived from the
// published algorithm by hand-checked independent code (Python, arbitrary
// precision integers masked to 64 bits). Exact: the generator is integer-only.
TEST(SplitMix64, GivesThePublishedOutputsForSeed1234567) {
  SplitMix64 generator(1234567);
  EXPECT_EQ(generator.Next(), 6457827717110365317ULL);
  EXPECT_EQ(generator.Next(), 3203168211198807973ULL);
  EXPECT_EQ(generator.Next(), 9817491932198370423ULL);
  EXPECT_EQ(generator.Next(), 4593380528125082431ULL);
  EXPECT_EQ(generator.Next(), 16408922859458223821ULL);
}

TEST(SplitMix64, GivesTheReferenceOutputsForSeedZero) {
  SplitMix64 generator(0);
  EXPECT_EQ(generator.Next(), 0xE220A8397B1DCDAFULL);  // 16294208416658607535
  EXPECT_EQ(generator.Next(), 7960286522194355700ULL);
  EXPECT_EQ(generator.Next(), 487617019471545679ULL);
  EXPECT_EQ(generator.Next(), 17909611376780542444ULL);
  EXPECT_EQ(generator.Next(), 1961750202426094747ULL);
}

TEST(SplitMix64, RunGeneratorStartsAtTheRunPlusFirstOutputOfTheSeedStream) {
  // Run r is seeded with output r + 1 of SplitMix64(seed): run 2 with the third.
  SplitMix64 stream(1234567);
  stream.Next();
  stream.Next();
  SplitMix64 expected(stream.Next());  // 9817491932198370423
  SplitMix64 run = RunGenerator(1234567, 2);
  EXPECT_EQ(run.Next(), expected.Next());
}

TEST(UnitFromBits, UsesTheTop53BitsAndNeverReachesOne) {
  constexpr double kExact = 0.0;
  EXPECT_NEAR(UnitFromBits(0), 0.0, kExact);
  EXPECT_NEAR(UnitFromBits(1ULL << 63), 0.5, kExact);
  EXPECT_NEAR(UnitFromBits(0x7FF), 0.0, kExact);  // the low 11 bits are dropped
  EXPECT_LT(UnitFromBits(~0ULL), 1.0);
  EXPECT_NEAR(UnitFromBits(~0ULL), 1.0 - std::ldexp(1.0, -53), kExact);
}

// Quantiles of the standard normal as tabulated to 15-16 digits (R's qnorm,
// also Abramowitz & Stegun 26.2 to fewer digits): Phi^-1(0.975) =
// 1.959963984540054, Phi^-1(0.95) = 1.644853626951472, Phi^-1(0.999) =
// 3.090232306167813, Phi^-1(0.8) = 0.8416212335729143, Phi^-1(1e-10) =
// -6.361340902404056 (AS 241's far-tail branch, r > 5). AS 241 claims about 1e-16
// relative; the tolerance allows a few units in the last place.
TEST(InverseNormalCdf, MatchesTabulatedQuantilesInEveryBranch) {
  constexpr double kRelative = 1e-14;
  const auto near = [&](double p, double expected) {
    EXPECT_NEAR(InverseNormalCdf(p), expected, kRelative * std::abs(expected)) << "p = " << p;
  };
  near(0.975, 1.959963984540054);  // tail branch, r <= 5
  near(0.025, -1.959963984540054);
  near(0.95, 1.644853626951472);
  near(0.999, 3.090232306167813);
  near(0.8, 0.8416212335729143);  // central branch
  near(1e-10, -6.361340902404056);
  EXPECT_EQ(InverseNormalCdf(0.5), 0.0);
}

TEST(InverseNormalCdf, GivesInfinitiesAtTheEndsAndNaNOutside) {
  EXPECT_EQ(InverseNormalCdf(0.0), -INFINITY);
  EXPECT_EQ(InverseNormalCdf(1.0), INFINITY);
  EXPECT_TRUE(std::isnan(InverseNormalCdf(1.5)));
}

TEST(InverseNormalCdf, InvertsTheNormalCdf) {
  // Phi(Phi^-1(p)) = p to about 1e-15 (erfc is good to an ulp or two).
  constexpr double kTolerance = 1e-15;
  for (double p : {0.001, 0.07, 0.3, 0.5, 0.77, 0.93, 0.9999}) {
    EXPECT_NEAR(NormalCdf(InverseNormalCdf(p)), p, kTolerance) << p;
  }
}

}  // namespace
}  // namespace parley::random_test
