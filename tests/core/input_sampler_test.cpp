// The prepared inputs (core/input_sampler.h) draw every value to the bit as the
// per-value formulas did before their constants were computed once: a Monte
// Carlo run's draws must not change by a single bit for speed.
#include "core/input_sampler.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace parley::input_sampler_test {
namespace {

// The inverse CDFs as written per value before this sampler (uncertainty.cpp
// at 01fa298), operation for operation: the reference the draws must equal.
double ReferenceQuantile(const UncertainInput& input, double u) {
  u = std::isnan(u) ? 0.0 : std::clamp(u, 0.0, 1.0 - 1.0 / 9007199254740992.0);
  const double least = 1.0 / 18014398509481984.0;  // 2^-54
  double value = input.value;
  switch (input.distribution) {
    case Distribution::kUniform:
      value = input.low + u * (input.high - input.low);
      break;
    case Distribution::kTriangular: {
      const double width = input.high - input.low;
      const double mode = input.value;
      if (width <= 0.0) {
        value = mode;
      } else if (u < (mode - input.low) / width) {
        value = input.low + std::sqrt(u * width * (mode - input.low));
      } else {
        value = input.high - std::sqrt((1.0 - u) * width * (input.high - mode));
      }
      break;
    }
    case Distribution::kNormal: {
      const double below = NormalCdf((input.low - input.value) / input.spread);
      const double above = NormalCdf((input.high - input.value) / input.spread);
      value = input.value +
              input.spread * InverseNormalCdf(below + std::max(u, least) * (above - below));
      break;
    }
    case Distribution::kLogNormal:
      value = input.value * std::exp(input.spread * InverseNormalCdf(std::max(u, least)));
      break;
  }
  value = std::clamp(value, input.low, input.high);
  if (input.field == UncertainField::kCapability) value = std::max(value, 1e-9 * input.value);
  return value;
}

UncertainInput Input(UncertainField field, Distribution distribution, double value, double low,
                     double high, double spread = 0.0) {
  UncertainInput input;
  input.field = field;
  input.distribution = distribution;
  input.value = value;
  input.low = low;
  input.high = high;
  input.spread = spread;
  input.stance = 0;
  return input;
}

// Inputs of every distribution, with modes inside and at either end.
std::vector<UncertainInput> EveryKind() {
  const double infinity = std::numeric_limits<double>::infinity();
  return {
      Input(UncertainField::kPosition, Distribution::kTriangular, 25, 0, 50),
      Input(UncertainField::kPosition, Distribution::kTriangular, 10.3, 0.7, 97.1),
      Input(UncertainField::kPosition, Distribution::kTriangular, 0, 0, 40),
      Input(UncertainField::kPosition, Distribution::kTriangular, 40, 0, 40),
      Input(UncertainField::kPosition, Distribution::kTriangular, 7, 7, 7),
      Input(UncertainField::kCapability, Distribution::kTriangular, 33.3, 23.31, 43.29),
      Input(UncertainField::kSalience, Distribution::kUniform, 0.3, 0.1, 0.95),
      Input(UncertainField::kPosition, Distribution::kNormal, 50, 0, 100, 5),
      Input(UncertainField::kPosition, Distribution::kNormal, 3, 0, 100, 17.5),
      Input(UncertainField::kSalience, Distribution::kNormal, 0.9, 0, 1, 0.15),
      Input(UncertainField::kCapability, Distribution::kNormal, 9, 0, infinity, 4),
      Input(UncertainField::kCapability, Distribution::kLogNormal, 62.5, 0, infinity,
            std::log(1.3)),
  };
}

TEST(InputSampler, EveryPreparedValueEqualsThePerValueFormulaToTheBit) {
  SplitMix64 generator(20261201);
  std::vector<double> units = {0.0, 0.5, 1.0 - 1.0 / 9007199254740992.0, 0.4};
  for (int n = 0; n < 4000; ++n) units.push_back(generator.NextUnit());
  for (const UncertainInput& input : EveryKind()) {
    const PreparedInput prepared(input);
    for (double u : units) {
      const double expected = ReferenceQuantile(input, u);
      ASSERT_EQ(std::bit_cast<std::uint64_t>(prepared.ValueAt(u)),
                std::bit_cast<std::uint64_t>(expected))
          << "u " << u << " value " << input.value << " on [" << input.low << ", " << input.high
          << "]";
      ASSERT_EQ(std::bit_cast<std::uint64_t>(Quantile(input, u)),
                std::bit_cast<std::uint64_t>(expected));
    }
  }
}

TEST(InputSampler, OutOfRangeUnitValuesAreClampedAsQuantileClampsThem) {
  const UncertainInput input = EveryKind()[1];
  for (double u : {-0.5, 1.0, 7.0, std::nan("")}) {
    EXPECT_EQ(Quantile(input, u), ReferenceQuantile(input, u)) << u;
  }
}

TEST(InputSampler, RunUnitsAreTheRunGeneratorsUnitValuesInOrder) {
  std::vector<double> units(37);
  FillRunUnits(1234567, 41, units);
  SplitMix64 generator = RunGenerator(1234567, 41);
  for (double u : units) EXPECT_EQ(u, generator.NextUnit());
}

TEST(InputSampler, AWrittenRunEqualsTheDrawnScenario) {
  Scenario scenario;
  scenario.issues.resize(1);
  scenario.issues[0].id = "status";
  for (int i = 0; i < 3; ++i) {
    Actor actor;
    actor.id = "A" + std::to_string(i);
    actor.capability = 10.0 + i;
    actor.capability_range = ValueRange{Distribution::kTriangular, 5.0, 20.0 + i, 0.0};
    scenario.actors.push_back(actor);
    Stance stance;
    stance.actor = static_cast<std::size_t>(i);
    stance.position = 30.0 * i;
    stance.salience = 0.5;
    stance.position_range = ValueRange{Distribution::kUniform, 0.0, 70.0, 0.0};
    stance.salience_range = ValueRange{Distribution::kNormal, 0.0, 0.0, 0.2};
    scenario.stances.push_back(stance);
  }
  const std::vector<UncertainInput> inputs = ListUncertainInputs(scenario);
  ASSERT_EQ(inputs.size(), 9u);
  const InputSampler sampler(inputs);
  Scenario drawn = WithoutUncertainty(scenario);
  std::vector<double> units;
  for (std::uint64_t run = 0; run < 50; ++run) {
    sampler.WriteRun(77, run, units, drawn);
    const Scenario expected = DrawScenario(scenario, 77, run);
    for (std::size_t i = 0; i < 3; ++i) {
      EXPECT_EQ(drawn.actors[i].capability, expected.actors[i].capability);
      EXPECT_EQ(drawn.stances[i].position, expected.stances[i].position);
      EXPECT_EQ(drawn.stances[i].salience, expected.stances[i].salience);
    }
  }
}

}  // namespace
}  // namespace parley::input_sampler_test
