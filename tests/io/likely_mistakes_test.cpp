// Likely mistakes found in files as readers see them: the cases an analyst
// hit (salience 0.5 on 0-100, a red line excluding the own position, as_of
// "28/06/2017", a source citing an undeclared document), and none in the
// scenarios parley ships.
#include <gtest/gtest.h>

#include <string>

#include "parley/builtin_scenarios.h"
#include "parley/io.h"
#include "parley/scenario_warnings.h"

namespace parley::likely_mistakes_test {
namespace {

// One issue, three actors; `extra` is spliced into the first stance.
std::string Yaml(const std::string& as_of, const std::string& salience, const std::string& extra) {
  return "parley: 1\n"
         "id: t\n"
         "as_of: \"" +
         as_of +
         "\"\n"
         "documents: {seed001: \"A seed\"}\n"
         "actors:\n"
         "  - {id: A, capability: 2}\n"
         "  - {id: B, capability: 1}\n"
         "  - {id: C, capability: 1}\n"
         "issues:\n"
         "  - {id: x, scale: {min: 0, max: 100}}\n"
         "stances:\n"
         "  - {actor: A, issue: x, position: 10, salience: " +
         salience + extra +
         "}\n"
         "  - {actor: B, issue: x, position: 90, salience: 60}\n"
         "  - {actor: C, issue: x, position: 40, salience: 20}\n";
}

std::vector<std::string> Texts(const std::string& yaml) {
  auto scenario = ParseScenarioText(yaml, "t.yaml");
  EXPECT_TRUE(scenario) << scenario.error().ToString();
  std::vector<std::string> texts;
  if (!scenario) return texts;
  for (const ScenarioWarning& warning : FindLikelyMistakes(*scenario)) {
    texts.push_back(warning.ToString());
  }
  return texts;
}

TEST(LikelyMistakesInFiles, NoneInAWellCodedFile) {
  EXPECT_TRUE(Texts(Yaml("2017-06-28", "80", "")).empty());
}

TEST(LikelyMistakesInFiles, SalienceHalfOnTheHundredScaleNamesItsLine) {
  const auto texts = Texts(Yaml("2017-06-28", "0.5", ""));
  ASSERT_EQ(texts.size(), 1u);
  EXPECT_EQ(texts[0],
            "t.yaml:12: actor 'A' on issue 'x': salience 0.5 on the 0-100 salience scale is 0.5% "
            "of full salience; was 50 meant?");
}

TEST(LikelyMistakesInFiles, RedLineExcludingTheOwnPosition) {
  const auto texts = Texts(Yaml("2017-06-28", "80", ", red_line: [50, 100]"));
  ASSERT_EQ(texts.size(), 1u);
  EXPECT_EQ(texts[0].substr(0, 72),
            "t.yaml:12: actor 'A' on issue 'x': red_line [50, 100] excludes the actor");
}

TEST(LikelyMistakesInFiles, AsOfInDayMonthYear) {
  const auto texts = Texts(Yaml("28/06/2017", "80", ""));
  ASSERT_EQ(texts.size(), 1u);
  EXPECT_EQ(texts[0],
            "t.yaml: as_of '28/06/2017' is not an ISO 8601 date (YYYY-MM-DD) (did you mean "
            "2017-06-28?); outputs repeat it as written");
}

TEST(LikelyMistakesInFiles, SourceCitingAnUndeclaredDocument) {
  const auto texts = Texts(
      Yaml("2017-06-28", "80", ", sources: {position: {document: seed002, locator: \"para. 4\"}}"));
  ASSERT_EQ(texts.size(), 1u);
  EXPECT_EQ(texts[0],
            "t.yaml:12: actor 'A' on issue 'x': the source of position cites document 'seed002', "
            "which the scenario does not declare under documents (declared: 'seed001')");
}

TEST(LikelyMistakesInFiles, NoneInAnyBuiltinScenario) {
  for (const BuiltinScenarioInfo& info : ListBuiltinScenarios()) {
    auto scenario = LoadBuiltinScenario(info.id);
    ASSERT_TRUE(scenario) << info.id;
    for (const ScenarioWarning& warning : FindLikelyMistakes(*scenario)) {
      ADD_FAILURE() << info.id << ": " << warning.ToString();
    }
  }
}

TEST(LikelyMistakesInFiles, NoneInTheDeuDevelopmentSplit) {
  auto scenario = LoadScenario(PARLEY_SHARED_DIR "/reference/deu/deu3_dev.csv");
  ASSERT_TRUE(scenario) << scenario.error().ToString();
  for (const ScenarioWarning& warning : FindLikelyMistakes(*scenario)) {
    ADD_FAILURE() << warning.ToString();
  }
}

}  // namespace
}  // namespace parley::likely_mistakes_test
