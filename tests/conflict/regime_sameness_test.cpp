// Why two mediation regimes give the same outcomes, on a three-actor table
// whose outcomes are derived by hand.
#include "parley/regime_sameness.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "conflict_test_support.h"
#include "parley/classic_models.h"
#include "parley/io.h"

namespace parley::regime_sameness_test {
namespace {

// G (guarantor, c 2, at 80), P (c 2, at 20), D (c 1, at 100): compromise
// (160 + 40 + 100) / 5 = 60; weighted median 80 (weights 2, 2, 1: G's 80 is
// where the cumulative weight 4 first passes half of 5).
constexpr const char* kTriangle = R"(parley: 1
id: triangle
actors:
  - {id: G, role: guarantor, capability: 2}
  - {id: P, role: parent_state, capability: 2}
  - {id: D, role: de_facto_authority, capability: 1}
issues:
  - {id: status, scale: {min: 0, max: 100}, status_quo: 50}
stances:
  - {actor: G, issue: status, position: 80, salience: 100}
  - {actor: P, issue: status, position: 20, salience: 100}
  - {actor: D, issue: status, position: 100, salience: 100}
)";

struct Compared {
  RegimeComparison comparison;
  std::vector<SameOutcomes> same;
};

Compared Compare(const std::string& model_name, double coercion) {
  auto scenario = ParseScenarioText(kTriangle, "triangle.yaml");
  EXPECT_TRUE(scenario.has_value());
  const ModelSpec spec = model_name == "compromise" ? CompromiseModel() : WeightedMedianModel();
  RegimeSettings settings;
  settings.hierarchical.coercion_factor = coercion;
  auto comparison = CompareRegimes(*scenario, settings, TableModel(testing::Configured(spec)));
  EXPECT_TRUE(comparison.has_value());
  auto same = ExplainSameOutcomes(*scenario, settings, *comparison);
  EXPECT_TRUE(same.has_value());
  return {*comparison, *same};
}

bool Has(const SameOutcomes& entry, const std::string& reason) {
  return std::find(entry.reasons.begin(), entry.reasons.end(), reason) != entry.reasons.end();
}

TEST(RegimeSameness, HierarchicalWithoutChangesIsTheInclusiveTable) {
  const Compared compared = Compare("compromise", 1.0);
  ASSERT_EQ(compared.same.size(), 2u);
  const SameOutcomes& hierarchical = compared.same[0];
  EXPECT_EQ(hierarchical.regime, RegimeKind::kHierarchical);
  EXPECT_EQ(hierarchical.same_as, RegimeKind::kInclusive);
  EXPECT_TRUE(Has(hierarchical, "nobody is excluded"));
  EXPECT_TRUE(Has(hierarchical, "every issue is on the agenda"));
  EXPECT_TRUE(Has(hierarchical, "no coercion (factor 1)"));
  EXPECT_TRUE(Has(hierarchical, "no force before talks"));
}

TEST(RegimeSameness, MultipolarUnderAWeightedMeanIsExplainedByLinearity) {
  const Compared compared = Compare("compromise", 1.0);
  ASSERT_EQ(compared.same.size(), 2u);
  const SameOutcomes& multipolar = compared.same[1];
  EXPECT_EQ(multipolar.regime, RegimeKind::kMultipolar);
  EXPECT_NEAR(compared.comparison.regimes[2].outcomes[0].outcome, 60.0, 1e-9);
  EXPECT_TRUE(Has(multipolar, "no clients are named, so only the powers move"));
  EXPECT_NE(multipolar.reasons.back().find("linear in the weights"), std::string::npos);
}

TEST(RegimeSameness, CoercionThatMovesTheOutcomeIsNoSameness) {
  // G's capability doubled: (320 + 40 + 100) / 7 = 65.71, not 60.
  const Compared compared = Compare("compromise", 2.0);
  EXPECT_NEAR(compared.comparison.regimes[1].outcomes[0].outcome, 460.0 / 7.0, 1e-9);
  ASSERT_EQ(compared.same.size(), 1u);
  EXPECT_EQ(compared.same[0].regime, RegimeKind::kMultipolar);
}

TEST(RegimeSameness, CoercionTheMedianAbsorbsIsNamed) {
  // G's weight 4 of 7: the weighted median stays at G's 80.
  const Compared compared = Compare("weighted_median", 2.0);
  EXPECT_NEAR(compared.comparison.regimes[1].outcomes[0].outcome, 80.0, 1e-9);
  ASSERT_FALSE(compared.same.empty());
  EXPECT_EQ(compared.same[0].regime, RegimeKind::kHierarchical);
  EXPECT_TRUE(
      Has(compared.same[0], "coercion x2 for 'G' did not move the weighted_median outcome"));
}

}  // namespace
}  // namespace parley::regime_sameness_test
