// What each draw runs: the model alone, under a regime, or over the timeline,
// the same way for Monte Carlo, Sobol sensitivity and tipping points.
#include "parley/draw_evaluation.h"

#include <gtest/gtest.h>

#include <atomic>

#include "parley/builtin_scenarios.h"
#include "parley/io.h"
#include "parley/monte_carlo.h"
#include "parley/sensitivity.h"
#include "parley/timeline.h"
#include "parley/tipping.h"

namespace parley::draw_evaluation_test {
namespace {

// A (position 0), B (position 100) and C (position 50), capability 1 and
// salience 100 each; the inclusive regime keeps C off the table. Compromise
// with C: (0 + 100 + 50) / 3 = 50; without C (the regime): (0 + 100) / 2 = 50.
// Crossing A's red line end 40 needs B's position x_B with (0 + x_B + 50) / 3 =
// 40, x_B = 70, with C at the table, and x_B / 2 = 40, x_B = 80, without it.
constexpr const char* kThree = R"(parley: 1
id: three
actors:
  - {id: A, role: parent_state, capability: 1}
  - {id: B, role: de_facto_authority, capability: 1}
  - {id: C, role: other, capability: 1}
issues:
  - {id: status, scale: {min: 0, max: 100}}
stances:
  - {actor: A, issue: status, position: 0, salience: 100, red_line: [0, 40]}
  - {actor: B, issue: status, position: 100, salience: 100}
  - {actor: C, issue: status, position: 50, salience: 100}
regimes:
  inclusive: {excluded: [C]}
)";

// Bisection halves a step of at most 100 / 24 48 times (tipping_test.cpp).
constexpr double kBisectionTolerance = 1e-7;

Scenario Three() {
  auto scenario = ParseScenarioText(kThree, "three.yaml");
  EXPECT_TRUE(scenario.has_value()) << scenario.error().ToString();
  return *scenario;
}

Evaluation Inclusive(const Scenario& scenario) {
  Evaluation evaluation;
  evaluation.regime = RegimeKind::kInclusive;
  evaluation.regime_settings = scenario.regimes;
  return evaluation;
}

const TippingChange* PositionChange(const TippingThreshold& threshold, std::size_t actor) {
  for (const TippingChange& change : threshold.changes) {
    if (change.actor == actor && change.field == UncertainField::kPosition) return &change;
  }
  return nullptr;
}

TEST(Tipping, UnderARegimeTheExcludedActorNoLongerMovesTheThreshold) {
  const Scenario scenario = Three();
  auto models = ConfigureModels(BuiltinModels(), "compromise", scenario);
  ASSERT_TRUE(models.has_value());
  TippingOptions alone;
  auto without = FindTippingPoints(scenario, models->front(), alone, {}, nullptr);
  ASSERT_TRUE(without.has_value()) << without.error().ToString();
  const TippingChange* b_alone = PositionChange((*without)[0].thresholds[0], 1);
  ASSERT_NE(b_alone, nullptr);
  EXPECT_NEAR(b_alone->to, 70.0, kBisectionTolerance);

  TippingOptions regime;
  regime.evaluation = Inclusive(scenario);
  auto with = FindTippingPoints(scenario, models->front(), regime, {}, nullptr);
  ASSERT_TRUE(with.has_value()) << with.error().ToString();
  const TippingThreshold& forty = (*with)[0].thresholds[0];
  EXPECT_DOUBLE_EQ(forty.value, 40.0);
  const TippingChange* b_regime = PositionChange(forty, 1);
  ASSERT_NE(b_regime, nullptr);
  EXPECT_NEAR(b_regime->to, 80.0, kBisectionTolerance);
  EXPECT_EQ(PositionChange(forty, 2), nullptr);  // C is off the table
}

// Under the regime the outcome is (x_A + x_B) / 2 whatever C holds, so with
// every position uniform on the scale C explains nothing and A and B half each.
TEST(Sensitivity, UnderARegimeAnExcludedActorExplainsNothing) {
  Scenario scenario = Three();
  for (Stance& stance : scenario.stances) {
    stance.position_range = ValueRange{Distribution::kUniform, 0.0, 100.0, 0.0};
  }
  auto models = ConfigureModels(BuiltinModels(), "compromise", scenario);
  ASSERT_TRUE(models.has_value());
  SensitivityOptions options;
  options.base_runs = 2000;
  options.bootstrap = 0;
  options.evaluation = Inclusive(scenario);
  auto result = RunSensitivity(scenario, models->front(), options, nullptr);
  ASSERT_TRUE(result.has_value()) << result.error().ToString();
  ASSERT_TRUE(result->evaluation.regime.has_value());
  for (const SobolIndex& index : result->issues[0].indices) {
    const std::size_t actor = result->inputs[index.input].actor;
    // An input that never changes the outcome has f(AB_i) = f(A): exactly 0.
    // Additive in two equal parts: S = ST = 0.5 (sampling error at N = 2000).
    const double expected = actor == 2 ? 0.0 : 0.5;
    EXPECT_NEAR(index.total, expected, actor == 2 ? 0.0 : 0.05);
  }
}

TEST(MonteCarlo, AStopRequestEndsTheRunWithCancelledAndNoResult) {
  Scenario scenario = Three();
  auto models = ConfigureModels(BuiltinModels(), "compromise", scenario);
  ASSERT_TRUE(models.has_value());
  std::atomic<bool> stop{true};
  MonteCarloOptions options;
  options.runs = 10;
  options.stop = &stop;
  auto result = RunMonteCarlo(scenario, *models, options, nullptr);
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().code, ErrorCode::kCancelled);
}

TEST(PrepareEvaluation, ATimelineNeedsEvents) {
  const Scenario scenario = Three();
  Evaluation evaluation;
  evaluation.timeline = TimelineEvaluation{};
  std::vector<std::string> notes;
  auto prepared = PrepareEvaluation(scenario, evaluation, notes);
  ASSERT_FALSE(prepared.has_value());
  EXPECT_NE(prepared.error().message.find("no timeline events"), std::string::npos);
}

TEST(PrepareEvaluation, RefusesTheTimelineLimitsWithSimulatesOwnMessage) {
  auto scenario = LoadBuiltinScenario("lachin-blockade-2022");  // has timeline events
  ASSERT_TRUE(scenario) << scenario.error().ToString();
  Evaluation evaluation;
  evaluation.timeline = TimelineEvaluation{};
  evaluation.timeline->rounds_per_period = 101;
  std::vector<std::string> notes;
  auto prepared = PrepareEvaluation(*scenario, evaluation, notes);
  ASSERT_FALSE(prepared.has_value());
  SimulationOptions simulate;
  simulate.model = Configure(BuiltinModels().Find("compromise")).value();
  simulate.rounds_per_period = 101;
  const Status direct = ValidateSimulationOptions(simulate);
  ASSERT_FALSE(direct);
  EXPECT_EQ(prepared.error().message, direct.error().message);
  EXPECT_NE(prepared.error().message.find("[1, 100], got 101"), std::string::npos);
}

TEST(PrepareEvaluation, ARegimeThatDoesNotApplyIsDroppedWithANote) {
  const Scenario scenario = Three();  // no guarantor: the hierarchical regime has no one to lead
  Evaluation evaluation;
  evaluation.regime = RegimeKind::kHierarchical;
  std::vector<std::string> notes;
  auto prepared = PrepareEvaluation(scenario, evaluation, notes);
  ASSERT_TRUE(prepared.has_value()) << prepared.error().ToString();
  EXPECT_FALSE(prepared->regime.has_value());
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_NE(notes[0].find("hierarchical regime does not apply"), std::string::npos);
}

}  // namespace
}  // namespace parley::draw_evaluation_test
