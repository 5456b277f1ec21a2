// Rules G, R, S, W and L of docs/mechanisms/engagement.md, each with a number
// worked by hand.
#include <gtest/gtest.h>

#include "parley/engagement.h"
#include "parley/io.h"

namespace parley::engagement_trust_test {
namespace {

constexpr double kExact = 1e-12;

// P and D are adversaries on status (100 apart); trust P-D 0.2.
constexpr const char* kPair = R"(parley: 1
id: trust
actors:
  - {id: P, role: parent_state, capability: 1}
  - {id: D, role: de_facto_authority, capability: 1}
  - {id: R, role: patron, capability: 1}
issues:
  - {id: status, scale: {min: 0, max: 100}, status_quo: 20}
stances:
  - {actor: P, issue: status, position: 0, salience: 90, red_line: [0, 30]}
  - {actor: D, issue: status, position: 100, salience: 100, red_line: [50, 100]}
engagement:
  status_issues: [status]
  default_trust: 0.5
  trust:
    - {between: [P, D], trust: 0.2}
)";

Scenario Load() {
  auto scenario = ParseScenarioText(kPair, "trust.yaml");
  EXPECT_TRUE(scenario) << scenario.error().ToString();
  return *scenario;
}

// One period offering `spec`, from the scenario's initial trust.
EngagementPeriod OnePeriod(const Scenario& scenario, const std::string& spec,
                           std::vector<std::size_t> bellicose = {}) {
  EngagementStep step{std::move(bellicose), {}};
  if (!spec.empty()) step.measures.push_back(*ResolveMeasure(scenario, spec));
  auto periods = SimulateEngagement(scenario, {step});
  EXPECT_TRUE(periods) << periods.error().ToString();
  return periods->back();
}

TEST(EngagementTrust, InitialTrustTakesListedPairsThenTheScenarioDefault) {
  const TrustMatrix trust = InitialTrust(Load());
  EXPECT_NEAR(trust[0][1], 0.2, kExact);
  EXPECT_NEAR(trust[1][0], 0.2, kExact);
  EXPECT_NEAR(trust[0][2], 0.5, kExact);  // default_trust
  EXPECT_NEAR(trust[2][2], 1.0, kExact);
}

TEST(EngagementTrust, AnAcceptedMeasureClosesItsGainOfTheGap) {
  // Rule G: a non-state, talks-linked measure has g = 0.1 x 0.5 x 1.5 = 0.075, so
  // T = 0.2 + 0.075 (1 - 0.2) = 0.26.
  const Scenario scenario = Load();
  const EngagementPeriod period =
      OnePeriod(scenario, "travel@P+D:non_state_implementers,tied_to_settlement_talks");
  ASSERT_TRUE(period.decisions[0].accepted) << period.decisions[0].parties[0].reason;
  EXPECT_NEAR(period.trust[0][1], 0.2 + 0.075 * 0.8, kExact);  // 0.26
}

TEST(EngagementTrust, AVetoedMeasureLeavesTrustUnchanged) {
  const Scenario scenario = Load();
  const EngagementPeriod period = OnePeriod(scenario, "trade@P+D:through_parent_state");
  ASSERT_FALSE(period.decisions[0].accepted);
  EXPECT_NEAR(period.trust[0][1], 0.2, kExact);
}

TEST(EngagementTrust, BellicoseRhetoricCutsTheRhetorsTrustByAFifth) {
  // Rule R: 0.2 x (1 - 0.2) = 0.16 toward D; 0.5 x 0.8 = 0.4 toward R; D-R untouched.
  const EngagementPeriod period = OnePeriod(Load(), "", {0});
  EXPECT_NEAR(period.trust[0][1], 0.16, kExact);
  EXPECT_NEAR(period.trust[0][2], 0.4, kExact);
  EXPECT_NEAR(period.trust[1][2], 0.5, kExact);
}

TEST(EngagementTrust, HigherTrustLowersStatusSalienceAndWidensRedLines) {
  // Rules S and W with trust P-D 0.2 -> 0.28 (dtau = 0.08):
  // salience 0.9 (1 - 0.5 x 0.08) = 0.864; red line [0, 30] widened by 0.5 x 0.08 x 100 = 4.
  const Scenario scenario = Load();
  const TrustMatrix initial = InitialTrust(scenario);
  TrustMatrix trust = initial;
  trust[0][1] = trust[1][0] = 0.28;
  const Scenario adjusted = ApplyTrust(scenario, initial, trust);
  EXPECT_NEAR(adjusted.stances[0].salience, 0.864, kExact);
  EXPECT_NEAR(adjusted.stances[0].red_line->low, 0.0, kExact);  // clamped at the scale
  EXPECT_NEAR(adjusted.stances[0].red_line->high, 34.0, kExact);
  EXPECT_NEAR(adjusted.stances[1].red_line->low, 46.0, kExact);
}

TEST(EngagementTrust, LowerTrustNarrowsRedLinesButNeverPastThePosition) {
  // dtau = -0.2: [0, 30] -> [0, 20]; [50, 100] -> [60, 100]; salience 0.9 x 1.1 = 0.99.
  const Scenario scenario = Load();
  const TrustMatrix initial = InitialTrust(scenario);
  TrustMatrix trust = initial;
  trust[0][1] = trust[1][0] = 0.0;
  const Scenario adjusted = ApplyTrust(scenario, initial, trust);
  EXPECT_NEAR(adjusted.stances[0].red_line->high, 20.0, kExact);
  EXPECT_NEAR(adjusted.stances[1].red_line->low, 60.0, kExact);
  EXPECT_NEAR(adjusted.stances[0].salience, 0.99, kExact);
}

TEST(EngagementTrust, FullTrustWidensTheDeFactoRedLineToReintegrationAndLiftsItsVeto) {
  // dtau = 1 - 0.2 = 0.8 widens [50, 100] by 40 to [10, 100]: still a veto. From trust 0,
  // dtau = 1 widens it by 50 to [0, 100]: rule F no longer finds a fear of reintegration.
  Scenario scenario = Load();
  scenario.engagement.trust[0].trust = 0.0;
  const TrustMatrix initial = InitialTrust(scenario);
  TrustMatrix trust = initial;
  trust[0][1] = trust[1][0] = 1.0;
  const Scenario adjusted = ApplyTrust(scenario, initial, trust);
  EXPECT_NEAR(adjusted.stances[1].red_line->low, 0.0, kExact);
  const auto measure = *ResolveMeasure(scenario, "trade@D:through_parent_state");
  EXPECT_FALSE(DecideMeasure(scenario, measure).accepted);
  EXPECT_TRUE(DecideMeasure(adjusted, measure).accepted);
}

TEST(EngagementTrust, UnchangedTrustLeavesTheScenarioAsCoded) {
  const Scenario scenario = Load();
  const TrustMatrix initial = InitialTrust(scenario);
  const Scenario adjusted = ApplyTrust(scenario, initial, initial);
  EXPECT_NEAR(adjusted.stances[0].salience, 0.9, kExact);
  EXPECT_NEAR(adjusted.stances[1].red_line->low, 50.0, kExact);
}

TEST(EngagementTalks, AnAcceptedTalksLinkedMeasureMovesPartiesTowardTheirWeightedMean) {
  // Rule L: trust 0.2 -> 0.26 (g = 0.075), so s_P = 0.9 (1 - 0.5 x 0.06) = 0.873 and
  // s_D = 1 x 0.97 = 0.97; weighted mean = 0.97 x 100 / (0.873 + 0.97) = 52.631579...;
  // P moves 0.1 x 0.26 x 52.6316 = 1.368421 (inside its widened red line [0, 33]).
  const Scenario scenario = Load();
  const EngagementPeriod period =
      OnePeriod(scenario, "travel@P+D:non_state_implementers,tied_to_settlement_talks");
  const double mean = 0.97 * 100.0 / (0.873 + 0.97);
  EXPECT_NEAR(period.effective.stances[0].position, 0.1 * 0.26 * mean, 1e-9);
  EXPECT_NEAR(period.effective.stances[1].position, 100.0 - 0.1 * 0.26 * (100.0 - mean), 1e-9);
}

TEST(EngagementOptionsCheck, AnOutOfRangeOptionIsAUsageErrorNamingTheField) {
  EngagementOptions options;
  options.trust_gain = 1.5;
  const Status status = ValidateEngagementOptions(options);
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(status.error().message.find("trust_gain"), std::string::npos);
}

}  // namespace
}  // namespace parley::engagement_trust_test
