// The scalar formulas of SPEC 4.4-4.6 and 4.13 on hand-checkable numbers.
#include "smp/kernels.h"

#include <gtest/gtest.h>

#include <random>
#include <vector>

#include "smp/ktab_random.h"
#include "smp/pce.h"

namespace parley::smp::kernels_test {
namespace {

// Hand-computed values below have a few roundings of error.
constexpr double kHand = 1e-12;

TEST(SmpVote, ProportionalVoteIsWeightTimesUtilityDifference) {
  EXPECT_NEAR((Vote<SmpVotingRule::kProp>(2.0, 0.9, 0.6)), 0.6, kHand);
}

TEST(SmpVote, BinaryVoteSaturatesBeyondOneHundredMillionth) {
  EXPECT_DOUBLE_EQ((Vote<SmpVotingRule::kBinary>(3.0, 0.7, 0.2)), 3.0);
  EXPECT_DOUBLE_EQ((Vote<SmpVotingRule::kBinary>(3.0, 0.2, 0.7)), -3.0);
  EXPECT_NEAR((Vote<SmpVotingRule::kBinary>(3.0, 0.5 + 5e-9, 0.5)), 1.5, 1e-6);
}

TEST(SmpVote, HybridAndCubicRulesMixTheirParts) {
  // d = 0.5: PropBin 0.8 * 0.5 + 0.2 = 0.6; PropCbc 0.25 + 0.0625; Cubic 0.125.
  EXPECT_NEAR((Vote<SmpVotingRule::kPropBin>(1.0, 1.0, 0.5)), 0.6, kHand);
  EXPECT_NEAR((Vote<SmpVotingRule::kPropCbc>(1.0, 1.0, 0.5)), 0.3125, kHand);
  EXPECT_NEAR((Vote<SmpVotingRule::kCubic>(2.0, 1.0, 0.5)), 0.25, kHand);
}

TEST(SmpVote, AsymmetricProspectDiscountsGainsByOneThird) {
  EXPECT_NEAR((Vote<SmpVotingRule::kASymProsp>(3.0, 1.0, 0.5)), 1.0, kHand);
  EXPECT_NEAR((Vote<SmpVotingRule::kASymProsp>(3.0, 0.5, 1.0)), -1.5, kHand);
  EXPECT_EQ((Vote<SmpVotingRule::kASymProsp>(3.0, 0.5, 0.5)), 0.0);
}

TEST(SmpVote, LanesComputeExactlyWhatTheScalarComputes) {
  const Vec2 a = {0.91, 0.37};
  const Vec2 b = {0.33, 0.52};
  const Vec2 votes = Vote<SmpVotingRule::kPropCbc, Vec2>(Splat<Vec2>(1.7), a, b);
  EXPECT_EQ(votes[0], (Vote<SmpVotingRule::kPropCbc>(1.7, 0.91, 0.33)));
  EXPECT_EQ(votes[1], (Vote<SmpVotingRule::kPropCbc>(1.7, 0.37, 0.52)));
}

TEST(SmpUtility, RiskAversionRaisesTheUtilityOfAnIntermediateDistance) {
  EXPECT_DOUBLE_EQ(BasicUtility(0.5, 0.0), 0.5);
  EXPECT_DOUBLE_EQ(BasicUtility(0.5, 1.0), 0.75);
  EXPECT_DOUBLE_EQ(BasicUtility(0.5, -0.5), 0.375);
  EXPECT_DOUBLE_EQ(BasicUtility(0.0, 1.0), 1.0);
}

TEST(SmpUtility, SalienceWeightedDistanceIgnoresDimensionsWithoutSalience) {
  // sqrt((0.6 * 0.3)^2 / 0.6^2) = 0.3; the second dimension has salience 0.
  const double a[] = {0.2, 0.0};
  const double b[] = {0.5, 1.0};
  const double salience[] = {0.6, 0.0};
  EXPECT_NEAR(SalienceDistance(a, b, salience, 2, 0.36), 0.3, kHand);
}

TEST(SmpRisk, EstimatesFollowKtabsAdjustmentFormulas) {
  EXPECT_DOUBLE_EQ(EstimateRisk(1.0, -0.5, SmpBigRAdjust::kNone), 1.0);
  EXPECT_DOUBLE_EQ(EstimateRisk(1.0, -0.5, SmpBigRAdjust::kOneThird), 0.5);
  EXPECT_DOUBLE_EQ(EstimateRisk(1.0, -0.5, SmpBigRAdjust::kHalf), 0.25);
  EXPECT_DOUBLE_EQ(EstimateRisk(1.0, -0.5, SmpBigRAdjust::kTwoThirds), 0.0);
  EXPECT_DOUBLE_EQ(EstimateRisk(1.0, -0.5, SmpBigRAdjust::kFull), -0.5);
}

TEST(SmpVictory, PowersSharpenTheStrongerSide) {
  EXPECT_DOUBLE_EQ(VictoryPair(SmpVictoryProbModel::kLinear, 3, 1).first, 0.75);
  EXPECT_DOUBLE_EQ(VictoryPair(SmpVictoryProbModel::kSquare, 3, 1).first, 0.9);
  EXPECT_DOUBLE_EQ(VictoryPair(SmpVictoryProbModel::kQuartic, 3, 1).first, 81.0 / 82.0);
  EXPECT_DOUBLE_EQ(VictoryPair(SmpVictoryProbModel::kOctic, 3, 1).second, 1.0 / 6562.0);
}

TEST(SmpVictory, BinaryModelIsDecisiveFromATenPercentEdge) {
  const auto [p1, p2] = VictoryPair(SmpVictoryProbModel::kBinary, 2, 1);
  EXPECT_NEAR(p1, 1.0 / (1.0 + 1e-6), kHand);
  EXPECT_NEAR(p2, 1e-6 / (1.0 + 1e-6), kHand);
  EXPECT_NEAR(VictoryPair(SmpVictoryProbModel::kBinary, 1, 1).first, 0.5, 1e-9);
}

TEST(SmpPce, ConditionalPceNormalisesProductsOfPairwiseProbabilities) {
  // One voter of weight 2 prefers option 0 (u = 0.9) to 1 (u = 0.6):
  // C(0,1) = 1e-8 + 0.6, C(1,0) = 1e-8; P(0>1) ~ 1; q = (0.5 * 1, 0.5 * 0) -> p ~ (1, 0).
  ThreadPool pool(1);
  SmpOptions options;
  const auto p = ScalarPce(options, {2.0}, {0.9, 0.6}, 2, false, pool);
  ASSERT_TRUE(p);
  EXPECT_NEAR((*p)[0], 1.0, 1e-7);
  EXPECT_NEAR((*p)[1], 0.0, 1e-7);
}

TEST(SmpPce, AllThreeModelsGiveAThreeToOneSplitForThreeToOneStrengths) {
  // C(0,1) = 3, C(1,0) = 1: P(0>1) = 0.75. Conditional: (0.375, 0.125) / 0.5.
  const std::vector<double> coalitions = {1e-8, 3.0, 1.0, 1e-8};
  // Markov uniform: p0 = (p0 + 0.75) / 2 at the fixed point; Markov incentive:
  // each side challenges the other with probability ~1, so again 0.75.
  for (SmpPceModel model :
       {SmpPceModel::kConditional, SmpPceModel::kMarkovIncentive, SmpPceModel::kMarkovUniform}) {
    const auto p = OptionProbabilities(model, SmpVictoryProbModel::kLinear, coalitions, 2);
    ASSERT_TRUE(p);
    EXPECT_NEAR((*p)[0], 0.75, 1e-5) << ToString(model);
  }
}

TEST(KtabRandom, UsesTheStandardMersenneTwisterUnderKtabsBijection) {
  // The C++ standard fixes mt19937_64's 10000th output for the default seed.
  std::mt19937_64 reference(5489u);
  reference.discard(9999);
  const std::uint64_t x = reference();
  ASSERT_EQ(x, 9981545732273789042ULL);
  KtabRandom random(5489u);
  std::uint64_t bits = 0;
  for (int draw = 0; draw < 10000; ++draw) bits = random.NextBits();
  EXPECT_EQ(bits, (x + 0xE08C1D668B756F83ULL) * (2 * x + 3));
}

TEST(KtabRandom, SelectsTheFirstOptionWhoseCumulativeProbabilityReachesTheDraw) {
  KtabRandom random(42);
  KtabRandom copy(42);
  const double r = copy.NextUnit();
  const std::size_t expected = r <= 0.2 ? 0 : (r <= 0.7 ? 1 : 2);
  EXPECT_EQ(random.Select({0.2, 0.5, 0.3}), expected);
  EXPECT_GE(r, 0.0);
  EXPECT_LE(r, 1.0);
}

}  // namespace
}  // namespace parley::smp::kernels_test
