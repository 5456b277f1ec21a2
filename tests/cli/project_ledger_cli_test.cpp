// The project's own ledger (ledger/forecasts.jsonl): the built-in Lachin 2023
// and Georgia 2018 forecasts are its first entries, at the as-of dates of the
// built-in scenarios, and an edit or a reordering of the real file is caught.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <vector>

#include "cli/cli_test_support.h"

namespace parley::testing::project_ledger_cli_test {
namespace {

std::string ReadText(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::stringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

const std::string kLedger = PARLEY_SOURCE_DIR "/ledger/forecasts.jsonl";

TEST(ProjectLedgerEntries, FirstRecordLachinThenGeorgiaAtTheScenariosAsOfDates) {
  const std::vector<std::string> lines = Lines(ReadText(kLedger));
  ASSERT_GE(lines.size(), 4u);
  for (int e = 0; e < 4; ++e) {
    const bool lachin = e < 2;
    EXPECT_NE(
        lines[e].find(lachin ? "\"scenario\":\"lachin-2023\"" : "\"scenario\":\"georgia-2018\""),
        std::string::npos)
        << "entry " << e + 1;
    EXPECT_NE(lines[e].find(lachin ? "\"as_of\":\"2023-02-15\"" : "\"as_of\":\"2018-04-30\""),
              std::string::npos)
        << "entry " << e + 1;
  }
  // The dates are the built-in scenarios' own.
  EXPECT_NE(ReadText(PARLEY_SOURCE_DIR "/scenarios/lachin-2023.yaml").find("as_of: \"2023-02-15\""),
            std::string::npos);
  EXPECT_NE(
      ReadText(PARLEY_SOURCE_DIR "/scenarios/georgia-2018.yaml").find("as_of: \"2018-04-30\""),
      std::string::npos);
  EXPECT_NE(lines[0].find(std::string("\"previous_hash\":\"") + std::string(64, '0') + "\""),
            std::string::npos);
}

class ProjectLedgerCopy : public ::testing::Test {
 protected:
  void SetUp() override {
    outcomes_ = dir_.Write("none.csv", "scenario,issue,outcome\n");
    lines_ = Lines(ReadText(kLedger));
  }
  CliResult Score(const std::vector<std::string>& lines) {
    std::string text;
    for (const std::string& line : lines) text += line + "\n";
    const std::string path = dir_.Write("copy.jsonl", text);
    return RunCli({"score", path, "--outcomes", outcomes_});
  }
  TempDir dir_;
  std::string outcomes_;
  std::vector<std::string> lines_;
};

TEST_F(ProjectLedgerCopy, AnUntouchedCopyScoresWithAnIntactChain) {
  const auto result = Score(lines_);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("hash chain intact"), std::string::npos) << result.out;
}

TEST_F(ProjectLedgerCopy, ABackdatedLachinForecastIsReportedAsTampering) {
  std::vector<std::string> lines = lines_;
  const std::size_t at = lines[0].find("\"as_of\":\"2023-02-15\"");
  ASSERT_NE(at, std::string::npos);
  lines[0].replace(at, 20, "\"as_of\":\"2023-01-15\"");
  const auto result = Score(lines);
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("entry 1: its content does not match its hash"), std::string::npos)
      << result.err;
}

TEST_F(ProjectLedgerCopy, SwappingTheGeorgiaEntriesBreaksTheChain) {
  std::vector<std::string> lines = lines_;
  std::swap(lines[2], lines[3]);
  const auto result = Score(lines);
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("previous_hash does not match"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace parley::testing::project_ledger_cli_test
