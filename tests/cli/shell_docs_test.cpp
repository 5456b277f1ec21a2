// The bash completion script and the man page are generated from the command
// line at build time: the script is valid bash and completes what it should;
// the man page lists every command and renders without warnings.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/command_line.h"
#include "cli/start_cli.h"
#include "cli_test_support.h"
#include "test_files.h"

namespace parley::shell_docs_test {
namespace {

using testing::ReadFile;
using testing::TempDir;

// The files the build generated beside the binary (cmake/shell_docs.cmake).
std::filesystem::path BuiltFile(const std::string& relative) {
  return std::filesystem::path(PARLEY_BINARY).parent_path() / relative;
}

// Runs `command` in a shell; returns its standard output, or "EXIT n" on failure.
std::string Shell(const std::string& command) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return "POPEN FAILED";
  std::array<char, 4096> buffer{};
  while (std::fgets(buffer.data(), buffer.size(), pipe) != nullptr) out += buffer.data();
  const int status = pclose(pipe);
  return status == 0 ? out : out + "EXIT " + std::to_string(status);
}

// What the completion offers for the words typed so far (the last is completed).
std::string Complete(const std::filesystem::path& script, const std::string& words) {
  return Shell(fmt::format(
      "bash -c 'source {}; COMP_WORDS=({}); COMP_CWORD=$((${{#COMP_WORDS[@]}} - 1)); _parley; "
      "echo \"${{COMPREPLY[@]}}\"' 2>&1",
      script.string(), words));
}

TEST(BashCompletion, TheBuiltScriptIsValidBashAndMatchesTheCommandLine) {
  const auto script = BuiltFile("share/bash-completion/completions/parley");
  ASSERT_TRUE(std::filesystem::exists(script)) << script;
  EXPECT_EQ(Shell("bash -n " + script.string() + " 2>&1"), "");
  const cli::CommandLine line = cli::BuildCommandLine();
  EXPECT_EQ(ReadFile(script), cli::BashCompletion(*line.app));
}

TEST(BashCompletion, CompletesCommandsOptionsModelsAndScenarios) {
  const auto script = BuiltFile("share/bash-completion/completions/parley");
  EXPECT_EQ(Complete(script, "parley fo"), "forecast force\n");
  EXPECT_EQ(Complete(script, "parley fore"), "forecast\n");
  EXPECT_EQ(Complete(script, "parley sh"), "show\n");
  EXPECT_EQ(Complete(script, "parley forecast --mo"), "--model\n");
  EXPECT_EQ(Complete(script, "parley forecast -m wei"), "weighted_median\n");
  EXPECT_EQ(Complete(script, "parley forecast --format j"), "json\n");
  EXPECT_EQ(Complete(script, "parley convert --to ktab"), "ktab-csv\n");
  EXPECT_EQ(Complete(script, "parley show lachin-b"), "lachin-blockade-2022\n");
  EXPECT_EQ(Complete(script, "parley exchange --all"), "--allow-red-line-crossing\n");
}

TEST(ManPage, ListsEveryCommandAndRendersWithoutWarnings) {
  const auto page = BuiltFile("share/man/man1/parley.1");
  ASSERT_TRUE(std::filesystem::exists(page)) << page;
  const std::string text = ReadFile(page);
  const cli::CommandLine line = cli::BuildCommandLine();
  for (const CLI::App* sub : line.app->get_subcommands({})) {
    EXPECT_NE(text.find(".SS \"parley " + sub->get_name() + "\""), std::string::npos)
        << sub->get_name();
  }
  EXPECT_NE(text.find("\\fB\\-o, \\-\\-output\\fR"), std::string::npos);
  if (Shell("command -v groff").empty()) GTEST_SKIP() << "no groff to render the page";
  EXPECT_EQ(Shell("groff -man -Tutf8 -ww -z " + page.string() + " 2>&1"), "");
}

}  // namespace
}  // namespace parley::shell_docs_test
