// Ranges on the command line: `parley show` prints them next to their values,
// `parley convert` keeps them.
#include <gtest/gtest.h>

#include "cli_test_support.h"
#include "parley/io.h"

namespace parley::uncertainty_cli_test {
namespace {

using testing::RunCli;
using testing::TempDir;

constexpr const char* kRanged = R"(parley: 1
id: ranged
actors:
  - {id: A, role: parent_state, capability: {value: 2, low: 1, high: 3}}
  - {id: B, role: de_facto_authority, capability: 1}
issues:
  - {id: status, scale: {min: 0, max: 100}}
stances:
  - {actor: A, issue: status, position: {value: 10, low: 0, high: 25}, salience: 80}
  - {actor: B, issue: status, position: 100, salience: {value: 60, dist: normal, sd: 7.5}}
uncertainty:
  position: {sd: 5}
  capability: {factor: 1.2}
)";

TEST(ShowCli, PrintsRangesNextToTheirValuesAndTheSection) {
  TempDir dir;
  auto result = RunCli({"show", dir.Write("r.yaml", kRanged)});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("capability 2 [1, 3] triangular"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("uncertain: position 10 [0, 25] triangular"), std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("uncertain: salience 60 normal sd 7.5"), std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("positions    normal sd 5, truncated to each issue's scale"),
            std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find(
                "capabilities log-normal: one standard deviation multiplies or divides by 1.2"),
            std::string::npos)
      << result.out;
}

TEST(ShowCli, PrintsTheRangesOfTheDefaultScenario) {
  auto result = RunCli({"show", "lachin-2023"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("capability 60 [50, 75] triangular"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("[position_range] analyst estimate:"), std::string::npos);
}

TEST(ConvertCli, KeepsRangesAndTheSectionThroughJsonAndBack) {
  TempDir dir;
  auto json = RunCli({"convert", dir.Write("r.yaml", kRanged), "--to", "json"});
  ASSERT_EQ(json.exit_code, 0) << json.err;
  auto yaml = RunCli({"convert", dir.Write("r.json", json.out), "--to", "yaml"});
  ASSERT_EQ(yaml.exit_code, 0) << yaml.err;
  auto again = ParseScenarioText(yaml.out, "again.yaml");
  ASSERT_TRUE(again) << again.error().ToString() << "\n" << yaml.out;
  ASSERT_TRUE(again->actors[0].capability_range);
  EXPECT_EQ(again->actors[0].capability_range->high, 3.0);
  ASSERT_TRUE(again->stances[1].salience_range);
  EXPECT_DOUBLE_EQ(again->stances[1].salience_range->sd, 0.075);
  EXPECT_EQ(again->uncertainty.position_sd, 5.0);
  EXPECT_EQ(again->uncertainty.capability_factor, 1.2);
}

TEST(ConvertCli, KeepsTheRangesOfABuiltinScenario) {
  auto yaml = RunCli({"convert", "lachin-2023", "--to", "yaml"});
  ASSERT_EQ(yaml.exit_code, 0) << yaml.err;
  auto again = ParseScenarioText(yaml.out, "again.yaml");
  ASSERT_TRUE(again) << again.error().ToString();
  ASSERT_TRUE(again->actors[0].capability_range);
  EXPECT_EQ(again->actors[0].capability_range->low, 50.0);
  EXPECT_TRUE(again->actors[0].provenance.count("capability_range"));
}

}  // namespace
}  // namespace parley::uncertainty_cli_test
