// How the CLI writes its result: standard output is checked for failure
// (a full disk is an error, exit 1), '-o -' means standard output, and -o
// refuses targets that are not regular files.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <streambuf>

#include "cli_test_support.h"

namespace parley::output_cli_test {
namespace {

using testing::RunCli;
using testing::TempDir;

// A stream buffer that refuses every byte, like a file on a full disk.
class FullDisk : public std::streambuf {
 protected:
  int_type overflow(int_type) override { return traits_type::eof(); }
  std::streamsize xsputn(const char*, std::streamsize) override { return 0; }
};

TEST(OutputCli, AFailedWriteToStandardOutputExitsOneWithAMessage) {
  FullDisk full;
  std::ostream out(&full);
  std::ostringstream err;
  const char* argv[] = {"parley", "scenarios"};
  EXPECT_EQ(cli::Run(2, argv, out, err), 1);
  EXPECT_EQ(err.str(), "parley: cannot write to standard output (disk full or closed pipe?)\n");
}

TEST(OutputCli, TheProgramExitsOneWhenStandardOutputIsDevFull) {
  if (!std::filesystem::exists("/dev/full")) GTEST_SKIP() << "no /dev/full";
  const std::string command = std::string(PARLEY_BINARY) + " scenarios > /dev/full 2>/dev/null";
  const int status = std::system(command.c_str());
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 1);
}

TEST(OutputCli, DashAsOutputMeansStandardOutput) {
  const auto listed = RunCli({"show", "karabakh-2016"});
  const auto dashed = RunCli({"show", "karabakh-2016", "-o", "-"});
  EXPECT_EQ(dashed.exit_code, 0) << dashed.err;
  EXPECT_EQ(dashed.out, listed.out);
  EXPECT_FALSE(std::filesystem::exists("-"));
}

TEST(OutputCli, RefusesAFifoAsOutputAndWritesNothing) {
  TempDir dir;
  const std::string fifo = dir.Path("pipe");
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0644), 0);
  const auto result = RunCli({"show", "karabakh-2016", "-o", fifo});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, "parley: " + fifo +
                            ": is not a regular file (a directory, device or pipe); parley "
                            "writes only regular files (use '-o -' for standard output)\n");
  EXPECT_TRUE(std::filesystem::is_fifo(fifo));
}

TEST(OutputCli, AFileNameThatIsNotUtf8IsAnErrorInJsonOutputNotAnAbort) {
  TempDir dir;
  const std::string deu =
      "issue_id,proposal_id,proposal_name,type,council,procedure,voting_rule,actor,capability,"
      "position,salience,reference_point,outcome\n"
      "i1,p1,P,Reg,General,COD,QMV,de,3.9,80,50,0,60\n"
      "i1,p1,P,Reg,General,COD,QMV,fr,2.6,20,70,0,60\n";
  const std::string path = dir.Write("bad\xff.csv", deu);
  const auto result = RunCli({"validate", path, "--format", "json"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("not valid UTF-8 (a file name or argument?)"), std::string::npos)
      << result.err;
  EXPECT_EQ(result.out, "");
}

}  // namespace
}  // namespace parley::output_cli_test
