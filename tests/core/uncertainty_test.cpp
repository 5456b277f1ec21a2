// Uncertain inputs: their inverse CDFs against closed forms, the order in which
// they are listed, and the deterministic draw of a concrete scenario.
#include "parley/uncertainty.h"

#include <gtest/gtest.h>

#include <cmath>

namespace parley::uncertainty_test {
namespace {

// Two actors, one issue on [0, 100], salience on 0..100.
Scenario Small() {
  Scenario scenario;
  scenario.file = "s.yaml";
  scenario.actors = {Actor{"A", "A", ActorRole::kParentState, 10.0, "", {}, 3},
                     Actor{"B", "B", ActorRole::kPatron, 5.0, "", {}, 4}};
  Issue issue;
  issue.id = "status";
  scenario.issues = {issue};
  scenario.stances = {Stance{0, 0, 10.0, 0.5, std::nullopt, {}, 8},
                      Stance{1, 0, 90.0, 0.8, std::nullopt, {}, 9}};
  return scenario;
}

UncertainInput Input(Distribution distribution, double value, double low, double high,
                     double spread = 0.0) {
  UncertainInput input;
  input.field = UncertainField::kPosition;
  input.distribution = distribution;
  input.value = value;
  input.low = low;
  input.high = high;
  input.spread = spread;
  return input;
}

// triangular(low 0, mode 25, high 50): F(x) = x^2 / 1250 below the mode and
// 1 - (50 - x)^2 / 1250 above it (1250 = (50 - 0)(25 - 0)). Solving F = u:
// u = 0.05 -> sqrt(62.5) = 7.906; 0.25 -> sqrt(312.5) = 17.678; 0.5 -> 25;
// 0.75 -> 50 - sqrt(312.5) = 32.322; 0.95 -> 50 - sqrt(62.5) = 42.094.
TEST(Quantile, OfATriangularMatchesItsClosedForm) {
  constexpr double kThreeDecimals = 5e-4;
  const UncertainInput input = Input(Distribution::kTriangular, 25, 0, 50);
  EXPECT_NEAR(Quantile(input, 0.05), 7.906, kThreeDecimals);
  EXPECT_NEAR(Quantile(input, 0.25), 17.678, kThreeDecimals);
  EXPECT_NEAR(Quantile(input, 0.50), 25.0, kThreeDecimals);
  EXPECT_NEAR(Quantile(input, 0.75), 32.322, kThreeDecimals);
  EXPECT_NEAR(Quantile(input, 0.95), 42.094, kThreeDecimals);
  EXPECT_NEAR(Quantile(input, 0.05), std::sqrt(62.5), 1e-12);
}

TEST(Quantile, OfASkewedTriangularSwitchesBranchAtTheModesShare) {
  // triangular(0, 10, 25): F(10) = 10 / 25 = 0.4; u = 0.2 -> sqrt(0.2 * 25 * 10)
  // = sqrt(50) = 7.071; u = 0.9 -> 25 - sqrt(0.1 * 25 * 15) = 25 - sqrt(37.5) = 18.876.
  constexpr double kExact = 1e-12;
  const UncertainInput input = Input(Distribution::kTriangular, 10, 0, 25);
  EXPECT_NEAR(Quantile(input, 0.4), 10.0, kExact);
  EXPECT_NEAR(Quantile(input, 0.2), std::sqrt(50.0), kExact);
  EXPECT_NEAR(Quantile(input, 0.9), 25.0 - std::sqrt(37.5), kExact);
}

TEST(Quantile, OfAUniformIsLinear) {
  constexpr double kExact = 1e-12;
  const UncertainInput input = Input(Distribution::kUniform, 30, 20, 60);
  EXPECT_NEAR(Quantile(input, 0.0), 20.0, kExact);
  EXPECT_NEAR(Quantile(input, 0.25), 30.0, kExact);
  EXPECT_NEAR(Quantile(input, 0.9), 56.0, kExact);
}

TEST(Quantile, OfANormalFarFromItsBoundsIsTheUntruncatedQuantile) {
  // normal(50, 5) on [0, 100]: the bounds are 10 sd away (mass lost ~1.5e-23),
  // so u = 0.975 gives 50 + 5 * 1.959963984540054.
  constexpr double kTolerance = 1e-12;
  const UncertainInput input = Input(Distribution::kNormal, 50, 0, 100, 5);
  EXPECT_NEAR(Quantile(input, 0.975), 50 + 5 * 1.959963984540054, kTolerance);
  EXPECT_NEAR(Quantile(input, 0.5), 50.0, kTolerance);
}

TEST(Quantile, OfANormalTruncatedAtItsMeanIsAHalfNormal) {
  // normal(0, 10) truncated to [0, 100]: a half-normal (the upper bound is 10 sd
  // away); its median is sd * Phi^-1(0.75) = 10 * 0.6744897501960817.
  constexpr double kTolerance = 1e-9;
  const UncertainInput input = Input(Distribution::kNormal, 0, 0, 100, 10);
  EXPECT_NEAR(Quantile(input, 0.5), 6.744897501960817, kTolerance);
  EXPECT_NEAR(Quantile(input, 0.0), 0.0, kTolerance);
}

TEST(Quantile, OfALogNormalMultipliesByTheFactorAtOneStandardDeviation) {
  // capability 10, factor 1.2: u = Phi(1) gives 10 * 1.2, u = Phi(-1) 10 / 1.2.
  constexpr double kTolerance = 1e-12;
  UncertainInput input = Input(Distribution::kLogNormal, 10, 0, INFINITY, std::log(1.2));
  input.field = UncertainField::kCapability;
  EXPECT_NEAR(Quantile(input, NormalCdf(1.0)), 12.0, kTolerance);
  EXPECT_NEAR(Quantile(input, NormalCdf(-1.0)), 10.0 / 1.2, kTolerance);
  EXPECT_NEAR(Quantile(input, 0.5), 10.0, kTolerance);
}

TEST(Quantile, KeepsEveryDrawInsideTheScaleAndEveryCapabilityPositive) {
  const UncertainInput position = Input(Distribution::kNormal, 98, 0, 100, 50);
  UncertainInput capability = Input(Distribution::kNormal, 1, 0, INFINITY, 10);
  capability.field = UncertainField::kCapability;
  SplitMix64 generator(7);
  for (int n = 0; n < 10000; ++n) {
    const double u = generator.NextUnit();
    const double x = Quantile(position, u);
    EXPECT_GE(x, 0.0);
    EXPECT_LE(x, 100.0);
    EXPECT_GT(Quantile(capability, u), 0.0);
  }
  EXPECT_GT(Quantile(capability, 0.0), 0.0);
  EXPECT_LE(Quantile(position, 1.0), 100.0);  // u is clamped below 1
}

TEST(Quantile, DrawnFromTheGeneratorAveragesToTheTriangularMean) {
  // triangular(0, 10, 25): mean (0 + 10 + 25) / 3 = 11.667, sd sqrt((10^2 + 25^2
  // - 10 * 25) / 18) = 5.137; over 20000 draws the mean's standard error is
  // 0.036, so 0.15 is about four standard errors.
  constexpr double kFourStandardErrors = 0.15;
  const UncertainInput input = Input(Distribution::kTriangular, 10, 0, 25);
  SplitMix64 generator(2014);
  double sum = 0.0;
  constexpr int kDraws = 20000;
  for (int n = 0; n < kDraws; ++n) sum += Quantile(input, generator.NextUnit());
  EXPECT_NEAR(sum / kDraws, 35.0 / 3.0, kFourStandardErrors);
}

TEST(ListUncertainInputs, IsEmptyWithoutRangesOrSection) {
  EXPECT_TRUE(ListUncertainInputs(Small()).empty());
}

TEST(ListUncertainInputs, ListsCapabilitiesThenStancesAndPrefersAValuesOwnRange) {
  Scenario scenario = Small();
  scenario.stances[1].position_range = ValueRange{Distribution::kUniform, 80, 100, 0};
  scenario.uncertainty.position_sd = 5;
  scenario.uncertainty.capability_factor = 1.5;
  const std::vector<UncertainInput> inputs = ListUncertainInputs(scenario);
  ASSERT_EQ(inputs.size(), 4u);  // two capabilities, two positions, no salience
  EXPECT_EQ(InputLabel(scenario, inputs[0]), "A capability");
  EXPECT_EQ(inputs[0].distribution, Distribution::kLogNormal);
  EXPECT_EQ(InputLabel(scenario, inputs[2]), "A position on status");
  EXPECT_EQ(inputs[2].distribution, Distribution::kNormal);
  EXPECT_TRUE(inputs[2].scenario_wide);
  EXPECT_EQ(inputs[3].distribution, Distribution::kUniform);  // B's own range wins
  EXPECT_FALSE(inputs[3].scenario_wide);
  EXPECT_DOUBLE_EQ(inputs[3].low, 80.0);
}

TEST(DrawScenario, SetsEachInputFromItsUnitValueAndRemovesEveryRange) {
  Scenario scenario = Small();
  scenario.stances[0].position_range = ValueRange{Distribution::kTriangular, 0, 50, 0};
  scenario.stances[0].position = 25;
  scenario.stances[1].salience_range = ValueRange{Distribution::kUniform, 0.6, 1.0, 0};
  const auto inputs = ListUncertainInputs(scenario);
  ASSERT_EQ(inputs.size(), 2u);
  const Scenario drawn = DrawScenario(scenario, inputs, {0.05, 0.5});
  EXPECT_NEAR(drawn.stances[0].position, std::sqrt(62.5), 1e-12);
  EXPECT_NEAR(drawn.stances[1].salience, 0.8, 1e-12);
  EXPECT_FALSE(drawn.stances[0].position_range);
  EXPECT_FALSE(drawn.stances[1].salience_range);
  EXPECT_TRUE(ListUncertainInputs(drawn).empty());
  EXPECT_TRUE(ValidateScenario(drawn));
}

TEST(DrawScenario, SameSeedAndRunGiveTheSameDrawAndOtherRunsDiffer) {
  Scenario scenario = Small();
  scenario.uncertainty.position_sd = 10;
  scenario.uncertainty.salience_sd = 0.1;
  scenario.uncertainty.capability_factor = 1.2;
  const Scenario first = DrawScenario(scenario, 42, 7);
  const Scenario again = DrawScenario(scenario, 42, 7);
  const Scenario other = DrawScenario(scenario, 42, 8);
  for (std::size_t s = 0; s < scenario.stances.size(); ++s) {
    EXPECT_EQ(first.stances[s].position, again.stances[s].position);  // bit for bit
    EXPECT_EQ(first.stances[s].salience, again.stances[s].salience);
    EXPECT_NE(first.stances[s].position, other.stances[s].position);
  }
  EXPECT_EQ(first.actors[0].capability, again.actors[0].capability);
  EXPECT_NE(first.actors[0].capability, other.actors[0].capability);
  EXPECT_NE(first.actors[0].capability, DrawScenario(scenario, 43, 7).actors[0].capability);
}

TEST(DrawScenario, DrawsRunRFromTheRunGeneratorInInputOrder) {
  Scenario scenario = Small();
  scenario.uncertainty.position_sd = 10;
  const auto inputs = ListUncertainInputs(scenario);
  SplitMix64 generator = RunGenerator(42, 3);
  const double u0 = generator.NextUnit();
  const double u1 = generator.NextUnit();
  const Scenario drawn = DrawScenario(scenario, 42, 3);
  EXPECT_EQ(drawn.stances[0].position, Quantile(inputs[0], u0));
  EXPECT_EQ(drawn.stances[1].position, Quantile(inputs[1], u1));
}

// A reused buffer overwritten draw after draw holds what a fresh DrawScenario
// gives: every input is written each time, nothing leaks from the last draw.
TEST(SetDrawnValues, OverwritingOneBufferEqualsAFreshDrawEachTime) {
  Scenario scenario = Small();
  scenario.uncertainty.position_sd = 10;
  scenario.uncertainty.salience_sd = 0.1;
  scenario.uncertainty.capability_factor = 1.2;
  const auto inputs = ListUncertainInputs(scenario);
  ASSERT_EQ(inputs.size(), 6u);
  Scenario buffer = WithoutUncertainty(scenario);
  EXPECT_TRUE(ListUncertainInputs(buffer).empty());
  for (std::uint64_t run = 0; run < 3; ++run) {
    SplitMix64 generator = RunGenerator(42, run);
    std::vector<double> units(inputs.size());
    for (double& u : units) u = generator.NextUnit();
    SetDrawnValues(buffer, inputs, units);
    const Scenario fresh = DrawScenario(scenario, 42, run);
    for (std::size_t a = 0; a < scenario.actors.size(); ++a) {
      EXPECT_EQ(buffer.actors[a].capability, fresh.actors[a].capability);
    }
    for (std::size_t s = 0; s < scenario.stances.size(); ++s) {
      EXPECT_EQ(buffer.stances[s].position, fresh.stances[s].position);
      EXPECT_EQ(buffer.stances[s].salience, fresh.stances[s].salience);
    }
  }
}

TEST(CheckUnitValues, NeedsOneValueInZeroToOnePerInput) {
  Scenario scenario = Small();
  scenario.uncertainty.position_sd = 10;
  const auto inputs = ListUncertainInputs(scenario);
  EXPECT_TRUE(CheckUnitValues(inputs, {0.0, 0.999}));
  EXPECT_EQ(CheckUnitValues(inputs, {0.5}).error().message,
            "1 unit values for 2 uncertain inputs (need one each)");
  EXPECT_EQ(CheckUnitValues(inputs, {0.5, 1.0}).error().message,
            "unit value for input 1 is 1, outside [0, 1)");
}

TEST(ApplyUncertaintyOverrides, WritesTheOptionsIntoTheSectionOnTheFileScale) {
  UncertaintyOverrides overrides;
  overrides.position_sd = 5;
  overrides.salience_sd = 10;  // on salience_scale 100
  auto scenario = ApplyUncertaintyOverrides(Small(), overrides);
  ASSERT_TRUE(scenario) << scenario.error().ToString();
  EXPECT_DOUBLE_EQ(*scenario->uncertainty.position_sd, 5.0);
  EXPECT_DOUBLE_EQ(*scenario->uncertainty.salience_sd, 0.1);
  EXPECT_FALSE(scenario->uncertainty.capability_factor);
  EXPECT_EQ(scenario->uncertainty.provenance.at("position").estimate_reason,
            "set on the command line (--position-sd 5)");
}

TEST(ApplyUncertaintyOverrides, RejectsAFactorOfOneOrLessNamingTheOption) {
  UncertaintyOverrides overrides;
  overrides.capability_factor = 0.8;
  auto scenario = ApplyUncertaintyOverrides(Small(), overrides);
  ASSERT_FALSE(scenario);
  EXPECT_EQ(scenario.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(scenario.error().message, "--capability-factor must be a finite number > 1, got 0.8");
}

}  // namespace
}  // namespace parley::uncertainty_test
