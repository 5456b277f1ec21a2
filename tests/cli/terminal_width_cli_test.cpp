// Every command's table output on the built-in scenarios fits a 100-column
// terminal: long lists and reasons wrap instead of running on.
#include <gtest/gtest.h>

#include <sstream>

#include "cli_test_support.h"

namespace parley::terminal_width_cli_test {
namespace {

using testing::RunCli;

constexpr std::size_t kTerminalWidth = 100;

// The first line longer than the terminal, or "" when every line fits.
std::string FirstLongLine(const std::string& text) {
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    if (line.size() > kTerminalWidth) return line;
  }
  return "";
}

class CommandWidth : public ::testing::TestWithParam<std::vector<std::string>> {};

TEST_P(CommandWidth, FitsOneHundredColumns) {
  const auto result = RunCli(GetParam());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  ASSERT_FALSE(result.out.empty());
  EXPECT_EQ(FirstLongLine(result.out), "");
}

// The default scenario (lachin-2023) for every command; it has no engagement
// measures, so engage offers one on the command line, and the scenarios with
// measures and events (whose reasons ran to 454 characters) are run too.
// Fewer draws than the default keep the Monte Carlo commands quick: the
// layout does not depend on the number of draws.
INSTANTIATE_TEST_SUITE_P(
    DefaultScenario, CommandWidth,
    ::testing::Values(std::vector<std::string>{"forecast"},
                      std::vector<std::string>{"engage", "--measure", "civilian_cbm@AZE+NKR"},
                      std::vector<std::string>{"packages"}, std::vector<std::string>{"simulate"},
                      std::vector<std::string>{"compare-regimes"},
                      std::vector<std::string>{"exchange"},
                      std::vector<std::string>{"uncertainty", "--runs", "100", "--quiet"},
                      std::vector<std::string>{"sensitivity", "--runs", "50"},
                      std::vector<std::string>{"tipping"}));

INSTANTIATE_TEST_SUITE_P(
    ScenariosWithEvents, CommandWidth,
    ::testing::Values(std::vector<std::string>{"engage", "karabakh-2016"},
                      std::vector<std::string>{"engage", "georgia-2018"},
                      std::vector<std::string>{"simulate", "karabakh-2016"},
                      std::vector<std::string>{"simulate", "lachin-blockade-2022"},
                      std::vector<std::string>{"packages", "georgia-2018"},
                      std::vector<std::string>{"compare-regimes", "georgia-2018"},
                      std::vector<std::string>{"forecast", "lachin-blockade-2022", "--runs", "0"}));

}  // namespace
}  // namespace parley::terminal_width_cli_test
