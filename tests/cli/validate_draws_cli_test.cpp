// `parley validate --runs`: distribution scores, the per-issue CSV, determinism.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "cli/cli_test_support.h"
#include "test_files.h"

namespace parley::testing::validate_draws_cli_test {
namespace {

// Two proposals, one issue each; compromise forecast 50 on both.
constexpr const char* kData =
    "issue_id,proposal_id,proposal_name,type,council,procedure,voting_rule,actor,capability,"
    "position,salience,reference_point,outcome\n"
    "i0,p0,n,Reg,General,COD,QMV,a,1,0,50,,70\n"
    "i0,p0,n,Reg,General,COD,QMV,b,1,100,50,,70\n"
    "i1,p1,n,Reg,General,COD,QMV,a,1,0,50,,20\n"
    "i1,p1,n,Reg,General,COD,QMV,b,1,100,50,,20\n";

TEST(ValidateDrawsCli, PerIssueCsvGivesForecastIntervalsAndOutcome) {
  TempDir dir;
  const std::string data = dir.Write("two.csv", kData);
  const auto result = RunCli({"validate", data, "--model", "compromise", "--runs", "20",
                              "--per-issue", dir.Path("issues.csv")});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("CRPS"), std::string::npos) << result.out;
  const std::string csv = ReadFile(dir.Path("issues.csv"));
  EXPECT_EQ(csv.substr(0, csv.find('\n')),
            "predictor,issue,proposal,forecast,outcome,error,low50,high50,low80,high80,low90,"
            "high90,crps,pit");
  // The residual baseline for i0: forecast 50, the other proposal's residual
  // -30 as its only draw: interval [20, 20], CRPS |20 - 70| = 50, PIT 1.
  EXPECT_NE(
      csv.find("baseline: compromise + LOPO residuals,i0,p0,50,70,-20,20,20,20,20,20,20,50,1\n"),
      std::string::npos)
      << csv;
}

TEST(ValidateDrawsCli, SameSeedGivesIdenticalOutputWhateverTheThreads) {
  TempDir dir;
  const std::string data = dir.Write("two.csv", kData);
  const auto one = RunCli({"validate", data, "--model", "compromise,nash", "--runs", "30", "--seed",
                           "5", "--threads", "1", "--format", "json"});
  const auto two = RunCli({"validate", data, "--model", "compromise,nash", "--runs", "30", "--seed",
                           "5", "--threads", "2", "--format", "json"});
  ASSERT_EQ(one.exit_code, 0) << one.err;
  EXPECT_EQ(one.out, two.out);
  EXPECT_NE(one.out.find("\"crps\""), std::string::npos);
}

}  // namespace
}  // namespace parley::testing::validate_draws_cli_test
