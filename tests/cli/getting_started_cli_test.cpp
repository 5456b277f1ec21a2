// Getting started: `parley new` writes a template that runs as written, a
// mistyped command gets the nearest one suggested, '-o -' is standard output
// on every command that writes a file, and each short flag means one thing.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "cli/command_line.h"
#include "cli/start_cli.h"
#include "cli_test_support.h"
#include "test_files.h"

namespace parley::getting_started_cli_test {
namespace {

using testing::ReadFile;
using testing::RunCli;
using testing::TempDir;

TEST(NewCli, TheTemplateItWritesForecastsWithEveryModelAsWritten) {
  TempDir dir;
  const std::string path = dir.Path("cyprus-2017.yaml");
  const auto created = RunCli({"new", "cyprus-2017", "-o", path});
  ASSERT_EQ(created.exit_code, 0) << created.err;
  EXPECT_NE(ReadFile(path).find("id: cyprus-2017\n"), std::string::npos);
  const auto forecast = RunCli({"forecast", path, "--model", "all"});
  ASSERT_EQ(forecast.exit_code, 0) << forecast.err;
  EXPECT_NE(forecast.out.find("autonomy"), std::string::npos);
  EXPECT_NE(forecast.out.find("monitoring"), std::string::npos);
  const auto shown = RunCli({"show", path});
  ASSERT_EQ(shown.exit_code, 0) << shown.err;
  EXPECT_NE(shown.out.find("Actors (3):"), std::string::npos);
}

TEST(NewCli, WritesNameDotYamlInTheCurrentDirectoryByDefault) {
  TempDir dir;
  const auto before = std::filesystem::current_path();
  std::filesystem::current_path(dir.Path(""));
  const auto created = RunCli({"new", "kosovo"});
  const bool exists = std::filesystem::exists("kosovo.yaml");
  std::filesystem::current_path(before);
  EXPECT_EQ(created.exit_code, 0) << created.err;
  EXPECT_TRUE(exists);
}

TEST(NewCli, RefusesToOverwriteAFileWithoutForce) {
  TempDir dir;
  const std::string path = dir.Write("mine.yaml", "my own work\n");
  const auto refused = RunCli({"new", "mine", "-o", path});
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_NE(refused.err.find("use --force to overwrite it"), std::string::npos) << refused.err;
  EXPECT_EQ(ReadFile(path), "my own work\n");
  const auto forced = RunCli({"new", "mine", "-o", path, "--force"});
  EXPECT_EQ(forced.exit_code, 0) << forced.err;
  EXPECT_NE(ReadFile(path).find("id: mine\n"), std::string::npos);
}

TEST(NewCli, DashOPrintsTheTemplateAndAStrangeNameIsRefused) {
  const auto printed = RunCli({"new", "x", "-o", "-"});
  EXPECT_EQ(printed.exit_code, 0);
  EXPECT_EQ(printed.out, cli::ScenarioTemplate("x"));
  EXPECT_FALSE(std::filesystem::exists("-"));
  const auto refused = RunCli({"new", "two words"});
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_NE(refused.err.find("must be letters, digits"), std::string::npos) << refused.err;
}

TEST(CommandSuggestion, AMistypedCommandNamesTheNearestOne) {
  const auto result = RunCli({"forcast", "lachin-2023"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err,
            "parley: unknown command 'forcast'; did you mean 'forecast'?\n"
            "Run 'parley --help' for usage.\n");
  EXPECT_EQ(result.out, "");
  EXPECT_NE(RunCli({"scenarois"}).err.find("did you mean 'scenarios'?"), std::string::npos);
}

TEST(CommandSuggestion, AWordFarFromEveryCommandListsThemAll) {
  const auto result = RunCli({"banana"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("unknown command 'banana' (commands: forecast, validate,"),
            std::string::npos)
      << result.err;
}

TEST(CommandSuggestion, EditDistanceCountsInsertionsSubstitutionsAndSwaps) {
  EXPECT_EQ(cli::EditDistance("forcast", "forecast"), 1u);
  EXPECT_EQ(cli::EditDistance("froecast", "forecast"), 1u);
  EXPECT_EQ(cli::EditDistance("shwo", "show"), 1u);
  EXPECT_EQ(cli::EditDistance("kitten", "sitting"), 3u);
  EXPECT_EQ(cli::NearestName("xyz", {"new", "show"}), std::nullopt);
}

// The one meaning of each short flag across all commands. A new short flag
// must be added here, after checking no command uses it for something else.
const std::map<std::string, std::string> kShortFlagMeaning = {
    {"-h", "--help"},   {"-o", "--output"},  {"-f", "--format"}, {"-m", "--model"},
    {"-r", "--rounds"}, {"-p", "--periods"}, {"-t", "--to"},     {"-q", "--quiet"},
};

TEST(ShortFlags, EachShortFlagHasOneMeaningAcrossEveryCommand) {
  const cli::CommandLine line = cli::BuildCommandLine();
  std::map<std::string, std::set<std::string>> meanings;  // "-r" -> {"--rounds"}
  for (const CLI::App* sub : line.app->get_subcommands({})) {
    for (const CLI::Option* option : sub->get_options()) {
      for (const std::string& name : option->get_snames()) {
        ASSERT_EQ(option->get_lnames().size(), 1u)
            << sub->get_name() << " -" << name << " has no single long name";
        meanings["-" + name].insert("--" + option->get_lnames().front());
        const auto known = kShortFlagMeaning.find("-" + name);
        ASSERT_NE(known, kShortFlagMeaning.end())
            << "parley " << sub->get_name() << " adds short flag -" << name
            << ": give it one meaning in kShortFlagMeaning";
        EXPECT_EQ(known->second, "--" + option->get_lnames().front())
            << "parley " << sub->get_name() << " -" << name;
      }
    }
  }
  for (const auto& [flag, long_names] : meanings) {
    EXPECT_EQ(long_names.size(), 1u) << flag << " means " << long_names.size() << " things";
  }
  EXPECT_EQ(meanings.at("-o"), std::set<std::string>{"--output"});
}

// '-o -' is standard output because the runner writes every --output; a
// command that declared its own would write a file named '-'.
TEST(OutputOption, EveryCommandWithOutputLetsTheRunnerWriteIt) {
  const cli::CommandLine line = cli::BuildCommandLine();
  int with_output = 0;
  for (const cli::Command& command : line.commands) {
    const CLI::Option* option = nullptr;
    try {
      option = command.app->get_option("--output");
    } catch (const CLI::OptionNotFound&) {
      continue;
    }
    ++with_output;
    EXPECT_NE(command.output_path, nullptr) << command.app->get_name();
    EXPECT_EQ(option->get_snames(), std::vector<std::string>{"o"}) << command.app->get_name();
  }
  EXPECT_GE(with_output, 10);
  const auto forecast = RunCli({"forecast", "lachin-2023", "--model", "compromise", "-o", "-"});
  EXPECT_EQ(forecast.exit_code, 0) << forecast.err;
  EXPECT_NE(forecast.out.find("checkpoints"), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists("-"));
}

TEST(ShowCli, PrintsTheEventsRegimesAndEngagementSections) {
  const auto blockade = RunCli({"show", "lachin-blockade-2022"});
  ASSERT_EQ(blockade.exit_code, 0) << blockade.err;
  EXPECT_NE(blockade.out.find("\nEvents ("), std::string::npos);
  EXPECT_NE(blockade.out.find("calendar: periods of 14 days from 2022-12-12, 8 periods"),
            std::string::npos)
      << blockade.out;
  EXPECT_NE(blockade.out.find("blockade             blockade         2022-12-12 (period 1)"),
            std::string::npos);
  EXPECT_NE(blockade.out.find("capability of NKR x0.7"), std::string::npos);
  EXPECT_NE(blockade.out.find("\nMediation regimes"), std::string::npos);
  EXPECT_NE(blockade.out.find("\nEngagement:"), std::string::npos);
  const auto lachin = RunCli({"show", "lachin-2023"});
  EXPECT_NE(lachin.out.find("\nEngagement:"), std::string::npos);
  EXPECT_EQ(lachin.out.find("\nEvents ("), std::string::npos);  // it has none
  const auto syria = RunCli({"show", "syria-astana-2017"});
  EXPECT_NE(syria.out.find("\nMediation regimes"), std::string::npos);
  EXPECT_NE(syria.out.find("regime becomes"), std::string::npos) << syria.out;
}

TEST(ShowCli, PrintsDocumentsModelParametersAccommodationAndSeed) {
  TempDir dir;
  const std::string path = dir.Write("s.yaml", R"yaml(parley: 1
id: s
documents: {doc1: "A report (2020)"
}
actors:
  - {id: A, capability: 2}
  - {id: B, capability: 1}
issues:
  - {id: x}
stances:
  - {actor: A, issue: x, position: 10, salience: 50, sources: {position: {document: doc1}}}
  - {actor: B, issue: x, position: 90, salience: 50}
parameters: {smp.VictoryProbModel: Linear}
accommodation:
  - {actor: A, toward: B, weight: 0.25}
seed: 42
)yaml");
  const auto shown = RunCli({"show", path});
  ASSERT_EQ(shown.exit_code, 0) << shown.err;
  EXPECT_NE(shown.out.find("\nDocuments (1):\n  doc1         A report (2020)\n"), std::string::npos)
      << shown.out;
  EXPECT_NE(shown.out.find("\nModel parameters:\n  smp.VictoryProbModel = Linear\n"),
            std::string::npos);
  EXPECT_NE(shown.out.find("  A toward B, weight 0.25\n"), std::string::npos);
  EXPECT_NE(shown.out.find("\nSeed: 42\n"), std::string::npos);
}

}  // namespace
}  // namespace parley::getting_started_cli_test
