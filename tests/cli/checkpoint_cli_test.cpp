// Checkpoints: the file's format, a resumed run that equals the uninterrupted
// one byte for byte, and a checkpoint of another command refused with what
// differs. (The kill -9 test is tests/cli/checkpoint_kill_test.sh.)
#include <fmt/format.h>
#include <gtest/gtest.h>

#include "cli/checkpoint.h"
#include "cli_test_support.h"
#include "parley/io.h"

namespace parley::checkpoint_cli_test {
namespace {

using testing::RunCli;
using testing::TempDir;

std::vector<std::string> Uncertainty(const std::string& seed) {
  return {"uncertainty", "lachin-2023", "--model", "all",      "--runs",
          "300",         "--seed",      seed,      "--format", "json"};
}

std::vector<std::string> With(std::vector<std::string> args, const std::vector<std::string>& more) {
  args.insert(args.end(), more.begin(), more.end());
  return args;
}

TEST(CheckpointFile, KeepsEveryByteOfARecordThroughItsText) {
  cli::CheckpointJob job{"monte-carlo runs=3 seed=7", 3, {std::string("\0\n\xff", 3), "ab"}};
  const cli::CommandFingerprint fingerprint = {{"command", "uncertainty"}, {"--seed", "7"}};
  const std::string text = cli::CheckpointText(fingerprint, {job});
  auto parsed = cli::ParseCheckpoint(text, "c.ckpt");
  ASSERT_TRUE(parsed.has_value()) << parsed.error().ToString();
  EXPECT_EQ(parsed->fingerprint, fingerprint);
  ASSERT_EQ(parsed->jobs.size(), 1u);
  EXPECT_EQ(parsed->jobs[0].name, job.name);
  EXPECT_EQ(parsed->jobs[0].runs, 3u);
  EXPECT_EQ(parsed->jobs[0].records, job.records);
}

TEST(CheckpointFile, ATruncatedFileIsNotACheckpoint) {
  const std::string text = cli::CheckpointText({{"command", "uncertainty"}}, {});
  auto parsed = cli::ParseCheckpoint(text.substr(0, text.size() - 4), "c.ckpt");
  ASSERT_FALSE(parsed.has_value());
  EXPECT_NE(parsed.error().message.find("c.ckpt:2: not a parley checkpoint: no 'end' line"),
            std::string::npos)
      << parsed.error().message;
}

TEST(CheckpointFile, NamesEachFieldThatDiffers) {
  const auto differences =
      cli::FingerprintDifferences({{"command", "uncertainty"}, {"--seed", "7"}, {"--runs", "300"}},
                                  {{"command", "uncertainty"}, {"--seed", "8"}, {"--runs", "300"}});
  ASSERT_EQ(differences.size(), 1u);
  EXPECT_EQ(differences[0], "--seed is 7 in the checkpoint, 8 here");
}

TEST(CheckpointCli, AResumedHalfRunEqualsTheUninterruptedRunByteForByte) {
  TempDir dir;
  const std::string path = dir.Path("run.ckpt");
  const auto plain = RunCli(Uncertainty("7"));
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  const auto recorded = RunCli(With(Uncertainty("7"), {"--checkpoint", path}));
  ASSERT_EQ(recorded.exit_code, 0) << recorded.err;
  EXPECT_EQ(recorded.out, plain.out);
  // Cut the checkpoint back to its first 110 runs, as a kill would leave it.
  auto text = ReadTextFile(path);
  ASSERT_TRUE(text.has_value());
  auto content = cli::ParseCheckpoint(*text, path);
  ASSERT_TRUE(content.has_value()) << content.error().ToString();
  ASSERT_EQ(content->jobs.size(), 1u);
  ASSERT_EQ(content->jobs[0].records.size(), 300u);
  content->jobs[0].records.resize(110);
  ASSERT_TRUE(
      WriteTextFileAtomically(path, cli::CheckpointText(content->fingerprint, content->jobs))
          .has_value());
  const auto resumed =
      RunCli(With(Uncertainty("7"), {"--checkpoint", path, "--resume", "--threads", "2"}));
  ASSERT_EQ(resumed.exit_code, 0) << resumed.err;
  EXPECT_EQ(resumed.out, plain.out);
}

TEST(CheckpointCli, RefusesACheckpointOfAnotherSeedNamingIt) {
  TempDir dir;
  const std::string path = dir.Path("run.ckpt");
  ASSERT_EQ(RunCli(With(Uncertainty("7"), {"--checkpoint", path})).exit_code, 0);
  const auto other = RunCli(With(Uncertainty("8"), {"--checkpoint", path, "--resume"}));
  EXPECT_EQ(other.exit_code, 2);
  EXPECT_NE(other.err.find("written by another command"), std::string::npos) << other.err;
  EXPECT_NE(other.err.find("--seed is 7 in the checkpoint, 8 here"), std::string::npos)
      << other.err;
  EXPECT_EQ(other.out, "");
}

TEST(CheckpointCli, RefusesAnotherScenarioNamingItsDigest) {
  TempDir dir;
  const std::string path = dir.Path("run.ckpt");
  ASSERT_EQ(RunCli(With(Uncertainty("7"), {"--checkpoint", path})).exit_code, 0);
  const auto wider =
      RunCli(With(Uncertainty("7"), {"--checkpoint", path, "--resume", "--position-sd", "9"}));
  EXPECT_EQ(wider.exit_code, 2);
  EXPECT_NE(wider.err.find("scenario is lachin-2023 (digest"), std::string::npos) << wider.err;
  EXPECT_NE(wider.err.find("--position-sd is (not given) in the checkpoint, 9 here"),
            std::string::npos)
      << wider.err;
}

TEST(CheckpointCli, WillNotOverwriteACheckpointWithoutResume) {
  TempDir dir;
  const std::string path = dir.Write("run.ckpt", "anything");
  const auto again = RunCli(With(Uncertainty("7"), {"--checkpoint", path}));
  EXPECT_EQ(again.exit_code, 2);
  EXPECT_NE(again.err.find("already exists: add --resume"), std::string::npos) << again.err;
  EXPECT_EQ(*ReadTextFile(path), "anything");
}

TEST(CheckpointCli, SensitivityAndValidateResumeToTheSameBytes) {
  TempDir dir;
  const std::vector<std::vector<std::string>> commands = {
      {"sensitivity", "lachin-2023", "--model", "compromise", "--runs", "20", "--bootstrap", "10",
       "--format", "json"},
      {"validate", std::string(PARLEY_SOURCE_DIR) + "/examples/deu-excerpt.csv", "--model",
       "compromise", "--runs", "40", "--format", "json"}};
  for (std::size_t c = 0; c < commands.size(); ++c) {
    const auto plain = RunCli(commands[c]);
    ASSERT_EQ(plain.exit_code, 0) << plain.err;
    const std::string path = dir.Path(fmt::format("{}.ckpt", c));
    const auto first = RunCli(With(commands[c], {"--checkpoint", path, "--checkpoint-runs", "7"}));
    ASSERT_EQ(first.exit_code, 0) << first.err;
    const auto resumed = RunCli(With(commands[c], {"--checkpoint", path, "--resume"}));
    ASSERT_EQ(resumed.exit_code, 0) << resumed.err;
    EXPECT_EQ(first.out, plain.out) << commands[c][0];
    EXPECT_EQ(resumed.out, plain.out) << commands[c][0];
  }
}

}  // namespace
}  // namespace parley::checkpoint_cli_test
