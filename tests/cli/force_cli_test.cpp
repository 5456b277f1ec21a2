// `parley force`: the verdict in words, the JSON schema, the 100-column
// limit and the errors, on a hand-derivable two-actor file (p = 0.75,
// c_A = 0.1, c_B = 0.2: range [0.65, 0.95]; docs/mechanisms/force.md F4).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "cli_test_support.h"
#include "force_two_actors.h"

namespace parley::force_cli_test {
namespace {

using testing::RunCli;
using testing::TempDir;

constexpr const char* kTwoActors = testing::kTwoArmedActors;

TEST(ForceCli, SaysWhoWouldImposeWhatAndWhy) {
  TempDir dir;
  const std::string file = dir.Write("two.yaml", kTwoActors);
  // The weighted median follows B's capability 3 to 0: below 0.65, so A prefers force
  // by 0.65 - 0 = 0.65 and expects 0.75.
  const auto result = RunCli({"force", file, "--model", "weighted_median"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("[0.65, 0.95]"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("A prefers imposing its position (1) by force"), std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("with probability 0.75"), std::string::npos) << result.out;
  std::istringstream lines(result.out);
  for (std::string line; std::getline(lines, line);) EXPECT_LE(line.size(), 100u) << line;
}

TEST(ForceCli, AnIssueIdLongerThanFourteenCharactersWidensTheColumnInsteadOfShiftingIt) {
  // The same two actors on an issue id of 22 characters: the header's "bargaining range"
  // and the row's range start in the same column (23 = the id's width + one space).
  std::string text = kTwoActors;
  const std::string id = "status_of_the_district";
  for (std::size_t at = text.find("status"); at != std::string::npos;
       at = text.find("status", at + id.size())) {
    text.replace(at, 6, id);
  }
  TempDir dir;
  const auto result = RunCli({"force", dir.Write("long.yaml", text), "--model", "compromise"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::size_t header = result.out.find("issue ");
  const std::size_t row = result.out.find("status_of_the_district ");
  ASSERT_NE(header, std::string::npos) << result.out;
  ASSERT_NE(row, std::string::npos) << result.out;
  const std::size_t header_line = result.out.rfind('\n', header) + 1;
  const std::size_t row_line = result.out.rfind('\n', row) + 1;
  EXPECT_EQ(result.out.find("bargaining range", header) - header_line, 23u) << result.out;
  EXPECT_EQ(result.out.find("[0.65, 0.95]", row) - row_line, 23u) << result.out;
}

TEST(ForceCli, JsonCarriesTheSchemaTheRangeAndTheImposer) {
  TempDir dir;
  const std::string file = dir.Write("two.yaml", kTwoActors);
  const auto result = RunCli({"force", file, "--model", "weighted_median", "--format", "json"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto json = nlohmann::json::parse(result.out);
  EXPECT_EQ(json["schema"], "parley.force/1");
  EXPECT_NEAR(json["issues"][0]["bargaining_range"][0][0].get<double>(), 0.65, 1e-12);
  EXPECT_NEAR(json["issues"][0]["bargaining_range"][0][1].get<double>(), 0.95, 1e-12);
  EXPECT_EQ(json["issues"][0]["imposer"], "A");
  EXPECT_NEAR(json["issues"][0]["views"][0]["margin"].get<double>(), 0.65, 1e-12);
}

TEST(ForceCli, AScenarioWithoutStrengthsIsAnErrorThatSaysWhatToAdd) {
  TempDir dir;
  std::string unarmed = kTwoActors;
  for (const char* strength : {", military: 3", ", military: 1"}) {
    unarmed.erase(unarmed.find(strength), std::string(strength).size());
  }
  const auto result = RunCli({"force", dir.Write("unarmed.yaml", unarmed)});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("military"), std::string::npos) << result.err;
}

TEST(ForceCli, ADecisivenessOutsideItsRangeIsAUsageError) {
  const auto result = RunCli({"force", "lachin-2023", "--decisiveness", "50"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("force.decisiveness 50 outside [0.1, 10]"), std::string::npos)
      << result.err;
}

}  // namespace
}  // namespace parley::force_cli_test
