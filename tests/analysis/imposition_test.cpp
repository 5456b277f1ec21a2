// The probability of imposition in the uncertainty engine (docs/mechanisms/force.md,
// rules F5 and F8) against probabilities derived by hand.
#include <gtest/gtest.h>

#include <cmath>

#include "parley/force_report.h"
#include "parley/io.h"
#include "parley/monte_carlo.h"

namespace parley::imposition_test {
namespace {

Scenario Parse(const std::string& text) {
  auto scenario = ParseScenarioText(text, "test.yaml");
  EXPECT_TRUE(scenario.has_value()) << (scenario ? "" : scenario.error().ToString());
  return scenario ? *scenario : Scenario{};
}

std::vector<ConfiguredModel> Compromise(const Scenario& scenario) {
  auto models = ConfigureModels(BuiltinModels(), "compromise", scenario);
  EXPECT_TRUE(models.has_value());
  return models ? *models : std::vector<ConfiguredModel>{};
}

MonteCarloOptions Judged(std::size_t runs, std::uint64_t seed) {
  MonteCarloOptions options;
  options.runs = runs;
  options.seed = seed;
  options.force = ForceOptions{};
  return options;
}

// A at 1 (capability 13), B at 0 (capability 7), equal saliences on a 0-1 scale:
// the compromise (docs/models.md 4.1) is 13 / 20 = 0.65 in every draw. Costs 0.1.
// A's strength M is uniform on [1, 5], B's is 1, so p_A = M / (M + 1) (F1).
// A prefers force when W_A = p_A - 0.1 > u_A(0.65) = 0.65 (F3), i.e. p_A > 0.75,
// i.e. M > 3: probability (5 - 3) / (5 - 1) = 0.5. B prefers force when
// W_B = (1 - p_A) - 0.1 > u_B(0.65) = 0.35, i.e. 1 / (M + 1) > 0.45, i.e.
// M < 11/9: probability (11/9 - 1) / 4 = 1/18. Some actor prefers force in
// 0.5 + 1/18 = 0.5556 of the draws.
constexpr const char* kUncertainStrength = R"(parley: 1
id: odds
actors:
  - {id: A, capability: 13, military: {value: 3, low: 1, high: 5, dist: uniform}}
  - {id: B, capability: 7, military: 1}
issues:
  - {id: status, scale: {min: 0, max: 1}}
stances:
  - {actor: A, issue: status, position: 1, salience: 100}
  - {actor: B, issue: status, position: 0, salience: 100}
force:
  cost: 0.1
)";

// A sample share's standard error is sqrt(q (1 - q) / N); allow four.
double Tolerance(double q, std::size_t runs) { return 4.0 * std::sqrt(q * (1 - q) / runs); }

TEST(Imposition, AnUncertainStrengthGivesTheProbabilityDerivedFromTheContestFunction) {
  const Scenario scenario = Parse(kUncertainStrength);
  constexpr std::size_t kRuns = 4000;
  auto result = RunMonteCarlo(scenario, Compromise(scenario), Judged(kRuns, 7), nullptr);
  ASSERT_TRUE(result.has_value()) << result.error().ToString();
  ASSERT_EQ(result->models[0].imposition.size(), 1u);
  const ImpositionOdds& odds = result->models[0].imposition[0];
  EXPECT_EQ(odds.judged, static_cast<int>(kRuns));
  EXPECT_NEAR(odds.Probability(), 0.5 + 1.0 / 18.0, Tolerance(0.5556, kRuns));
  EXPECT_NEAR(double(odds.imposer_count[0]) / kRuns, 0.5, Tolerance(0.5, kRuns));
  EXPECT_NEAR(double(odds.imposer_count[1]) / kRuns, 1.0 / 18.0, Tolerance(1.0 / 18.0, kRuns));
  EXPECT_EQ(odds.imposer_count[0] + odds.imposer_count[1], odds.imposed);
  EXPECT_TRUE(result->models[0].imposition_by_period.empty());  // no timeline
}

TEST(Imposition, CountsDoNotDependOnTheThreadCountAndParleyForceAgrees) {
  const Scenario scenario = Parse(kUncertainStrength);
  const auto models = Compromise(scenario);
  auto alone = RunMonteCarlo(scenario, models, Judged(700, 3), nullptr);
  ThreadPool pool(2);
  auto shared = RunMonteCarlo(scenario, models, Judged(700, 3), &pool);
  ASSERT_TRUE(alone && shared);
  const ImpositionOdds& a = alone->models[0].imposition[0];
  const ImpositionOdds& b = shared->models[0].imposition[0];
  EXPECT_EQ(a.imposed, b.imposed);
  EXPECT_EQ(a.imposer_count, b.imposer_count);
  RunContext context;
  auto odds = ImpositionProbability(scenario, models[0], 700, 3, ForceOptions{}, context);
  ASSERT_TRUE(odds.has_value());
  EXPECT_EQ((*odds)[0].imposer_count, a.imposer_count);
}

TEST(Imposition, WithoutStrengthsNothingIsJudged) {
  std::string text = kUncertainStrength;
  text.replace(text.find(", military: {value: 3, low: 1, high: 5, dist: uniform}"),
               std::string(", military: {value: 3, low: 1, high: 5, dist: uniform}").size(), "");
  text.replace(text.find(", military: 1}"), std::string(", military: 1}").size(), "}");
  text.replace(text.find("force:\n  cost: 0.1\n"), std::string("force:\n  cost: 0.1\n").size(), "");
  const Scenario scenario = Parse(text);
  auto result = RunMonteCarlo(scenario, Compromise(scenario), Judged(10, 1), nullptr);
  ASSERT_TRUE(result.has_value()) << result.error().ToString();
  EXPECT_FALSE(result->force.has_value());
  EXPECT_TRUE(result->models[0].imposition.empty());
}

// kUncertainStrength with a patron P (strength 2, no stance) committing half
// its strength to B until an event in round 1 withdraws it. Capabilities 1 and
// 1: the compromise is 0.5 in both periods. A's strength M uniform on [2, 4].
// Period 0: p_A = M / (M + 1 + 0.5 x 2) = M / (M + 2); A prefers force when
// p_A - 0.1 > 0.5, i.e. M > 3: probability 0.5 (B would need p_A < 0.4, M < 4/3:
// never). Period 1: p_A = M / (M + 1) >= 2/3 > 0.6 for every M: probability 1.
constexpr const char* kWithdrawal = R"(parley: 1
id: withdrawal
actors:
  - {id: A, capability: 1, military: {value: 3, low: 2, high: 4, dist: uniform}}
  - {id: B, capability: 1, military: 1}
  - {id: P, role: guarantor, capability: 1, military: 2}
issues:
  - {id: status, scale: {min: 0, max: 1}}
stances:
  - {actor: A, issue: status, position: 1, salience: 100}
  - {actor: B, issue: status, position: 0, salience: 100}
force:
  cost: 0.1
  commitments:
    - {patron: P, client: B, share: 0.5}
events:
  items:
    - id: leaves
      kind: patron_withdrawal
      round: 1
      label: "P withdraws its force"
      commitments: [{patron: P, client: B, share: 0}]
)";

TEST(Imposition, OnATimelineAPatronsWithdrawalRaisesTheProbabilityPeriodByPeriod) {
  const Scenario scenario = Parse(kWithdrawal);
  constexpr std::size_t kRuns = 2000;
  MonteCarloOptions options = Judged(kRuns, 11);
  options.timeline = TimelineEvaluation{};
  auto result = RunMonteCarlo(scenario, Compromise(scenario), options, nullptr);
  ASSERT_TRUE(result.has_value()) << result.error().ToString();
  const ModelSummary& model = result->models[0];
  ASSERT_EQ(model.imposition_by_period.size(), 2u);
  EXPECT_EQ(model.imposition_by_period[1].period, 1);
  const ImpositionOdds& before = model.imposition_by_period[0].issues[0];
  const ImpositionOdds& after = model.imposition_by_period[1].issues[0];
  EXPECT_NEAR(before.Probability(), 0.5, Tolerance(0.5, kRuns));
  EXPECT_EQ(before.imposer_count[1], 0);
  EXPECT_EQ(after.imposed, static_cast<int>(kRuns));
  // The outcome's row is the last period's.
  EXPECT_EQ(model.imposition[0].imposed, after.imposed);
}

}  // namespace
}  // namespace parley::imposition_test
