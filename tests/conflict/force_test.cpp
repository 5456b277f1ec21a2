// Force as the outside option: hand-derivable cases of the contest success
// function (Hirshleifer 1989), Fearon's (1995) bargaining range and Powell's
// (2006) shifting-power test. Each expected number is derived in the comment
// above it from the formulas in docs/mechanisms/force.md.
#include "parley/force.h"

#include <gtest/gtest.h>

namespace parley::force_test {
namespace {

// Closed-form results: only floating-point rounding separates code and hand.
constexpr double kExact = 1e-12;

// Fearon's two-actor case: A (ideal 1, strength sa, cost ca) against
// B (ideal 0, strength sb, cost cb) on a 0-1 scale.
ForceIssue TwoActors(double sa, double sb, double ca, double cb) {
  ForceIssue issue;
  issue.min = 0.0;
  issue.max = 1.0;
  issue.parties = {{1.0, sa, ca}, {0.0, sb, cb}};
  return issue;
}

TEST(Force, WinProbabilityIsTheStrengthShareInTheRatioForm) {
  // Hirshleifer 1989 eq. (1), m = 1: 3 / (3 + 1) = 0.75; m = 2: 9 / (9 + 1) = 0.9.
  EXPECT_NEAR(WinProbability(3.0, 1.0, 1.0), 0.75, kExact);
  EXPECT_NEAR(WinProbability(3.0, 1.0, 2.0), 0.9, kExact);
  EXPECT_NEAR(WinProbability(2.0, 0.0, 1.0), 1.0, kExact);  // unopposed
  EXPECT_NEAR(WinProbability(0.0, 0.0, 1.0), 0.5, kExact);
}

TEST(Force, TwoActorRangeIsFearonsPMinusCostAToPPlusCostB) {
  // p = 3 / (3 + 1) = 0.75, c_A = 0.1, c_B = 0.2: [0.75 - 0.1, 0.75 + 0.2] = [0.65, 0.95].
  const auto range = BargainingRange(TwoActors(3.0, 1.0, 0.1, 0.2), {});
  ASSERT_EQ(range.size(), 1u);
  EXPECT_NEAR(range[0].low, 0.65, kExact);
  EXPECT_NEAR(range[0].high, 0.95, kExact);
}

TEST(Force, AnOutcomeBelowPMinusCostAMakesAImposeItsExpectedOutcomeP) {
  // At x = 0.6: W_A = p - c_A = 0.65 > u_A(0.6) = 0.6, margin 0.05; force
  // is expected to end at p = 0.75 (A's 1 with p, B's 0 with 1 - p).
  const ForceVerdict verdict = JudgeOutcome(TwoActors(3.0, 1.0, 0.1, 0.2), 0.6, {});
  EXPECT_FALSE(verdict.in_range);
  ASSERT_TRUE(verdict.imposer);
  const ForceView& a = verdict.views[*verdict.imposer];
  EXPECT_EQ(a.actor, 0u);
  EXPECT_NEAR(a.margin, 0.05, kExact);
  EXPECT_NEAR(a.expected_outcome, 0.75, kExact);
  EXPECT_NEAR(a.win_probability, 0.75, kExact);
}

TEST(Force, AnOutcomeInsideTheRangeMakesNobodyFight) {
  // 0.8 lies in [0.65, 0.95]: A gets 0.8 >= 0.65, B gets 0.2 >= 1 - 0.75 - 0.2 = 0.05.
  const ForceVerdict verdict = JudgeOutcome(TwoActors(3.0, 1.0, 0.1, 0.2), 0.8, {});
  EXPECT_TRUE(verdict.in_range);
  EXPECT_FALSE(verdict.imposer);
  EXPECT_EQ(verdict.views.size(), 2u);
}

TEST(Force, ZeroCostsLeaveOnePointAtTheWinProbability) {
  const auto range = BargainingRange(TwoActors(3.0, 1.0, 0.0, 0.0), {});
  ASSERT_EQ(range.size(), 1u);
  EXPECT_NEAR(range[0].low, 0.75, kExact);
  EXPECT_NEAR(range[0].high, 0.75, kExact);
}

TEST(Force, AnIndivisibleIssueHasNoRangeWhenEachEndMakesSomeoneFight) {
  // Only 0 and 1 possible; [0.65, 0.95] contains neither: at 0 A fights
  // (0.65 > 0), at 1 B fights (1 - 0.75 - 0.2 = 0.05 > 0).
  ForceIssue issue = TwoActors(3.0, 1.0, 0.1, 0.2);
  issue.indivisible = true;
  EXPECT_TRUE(BargainingRange(issue, {}).empty());
  // With c_B = 0.3 the range [0.65, 1.05] reaches the end 1: that end is agreeable.
  issue.parties[1].cost = 0.3;
  const auto range = BargainingRange(issue, {});
  ASSERT_EQ(range.size(), 1u);
  EXPECT_NEAR(range[0].low, 1.0, kExact);
}

TEST(Force, MultiplyingEveryStrengthChangesNothing) {
  const auto base = BargainingRange(TwoActors(3.0, 1.0, 0.1, 0.2), {});
  const auto scaled = BargainingRange(TwoActors(21.0, 7.0, 0.1, 0.2), {});
  ASSERT_EQ(scaled.size(), 1u);
  EXPECT_NEAR(scaled[0].low, base[0].low, kExact);
  EXPECT_NEAR(scaled[0].high, base[0].high, kExact);
}

TEST(Force, MoreStrengthNeverLowersTheExpectedOutcomeOfForce) {
  double previous = -1.0;
  for (double strength = 0.5; strength <= 20.0; strength += 0.5) {
    const ForceView view = ViewOfForce(TwoActors(strength, 4.0, 0.1, 0.1), 0, 0.3, {});
    EXPECT_GE(view.expected_outcome, previous) << "strength " << strength;
    previous = view.expected_outcome;
  }
}

TEST(Force, AGreaterDecisivenessFavoursTheStrongerSide) {
  // m = 2: p = 0.9, range [0.8, 1] (0.9 + 0.2 cut at the scale's end).
  ForceOptions options;
  options.decisiveness = 2.0;
  const auto range = BargainingRange(TwoActors(3.0, 1.0, 0.1, 0.2), options);
  ASSERT_EQ(range.size(), 1u);
  EXPECT_NEAR(range[0].low, 0.8, kExact);
  EXPECT_NEAR(range[0].high, 1.0, kExact);
}

// A patron P without a stance pledges half of its strength 2 to B.
ForceIssue WithPatron(double share) {
  ForceIssue issue = TwoActors(3.0, 1.0, 0.1, 0.2);
  issue.parties.push_back({std::nullopt, 2.0, 0.1});
  issue.pledges.push_back({2, 1, share});
  return issue;
}

TEST(Force, APatronsWithdrawalMovesTheRangeByTheChangeInP) {
  // With the pledge B's side is 1 + 0.5 x 2 = 2: p = 3 / 5 = 0.6, range [0.5, 0.8].
  // Without it p = 0.75, range [0.65, 0.95]: both ends move by 0.75 - 0.6 = 0.15.
  const auto pledged = BargainingRange(WithPatron(0.5), {});
  const auto withdrawn = BargainingRange(WithPatron(0.0), {});
  ASSERT_EQ(pledged.size(), 1u);
  ASSERT_EQ(withdrawn.size(), 1u);
  EXPECT_NEAR(pledged[0].low, 0.5, kExact);
  EXPECT_NEAR(pledged[0].high, 0.8, kExact);
  EXPECT_NEAR(withdrawn[0].low - pledged[0].low, 0.15, kExact);
  EXPECT_NEAR(withdrawn[0].high - pledged[0].high, 0.15, kExact);
}

// Three actors on 0-100: A at 100 (strength 2), B at 0 (1), C at 50 (1), every cost 0.1.
ForceIssue ThreeActors() {
  ForceIssue issue;
  issue.min = 0.0;
  issue.max = 100.0;
  issue.parties = {{100.0, 2.0, 0.1}, {0.0, 1.0, 0.1}, {50.0, 1.0, 0.1}};
  return issue;
}

TEST(Force, AMiddleActorJoinsTheSideItsPositionLiesOn) {
  // Below 50, C sides with A: p_A = 3/4, W_A = 0.75 - 0.1 = 0.65 needs x >= 65: none.
  // Above 50: A alone against B + C (2 vs 2, p = 0.5, x_L = 25): W_A = 0.5 + 0.5 x 0.75
  // - 0.1 = 0.525, x >= 100 - 47.5 = 52.5. B with C (p = 0.5, x_L = 100): W_B = 0.4,
  // x <= 60. C: W_C = 0.5 + 0.5 x 0.5 - 0.1 = 0.65, x <= 50 + 35 = 85. Range [52.5, 60].
  const auto range = BargainingRange(ThreeActors(), {});
  ASSERT_EQ(range.size(), 1u);
  EXPECT_NEAR(range[0].low, 52.5, 1e-9);
  EXPECT_NEAR(range[0].high, 60.0, 1e-9);
  // At 55 A expects force to end at 0.5 x 100 + 0.5 x 25 = 62.5, but accepts 55.
  const ForceView a = ViewOfForce(ThreeActors(), 0, 55.0, {});
  EXPECT_NEAR(a.expected_outcome, 62.5, 1e-9);
  EXPECT_FALSE(a.prefers_force);
}

TEST(Force, AnActorForWhomFightingCostsEverythingStaysOutOfTheFight) {
  // C's cost 1 keeps it out: above 50 A (2) faces B alone (1), p = 2/3, x_L = 0:
  // W_A = 2/3 - 0.1, so A accepts x >= 100 - 100 x (1 - 0.5667) = 56.67.
  ForceIssue issue = ThreeActors();
  issue.parties[2].cost = 1.0;
  const ForceView a = ViewOfForce(issue, 0, 60.0, {});
  EXPECT_NEAR(a.win_probability, 2.0 / 3.0, kExact);
  EXPECT_NEAR(a.loss_outcome, 0.0, kExact);
  EXPECT_EQ(a.opponents, std::vector<std::size_t>{1});
  const auto range = BargainingRange(issue, {});
  ASSERT_FALSE(range.empty());
  EXPECT_NEAR(range[0].low, 100.0 - 100.0 * (1.0 - (2.0 / 3.0 - 0.1)), 1e-9);
}

TEST(Force, UnarmedActorsLeaveTheWholeScale) {
  const auto range = BargainingRange(TwoActors(0.0, 0.0, 0.1, 0.1), {});
  ASSERT_EQ(range.size(), 1u);
  EXPECT_NEAR(range[0].low, 0.0, kExact);
  EXPECT_NEAR(range[0].high, 1.0, kExact);
}

TEST(Force, ADecliningActorPrefersForceWhenTheShiftOutweighsWaiting) {
  // Powell 2006: W now 0.5, next 0.2. delta 0.9: 0.5 - (0.1 + 0.9 x 0.2) = 0.22 > 0.
  // delta 0.5: 0.5 - (0.5 + 0.5 x 0.2) = -0.1: waiting is worth more.
  EXPECT_NEAR(PreventiveMargin(0.5, 0.2, 0.9), 0.22, kExact);
  EXPECT_NEAR(PreventiveMargin(0.5, 0.2, 0.5), -0.1, kExact);
  // A rising actor (W grows) never prefers force now.
  EXPECT_LT(PreventiveMargin(0.5, 0.6, 0.9), 0.0);
}

TEST(Force, OptionsOutsideTheirRangesAreRefusedByName) {
  ForceOptions options;
  options.decisiveness = 0.0;
  auto status = ValidateForceOptions(options);
  ASSERT_FALSE(status);
  EXPECT_NE(status.error().message.find("force.decisiveness"), std::string::npos);
  EXPECT_TRUE(ValidateForceOptions({}));
}

}  // namespace
}  // namespace parley::force_test
