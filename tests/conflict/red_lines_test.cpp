// Red lines against an outcome: spoilers and binding red lines
// (docs/mechanisms/red-lines-and-packages.md, rule R1).
#include "parley/red_lines.h"

#include <gtest/gtest.h>

#include "conflict_test_support.h"

namespace parley::red_lines_test {
namespace {

using testing::MakeScenario;

constexpr double kExact = 1e-12;

// A parent state that accepts [0, 40] and a de facto authority that accepts [30, 100].
Scenario TwoRedLines() {
  return MakeScenario({{"PARENT"}, {"DEFACTO"}, {"PATRON"}}, {{"status", 50.0}},
                      {{"PARENT", "status", 0, 0.8, Interval{0, 40}},
                       {"DEFACTO", "status", 100, 0.9, Interval{30, 100}},
                       {"PATRON", "status", 90, 0.5}});
}

TEST(RedLines, ReportsAnActorWhoseRedLineTheOutcomeCrossesAsASpoiler) {
  // Outcome 50 is 10 past PARENT's high end 40 and 20 inside DEFACTO's [30, 100].
  const Scenario scenario = TwoRedLines();
  auto report = CheckRedLines(scenario, {{0, 50.0}});
  ASSERT_TRUE(report) << report.error().ToString();
  ASSERT_EQ(report->issues[0].crossed.size(), 1u);
  EXPECT_EQ(report->issues[0].crossed[0].actor, 0u);
  EXPECT_NEAR(report->issues[0].crossed[0].excess, 10.0, kExact);
  EXPECT_TRUE(report->issues[0].binding.empty());
  EXPECT_EQ(report->Spoilers(), std::vector<std::size_t>{0});
}

TEST(RedLines, ReportsARedLineAsBindingWhenTheOutcomeSitsWithinToleranceOfItsEnd) {
  // 39.7 is 0.3 inside PARENT's end 40; the default tolerance is 0.005 x 100 = 0.5.
  const Scenario scenario = TwoRedLines();
  auto report = CheckRedLines(scenario, {{0, 39.7}});
  ASSERT_TRUE(report);
  EXPECT_TRUE(report->issues[0].crossed.empty());
  ASSERT_EQ(report->issues[0].binding.size(), 1u);
  EXPECT_EQ(report->issues[0].binding[0].actor, 0u);
  EXPECT_NEAR(report->issues[0].binding[0].margin, 0.3, 1e-9);
}

TEST(RedLines, NeverNamesAnActorWithoutARedLine) {
  // PATRON (position 90) has no red line, so even outcome 0 leaves it out.
  const Scenario scenario = TwoRedLines();
  auto report = CheckRedLines(scenario, {{0, 0.0}});
  ASSERT_TRUE(report);
  EXPECT_EQ(report->Spoilers(), std::vector<std::size_t>{1});  // only DEFACTO (needs >= 30)
  EXPECT_EQ(report->CrossedCount(), 1u);
}

TEST(RedLines, RejectsAnOutcomeOutsideTheScale) {
  const Scenario scenario = TwoRedLines();
  auto report = CheckRedLines(scenario, {{0, 120.0}});
  ASSERT_FALSE(report);
  EXPECT_EQ(report.error().code, ErrorCode::kInvalidInput);
  EXPECT_NE(report.error().message.find("'status'"), std::string::npos);
}

TEST(RedLines, RejectsABindingToleranceOutsideItsRange) {
  RedLineOptions options;
  options.binding_tolerance = 0.5;
  auto report = CheckRedLines(TwoRedLines(), {{0, 50.0}}, options);
  ASSERT_FALSE(report);
  EXPECT_EQ(report.error().code, ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace parley::red_lines_test
