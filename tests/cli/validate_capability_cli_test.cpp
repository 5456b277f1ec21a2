// `parley validate --capability gdp|council|equal`: the compromise forecast
// (capability x salience weighted mean) under the Council votes of each
// proposal's time, hand-derived from the treaty tables.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "cli/cli_test_support.h"
#include "test_files.h"

namespace parley::testing::validate_capability_cli_test {
namespace {

// Germany at 0, Luxembourg (and Poland) at 100, equal saliences, every file
// capability 3. A proposal of 2003 is decided under the EU-15 votes (de 10,
// lu 2): compromise (10 x 0 + 2 x 100) / 12 = 16.6667. One of 2006, under
// Nice (de 29, lu 4, pl 27): (4 + 27) x 100 / 60 = 51.6667. With the file's
// equal capabilities the same issues give 50 and 66.6667.
constexpr const char* kData =
    "issue_id,proposal_id,proposal_name,type,council,procedure,voting_rule,actor,capability,"
    "position,salience,reference_point,outcome\n"
    "d03001i1,d03001,n,Reg,General,COD,QMV,de,3,0,50,,20\n"
    "d03001i1,d03001,n,Reg,General,COD,QMV,lu,3,100,50,,20\n"
    "d06001i1,d06001,n,Reg,General,COD,QMV,de,3,0,50,,50\n"
    "d06001i1,d06001,n,Reg,General,COD,QMV,lu,3,100,50,,50\n"
    "d06001i1,d06001,n,Reg,General,COD,QMV,pl,3,100,50,,50\n";

std::string PerIssue(const std::string& capability) {
  TempDir dir;
  const std::string data = dir.Write("council.csv", kData);
  const auto result = RunCli({"validate", data, "--model", "compromise", "--capability", capability,
                              "--per-issue", dir.Path("issues.csv")});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  return ReadFile(dir.Path("issues.csv"));
}

TEST(ValidateCapabilityCli, CouncilWeighsEachProposalByTheVotesOfItsTime) {
  const std::string csv = PerIssue("council");
  EXPECT_NE(csv.find("compromise,d03001i1,d03001,16.6667,20,"), std::string::npos) << csv;
  EXPECT_NE(csv.find("compromise,d06001i1,d06001,51.6667,50,"), std::string::npos) << csv;
}

TEST(ValidateCapabilityCli, GdpKeepsTheFilesCapability) {
  const std::string csv = PerIssue("gdp");
  EXPECT_NE(csv.find("compromise,d03001i1,d03001,50,20,"), std::string::npos) << csv;
  EXPECT_NE(csv.find("compromise,d06001i1,d06001,66.6667,50,"), std::string::npos) << csv;
}

TEST(ValidateCapabilityCli, TheTableSaysWhichCapabilityWasUsed) {
  TempDir dir;
  const std::string data = dir.Write("council.csv", kData);
  const auto result =
      RunCli({"validate", data, "--model", "compromise", "--capability", "council"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("note: capability: council"), std::string::npos) << result.out;
}

TEST(ValidateCapabilityCli, AnUnknownSourceIsAnArgumentError) {
  TempDir dir;
  const std::string data = dir.Write("council.csv", kData);
  const auto result = RunCli({"validate", data, "--capability", "votes"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("unknown capability source 'votes' (allowed: gdp, council, equal)"),
            std::string::npos)
      << result.err;
}

TEST(ValidateCapabilityCli, CouncilOnDataWithoutProposalYearsNamesTheProposal) {
  TempDir dir;
  const std::string data = dir.Write(
      "plain.csv",
      "issue_id,proposal_id,proposal_name,type,council,procedure,voting_rule,actor,capability,"
      "position,salience,reference_point,outcome\n"
      "i1,p1,n,Reg,General,COD,QMV,de,3,0,50,,20\n");
  const auto result = RunCli({"validate", data, "--capability", "council"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("cannot tell the year of proposal 'p1'"), std::string::npos)
      << result.err;
  EXPECT_TRUE(result.out.empty());
}

}  // namespace
}  // namespace parley::testing::validate_capability_cli_test
