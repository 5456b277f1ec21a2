// Reading KTAB's CSV and XML inputs (SPEC 4.2) into parley scenarios.
#include <gtest/gtest.h>

#include <string>

#include "ktab_reference.h"
#include "parley/io.h"
#include "parley/smp.h"

namespace parley::ktab_import_test {
namespace {

constexpr const char* kSmallCsv =
    "Tiny \"x\",\"A description\",3,2,\n"
    "Actor,Description,Power,Left,LeftSal,Right,RightSal,\n"
    "Ann,First$$ actor, 10.5, 20, 30, 80, 40,\n"
    "Bob,Second, 7, 60, 25.5, 40, 50\n"
    "Cy,Third,3,100,10,0,0\n"
    "\n";  // text after this blank line would be an error (tests/bad_inputs)

TEST(KtabCsv, ReadsActorsDimensionsAndScalesSaliencesToOne) {
  const auto scenario = ParseKtabCsv(kSmallCsv, "tiny.csv");
  ASSERT_TRUE(scenario) << scenario.error().ToString();
  ASSERT_EQ(scenario->actors.size(), 3u);
  ASSERT_EQ(scenario->issues.size(), 2u);
  EXPECT_EQ(scenario->issues[1].id, "Right");
  EXPECT_EQ(scenario->issues[1].scale.max, 100.0);
  EXPECT_EQ(scenario->actors[0].description, "First, actor");  // $$ is a comma
  EXPECT_EQ(scenario->actors[0].capability, 10.5);
  EXPECT_EQ(scenario->description, "A description");  // quotes dropped
  EXPECT_EQ(scenario->stances[3].position, 40.0);     // Bob, Right
  EXPECT_EQ(scenario->stances[3].salience, 50.0 / 100);
  EXPECT_EQ(scenario->salience_scale, 100.0);
}

TEST(KtabCsv, NamesFileLineActorAndFieldOfAnOutOfRangePosition) {
  std::string text = kSmallCsv;
  text.replace(text.find("60, 25.5"), 2, "160");
  const auto scenario = ParseKtabCsv(text, "tiny.csv");
  ASSERT_FALSE(scenario);
  EXPECT_EQ(scenario.error().ToString(),
            "tiny.csv:4: position 160 for actor 'Bob' on 'Left' outside [0, 100]");
  EXPECT_EQ(scenario.error().field, "position");
}

TEST(KtabCsv, RejectsSaliencesAddingUpToMoreThanOneHundred) {
  std::string text = kSmallCsv;
  text.replace(text.find("40,\nBob"), 2, "75");
  const auto scenario = ParseKtabCsv(text, "tiny.csv");
  ASSERT_FALSE(scenario);
  EXPECT_NE(scenario.error().message.find("'Ann' add up to more than 100"), std::string::npos);
  EXPECT_EQ(scenario.error().line, 3);
}

TEST(KtabCsv, RejectsMissingActorLinesAndBadNumbers) {
  std::string fewer = kSmallCsv;
  fewer.replace(fewer.find("3,2,"), 4, "4,2,");
  EXPECT_FALSE(ParseKtabCsv(fewer, "tiny.csv"));
  std::string letters = kSmallCsv;
  letters.replace(letters.find(" 7,"), 3, " x,");
  const auto bad = ParseKtabCsv(letters, "tiny.csv");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().ToString(), "tiny.csv:4: capability ' x' for actor 'Bob' is not a number");
}

TEST(KtabCsv, KeepsLeadingBlanksOfNamesAsKtabPrintsThem) {
  // dummyData-a040: "  XYZ Position" is printed by KTAB with its two blanks.
  const auto scenario = LoadScenario(smp_test::ReferencePath("inputs/dummyData-a040.csv"));
  ASSERT_TRUE(scenario) << scenario.error().ToString();
  EXPECT_EQ(scenario->issues[0].name, "  XYZ Position");
  EXPECT_EQ(scenario->actors.size(), 40u);
}

TEST(KtabXml, ReadsParametersSeedAndIdealAdjustment) {
  const auto scenario = LoadScenario(smp_test::ReferencePath("variants/v00-det-base.xml"));
  ASSERT_TRUE(scenario) << scenario.error().ToString();
  EXPECT_EQ(scenario->seed, 3507583219545544127ULL);  // "03507583219545544127"
  EXPECT_EQ(scenario->parameters.at("smp.PCEModel"), "MarkovIncentive");
  EXPECT_EQ(scenario->parameters.at("smp.VotingRule"), "PropCbc");
  ASSERT_EQ(scenario->accommodation.size(), 6u);
  EXPECT_EQ(scenario->accommodation[2].adjusting, 1u);  // Bob toward Alice, 0.07
  EXPECT_EQ(scenario->accommodation[2].reference, 0u);
  EXPECT_EQ(scenario->accommodation[2].weight, 0.07);
  EXPECT_EQ(scenario->issues[2].id, "YADN");
}

TEST(KtabXml, ReadsTheAccommodationMatrixIntoTheProblem) {
  const auto scenario = LoadScenario(smp_test::ReferencePath("variants/v00-det-base.xml"));
  ASSERT_TRUE(scenario);
  const auto problem = SmpProblemFromScenario(*scenario);
  ASSERT_TRUE(problem) << problem.error().ToString();
  const std::size_t n = 5;
  EXPECT_EQ(problem->accommodation[0 * n + 0], 0.87);  // Alice keeps 0.87 of her own position
  EXPECT_EQ(problem->accommodation[1 * n + 0], 0.07);  // Bob moves toward Alice
  EXPECT_EQ(problem->accommodation[4 * n + 4], 1.0);   // Ellie: identity row
}

TEST(KtabXml, WithoutIdealAdjustmentGivesTheIdentityRun) {
  // KTAB insists on one iaPair; parley reads the file as the identity, which
  // reproduces KTAB's run of the same data from CSV.
  auto ktab_case = smp_test::LoadKtabCase(smp_test::ReferencePath("inputs/dummyData_3Dim.xml"));
  ASSERT_TRUE(ktab_case) << ktab_case.error().ToString();
  auto expected =
      smp_test::ReadKtabSummary(smp_test::ReferencePath("expected/dummyData_3Dim.summary.txt"));
  ASSERT_TRUE(expected);
  EXPECT_TRUE(smp_test::CompareWithKtab(*ktab_case, *expected).empty());
}

TEST(KtabXml, NamesTheElementAndLineOfAMissingParameter) {
  const std::string text =
      "<Scenario>\n<prngSeed>7</prngSeed>\n<ModelParameters>\n"
      "<VictoryProbModel>Linear</VictoryProbModel>\n</ModelParameters>\n</Scenario>\n";
  const auto scenario = ParseKtabXml(text, "p.xml");
  ASSERT_FALSE(scenario);
  EXPECT_EQ(scenario.error().ToString(),
            "p.xml:3: <PCEModel> is missing in <ModelParameters> (all nine are required)");
}

TEST(KtabXml, RejectsAPairNamingAnUnknownActor) {
  const std::string text =
      "<Scenario><prngSeed>7</prngSeed><Dimensions><dName>D</dName></Dimensions><Actors>"
      "<Actor><name>A</name><capability>1</capability><Position><dCoord>10</dCoord></Position>"
      "<Salience><dSal>50</dSal></Salience></Actor></Actors>\n<IdealAdjustment><iaPair>\n"
      "<adjustingIdeal>Z</adjustingIdeal><referencePos>A</referencePos><adjust>0.5</adjust>"
      "</iaPair></IdealAdjustment></Scenario>";
  const auto scenario = ParseKtabXml(text, "p.xml");
  ASSERT_FALSE(scenario);
  EXPECT_EQ(scenario.error().ToString(),
            "p.xml:3: <adjustingIdeal> names actor 'Z', which is not in <Actors>");
}

}  // namespace
}  // namespace parley::ktab_import_test
