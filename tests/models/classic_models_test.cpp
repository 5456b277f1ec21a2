// Weighted median, compromise and Nash bargaining on hand-derivable cases.
#include "parley/classic_models.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

#include "parley/model.h"

namespace parley::classic_models_test {
namespace {

constexpr double kExact = 1e-12;  // closed forms evaluated in double precision
constexpr double kSearch = 1e-8;  // golden-section search to 1e-12 of the range

// BDM (1994) table p.78 / Scholz et al. (2011) Table 1: the EC car-emissions case.
IssueProblem Bdm1994() {
  return MakeIssueProblem({4, 7, 4, 4, 10, 10, 10, 7, 4, 7},
                          {0.08, 0.08, 0.03, 0.16, 0.16, 0.16, 0.16, 0.05, 0.05, 0.08},
                          {0.8, 0.4, 0.2, 0.8, 0.6, 0.6, 0.9, 0.1, 1.0, 0.7}, 4, 10);
}

TEST(WeightedMedian, PicksSevenInTheBdm1994EmissionsCase) {
  // models.md 3.6.2: weights 24.8 / 9.3 / 33.6 at 4 / 7 / 10; median 7.
  auto forecast = RunWeightedMedian(Bdm1994());
  ASSERT_TRUE(forecast);
  EXPECT_NEAR(forecast->outcome, 7.0, kExact);
}

TEST(WeightedMedian, PicksFirstPositionWhereCumulativeWeightReachesHalf) {
  // Weights 1, 1, 2 at 10, 20, 30: cumulative 1, 2 (= half of 4) -> 20.
  auto forecast = RunWeightedMedian(MakeIssueProblem({30, 10, 20}, {2, 1, 1}, {1, 1, 1}));
  ASSERT_TRUE(forecast);
  EXPECT_NEAR(forecast->outcome, 20.0, kExact);
}

// Brute force: the position y among the actors' positions that no other
// position beats in pairwise weighted majority (y beats z iff W(y) < W(z)).
double BruteForceCondorcetWinner(const IssueProblem& problem) {
  double best = problem.position[0];
  double best_loss = std::numeric_limits<double>::infinity();
  for (double candidate : problem.position) {
    double loss = 0.0;
    for (std::size_t i = 0; i < problem.ActorCount(); ++i) {
      loss += problem.Weight(i) * std::abs(problem.position[i] - candidate);
    }
    if (loss < best_loss - 1e-9 || (std::abs(loss - best_loss) <= 1e-9 && candidate < best)) {
      best = candidate;
      best_loss = loss;
    }
  }
  return best;
}

TEST(WeightedMedian, EqualsBruteForceCondorcetWinnerOnRandomProblems) {
  std::mt19937_64 engine(20261122);
  for (int trial = 0; trial < 500; ++trial) {
    const int n = 2 + static_cast<int>(engine() % 12);
    std::vector<double> position, capability, salience;
    for (int i = 0; i < n; ++i) {
      position.push_back(static_cast<double>(engine() % 101));
      capability.push_back(1.0 + static_cast<double>(engine() % 50));
      salience.push_back(static_cast<double>(1 + engine() % 100) / 100.0);
    }
    IssueProblem problem = MakeIssueProblem(position, capability, salience);
    auto forecast = RunWeightedMedian(problem);
    ASSERT_TRUE(forecast);
    EXPECT_NEAR(forecast->outcome, BruteForceCondorcetWinner(problem), kExact) << "trial " << trial;
  }
}

TEST(WeightedMedian, DoesNotDependOnActorOrderOrCapabilityUnits) {
  IssueProblem problem = Bdm1994();
  IssueProblem reversed =
      MakeIssueProblem({problem.position.rbegin(), problem.position.rend()},
                       {problem.capability.rbegin(), problem.capability.rend()},
                       {problem.salience.rbegin(), problem.salience.rend()}, 4, 10);
  IssueProblem scaled = problem;
  for (double& c : scaled.capability) c *= 37.0;
  EXPECT_NEAR(RunWeightedMedian(reversed)->outcome, RunWeightedMedian(problem)->outcome, kExact);
  EXPECT_NEAR(RunWeightedMedian(scaled)->outcome, RunWeightedMedian(problem)->outcome, kExact);
}

TEST(Compromise, GivesTheWeightedMeanOfTheBdm1994Case) {
  // models.md 3.6.2: 500.3 / 67.7 = 7.389956...
  auto forecast = RunCompromise(Bdm1994());
  ASSERT_TRUE(forecast);
  EXPECT_NEAR(forecast->outcome, 500.3 / 67.7, kExact);
}

TEST(Compromise, WithSalienceWeightsIgnoresCapability) {
  // Saliences 0.2 and 0.6 at 0 and 100: 60 / 0.8 = 75.
  auto forecast =
      RunCompromise(MakeIssueProblem({0, 100}, {5, 1}, {0.2, 0.6}), {WeightSource::kSalience});
  ASSERT_TRUE(forecast);
  EXPECT_NEAR(forecast->outcome, 75.0, kExact);
}

TEST(Nash, LinearTwoActorsStopAtTheNearerActorsIdeal) {
  // q = 0, ideals 40 and 100, equal weights: ln(40-|x-40|) + ln(x) peaks at 40.
  auto forecast = RunNash(MakeIssueProblem({40, 100}, {1, 1}, {1, 1}, 0, 100, 0.0));
  ASSERT_TRUE(forecast);
  EXPECT_NEAR(forecast->outcome, 40.0, kSearch);
}

TEST(Nash, QuadraticTwoActorsMeetAtTheRootOfTheFirstOrderCondition) {
  // Ideals 0 and 100, q = 200, equal weights: maximise ln(40000 - x^2) + ln(200x - x^2).
  // d/dx = 0 reduces by hand to x^2 + 50x - 10000 = 0, so x = (-50 + sqrt(42500)) / 2.
  NashOptions options;
  options.utility = NashUtility::kQuadratic;
  auto forecast = RunNash(MakeIssueProblem({0, 100}, {1, 1}, {1, 1}, -300, 300, 200.0), options);
  ASSERT_TRUE(forecast);
  EXPECT_NEAR(forecast->outcome, (-50.0 + std::sqrt(42500.0)) / 2.0, kSearch);  // 78.0776...
}

TEST(Nash, LinearThreeActorsSettleWhereTheNearestActorsLossBalancesTheOthersGains) {
  // q = 0, ideals 20, 60, 100, equal weights; F = [0, 40]. On [20, 40] the
  // objective is ln(40 - x) + 2 ln x, whose derivative vanishes at x = 80/3.
  auto forecast = RunNash(MakeIssueProblem({20, 60, 100}, {1, 1, 1}, {1, 1, 1}, 0, 100, 0.0));
  ASSERT_TRUE(forecast);
  EXPECT_NEAR(forecast->outcome, 80.0 / 3.0, kSearch);
}

TEST(Nash, LargerWeightPullsTheOutcomeTowardItsOwner) {
  // Same case with weights 1, 2, 2 on [20, 40]: -1/(40-x) + 4/x = 0 -> x = 32.
  auto forecast = RunNash(MakeIssueProblem({20, 60, 100}, {1, 2, 2}, {1, 1, 1}, 0, 100, 0.0));
  ASSERT_TRUE(forecast);
  EXPECT_NEAR(forecast->outcome, 32.0, kSearch);
}

TEST(Nash, ThreeActorsWithStatusQuoInsideTheRangeAreInGridlock) {
  // models.md 4.3: an actor whose ideal is the status quo loses from any move,
  // so F = {q}: the forecast is q and the run reports it as infeasible.
  auto forecast = RunNash(MakeIssueProblem({0, 50, 100}, {1, 1, 1}, {1, 1, 1}, 0, 100, 50.0));
  ASSERT_TRUE(forecast);
  EXPECT_EQ(forecast->termination, Termination::kInfeasible);
  EXPECT_NEAR(forecast->outcome, 50.0, kExact);
}

}  // namespace
}  // namespace parley::classic_models_test

namespace parley::classic_models_test {
namespace {

TEST(ModelRun, ListsAnIssueWhoseActorsAllHaveZeroSalienceAsSkippedWithTheReason) {
  Scenario scenario;
  scenario.actors = {Actor{"A", "A", ActorRole::kOther, 1.0, "", {}, 0}};
  Issue issue;
  issue.id = "i";
  scenario.issues = {issue};
  scenario.stances = {Stance{0, 0, 5.0, 0.0, std::nullopt, {}, 0}};
  auto model = Configure(std::make_shared<const ModelSpec>(CompromiseModel()));
  ASSERT_TRUE(model);
  auto forecast = model->Run(scenario);
  ASSERT_TRUE(forecast);
  EXPECT_TRUE(forecast->issues.empty());
  ASSERT_EQ(forecast->skipped.size(), 1u);
  EXPECT_EQ(forecast->skipped[0].reason, "every actor on issue 'i' has salience 0");
}

}  // namespace
}  // namespace parley::classic_models_test
