// Likely mistakes reach the user on stderr as "warning: ..." for every command
// that loads a scenario; they never fail the run, and --no-warnings silences them.
#include <gtest/gtest.h>

#include "cli_test_support.h"

namespace parley::warnings_cli_test {
namespace {

constexpr const char* kRedLineMistake =
    "parley: 1\n"
    "id: t\n"
    "as_of: \"28/06/2017\"\n"
    "actors:\n"
    "  - {id: A, capability: 2}\n"
    "  - {id: B, capability: 1}\n"
    "  - {id: C, capability: 1}\n"
    "issues:\n"
    "  - {id: x, scale: {min: 0, max: 100}}\n"
    "stances:\n"
    "  - {actor: A, issue: x, position: 10, salience: 80, red_line: [50, 100]}\n"
    "  - {actor: B, issue: x, position: 90, salience: 60}\n"
    "  - {actor: C, issue: x, position: 40, salience: 20}\n";

TEST(WarningsCli, ForecastWarnsOnStderrAndStillSucceeds) {
  testing::TempDir dir;
  const std::string path = dir.Write("t.yaml", kRedLineMistake);
  auto result = testing::RunCli({"forecast", path, "--model", "compromise"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_FALSE(result.out.empty());
  EXPECT_EQ(result.err,
            "warning: " + path +
                ": as_of '28/06/2017' is not an ISO 8601 date (YYYY-MM-DD) (did you mean "
                "2017-06-28?); outputs repeat it as written\n"
                "warning: " +
                path +
                ":11: actor 'A' on issue 'x': red_line [50, 100] excludes the actor's own "
                "position 10, so the actor would refuse the outcome it wants most; a red line "
                "lists the positions the actor can accept\n");
}

TEST(WarningsCli, EveryCommandThatLoadsAScenarioWarnsOnce) {
  testing::TempDir dir;
  const std::string path = dir.Write("t.yaml", kRedLineMistake);
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"show", path}, {"convert", path, "--to", "json"}}) {
    auto result = testing::RunCli(args);
    EXPECT_EQ(result.exit_code, 0) << args[0] << ": " << result.err;
    std::size_t count = 0;
    for (std::size_t at = result.err.find("warning: "); at != std::string::npos;
         at = result.err.find("warning: ", at + 1)) {
      ++count;
    }
    EXPECT_EQ(count, 2u) << args[0] << ": " << result.err;
  }
}

TEST(WarningsCli, NoWarningsSilencesThem) {
  testing::TempDir dir;
  const std::string path = dir.Write("t.yaml", kRedLineMistake);
  auto result = testing::RunCli({"forecast", path, "--model", "compromise", "--no-warnings"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err, "");
}

TEST(WarningsCli, TheDefaultScenarioGivesNone) {
  auto result = testing::RunCli({"forecast", "--model", "compromise"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err, "");
}

TEST(WarningsCli, AnActorTableConvertsToYaml) {
  auto result = testing::RunCli({"convert", PARLEY_SOURCE_DIR "/examples/actors.csv"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err, "");
  EXPECT_NE(result.out.find("id: \"control_of_movement_on_the_lachin_corridor\""),
            std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("red_line: [60, 100]"), std::string::npos) << result.out;
}

}  // namespace
}  // namespace parley::warnings_cli_test
