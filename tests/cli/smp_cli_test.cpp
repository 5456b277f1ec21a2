// `parley forecast --model smp`: the KTAB block format, JSON, the --smp-*
// flags, and the refusal of BigRAdjust=Full.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "cli_test_support.h"

namespace parley::smp_cli_test {
namespace {

using testing::RunCli;

constexpr int kOk = 0, kBadUsage = 2;

std::string Reference(const std::string& relative) {
  return std::string(PARLEY_SHARED_DIR) + "/reference/ktab/" + relative;
}

std::string FileText(const std::string& path) {
  std::ifstream file(path);
  std::stringstream text;
  text << file.rdbuf();
  return text.str();
}

TEST(SmpCli, KtabFormatIsExactlyWhatKtabPrinted) {
  const auto result = RunCli(
      {"forecast", Reference("inputs/dummyData_3Dim.csv"), "--model", "smp", "--format", "ktab"});
  ASSERT_EQ(result.exit_code, kOk) << result.err;
  EXPECT_EQ(result.out, FileText(Reference("expected/dummyData_3Dim.summary.txt")));
}

TEST(SmpCli, FlagsOverrideTheParametersOfTheFile) {
  // v00 says Linear; --smp-victory-prob-model Square reproduces KTAB's v01 run.
  const auto result = RunCli({"forecast", Reference("variants/v00-det-base.xml"), "--model", "smp",
                              "--smp-victory-prob-model", "Square", "--format", "ktab"});
  ASSERT_EQ(result.exit_code, kOk) << result.err;
  EXPECT_EQ(result.out, FileText(Reference("variants/v01-vpm-square.summary.txt")));
}

TEST(SmpCli, KtabSpelledFlagsWorkToo) {
  const auto result = RunCli({"forecast", Reference("variants/v00-det-base.xml"), "--model", "smp",
                              "--smp-BargnModel", "PWCompInterp", "--format", "ktab"});
  ASSERT_EQ(result.exit_code, kOk) << result.err;
  EXPECT_EQ(result.out, FileText(Reference("variants/v22-bm-pwcomp.summary.txt")));
}

TEST(SmpCli, JsonCarriesEveryStateAndBothHistories) {
  const auto result = RunCli({"forecast", Reference("inputs/dummyData_3Dim.csv"), "--model", "smp",
                              "--format", "json", "--smp-threads", "2"});
  ASSERT_EQ(result.exit_code, kOk) << result.err;
  const auto forecast = nlohmann::json::parse(result.out);
  EXPECT_EQ(forecast["schema"], "parley.forecast/1");
  const auto& model = forecast["models"][0];
  EXPECT_EQ(model["model"], "smp");
  EXPECT_EQ(model["issues"].size(), 3u);  // one point forecast per dimension
  const auto& json = model["detail"]["smp"][0];
  EXPECT_EQ(json["turns"], 10);
  ASSERT_EQ(json["states"].size(), 11u);
  // SActor-00 on Pstn1 in state 1: KTAB prints 79.5.
  EXPECT_NEAR(json["states"][1]["positions"][0][0].get<double>(), 79.5, 0.05);
  EXPECT_NEAR(json["winning_probability_history"][0][1].get<double>(), 0.6059, 5e-5);
  EXPECT_EQ(json["parameters"]["VotingRule"], "Prop");
}

TEST(SmpCli, TableShowsEveryTurnAndTheHistories) {
  const auto result =
      RunCli({"forecast", Reference("inputs/dummyData_3Dim.csv"), "--model", "smp", "--detail"});
  ASSERT_EQ(result.exit_code, kOk) << result.err;
  EXPECT_NE(result.out.find("Turn 0 (initial state)"), std::string::npos);
  EXPECT_NE(result.out.find("Turn 10 (fractional change 0.0045)"), std::string::npos);
  EXPECT_NE(result.out.find("History of actors' winning probabilities:"), std::string::npos);
}

TEST(SmpCli, RefusesBigRAdjustFullWithAUsageError) {
  const auto result = RunCli({"forecast", Reference("inputs/dummyData_3Dim.csv"), "--model", "smp",
                              "--smp-big-r-adjust", "Full"});
  EXPECT_EQ(result.exit_code, kBadUsage);
  EXPECT_NE(result.err.find("BigRAdjust=Full is not a valid SMP configuration"), std::string::npos);
}

TEST(SmpCli, RejectsAnUnknownOptionNamingTheChoices) {
  const auto result = RunCli({"forecast", Reference("inputs/dummyData_3Dim.csv"), "--model", "smp",
                              "--smp-voting-rule", "Majority"});
  EXPECT_EQ(result.exit_code, kBadUsage);
  EXPECT_NE(result.err.find("VotingRule 'Majority'"), std::string::npos);
  EXPECT_NE(result.err.find("PropCbc"), std::string::npos);
}

TEST(SmpCli, RunsOnParleysOwnScenarios) {
  const auto result = RunCli({"forecast", "--model", "smp", "--format", "csv"});
  ASSERT_EQ(result.exit_code, kOk) << result.err;
  // The bottom line, an empty line, then the rounds.
  EXPECT_EQ(result.out.rfind("issue,central,", 0), 0u) << result.out;
  EXPECT_NE(result.out.find("\n\nmodel,issue,round,outcome,mean,termination\nsmp,checkpoints,0,"),
            std::string::npos);
}

}  // namespace
}  // namespace parley::smp_cli_test
