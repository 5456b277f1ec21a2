// Ensembles: combinations and stacking weights against hand-derived values.
#include "parley/ensemble.h"

#include <gtest/gtest.h>

#include "parley/io.h"
#include "parley/validation.h"

namespace parley::ensemble_test {
namespace {

TEST(Combine, MeanMedianAndWeightsLeaveOutMembersWithoutAnOutcome) {
  const std::vector<std::optional<double>> outcomes = {10.0, std::nullopt, 40.0, 100.0};
  EXPECT_DOUBLE_EQ(*Combine(outcomes, Combination::kMean), 50.0);
  EXPECT_DOUBLE_EQ(*Combine(outcomes, Combination::kMedian), 40.0);
  EXPECT_DOUBLE_EQ(*Combine({10.0, 40.0}, Combination::kMedian), 25.0);
  // Weights 1, 5, 1, 2 renormalised over the three present: (10 + 40 + 200) / 4.
  EXPECT_DOUBLE_EQ(*Combine(outcomes, Combination::kWeighted, {1, 5, 1, 2}), 62.5);
  EXPECT_FALSE(Combine({std::nullopt}, Combination::kMean).has_value());
}

TEST(StackingWeights, RecoverTheMixThatMadeTheOutcomes) {
  // y = 0.3 a + 0.7 b exactly, a and b not collinear: least squares on the
  // simplex has its minimum (0) at (0.3, 0.7).
  std::vector<std::optional<double>> a, b;
  std::vector<double> y;
  for (int i = 0; i < 20; ++i) {
    a.push_back(i * 5.0);
    b.push_back((i * 37) % 100);
    y.push_back(0.3 * *a.back() + 0.7 * *b.back());
  }
  const std::vector<double> w = StackingWeights({a, b}, y, std::vector<bool>(20, true));
  constexpr double kSolverTolerance = 1e-3;
  EXPECT_NEAR(w[0], 0.3, kSolverTolerance);
  EXPECT_NEAR(w[1], 0.7, kSolverTolerance);
}

TEST(StackingWeights, PutAllWeightOnAPerfectMemberAndIgnoreUnusedItems) {
  const std::vector<std::optional<double>> perfect = {10, 20, 30, 90};
  const std::vector<std::optional<double>> constant = {50, 50, 50, 50};
  // Item 3 would favour the constant member if it were used (y = 50 there).
  const std::vector<double> y = {10, 20, 30, 50};
  const std::vector<double> w = StackingWeights({perfect, constant}, y, {true, true, true, false});
  EXPECT_NEAR(w[0], 1.0, 1e-6);
  EXPECT_NEAR(w[1], 0.0, 1e-6);
}

TEST(ChooseLeaveOneGroupOut, NeverUsesTheHeldOutGroupsOwnLoss) {
  // Candidate 0 loses 1, 1, 5 on items of groups a, a, b; candidate 1 loses 2, 2, 0.
  // Holding out a: outside losses 5 vs 0 -> candidate 1. Holding out b: 2 vs 4
  // -> candidate 0, although b's own loss favours candidate 1.
  const std::vector<std::size_t> chosen =
      ChooseLeaveOneGroupOut({{1, 1, 5}, {2, 2, 0}}, {"a", "a", "b"});
  EXPECT_EQ(chosen, (std::vector<std::size_t>{1, 1, 0}));
}

constexpr const char* kTwoActors = R"(parley: 1
id: pair
actors:
  - {id: A, capability: 1}
  - {id: B, capability: 3}
issues:
  - {id: tax, scale: {min: 0, max: 100}}
stances:
  - {actor: A, issue: tax, position: 0, salience: 100}
  - {actor: B, issue: tax, position: 100, salience: 100}
)";

TEST(EnsembleModel, MeanOfCompromiseAndWeightedMedian) {
  auto scenario = ParseScenarioText(kTwoActors, "pair.yaml");
  ASSERT_TRUE(scenario) << scenario.error().ToString();
  // Compromise: (1 * 0 + 3 * 100) / 4 = 75; weighted median: B holds 3 of 4 -> 100.
  auto models = ConfigureModels(BuiltinModels(), "ensemble", *scenario,
                                {{"ensemble.members", "compromise,weighted_median"}});
  ASSERT_TRUE(models) << models.error().ToString();
  auto forecast = models->front().Run(*scenario);
  ASSERT_TRUE(forecast) << forecast.error().ToString();
  EXPECT_DOUBLE_EQ(forecast->Find(0)->forecast.outcome, 87.5);
  auto weighted = models->front().With("weights", "3,1").value().With("combine", "weighted");
  ASSERT_TRUE(weighted) << weighted.error().ToString();
  EXPECT_DOUBLE_EQ(weighted->Run(*scenario).value().Find(0)->forecast.outcome, 81.25);
}

TEST(EnsembleModel, RejectsItselfAsAMemberAndAWrongWeightCount) {
  const auto spec = BuiltinModels().Find("ensemble");
  ASSERT_TRUE(spec);
  EXPECT_FALSE(Configure(spec, {{"ensemble.members", "compromise,ensemble"}}));
  EXPECT_FALSE(Configure(spec, {{"ensemble.combine", "weighted"}, {"ensemble.weights", "1,2"}}));
}

}  // namespace
}  // namespace parley::ensemble_test

namespace parley::ensemble_test {
namespace {

// "all" runs each model once: the ensemble, which reruns its members, is left
// out of it and is only run when named.
TEST(EnsembleRegistry, AllLeavesOutTheEnsembleAndNamingItSelectsIt) {
  auto all = BuiltinModels().Select("all");
  ASSERT_TRUE(all.has_value());
  EXPECT_EQ(all->size(), 6u);  // weighted_median, compromise, nash, eum, smp, exchange
  for (const auto& spec : *all) EXPECT_NE(spec->name, "ensemble");
  auto named = BuiltinModels().Select("compromise,ensemble");
  ASSERT_TRUE(named.has_value());
  ASSERT_EQ(named->size(), 2u);
  EXPECT_EQ((*named)[1]->name, "ensemble");
}

}  // namespace
}  // namespace parley::ensemble_test
