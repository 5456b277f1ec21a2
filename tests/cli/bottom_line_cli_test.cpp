// `parley forecast` opens with the bottom line in every format, fits a
// 100-column terminal, and keeps the trajectories behind --trajectories.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "cli_test_support.h"

namespace parley::bottom_line_cli_test {
namespace {

using testing::RunCli;
using testing::TempDir;

constexpr int kOk = 0;

// Three actors, no uncertain input. Compromise: (2 x 80 x 0 + 1 x 60 x 100 +
// 1 x 100 x 40) / (160 + 60 + 100) = 10000 / 320 = 31.25; weighted median 0
// (A's weight 160 is half of 320).
constexpr const char* kScenario = R"(parley: 1
id: mini
actors:
  - {id: A, role: parent_state, capability: 2}
  - {id: B, role: de_facto_authority, capability: 1}
  - {id: C, role: mediator, capability: 1}
issues:
  - {id: status, scale: {min: 0, max: 100, min_label: reintegration, max_label: independence}, status_quo: 50}
stances:
  - {actor: A, issue: status, position: 0, salience: 80}
  - {actor: B, issue: status, position: 100, salience: 60, red_line: [60, 100]}
  - {actor: C, issue: status, position: 40, salience: 100}
)";

std::size_t LongestLine(const std::string& text) {
  std::istringstream lines(text);
  std::size_t longest = 0;
  for (std::string line; std::getline(lines, line);) longest = std::max(longest, line.size());
  return longest;
}

TEST(BottomLineCli, DefaultForecastStartsWithTheBottomLineAndFits100Columns) {
  const auto result = RunCli({"forecast"});
  ASSERT_EQ(result.exit_code, kOk) << result.err;
  // The scenario's name and date, then the bottom line before any issue's detail.
  const std::size_t bottom = result.out.find("\nBottom line:");
  ASSERT_NE(bottom, std::string::npos) << result.out;
  EXPECT_LT(bottom, result.out.find("\nIssue '"));
  EXPECT_NE(result.out.find("  checkpoints:  "), std::string::npos);
  EXPECT_LE(LongestLine(result.out), 100u);
  // lachin-2023 has ranges: the central value's interval over the default 200 draws.
  EXPECT_NE(result.out.find("90% of 200 draws:"), std::string::npos);
  // Nash's gridlock is no point, and says so with the model's message.
  EXPECT_NE(result.out.find("No point from nash (gridlock):"), std::string::npos);
  // No round-by-round table by default.
  EXPECT_EQ(result.out.find("trajectory"), std::string::npos);
}

TEST(BottomLineCli, TrajectoriesAreAFlagAway) {
  const auto result = RunCli({"forecast", "--model", "eum", "--trajectories", "--runs", "0"});
  ASSERT_EQ(result.exit_code, kOk) << result.err;
  EXPECT_NE(result.out.find("eum trajectory ("), std::string::npos);
  EXPECT_LE(LongestLine(result.out), 100u);
}

TEST(BottomLineCli, NamesTheCentralValueTheRangeAndTheRedLinesItCrosses) {
  TempDir dir;
  const auto result =
      RunCli({"forecast", dir.Write("m.yaml", kScenario), "--model", "weighted_median,compromise"});
  ASSERT_EQ(result.exit_code, kOk) << result.err;
  // Median of 0 and 31.25 is 15.625; B's red line [40, 100] is crossed.
  EXPECT_NE(result.out.find("status:  15.6 (models 0.0 to 31.2, spread 31.2; 0 of 2 within 10)."),
            std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("Crosses the red line of B."), std::string::npos);
  // No uncertain input: no interval.
  EXPECT_EQ(result.out.find(" draws:"), std::string::npos);
}

TEST(BottomLineCli, GridlockIsNoPointAndSaysWhyInBothParts) {
  // A at 0 and B at 100 both care: any move from the status quo 50 hurts one
  // of them, so Nash bargaining has no point that beats it for every actor.
  TempDir dir;
  const auto result =
      RunCli({"forecast", dir.Write("m.yaml", kScenario), "--model", "compromise,nash"});
  ASSERT_EQ(result.exit_code, kOk) << result.err;
  EXPECT_NE(result.out.find("No point from nash (gridlock):"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("veto every move up"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("no point (gridlock, status quo 50.0); "), std::string::npos);
  // The compromise alone gives the central value: 31.25.
  EXPECT_NE(result.out.find("status:  31.2 (compromise alone)."), std::string::npos);
  // The red-line table marks the gridlock's status quo as no point.
  EXPECT_NE(result.out.find("* the model gives no point"), std::string::npos);
}

TEST(BottomLineCli, JsonOpensWithTheBottomLineAndKeepsTheModels) {
  TempDir dir;
  const auto result = RunCli({"forecast", dir.Write("m.yaml", kScenario), "--model",
                              "weighted_median,compromise,nash", "--format", "json"});
  ASSERT_EQ(result.exit_code, kOk) << result.err;
  const auto json = nlohmann::json::parse(result.out);
  const auto& line = json["bottom_line"][0];
  EXPECT_EQ(line["issue"], "status");
  EXPECT_NEAR(line["central"].get<double>(), 15.625, 1e-9);
  EXPECT_NEAR(line["low"].get<double>(), 0.0, 1e-9);
  EXPECT_NEAR(line["high"].get<double>(), 31.25, 1e-9);
  EXPECT_EQ(line["red_lines_crossed"][0], "B");
  EXPECT_TRUE(line["interval"].is_null());
  EXPECT_EQ(json["models"].size(), 3u);
  EXPECT_EQ(json["schema"], "parley.forecast/1");
}

TEST(BottomLineCli, JsonCarriesTheIntervalWhenTheScenarioHasRanges) {
  const auto result =
      RunCli({"forecast", "--model", "compromise", "--format", "json", "--runs", "50"});
  ASSERT_EQ(result.exit_code, kOk) << result.err;
  const auto json = nlohmann::json::parse(result.out);
  const auto& interval = json["bottom_line"][0]["interval"];
  ASSERT_TRUE(interval.is_object());
  EXPECT_EQ(interval["draws"], 50);
  EXPECT_LE(interval["low"].get<double>(), interval["high"].get<double>());
  // Deterministic: the same seed gives the same bytes.
  EXPECT_EQ(result.out,
            RunCli({"forecast", "--model", "compromise", "--format", "json", "--runs", "50"}).out);
}

TEST(BottomLineCli, RunsZeroSwitchesTheIntervalOff) {
  const auto result = RunCli({"forecast", "--model", "compromise", "--runs", "0"});
  ASSERT_EQ(result.exit_code, kOk) << result.err;
  EXPECT_EQ(result.out.find(" draws:"), std::string::npos);
}

TEST(BottomLineCli, CsvIsTheBottomLineThenAnEmptyLineThenTheRounds) {
  TempDir dir;
  const auto result = RunCli({"forecast", dir.Write("m.yaml", kScenario), "--model",
                              "weighted_median,compromise", "--format", "csv"});
  ASSERT_EQ(result.exit_code, kOk) << result.err;
  EXPECT_EQ(result.out.rfind("issue,central,low,high,spread,models,models_with_point,", 0), 0u);
  EXPECT_NE(result.out.find("\nstatus,15.625000,0.000000,31.250000,31.250000,2,2,10,0,,,,B,\n"),
            std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("\n\nmodel,issue,round,outcome,mean,termination\n"), std::string::npos);
}

}  // namespace
}  // namespace parley::bottom_line_cli_test
