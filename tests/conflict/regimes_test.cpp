// Mediation regimes (docs/mechanisms/mediation-regimes.md), with the
// compromise model O = sum c s x / sum c s so every number is hand-derivable.
#include "parley/regimes.h"

#include <gtest/gtest.h>

#include "conflict_test_support.h"
#include "parley/classic_models.h"
#include "parley/eum.h"
#include "parley/exchange.h"

namespace parley::regimes_test {
namespace {

using testing::Configured;
using testing::MakeScenario;
using testing::OutcomeOn;

constexpr double kExact = 1e-9;

ScenarioModel Compromise() { return TableModel(Configured(CompromiseModel())); }

// G guarantor (c 2, at 80), P parent state (c 2, at 20), D de facto authority
// (c 1, at 100, red line [70, 100]); salience 1. Plain compromise:
// (160 + 40 + 100) / 5 = 60.
Scenario Triangle() {
  return MakeScenario(
      {{"G", 2, ActorRole::kGuarantor},
       {"P", 2, ActorRole::kParentState},
       {"D", 1, ActorRole::kDeFactoAuthority}},
      {{"status", 50.0}},
      {{"G", "status", 80}, {"P", "status", 20}, {"D", "status", 100, 1.0, Interval{70, 100}}});
}

// Four actors, two issues with a status quo: enough for every model to move.
Scenario FourByTwo() {
  return MakeScenario({{"A", 4}, {"B", 2}, {"C", 3}, {"D", 1}}, {{"p", 40.0}, {"q", 60.0}},
                      {{"A", "p", 10, 0.9},
                       {"B", "p", 60, 0.5},
                       {"C", "p", 80, 0.7},
                       {"D", "p", 100, 1.0},
                       {"A", "q", 90, 0.3},
                       {"B", "q", 20, 0.8},
                       {"C", "q", 50, 0.6},
                       {"D", "q", 0, 0.9}});
}

TEST(Regimes, InclusiveRegimeWithNoExclusionsReproducesThePlainModel) {
  const Scenario scenario = FourByTwo();
  for (ModelSpec spec :
       {WeightedMedianModel(), CompromiseModel(), NashModel(), EumModel(), ExchangeModel()}) {
    const ConfiguredModel model = Configured(spec);
    auto plain = model.Run(scenario);
    auto regime = RunRegime(scenario, RegimeKind::kInclusive, {}, TableModel(model));
    ASSERT_TRUE(plain && regime) << model.name();
    ASSERT_EQ(regime->outcomes.size(), plain->issues.size());
    for (std::size_t k = 0; k < plain->issues.size(); ++k) {
      EXPECT_EQ(regime->outcomes[k].outcome, plain->issues[k].forecast.outcome) << model.name();
    }
  }
}

TEST(Regimes, HierarchicalRegimeWithoutExclusionCoercionOrForceReproducesThePlainModel) {
  auto regime = RunRegime(Triangle(), RegimeKind::kHierarchical, {}, Compromise());
  ASSERT_TRUE(regime) << regime.error().ToString();
  EXPECT_NEAR(regime->outcomes[0].outcome, 60.0, kExact);
}

// Distances from 60: G 0.2, P 0.4, D 0.4; capability-weighted
// (2 x 0.2 + 2 x 0.4 + 1 x 0.4) / 5 = 0.32; worst off P (first of the 0.4s).
TEST(Regimes, ReportsWeightedAndWorstOffDistanceAndSpoilers) {
  const Scenario scenario = Triangle();
  auto regime = RunRegime(scenario, RegimeKind::kInclusive, {}, Compromise());
  ASSERT_TRUE(regime);
  EXPECT_NEAR(regime->weighted_distance, 0.32, kExact);
  EXPECT_EQ(regime->worst_off, 1u);
  EXPECT_NEAR(regime->worst_distance, 0.4, kExact);
  EXPECT_EQ(regime->red_lines.Spoilers(), std::vector<std::size_t>{2});  // 60 < D's 70
  EXPECT_DOUBLE_EQ(regime->actor_share, 1.0);
}

// Without D: (160 + 40) / 4 = 50; at the table 2 of 3 actors, 4 of 5 capability.
TEST(Regimes, HierarchicalExclusionRemovesTheActorFromTheTable) {
  RegimeSettings settings;
  settings.hierarchical.excluded = {"D"};
  auto regime = RunRegime(Triangle(), RegimeKind::kHierarchical, settings, Compromise());
  ASSERT_TRUE(regime);
  EXPECT_NEAR(regime->outcomes[0].outcome, 50.0, kExact);
  EXPECT_NEAR(regime->actor_share, 2.0 / 3.0, kExact);
  EXPECT_NEAR(regime->capability_share, 0.8, kExact);
}

// G's capability doubled: (4 x 80 + 40 + 100) / 7 = 460 / 7.
TEST(Regimes, CoercionRaisesTheGuarantorsCapability) {
  RegimeSettings settings;
  settings.hierarchical.coercion_factor = 2.0;
  auto regime = RunRegime(Triangle(), RegimeKind::kHierarchical, settings, Compromise());
  ASSERT_TRUE(regime);
  EXPECT_NEAR(regime->outcomes[0].outcome, 460.0 / 7.0, kExact);
}

// Force shock 0.5: P 20 -> 50, D 100 -> 90; (160 + 100 + 90) / 5 = 70.
TEST(Regimes, ForceBeforeTalksMovesTheOtherPartiesTowardTheGuarantor) {
  RegimeSettings settings;
  settings.hierarchical.force_shock = 0.5;
  auto regime = RunRegime(Triangle(), RegimeKind::kHierarchical, settings, Compromise());
  ASSERT_TRUE(regime);
  EXPECT_NEAR(regime->outcomes[0].outcome, 70.0, kExact);
  EXPECT_NEAR(regime->distances[1].distance, 0.5, kExact);  // measured from P's own ideal 20
}

// Powers R (c 3, at 90) and T (c 2, at 20) agree on (270 + 40) / 5 = 62; client
// S of R moves 100 -> 81, client O of T 0 -> 31; full table
// (5 x 62 + 81 + 31) / 7 = 422 / 7; two rounds (one per table).
TEST(Regimes, MultipolarPowersAgreeFirstAndPullTheirClients) {
  const Scenario scenario =
      MakeScenario({{"R", 3, ActorRole::kRegionalPower},
                    {"T", 2, ActorRole::kRegionalPower},
                    {"S", 1},
                    {"O", 1}},
                   {{"k"}}, {{"R", "k", 90}, {"T", "k", 20}, {"S", "k", 100}, {"O", "k", 0}});
  RegimeSettings settings;
  settings.multipolar.clients = {{"S", "R"}, {"O", "T"}};
  auto regime = RunRegime(scenario, RegimeKind::kMultipolar, settings, Compromise());
  ASSERT_TRUE(regime) << regime.error().ToString();
  EXPECT_NEAR(regime->outcomes[0].outcome, 422.0 / 7.0, kExact);
  EXPECT_EQ(regime->rounds, 2);
}

// A weighted mean of weighted means is the weighted mean: the powers' deal
// D = sum_P w x / sum_P w, held by both powers, adds sum_P w D = sum_P w x to
// the full table, so without clients the compromise does not move.
TEST(Regimes, MultipolarWithoutClientsLeavesTheCompromiseUnchanged) {
  const Scenario scenario = FourByTwo();
  RegimeSettings settings;
  settings.multipolar.regional_powers = {"A", "C"};
  auto plain = Configured(CompromiseModel()).Run(scenario);
  auto regime = RunRegime(scenario, RegimeKind::kMultipolar, settings, Compromise());
  ASSERT_TRUE(plain && regime);
  for (std::size_t k = 0; k < 2; ++k) {
    EXPECT_NEAR(regime->outcomes[k].outcome, plain->issues[k].forecast.outcome, kExact);
  }
}

TEST(Regimes, IssuesOffTheGuarantorsAgendaKeepTheirStatusQuo) {
  Scenario scenario = Triangle();
  scenario.issues.push_back(Issue{"trade", "trade", "", {}, 30.0, {}, {}, {}, {}, 0});
  scenario.stances.push_back(Stance{0, 1, 90, 1.0, {}, {}, 0});
  RegimeSettings settings;
  settings.hierarchical.agenda = {"status"};
  auto regime = RunRegime(scenario, RegimeKind::kHierarchical, settings, Compromise());
  ASSERT_TRUE(regime);
  EXPECT_NEAR(OutcomeOn(scenario, regime->outcomes, "trade"), 30.0, kExact);
  EXPECT_EQ(regime->off_agenda, std::vector<std::size_t>{1});
}

// An impartial mediator M at 0 (c 5) would drag the compromise; its stance is dropped.
TEST(Regimes, AnImpartialMediatorSitsAtTheTableWithoutAStake) {
  Scenario scenario = Triangle();
  scenario.actors.push_back(Actor{"M", "M", ActorRole::kMediator, 5.0, "", {}, 0});
  scenario.stances.push_back(Stance{3, 0, 0, 1.0, {}, {}, 0});
  RegimeSettings settings;
  settings.inclusive.mediator = "M";
  auto regime = RunRegime(scenario, RegimeKind::kInclusive, settings, Compromise());
  ASSERT_TRUE(regime);
  EXPECT_NEAR(regime->outcomes[0].outcome, 60.0, kExact);
  EXPECT_DOUBLE_EQ(regime->actor_share, 1.0);
}

TEST(Regimes, NamesTheFieldOfAnUnknownActor) {
  RegimeSettings settings;
  settings.hierarchical.excluded = {"NOBODY"};
  auto regime = RunRegime(Triangle(), RegimeKind::kHierarchical, settings, Compromise());
  ASSERT_FALSE(regime);
  EXPECT_EQ(regime.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(regime.error().message.find("regimes.hierarchical.excluded"), std::string::npos);
  EXPECT_NE(regime.error().message.find("'NOBODY'"), std::string::npos);
}

TEST(Regimes, ComparisonSkipsARegimeWhoseKeyPartyIsMissing) {
  // No actor is a guarantor or a regional power and the settings name none.
  Scenario scenario = Triangle();
  scenario.actors[0].role = ActorRole::kOther;
  auto comparison = CompareRegimes(scenario, {}, Compromise());
  ASSERT_TRUE(comparison);
  ASSERT_EQ(comparison->regimes.size(), 1u);
  EXPECT_EQ(comparison->regimes[0].regime, RegimeKind::kInclusive);
  ASSERT_EQ(comparison->skipped.size(), 2u);
  EXPECT_NE(comparison->skipped[0].reason.find("guarantor"), std::string::npos);
}

TEST(Regimes, AGuarantorCountsAsARegionalPowerByDefault) {
  // G is the only power: its stage-1 deal is its own 80, which it keeps at the
  // full table; P and D are nobody's clients: (2 x 80 + 40 + 100) / 5 = 60.
  auto regime = RunRegime(Triangle(), RegimeKind::kMultipolar, {}, Compromise());
  ASSERT_TRUE(regime) << regime.error().ToString();
  EXPECT_NEAR(regime->outcomes[0].outcome, 60.0, kExact);
  EXPECT_NE(regime->notes[0].find("'G'"), std::string::npos);
}

TEST(Regimes, ExchangeModelRunsUnderEveryRegime) {
  const Scenario scenario = MakeScenario(
      {{"G", 2, ActorRole::kGuarantor}, {"R", 1, ActorRole::kRegionalPower}, {"A"}, {"B"}},
      {{"p"}, {"q"}},
      {{"A", "p", 0, 0.8},
       {"A", "q", 0, 0.2},
       {"B", "p", 100, 0.2},
       {"B", "q", 100, 0.8},
       {"G", "p", 50, 0.5},
       {"G", "q", 50, 0.5},
       {"R", "p", 40, 0.5},
       {"R", "q", 60, 0.5}});
  auto comparison = CompareRegimes(scenario, {}, TableModel(Configured(ExchangeModel())));
  ASSERT_TRUE(comparison) << comparison.error().ToString();
  EXPECT_EQ(comparison->regimes.size(), 3u);
}

}  // namespace
}  // namespace parley::regimes_test
