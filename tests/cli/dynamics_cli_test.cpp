// `parley engage` and `parley simulate` (issue 4, parts 4-5): output on the
// built-in scenarios, JSON schemas, and bad input with its exit codes.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "cli_test_support.h"

namespace parley::dynamics_cli_test {
namespace {

using testing::RunCli;
using testing::TempDir;

constexpr int kOk = 0, kBadData = 1, kBadUsage = 2;

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(EngageCli, PrintsWhoVetoesAStandAloneCbmAndWhy) {
  // seed000 para. 16: Azerbaijan makes CBMs conditional on progress in the talks.
  auto result = RunCli({"engage", "karabakh-2016", "--measure", "incident_investigation"});
  ASSERT_EQ(result.exit_code, kOk) << result.err;
  EXPECT_TRUE(Contains(result.out, "incident_investigation")) << result.out;
  EXPECT_TRUE(Contains(result.out, "vetoed")) << result.out;
  EXPECT_TRUE(Contains(result.out, "E6 conditionality")) << result.out;
}

TEST(EngageCli, TheSameCbmTiedToTalksIsAcceptedAndRaisesTrust) {
  // Rule G: g = 0.1 x 1.5 = 0.15; AZE-NKR trust 0.05 + 0.15 x 0.95 = 0.1925.
  auto result = RunCli({"engage", "karabakh-2016", "--measure", "incident_investigation_linked",
                        "--format", "json"});
  ASSERT_EQ(result.exit_code, kOk) << result.err;
  auto json = nlohmann::json::parse(result.out);
  EXPECT_EQ(json["schema"], "parley.engage/1");
  EXPECT_TRUE(json["periods"][0]["decisions"][0]["accepted"].get<bool>());
  EXPECT_NEAR(json["periods"][0]["decisions"][0]["trust_gain"].get<double>(), 0.15, 1e-12);
  for (const auto& pair : json["periods"][0]["trust"]) {
    if (pair["between"][0] == "AZE" && pair["between"][1] == "NKR") {
      EXPECT_NEAR(pair["trust"].get<double>(), 0.1925, 1e-12);
    }
  }
}

TEST(EngageCli, AcceptsAnAdHocMeasureSpec) {
  auto result = RunCli({"engage", "georgia-2018", "--measure", "trade@GEO+ABK:through_parent_state",
                        "--model", "compromise"});
  ASSERT_EQ(result.exit_code, kOk) << result.err;
  EXPECT_TRUE(Contains(result.out, "E3 hierarchy")) << result.out;
}

TEST(EngageCli, AnUnknownActorInAMeasureIsAUsageError) {
  auto result = RunCli({"engage", "georgia-2018", "--measure", "trade@GEO+XYZ"});
  EXPECT_EQ(result.exit_code, kBadUsage);
  EXPECT_TRUE(Contains(result.err, "'XYZ'")) << result.err;
}

TEST(SimulateCli, MarksTheEventsOfTheLachinTimeline) {
  auto result = RunCli({"simulate", "lachin-blockade-2022"});
  ASSERT_EQ(result.exit_code, kOk) << result.err;
  EXPECT_TRUE(Contains(result.out, "* blockade")) << result.out;
  EXPECT_TRUE(Contains(result.out, "vardanyan_dismissed")) << result.out;
  EXPECT_TRUE(Contains(result.out, "VAR leaves the talks")) << result.out;
}

TEST(SimulateCli, JsonHasOneEntryPerPeriodAndTheEventsInTheirPeriod) {
  // 8 fortnights from 2022-12-12 plus the baseline; the dismissal is 73 days in: period 6.
  auto result = RunCli(
      {"simulate", "lachin-blockade-2022", "--model", "weighted_median", "--format", "json"});
  ASSERT_EQ(result.exit_code, kOk) << result.err;
  auto json = nlohmann::json::parse(result.out);
  EXPECT_EQ(json["schema"], "parley.simulate/1");
  ASSERT_EQ(json["periods"].size(), 9u);
  const auto& events = json["periods"][6]["events"];
  EXPECT_NE(std::find(events.begin(), events.end(), "vardanyan_dismissed"), events.end());
}

TEST(SimulateCli, ARegimeChangeEventShowsInTheRegimeColumn) {
  auto result = RunCli({"simulate", "syria-astana-2017", "--model", "compromise"});
  ASSERT_EQ(result.exit_code, kOk) << result.err;
  EXPECT_TRUE(Contains(result.out, "multipolar")) << result.out;
  EXPECT_TRUE(Contains(result.out, "* astana_launch")) << result.out;
}

TEST(SimulateCli, AnUnknownRegimeIsAUsageError) {
  auto result = RunCli({"simulate", "lachin-blockade-2022", "--regime", "imperial"});
  EXPECT_EQ(result.exit_code, kBadUsage);
}

TEST(SimulateCli, AnEventNamingAnUnknownActorIsBadDataWithItsLine) {
  TempDir dir;
  const std::string path = dir.Write("bad.yaml", R"(parley: 1
id: bad
actors:
  - {id: A, capability: 1}
issues:
  - {id: x, scale: {min: 0, max: 100}}
stances:
  - {actor: A, issue: x, position: 10, salience: 50}
events:
  items:
    - {id: exit, kind: actor_exit, round: 1, leaves: [B]}
)");
  auto result = RunCli({"simulate", path});
  EXPECT_EQ(result.exit_code, kBadData);
  EXPECT_TRUE(Contains(result.err, "bad.yaml:11")) << result.err;
  EXPECT_TRUE(Contains(result.err, "unknown actor 'B'")) << result.err;
}

}  // namespace
}  // namespace parley::dynamics_cli_test
