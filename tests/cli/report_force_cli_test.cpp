// `parley report`: the force section, on the two-actor file of
// force_cli_test.cpp (p = 0.75, c_A = 0.1, c_B = 0.2: range [0.65, 0.95];
// docs/mechanisms/force.md F4).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "cli_test_support.h"
#include "force_two_actors.h"
#include "test_files.h"

namespace parley::report_force_cli_test {
namespace {

using testing::ReadFile;
using testing::RunCli;
using testing::TempDir;

constexpr const char* kTwoActors = testing::kTwoArmedActors;

TEST(ReportForce, TheBriefShowsTheRangeAndWhoWouldImposeOnEachForecast) {
  TempDir dir;
  const std::string file = dir.Write("two.yaml", kTwoActors);
  const auto result = RunCli(
      {"report", file, "--model", "weighted_median", "--runs", "20", "-o", dir.Path("brief.html")});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::string html = ReadFile(dir.Path("brief.html"));
  EXPECT_NE(html.find("Force: who would rather impose an outcome"), std::string::npos);
  EXPECT_NE(html.find("[0.65, 0.95]"), std::string::npos);
  // The weighted median follows B's capability 3 to 0: A prefers force by
  // 0.65 - 0 = 0.65 and expects 0.75 (F3). Nothing is uncertain, so every draw
  // gives the same verdict: P(force) 100%.
  EXPECT_NE(html.find("A prefers force (+0.65; expects 0.75)"), std::string::npos);
  EXPECT_NE(html.find("<td class=\"num\">100%</td>"), std::string::npos);
}

TEST(ReportForce, WithoutStrengthsThereIsNoForceSection) {
  TempDir dir;
  std::string text = kTwoActors;
  text.replace(text.find(", military: 3"), std::string(", military: 3").size(), "");
  text.replace(text.find(", military: 1"), std::string(", military: 1").size(), "");
  const std::string file = dir.Write("plain.yaml", text);
  const auto result = RunCli(
      {"report", file, "--model", "weighted_median", "--runs", "20", "-o", dir.Path("brief.html")});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(ReadFile(dir.Path("brief.html")).find("Force: who would"), std::string::npos);
}

}  // namespace
}  // namespace parley::report_force_cli_test
