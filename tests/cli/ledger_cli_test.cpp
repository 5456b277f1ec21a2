// The forecast ledger: record, score, and tampering detected.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "cli/cli_test_support.h"
#include "test_files.h"

namespace parley::testing::ledger_cli_test {
namespace {

// Compromise: (1 * 0 + 3 * 100) / 4 = 75, nothing uncertain: every quantile 75.
constexpr const char* kPair = R"(parley: 1
id: pair
as_of: "2024-03-01"
actors:
  - {id: A, capability: 1}
  - {id: B, capability: 3}
issues:
  - {id: tax, scale: {min: 0, max: 100}}
stances:
  - {actor: A, issue: tax, position: 0, salience: 100}
  - {actor: B, issue: tax, position: 100, salience: 100}
)";

void Write(const std::string& path, const std::string& text) { std::ofstream(path) << text; }

class Ledger : public ::testing::Test {
 protected:
  void SetUp() override {
    scenario_ = dir_.Write("pair.yaml", kPair);
    outcomes_ = dir_.Write("outcomes.csv", "scenario,issue,outcome\npair,tax,60\n");
    ledger_ = dir_.Path("ledger.jsonl");
    for (int i = 0; i < 2; ++i) {
      const auto recorded = RunCli(
          {"record", scenario_, "--model", "compromise", "--ledger", ledger_, "--runs", "10"});
      ASSERT_EQ(recorded.exit_code, 0) << recorded.err;
    }
  }
  TempDir dir_;
  std::string scenario_, outcomes_, ledger_;
};

TEST_F(Ledger, ScoresEveryEntryWhoseOutcomeIsKnown) {
  const auto result = RunCli({"score", ledger_, "--outcomes", outcomes_});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("2 entries, hash chain intact"), std::string::npos) << result.out;
  // Point 75, outcome 60: |error| 15 and CRPS 15 (every quantile at 75).
  EXPECT_NE(result.out.find("compromise            2   15.000   15.000   0.000   0.000   0.000"),
            std::string::npos)
      << result.out;
}

TEST_F(Ledger, SecondEntryLinksToTheFirstAndRecordsTheAsOfDate) {
  const std::string text = ReadFile(ledger_);
  const std::string first = text.substr(0, text.find('\n'));
  const std::string hash = first.substr(first.find("\"hash\":\"") + 8, 64);
  EXPECT_NE(text.find("\"previous_hash\":\"" + hash + "\""), std::string::npos);
  EXPECT_NE(first.find("\"as_of\":\"2024-03-01\""), std::string::npos);
}

TEST_F(Ledger, AnEditedForecastIsReportedAsTampering) {
  std::string text = ReadFile(ledger_);
  text.replace(text.find("\"point\":75"), 10, "\"point\":61");
  Write(ledger_, text);
  const auto result = RunCli({"score", ledger_, "--outcomes", outcomes_});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("entry 1: its content does not match its hash"), std::string::npos)
      << result.err;
  const auto append = RunCli({"record", scenario_, "--model", "compromise", "--ledger", ledger_});
  EXPECT_EQ(append.exit_code, 1);
  EXPECT_EQ(ReadFile(ledger_), text);  // nothing appended to a broken ledger
}

TEST_F(Ledger, ADeletedEntryBreaksTheNextLink) {
  const std::string text = ReadFile(ledger_);
  Write(ledger_, text.substr(text.find('\n') + 1));
  const auto result = RunCli({"score", ledger_, "--outcomes", outcomes_});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("ledger.jsonl:1: entry 1: previous_hash does not match"),
            std::string::npos)
      << result.err;
}

}  // namespace
}  // namespace parley::testing::ledger_cli_test

namespace parley::testing::ledger_cli_test {
namespace {

TEST(ProjectLedger, StartsWithTheLachinAndGeorgiaForecastsOnAnIntactChain) {
  TempDir dir;
  const std::string outcomes = dir.Write("none.csv", "scenario,issue,outcome\n");
  const auto result =
      RunCli({"score", PARLEY_SOURCE_DIR "/ledger/forecasts.jsonl", "--outcomes", outcomes});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("4 entries, hash chain intact"), std::string::npos) << result.out;
}

}  // namespace
}  // namespace parley::testing::ledger_cli_test
