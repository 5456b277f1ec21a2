// Hand-derivable checks of the expected-utility formulas (Scholz, Calbert &
// Smith 2011; models.md 3.2): utilities, both probability rules, eq. 25a and
// the risk step, on small cases worked out in the comments.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <vector>

#include "models/eum_calculus.h"
#include "parley/eum.h"
#include "parley/eum_detail.h"

namespace parley::eum_formulas_test {
namespace {

// Closed forms evaluated in double precision.
constexpr double kExact = 1e-12;

EumOptions Paper(double q = 1.0) {
  EumOptions options;
  options.preset = EumPreset::kPaper;
  options.q = q;
  return options;
}

// Three actors on 0-100, R = 100; weights c s = 0.5, 1.6, 0.4; median 30.
IssueProblem ThreeActors() {
  return MakeIssueProblem({0.0, 30.0, 100.0}, {1.0, 2.0, 1.0}, {0.5, 0.8, 0.4});
}

TEST(EumUtilities, AreLinearInDistanceAtRiskExponentOne) {
  const eum::BasicUtilities u = eum::ComputeBasicUtilities(0.3, 0.2, 1.0);
  EXPECT_NEAR(u.success, 0.6, kExact);     // 2d
  EXPECT_NEAR(u.failure, -0.6, kExact);    // -2d
  EXPECT_NEAR(u.better, 0.5, kExact);      // m + d
  EXPECT_NEAR(u.worse, -0.5, kExact);      // -(m + d)
  EXPECT_NEAR(u.status_quo, 0.0, kExact);  // 2 - 4 x 0.5
}

// Scholz 2011 after eq. 24: 2 - 4(0.5)^r <= U_s <= 2 and -2 <= U_f <= 2 - 4(0.5)^r.
TEST(EumUtilities, StayWithinThePrintedRangesForRiskExponentsHalfToTwo) {
  for (double r : {0.5, 0.75, 1.0, 1.5, 2.0}) {
    for (double d = 0.0; d <= 1.0; d += 0.125) {
      const eum::BasicUtilities u = eum::ComputeBasicUtilities(d, 0.0, r);
      EXPECT_GE(u.success, u.status_quo - kExact);
      EXPECT_LE(u.success, 2.0 + kExact);
      EXPECT_GE(u.failure, -2.0 - kExact);
      EXPECT_LE(u.failure, u.status_quo + kExact);
    }
  }
}

// Eq. 31: P(0 beats 30): a_k = |x_k - 30| - |x_k - 0| = 30, -30, -30, so
// P = 0.5 x 30 / ((0.5 + 1.6 + 0.4) x 30) = 0.2.
TEST(EumPrintedProbability, MatchesAHandComputedThreeActorCase) {
  const IssueProblem problem = ThreeActors();
  const EumSnapshot snapshot = EumInitialSnapshot(problem, Paper());
  const std::vector<double> ones(3, 1.0);
  EXPECT_NEAR(EumProbabilityOfWinning(problem, Paper(), snapshot, ones, 0, 1), 0.2, kExact);
}

TEST(EumPrintedProbability, GivesComplementaryProbabilitiesToEachDyad) {
  const IssueProblem problem =
      MakeIssueProblem({0.0, 30.0, 55.0, 100.0}, {1.0, 2.0, 3.0, 1.0}, {0.5, 0.8, 0.3, 0.4});
  const EumSnapshot snapshot = EumInitialSnapshot(problem, Paper());
  const std::vector<double> exponent = {0.5, 1.2, 2.0, 0.8};  // printed P ignores r
  for (std::size_t i = 0; i < 4; ++i) {
    for (std::size_t j = i + 1; j < 4; ++j) {
      EXPECT_NEAR(EumProbabilityOfWinning(problem, Paper(), snapshot, exponent, i, j) +
                      EumProbabilityOfWinning(problem, Paper(), snapshot, exponent, j, i),
                  1.0, kExact);
    }
  }
}

// models.md 3.4 item 3 with two actors at 0 and 1 (R = 1), r = 1: each voter k
// gives g_k = +-w_k to the two ordered pairs, so G = 2 (w_0 + w_1) and
// P(0 beats 1) = w_0 / G = 0.3 / 1.8.
TEST(EumScholzProbability, DividesSupportByTheAllPairsNormaliser) {
  const IssueProblem problem = MakeIssueProblem({0.0, 1.0}, {1.0, 2.0}, {0.3, 0.3});
  const EumOptions options;
  const EumSnapshot snapshot = EumInitialSnapshot(problem, options);
  const std::vector<double> ones(2, 1.0);
  EXPECT_NEAR(EumProbabilityOfWinning(problem, options, snapshot, ones, 0, 1), 0.3 / 1.8, kExact);
  EXPECT_NEAR(EumProbabilityOfWinning(problem, options, snapshot, ones, 1, 0), 0.6 / 1.8, kExact);
}

// models.md 3.2 step 7: at r = 1, Q = 1, E = 2d [1 - 2 s_j (1 - P_i)].
TEST(EumExpectedUtility, MatchesTheClosedFormAtRiskOneAndQOne) {
  const IssueProblem problem = ThreeActors();
  const EumSnapshot snapshot = EumInitialSnapshot(problem, Paper());
  const std::vector<double> ones(3, 1.0);
  for (std::size_t i = 0; i < 3; ++i) {
    for (std::size_t j = 0; j < 3; ++j) {
      const double d = std::abs(problem.position[i] - problem.position[j]) / 100.0;
      const double p = EumProbabilityOfWinning(problem, Paper(), snapshot, ones, i, j);
      const double closed_form = 2.0 * d * (1.0 - 2.0 * problem.salience[j] * (1.0 - p));
      EXPECT_NEAR(EumExpectedUtility(problem, Paper(), snapshot, ones, i, j, 1.0), closed_form,
                  kExact);
    }
  }
}

// With Q = 1, U_s = U_f = U_sq at equal positions, so E = 0 whatever r and P.
TEST(EumExpectedUtility, IsExactlyZeroBetweenEqualPositionsForBothPresets) {
  const IssueProblem problem =
      MakeIssueProblem({20.0, 20.0, 70.0}, {1.0, 3.0, 2.0}, {0.9, 0.2, 0.6});
  const std::vector<double> exponent = {0.6, 1.7, 1.1};
  for (const EumOptions& options : {EumOptions{}, Paper()}) {
    const EumSnapshot snapshot = EumInitialSnapshot(problem, options);
    EXPECT_EQ(EumExpectedUtility(problem, options, snapshot, exponent, 0, 1, 0.6), 0.0);
    EXPECT_EQ(EumExpectedUtility(problem, options, snapshot, exponent, 1, 0, 1.7), 0.0);
  }
}

// Eq. 25a at r = 1 (U_sq = 0, U_b = m + d, U_w = -(m + d)), Q = 0.5, median 30:
// actor 0 against actor 2: m = 0.3, d = 1, T = 1 (|0 - 30| < |0 - 100|), so
// E = closed form - 0.5 x 1.3; actor 2 against actor 1: m = d = 0.7, T = 0,
// so E = closed form + 0.5 x 1.4.
TEST(EumExpectedUtility, AddsTheDriftTowardsTheMedianWhenQIsBelowOne) {
  const IssueProblem problem = ThreeActors();
  const EumSnapshot snapshot = EumInitialSnapshot(problem, Paper(0.5));
  ASSERT_EQ(snapshot.median, 30.0);
  const std::vector<double> ones(3, 1.0);
  const auto closed_form = [&](std::size_t i, std::size_t j, double d) {
    const double p = EumProbabilityOfWinning(problem, Paper(0.5), snapshot, ones, i, j);
    return 2.0 * d * (1.0 - 2.0 * problem.salience[j] * (1.0 - p));
  };
  EXPECT_NEAR(EumExpectedUtility(problem, Paper(0.5), snapshot, ones, 0, 2, 1.0),
              closed_form(0, 2, 1.0) - 0.5 * 1.3, kExact);
  EXPECT_NEAR(EumExpectedUtility(problem, Paper(0.5), snapshot, ones, 2, 1, 1.0),
              closed_form(2, 1, 0.7) + 0.5 * 1.4, kExact);
}

// Eqs. 32-33 (models.md 3.2 steps 8-9): the most threatened actor gets r = 0.5,
// the most secure r = 2, everyone else in between.
TEST(EumRisk, MapsSecurityOntoExponentsBetweenHalfAndTwo) {
  const IssueProblem problem =
      MakeIssueProblem({0.0, 15.0, 40.0, 40.0, 75.0, 100.0}, {2.0, 1.0, 3.0, 1.5, 2.5, 1.0},
                       {0.7, 0.3, 0.9, 0.5, 0.6, 0.2});
  for (const EumOptions& options : {EumOptions{}, Paper()}) {
    const EumRisk risk = EumRiskExponents(problem, options, EumInitialSnapshot(problem, options));
    for (double exponent : risk.exponent) {
      EXPECT_GE(exponent, 0.5);
      EXPECT_LE(exponent, 2.0);
    }
    const auto [least, most] = std::minmax_element(risk.security.begin(), risk.security.end());
    EXPECT_DOUBLE_EQ(risk.exponent[most - risk.security.begin()], 0.5);
    EXPECT_DOUBLE_EQ(risk.exponent[least - risk.security.begin()], 2.0);
  }
}

// Two mirror-image actors are equally secure: R = 0 and r = 1 for both.
TEST(EumRisk, GivesRiskNeutralExponentsWhenEveryoneIsEquallySecure) {
  const IssueProblem problem = MakeIssueProblem({0.0, 100.0}, {1.0, 1.0}, {0.5, 0.5});
  const EumRisk risk =
      EumRiskExponents(problem, EumOptions{}, EumInitialSnapshot(problem, EumOptions{}));
  EXPECT_EQ(risk.exponent, std::vector<double>({1.0, 1.0}));
}

// A2: from the viewer's perspective both axes use r_viewer; with kOwn the
// other actor's challenge is priced with its own r.
TEST(EumView, PricesTheOtherActorsChallengeWithTheChosenPerspective) {
  const IssueProblem problem = ThreeActors();
  const std::vector<double> exponent = {0.6, 1.4, 1.9};
  for (EumPerspective perspective : {EumPerspective::kViewer, EumPerspective::kOwn}) {
    EumOptions options;
    options.perspective = perspective;
    const EumSnapshot snapshot = EumInitialSnapshot(problem, options);
    const std::vector<EumViewPoint> view = EumView(problem, options, snapshot, exponent, 0);
    const double other_risk = perspective == EumPerspective::kViewer ? 0.6 : 1.9;
    ASSERT_EQ(view[1].other, 2u);
    EXPECT_EQ(view[1].x, EumExpectedUtility(problem, options, snapshot, exponent, 0, 2, 0.6));
    EXPECT_EQ(view[1].y,
              EumExpectedUtility(problem, options, snapshot, exponent, 2, 0, other_risk));
  }
}

}  // namespace
}  // namespace parley::eum_formulas_test
