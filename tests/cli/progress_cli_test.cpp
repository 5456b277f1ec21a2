// Every long command takes --quiet, and its progress line never reaches what it
// writes: with stderr not a terminal (as here) the output is byte-identical
// with and without --quiet, and neither stream carries a carriage return.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "cli_test_support.h"

namespace parley::testing::progress_cli_test {
namespace {

constexpr int kOk = 0;

// Runs `args` with and without --quiet and checks that both give the same bytes.
void ExpectQuietChangesNothing(const std::vector<std::string>& args) {
  const CliResult plain = RunCli(args);
  std::vector<std::string> quiet_args = args;
  quiet_args.push_back("--quiet");
  const CliResult quiet = RunCli(quiet_args);
  ASSERT_EQ(plain.exit_code, kOk) << args.front() << ": " << plain.err;
  ASSERT_EQ(quiet.exit_code, kOk) << args.front() << " --quiet: " << quiet.err;
  EXPECT_FALSE(plain.out.empty()) << args.front();
  EXPECT_EQ(plain.out, quiet.out) << args.front();
  EXPECT_EQ(plain.err, quiet.err) << args.front();
  EXPECT_EQ(plain.out.find('\r'), std::string::npos) << args.front();
  EXPECT_EQ(plain.err.find('\r'), std::string::npos) << args.front();
}

TEST(ProgressCli, ExchangeWritesTheSameWithAndWithoutQuiet) {
  ExpectQuietChangesNothing({"exchange", "lachin-2023", "--format", "json"});
}

TEST(ProgressCli, PackagesWritesTheSameWithAndWithoutQuiet) {
  ExpectQuietChangesNothing({"packages", "lachin-2023", "--format", "json"});
}

TEST(ProgressCli, SimulateWritesTheSameWithAndWithoutQuiet) {
  ExpectQuietChangesNothing({"simulate", "lachin-blockade-2022", "--format", "json"});
}

TEST(ProgressCli, EngageWritesTheSameWithAndWithoutQuiet) {
  ExpectQuietChangesNothing({"engage", "lachin-blockade-2022", "--format", "json"});
}

TEST(ProgressCli, CompareRegimesWritesTheSameWithAndWithoutQuiet) {
  ExpectQuietChangesNothing(
      {"compare-regimes", "lachin-2023", "--model", "compromise,eum", "--format", "json"});
}

TEST(ProgressCli, ForceDrawsWriteTheSameWithAndWithoutQuiet) {
  ExpectQuietChangesNothing(
      {"force", "lachin-2023", "--model", "weighted_median", "--draws", "40", "--format", "json"});
}

TEST(ProgressCli, ForceTimelineWritesTheSameWithAndWithoutQuiet) {
  ExpectQuietChangesNothing({"force", "lachin-blockade-2022", "--timeline", "--format", "json"});
}

TEST(ProgressCli, ForecastWritesTheSameWithAndWithoutQuiet) {
  ExpectQuietChangesNothing({"forecast", "lachin-2023", "--runs", "40", "--format", "json"});
}

TEST(ProgressCli, ScoreWritesTheSameWithAndWithoutQuiet) {
  TempDir dir;
  const std::string outcomes = dir.Write("none.csv", "scenario,issue,outcome\n");
  ExpectQuietChangesNothing(
      {"score", PARLEY_SOURCE_DIR "/ledger/forecasts.jsonl", "--outcomes", outcomes});
}

TEST(ProgressCli, TheCommandsThatHadAProgressLineTakeQuietToo) {
  ExpectQuietChangesNothing({"uncertainty", "lachin-2023", "--runs", "40", "--format", "json"});
  ExpectQuietChangesNothing(
      {"sensitivity", "lachin-2023", "--model", "compromise", "--runs", "20", "--format", "json"});
  ExpectQuietChangesNothing(
      {"tipping", "lachin-2023", "--model", "compromise", "--format", "json"});
}

}  // namespace
}  // namespace parley::testing::progress_cli_test
