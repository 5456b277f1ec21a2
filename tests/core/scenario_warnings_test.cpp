// Likely mistakes are found as values, each naming file, line, actor, issue and field.
#include "parley/scenario_warnings.h"

#include <gtest/gtest.h>

namespace parley::scenario_warnings_test {
namespace {

// Three actors on a 0-100 issue, all salient, red lines around their positions.
Scenario Clean() {
  Scenario scenario;
  scenario.file = "s.yaml";
  scenario.as_of = "2017-06-28";
  scenario.documents["seed001"] = "A seed";
  scenario.actors = {Actor{"A", "A", ActorRole::kParentState, 2.0, "", {}, 3},
                     Actor{"B", "B", ActorRole::kPatron, 1.0, "", {}, 4},
                     Actor{"C", "C", ActorRole::kMediator, 1.0, "", {}, 5}};
  Issue issue;
  issue.id = "status";
  issue.line = 7;
  scenario.issues = {issue};
  scenario.stances = {Stance{0, 0, 10.0, 0.5, Interval{0, 40}, {}, 9},
                      Stance{1, 0, 90.0, 1.0, Interval{60, 100}, {}, 10},
                      Stance{2, 0, 50.5, 0.2, std::nullopt, {}, 11}};
  scenario.actors[0].provenance["capability"] = Source{"seed001", "para. 3", "", ""};
  return scenario;
}

TEST(LikelyMistakes, NoneInACleanScenario) { EXPECT_TRUE(FindLikelyMistakes(Clean()).empty()); }

TEST(LikelyMistakes, EverySalienceAtMostOneOnTheHundredScaleIsOneWarning) {
  Scenario scenario = Clean();
  for (Stance& stance : scenario.stances) stance.salience /= 100.0;  // 0.5 written on 0-100
  const auto warnings = FindLikelyMistakes(scenario);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].field, "salience");
  EXPECT_EQ(warnings[0].line, 9);
  EXPECT_EQ(warnings[0].ToString(),
            "s.yaml:9: every salience is at most 1 on a salience scale of 0-100 (actor 'A' on "
            "issue 'status': 0.5, read as 0.5% of full salience); if they are written on 0-1, "
            "declare the salience scale as 1 (salience_scale: 1)");
}

TEST(LikelyMistakes, SaliencesOnTheUnitScaleAreNotAMistake) {
  Scenario scenario = Clean();
  scenario.salience_scale = 1.0;
  for (Stance& stance : scenario.stances) stance.salience /= 100.0;
  EXPECT_TRUE(FindLikelyMistakes(scenario).empty());
}

TEST(LikelyMistakes, ALoneSalienceBelowOneAmongLargerOnesNamesItsActor) {
  Scenario scenario = Clean();
  scenario.stances[1].salience = 0.005;  // written 0.5 on 0-100
  const auto warnings = FindLikelyMistakes(scenario);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].actor, "B");
  EXPECT_EQ(warnings[0].issue, "status");
  EXPECT_EQ(warnings[0].message,
            "actor 'B' on issue 'status': salience 0.5 on the 0-100 salience scale is 0.5% of "
            "full salience; was 50 meant?");
}

TEST(LikelyMistakes, ARedLineThatExcludesTheOwnPositionIsNamed) {
  Scenario scenario = Clean();
  scenario.stances[1].red_line = Interval{0, 30};  // position 90
  const auto warnings = FindLikelyMistakes(scenario);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].field, "red_line");
  EXPECT_EQ(warnings[0].line, 10);
  EXPECT_EQ(warnings[0].message,
            "actor 'B' on issue 'status': red_line [0, 30] excludes the actor's own position 90, "
            "so the actor would refuse the outcome it wants most; a red line lists the positions "
            "the actor can accept");
}

TEST(LikelyMistakes, AnAsOfThatIsNotAnIsoDateSuggestsTheIsoForm) {
  Scenario scenario = Clean();
  scenario.as_of = "28/06/2017";
  const auto warnings = FindLikelyMistakes(scenario);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].field, "as_of");
  EXPECT_EQ(warnings[0].ToString(),
            "s.yaml: as_of '28/06/2017' is not an ISO 8601 date (YYYY-MM-DD) (did you mean "
            "2017-06-28?); outputs repeat it as written");
}

TEST(LikelyMistakes, AnAmbiguousDayAndMonthAreBothOffered) {
  Scenario scenario = Clean();
  scenario.as_of = "03/04/2017";
  const auto warnings = FindLikelyMistakes(scenario);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].message.find("write 2017-04-03 or 2017-03-04"), std::string::npos);
}

TEST(LikelyMistakes, IsoDatesOfEveryPrecisionPassAndImpossibleOnesDoNot) {
  for (const char* date : {"2017", "2017-06", "2016-02-29"}) {
    Scenario scenario = Clean();
    scenario.as_of = date;
    EXPECT_TRUE(FindLikelyMistakes(scenario).empty()) << date;
  }
  for (const char* date : {"2017-02-29", "2017-13-01", "2017-6-28", "mid-2017"}) {
    Scenario scenario = Clean();
    scenario.as_of = date;
    EXPECT_EQ(FindLikelyMistakes(scenario).size(), 1u) << date;
  }
}

TEST(LikelyMistakes, ASourceCitingAnUndeclaredDocumentNamesTheDeclaredOnes) {
  Scenario scenario = Clean();
  scenario.stances[2].provenance["position"] = Source{"seed01", "para. 4", "", ""};
  const auto warnings = FindLikelyMistakes(scenario);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].line, 11);
  EXPECT_EQ(warnings[0].field, "position");
  EXPECT_EQ(warnings[0].message,
            "actor 'C' on issue 'status': the source of position cites document 'seed01', which "
            "the scenario does not declare under documents (declared: 'seed001')");
}

TEST(LikelyMistakes, ASourceGivenAsATitleOrPathIsNotAKey) {
  Scenario scenario = Clean();
  scenario.stances[2].provenance["position"] = Source{"Crisis Group report 2017", "p. 4", "", ""};
  scenario.stances[1].provenance["position"] = Source{"seeds/001.txt", "l. 4", "", ""};
  EXPECT_TRUE(FindLikelyMistakes(scenario).empty());
}

TEST(LikelyMistakes, AnActorWithoutAnyStanceIsNotAMistake) {
  // lachin-blockade-2022 codes the ICRC as an actor that takes no position.
  Scenario scenario = Clean();
  scenario.actors.push_back(Actor{"D", "D", ActorRole::kCivilSociety, 1.0, "", {}, 6});
  EXPECT_TRUE(FindLikelyMistakes(scenario).empty());
}

TEST(LikelyMistakes, PositionsWrittenOnZeroToOneOnAHundredScaleAreOneWarning) {
  Scenario scenario = Clean();
  scenario.stances[0].position = 0.1;
  scenario.stances[1].position = 0.9;
  scenario.stances[2].position = 0.5;
  for (Stance& stance : scenario.stances) stance.red_line.reset();
  const auto warnings = FindLikelyMistakes(scenario);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].issue, "status");
  EXPECT_EQ(warnings[0].message,
            "every position on issue 'status' lies within 1 of the scale's end 0 although the "
            "scale is [0, 100]: positions written on 0-1?");
}

}  // namespace
}  // namespace parley::scenario_warnings_test
