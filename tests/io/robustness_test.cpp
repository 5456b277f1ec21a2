// Hostile and edge-case input that must give a clear error or a correct
// finite answer: numbers at the ends of double's range, invalid UTF-8, limits,
// and converters whose output must read back. (More cases: tests/bad_inputs/.)
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "parley/io.h"

namespace parley::robustness_test {
namespace {

const char* kKtabCsv =
    "Test,A test,3,1\n"
    "Actor,Description,Power,Dim1,Sal-Dim1\n"
    "A,first,10,10,50\n"
    "B,second,20,50,50\n"
    "C,third,30,90,50\n";

std::string ThreeActorYaml(const std::string& salience_of_a) {
  return "actors:\n  - {id: A, capability: 1}\n  - {id: B, capability: 2}\n"
         "  - {id: C, capability: 3}\nissues:\n  - {id: i}\nstances:\n"
         "  - {actor: A, issue: i, position: 10, salience: " +
         salience_of_a +
         "}\n"
         "  - {actor: B, issue: i, position: 50, salience: 50}\n"
         "  - {actor: C, issue: i, position: 90, salience: 50}\n";
}

TEST(Robustness, ASubnormalNumberIsANumber) {
  // 5e-324 is the smallest positive double: finite, so a valid position.
  std::string text = ThreeActorYaml("50");
  text.replace(text.find("position: 10"), 12, "position: 5e-324");
  auto scenario = ParseScenarioText(text, "tiny.yaml");
  ASSERT_TRUE(scenario) << scenario.error().ToString();
  EXPECT_EQ(scenario->stances[0].position, 5e-324);
}

TEST(Robustness, ASubnormalKtabSalienceConvertsToYamlAndJson) {
  std::string text = kKtabCsv;
  text.replace(text.find("A,first,10,10,50"), 16, "A,first,10,10,1e-310");
  auto scenario = ParseKtabCsv(text, "sub.csv");
  ASSERT_TRUE(scenario) << scenario.error().ToString();
  EXPECT_TRUE(ParseScenarioText(ScenarioToYaml(*scenario), "back.yaml"));
  EXPECT_TRUE(ParseScenarioJson(ScenarioToJson(*scenario), "back.json"));
}

TEST(Robustness, AnOverflowingNumberIsOutsideTheAllowedRange) {
  auto scenario = ParseScenarioText(ThreeActorYaml("1e400"), "big.yaml");
  ASSERT_FALSE(scenario);
  EXPECT_EQ(scenario.error().ToString(),
            "big.yaml:8: actor 'A' on issue 'i': salience '1e400' is outside the allowed range of "
            "numbers (magnitude at most 1.8e308)");
}

TEST(Robustness, ABareOverflowingJsonNumberIsAnErrorNotAnAbort) {
  auto scenario = ParseScenarioJson("1e400", "bare.json");
  ASSERT_FALSE(scenario);
  EXPECT_EQ(scenario.error().ToString(),
            "bare.json:1: the number 1e400 is outside the allowed range (magnitude at most "
            "1.8e308)");
}

TEST(Robustness, InvalidUtf8IsRefusedWithItsLineAndByteOffset) {
  auto scenario = ParseKtabCsv(std::string(kKtabCsv).replace(62, 1, "\xff"), "bad.csv");
  ASSERT_FALSE(scenario);
  EXPECT_EQ(scenario.error().ToString(),
            "bad.csv:3: invalid UTF-8 at byte 62 (0xFF); parley reads UTF-8 text only");
}

TEST(Robustness, HugeCountsInAKtabHeaderAreOutOfRangeNotUndefined) {
  std::string text = kKtabCsv;
  auto actors = ParseKtabCsv(text.replace(12, 1, "1e300"), "a.csv");
  ASSERT_FALSE(actors);
  EXPECT_EQ(actors.error().message, "actor count 1e+300 must be a whole number in [3, 250]");
  text = kKtabCsv;
  auto dimensions = ParseKtabCsv(text.replace(14, 1, "1e19"), "d.csv");
  ASSERT_FALSE(dimensions);
  EXPECT_EQ(dimensions.error().message,
            "dimension count 1e+19 must be a whole number in [1, 1000]");
}

TEST(Robustness, KtabRowsBeyondTheActorCountAreAnError) {
  auto scenario = ParseKtabCsv(std::string(kKtabCsv) + "D,fourth,5,5,5\n", "extra.csv");
  ASSERT_FALSE(scenario);
  EXPECT_EQ(scenario.error().line, 6);
}

TEST(Robustness, ASecondYamlDocumentIsAnError) {
  auto scenario = ParseScenarioText(ThreeActorYaml("50") + "---\nactors: []\n", "two.yaml");
  ASSERT_FALSE(scenario);
  EXPECT_EQ(scenario.error().line, 12);
  EXPECT_EQ(scenario.error().field, "document");
}

TEST(Robustness, ADuplicatedKeyIsAnErrorInYamlAndJson) {
  auto yaml = ParseScenarioText("actors:\n  - {id: A, capability: 1, capability: 2}\n", "d.yaml");
  ASSERT_FALSE(yaml);
  EXPECT_EQ(yaml.error().ToString(),
            "d.yaml:2: key 'capability' appears twice in one map (first on line 2); remove one");
  auto json = ParseScenarioJson("{\"id\": \"a\", \"id\": \"b\"}", "d.json");
  ASSERT_FALSE(json);
  EXPECT_EQ(json.error().field, "id");
}

TEST(Robustness, PositionsNearTheLargestDoubleAreRefusedNotForecastAsNaN) {
  auto scenario = ParseScenarioText(
      "actors:\n  - {id: A, capability: 1}\n  - {id: B, capability: 1}\n"
      "issues:\n  - {id: i, scale: {min: -1.7e308, max: 1.7e308}}\nstances:\n"
      "  - {actor: A, issue: i, position: -1.6e308, salience: 50}\n"
      "  - {actor: B, issue: i, position: 1.6e308, salience: 50}\n",
      "wide.yaml");
  ASSERT_FALSE(scenario);
  EXPECT_EQ(scenario.error().field, "scale");
}

TEST(Robustness, KtabCsvWriterRefusesFewerThanThreeActors) {
  auto scenario = ParseScenarioText(
      "actors:\n  - {id: A, capability: 1}\n  - {id: B, capability: 1}\n"
      "issues:\n  - {id: i}\nstances:\n  - {actor: A, issue: i, position: 1, salience: 5}\n"
      "  - {actor: B, issue: i, position: 9, salience: 5}\n",
      "two.yaml");
  ASSERT_TRUE(scenario);
  auto csv = ScenarioToKtabCsv(*scenario);
  ASSERT_FALSE(csv);
  EXPECT_EQ(csv.error().message, "KTAB CSV needs at least 3 actors; this scenario has 2");
}

TEST(Robustness, KtabCsvWriterRefusesSaliencesAddingUpToMoreThanOneHundred) {
  auto scenario = ParseScenarioText(
      "actors:\n  - {id: A, capability: 1}\n  - {id: B, capability: 1}\n"
      "  - {id: C, capability: 1}\nissues:\n  - {id: i}\n  - {id: j}\nstances:\n"
      "  - {actor: A, issue: i, position: 1, salience: 70}\n"
      "  - {actor: A, issue: j, position: 1, salience: 70}\n"
      "  - {actor: B, issue: i, position: 1, salience: 5}\n"
      "  - {actor: B, issue: j, position: 1, salience: 5}\n"
      "  - {actor: C, issue: i, position: 1, salience: 5}\n"
      "  - {actor: C, issue: j, position: 1, salience: 5}\n",
      "heavy.yaml");
  ASSERT_TRUE(scenario);
  auto csv = ScenarioToKtabCsv(*scenario);
  ASSERT_FALSE(csv);
  EXPECT_EQ(csv.error().message,
            "KTAB CSV needs each actor's saliences to add up to at most 100, but actor 'A' has "
            "140");
}

TEST(Robustness, KtabXmlWithMultiLineNamesConvertsToAKtabCsvThatReadsBack) {
  const std::string xml =
      "<Scenario><name>T</name><desc>two\nlines</desc><prngSeed>1</prngSeed>"
      "<Dimensions><dName>D</dName></Dimensions><Actors>"
      "<Actor><name>A</name><description>x,\ny</description><capability>1</capability>"
      "<Position><dCoord>10</dCoord></Position><Salience><dSal>50</dSal></Salience></Actor>"
      "<Actor><name>B</name><capability>2</capability>"
      "<Position><dCoord>20</dCoord></Position><Salience><dSal>50</dSal></Salience></Actor>"
      "<Actor><name>C</name><capability>3</capability>"
      "<Position><dCoord>90</dCoord></Position><Salience><dSal>50</dSal></Salience></Actor>"
      "</Actors></Scenario>";
  auto scenario = ParseKtabXml(xml, "t.xml");
  ASSERT_TRUE(scenario) << scenario.error().ToString();
  auto csv = ScenarioToKtabCsv(*scenario);
  ASSERT_TRUE(csv) << csv.error().ToString();
  auto back = ParseKtabCsv(*csv, "t.csv");
  ASSERT_TRUE(back) << back.error().ToString();
  EXPECT_EQ(back->actors[0].description, "x, y");
}

TEST(Robustness, DeuCsvWriterKeepsAnIssueWithoutStancesAndRefusesAnActorWithout) {
  auto scenario = ParseScenarioText(
      "actors:\n  - {id: A, capability: 1}\n  - {id: B, capability: 1}\n"
      "issues:\n  - {id: i}\n  - {id: quiet}\nstances:\n"
      "  - {actor: A, issue: i, position: 1, salience: 5}\n",
      "deu.yaml");
  ASSERT_TRUE(scenario) << scenario.error().ToString();
  auto csv = ScenarioToDeuCsv(*scenario);
  ASSERT_FALSE(csv);
  EXPECT_EQ(csv.error().message,
            "the DEU CSV lists an actor only through its stances, and actor 'B' takes none");
  scenario->actors.pop_back();
  csv = ScenarioToDeuCsv(*scenario);
  ASSERT_TRUE(csv) << csv.error().ToString();
  auto back = ParseDeuCsv(*csv, "back.csv");
  ASSERT_TRUE(back) << back.error().ToString();
  EXPECT_EQ(back->issues.size(), 2u);
}

}  // namespace
}  // namespace parley::robustness_test
