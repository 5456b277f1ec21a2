// `parley exchange`: the trace in CSV and JSON, the preset and rate flags,
// determinism for a seed, and bad flags named with a usage error.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "cli_test_support.h"

namespace parley::exchange_cli_test {
namespace {

using testing::RunCli;

constexpr int kOk = 0, kBadUsage = 2;

// lachin-2023's first trade is the seed's corridor for corridor (exchange-model.md):
// ARM moves 0 -> 100 on checkpoints toward AZE, AZE 100 -> 55.5 on south_route.
TEST(ExchangeCli, CsvTraceHasOneRowPerMoveStartingWithCorridorForCorridor) {
  auto result = RunCli({"exchange", "lachin-2023", "--format", "csv"});
  ASSERT_EQ(result.exit_code, kOk) << result.err;
  std::istringstream lines(result.out);
  std::string header, first, second;
  std::getline(lines, header);
  std::getline(lines, first);
  std::getline(lines, second);
  EXPECT_EQ(header.rfind("round,exchange,supplier,issue,toward,from,to,", 0), 0u) << header;
  EXPECT_EQ(first.rfind("1,1,ARM,checkpoints,AZE,0,100,", 0), 0u) << first;
  EXPECT_EQ(second.rfind("1,1,AZE,south_route,ARM,100,55.5", 0), 0u) << second;
}

TEST(ExchangeCli, RandomRateWithASeedGivesByteIdenticalOutput) {
  const std::vector<std::string> args = {"exchange", "lachin-2023", "--rate",   "random",
                                         "--seed",   "42",          "--format", "json"};
  auto first = RunCli(args);
  auto second = RunCli(args);
  ASSERT_EQ(first.exit_code, kOk) << first.err;
  EXPECT_EQ(first.out, second.out);
  auto json = nlohmann::json::parse(first.out);
  EXPECT_EQ(json["rate"], "random");
  EXPECT_EQ(json["seed"], 42);
  EXPECT_EQ(json["termination"], "converged");
}

TEST(ExchangeCli, DecidePresetReportsTheRoundCapWhenTradesRemain) {
  auto result = RunCli({"exchange", "lachin-2023", "--preset", "decide", "--rounds", "1"});
  ASSERT_EQ(result.exit_code, kOk) << result.err;
  EXPECT_NE(result.out.find("preset decide"), std::string::npos);
  EXPECT_NE(result.out.find("stopped at the round cap (1) with exchanges still possible"),
            std::string::npos)
      << result.out;
}

TEST(ExchangeCli, UnknownPresetAndOutOfRangeRoundsAreUsageErrors) {
  auto preset = RunCli({"exchange", "lachin-2023", "--preset", "bdm"});
  EXPECT_EQ(preset.exit_code, kBadUsage);
  EXPECT_NE(preset.err.find("unknown preset 'bdm'"), std::string::npos) << preset.err;
  auto rounds = RunCli({"exchange", "lachin-2023", "--rounds", "5000"});
  EXPECT_EQ(rounds.exit_code, kBadUsage);
  EXPECT_NE(rounds.err.find("max_rounds 5000 outside [1, 1000]"), std::string::npos) << rounds.err;
}

}  // namespace
}  // namespace parley::exchange_cli_test
