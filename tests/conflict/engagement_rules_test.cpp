// Rules F and E1-E7 of docs/mechanisms/engagement.md: concerns derived from
// red lines and roles, and each party's decision on a measure with its reason.
#include <gtest/gtest.h>

#include <string>

#include "parley/engagement.h"
#include "parley/io.h"

namespace parley::engagement_rules_test {
namespace {

// A parent state P (red line [0, 30] on status), a de facto authority D (red
// line [50, 100]), a patron R without a red line; status quo 65.
constexpr const char* kThreeParties = R"(parley: 1
id: rules
actors:
  - {id: P, role: parent_state, capability: 60}
  - {id: D, role: de_facto_authority, capability: 10}
  - {id: R, role: patron, capability: 40}
issues:
  - {id: status, scale: {min: 0, max: 100}, status_quo: 65}
stances:
  - {actor: P, issue: status, position: 0, salience: 90, red_line: [0, 30]}
  - {actor: D, issue: status, position: 100, salience: 100, red_line: [50, 100]}
  - {actor: R, issue: status, position: 60, salience: 50}
engagement:
  status_issues: [status]
  policies:
    - {actor: P, requires_settlement_link: true, exempt_types: [humanitarian_aid]}
    - {actor: R, rejected_types: [education]}
)";

Scenario Load(const char* text = kThreeParties) {
  auto scenario = ParseScenarioText(text, "rules.yaml");
  EXPECT_TRUE(scenario) << scenario.error().ToString();
  return *scenario;
}

EngagementMeasure Measure(const Scenario& scenario, const std::string& spec) {
  auto measure = ResolveMeasure(scenario, spec);
  EXPECT_TRUE(measure) << measure.error().ToString();
  return *measure;
}

bool HasVeto(const MeasureDecision& decision, std::size_t party, EngagementRule rule) {
  for (const Veto& veto : decision.parties[party].vetoes) {
    if (veto.rule == rule) return true;
  }
  return false;
}

TEST(EngagementConcerns,
     ARedLineBelowTheSeparationEndAndTheStatusQuoMeansFearOfRecognitionAndConsolidation) {
  // Rule F: [0, 30] excludes 100 (separation) and the status quo 65 > 30.
  const Scenario scenario = Load();
  const EngagementConcerns concerns = ConcernsOf(scenario, 0);
  EXPECT_TRUE(concerns.recognition);
  EXPECT_TRUE(concerns.consolidation);
  EXPECT_FALSE(concerns.reintegration);
}

TEST(EngagementConcerns, ARedLineAboveTheReintegrationEndMeansFearOfReintegration) {
  // Rule F: [50, 100] excludes 0 (reintegration); it contains 100 and 65.
  const EngagementConcerns concerns = ConcernsOf(Load(), 1);
  EXPECT_TRUE(concerns.reintegration);
  EXPECT_FALSE(concerns.recognition);
  EXPECT_FALSE(concerns.consolidation);
}

TEST(EngagementConcerns, WithoutARedLineThePatronHasNoStatusConcern) {
  const EngagementConcerns concerns = ConcernsOf(Load(), 2);
  EXPECT_FALSE(concerns.recognition || concerns.reintegration || concerns.consolidation);
}

TEST(EngagementRules, TheParentStateVetoesAMeasureThatImpliesRecognition) {
  // E1, seed 000 para. 14: "Anything that implies the acceptance of an international border".
  const Scenario scenario = Load();
  const auto decision =
      DecideMeasure(scenario, Measure(scenario,
                                      "trade@P+D:implies_recognition,through_parent_state,"
                                      "tied_to_settlement_talks"));
  EXPECT_FALSE(decision.accepted);
  EXPECT_TRUE(HasVeto(decision, 0, EngagementRule::kRecognition));
}

TEST(EngagementRules, NonStateImplementersLiftTheParentStatesBypassVeto) {
  // E2 fires for state-run engagement outside the parent state, not for NGOs (para. 33).
  const Scenario scenario = Load();
  const auto state_run = DecideMeasure(scenario, Measure(scenario, "humanitarian_aid@P+D"));
  const auto ngo_run =
      DecideMeasure(scenario, Measure(scenario, "humanitarian_aid@P+D:non_state_implementers"));
  EXPECT_TRUE(HasVeto(state_run, 0, EngagementRule::kBypassesParentState));
  EXPECT_TRUE(ngo_run.accepted) << ngo_run.parties[0].reason;
}

TEST(EngagementRules, TheDeFactoAuthorityVetoesAMeasureRoutedThroughTheParentState) {
  // E3, seed 000 para. 18: "Anything that implies a hierarchical relationship".
  const Scenario scenario = Load();
  const auto decision = DecideMeasure(scenario, Measure(scenario,
                                                        "trade@P+D:through_parent_state,"
                                                        "tied_to_settlement_talks"));
  EXPECT_TRUE(decision.parties[0].accepts) << decision.parties[0].reason;
  EXPECT_TRUE(HasVeto(decision, 1, EngagementRule::kHierarchy));
}

TEST(EngagementRules, TheDeFactoAuthorityVetoesAMeasureThatBypassesIt) {
  // E4, seed 000 para. 20: the community-to-community proposal.
  const Scenario scenario = Load();
  const auto decision =
      DecideMeasure(scenario, Measure(scenario, "civilian_cbm@D+R:bypasses_de_facto_authorities"));
  EXPECT_TRUE(HasVeto(decision, 0, EngagementRule::kBypassesDeFactoAuthorities));
}

TEST(EngagementRules, CapacityBuildingIsVetoedUnlessTiedToSettlementTalks) {
  // E5, seed 000 paras. 14 and 27.
  const Scenario scenario = Load();
  const auto loose = DecideMeasure(
      scenario, Measure(scenario, "education@P+D:builds_capacity,non_state_implementers"));
  const auto linked =
      DecideMeasure(scenario, Measure(scenario,
                                      "education@P+D:builds_capacity,non_state_implementers,"
                                      "tied_to_settlement_talks"));
  EXPECT_TRUE(HasVeto(loose, 0, EngagementRule::kConsolidation));
  EXPECT_TRUE(linked.parties[0].accepts) << linked.parties[0].reason;
}

TEST(EngagementRules, ConditionalityExemptsHumanitarianAidOnly) {
  // E6, seed 000 para. 16 (CBMs conditional on talks) and para. 9 (demining exempt).
  const Scenario scenario = Load();
  const auto aid =
      DecideMeasure(scenario, Measure(scenario, "humanitarian_aid@P:non_state_implementers"));
  const auto cbm =
      DecideMeasure(scenario, Measure(scenario, "military_cbm@P:non_state_implementers"));
  EXPECT_TRUE(aid.accepted);
  EXPECT_TRUE(HasVeto(cbm, 0, EngagementRule::kConditionality));
}

TEST(EngagementRules, ARejectedTypeIsAlwaysVetoed) {
  // E7, seed 000 para. 8.
  const Scenario scenario = Load();
  const auto decision = DecideMeasure(scenario, Measure(scenario, "education@R"));
  EXPECT_TRUE(HasVeto(decision, 0, EngagementRule::kRejectedType));
}

TEST(EngagementRules, EveryVetoReasonCitesASeedPassage) {
  const Scenario scenario = Load();
  const auto decision = DecideMeasure(
      scenario, Measure(scenario, "trade@P+D:implies_recognition,through_parent_state"));
  for (const PartyDecision& party : decision.parties) {
    for (const Veto& veto : party.vetoes) EXPECT_NE(veto.reason.find("para. "), std::string::npos);
  }
}

TEST(EngagementRules, AnAcceptedMeasureTiedToTalksAndDepoliticisedGainsPointZeroSevenFive) {
  // Rule G: g = 0.1 x 0.5 (neutral ground) x 1.5 (tied to talks) = 0.075.
  constexpr double kExact = 1e-12;
  const Scenario scenario = Load();
  const auto decision =
      DecideMeasure(scenario, Measure(scenario,
                                      "humanitarian_aid@P+R:non_state_implementers,neutral_ground,"
                                      "tied_to_settlement_talks"));
  ASSERT_TRUE(decision.accepted);
  EXPECT_NEAR(decision.trust_gain, 0.075, kExact);
}

TEST(EngagementMeasures, AnAdHocSpecNamesTypePartiesAndAttributes) {
  const Scenario scenario = Load();
  const auto measure = Measure(scenario, "military_cbm@P+D:tied_to_settlement_talks");
  EXPECT_EQ(measure.type, MeasureType::kMilitaryCbm);
  EXPECT_EQ(measure.parties, (std::vector<std::size_t>{0, 1}));
  EXPECT_TRUE(measure.attributes.tied_to_settlement_talks);
  EXPECT_FALSE(measure.attributes.neutral_ground);
}

TEST(EngagementMeasures, AnUnknownActorInASpecIsAUsageError) {
  const auto measure = ResolveMeasure(Load(), "trade@P+X");
  ASSERT_FALSE(measure);
  EXPECT_EQ(measure.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(measure.error().message.find("'X'"), std::string::npos);
}

}  // namespace
}  // namespace parley::engagement_rules_test
