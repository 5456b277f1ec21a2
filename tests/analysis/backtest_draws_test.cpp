// Probabilistic backtests on small DEU-format data whose scores follow by hand.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include "parley/io.h"
#include "parley/validation.h"

namespace parley::backtest_draws_test {
namespace {

// Three proposals of one issue each; two actors at 0 and 100 with equal
// capability and salience: the compromise forecast is 50 on every issue.
std::string ThreeProposals(int o1, int o2, int o3) {
  std::string text =
      "issue_id,proposal_id,proposal_name,type,council,procedure,voting_rule,actor,capability,"
      "position,salience,reference_point,outcome\n";
  const int outcomes[] = {o1, o2, o3};
  for (int p = 0; p < 3; ++p) {
    for (const char* row : {"a,1,0,50", "b,1,100,50"}) {
      text += fmt::format("i{0},p{0},n,Reg,General,COD,QMV,{1},,{2}\n", p, row, outcomes[p]);
    }
  }
  return text;
}

const ErrorSummary& Row(const BacktestResult& result, const std::string& name) {
  for (const ErrorSummary& row : result.rows) {
    if (row.predictor == name) return row;
  }
  throw std::runtime_error("no row " + name);
}

const IssueRecord& Record(const BacktestResult& result, const std::string& predictor,
                          const std::string& issue) {
  for (const IssueRecord& record : result.issues) {
    if (record.predictor == predictor && record.issue == issue) return record;
  }
  throw std::runtime_error("no record " + predictor + " " + issue);
}

Result<BacktestResult> BacktestOfThree(const Scenario& scenario, std::size_t runs,
                                       ThreadPool* pool = nullptr) {
  BacktestOptions options;
  options.models = ConfigureModels(BuiltinModels(), "compromise", scenario).value();
  options.runs = runs;
  options.pool = pool;
  options.spreads = {0, 40};
  return RunBacktest(scenario, options);
}

TEST(ProbabilisticBacktest, ResidualBaselineDrawsTheOtherProposalsResiduals) {
  auto scenario = ParseDeuCsv(ThreeProposals(60, 30, 50), "three.csv");
  ASSERT_TRUE(scenario) << scenario.error().ToString();
  auto result = BacktestOfThree(*scenario, 10);
  ASSERT_TRUE(result) << result.error().ToString();
  // Residuals of i1, i2: -20, 0 -> draws {30, 50} for i0 (outcome 60):
  // mean |x - 60| = 20, mean |x - x'| = 10, CRPS = 20 - 5 = 15.
  const IssueRecord& record = Record(*result, "baseline: compromise + LOPO residuals", "i0");
  EXPECT_DOUBLE_EQ(*record.forecast, 50.0);
  EXPECT_DOUBLE_EQ(*record.crps, 15.0);
  EXPECT_DOUBLE_EQ(*record.pit, 1.0);
  // Every model gets the same kind of row from its own residuals.
  EXPECT_DOUBLE_EQ(*Record(*result, "compromise + LOPO residuals", "i0").crps, 15.0);
  // Bias of the compromise point, forecast - outcome: (-10 + 20 + 0) / 3.
  EXPECT_DOUBLE_EQ(Row(*result, "compromise").mean_signed_error, 10.0 / 3.0);
}

TEST(ProbabilisticBacktest, CrossValidationKeepsNoSpreadWhenThePointIsAlwaysRight) {
  // Outcome 50 = the forecast: spread 0 scores CRPS 0, which nothing beats,
  // so every fold (each proposal held out) chooses 0.
  auto scenario = ParseDeuCsv(ThreeProposals(50, 50, 50), "three.csv");
  ASSERT_TRUE(scenario);
  auto result = BacktestOfThree(*scenario, 20);
  ASSERT_TRUE(result) << result.error().ToString();
  const ErrorSummary& row = Row(*result, "compromise");
  EXPECT_NE(row.note.find(": 0 (3 folds)"), std::string::npos) << row.note;
  EXPECT_DOUBLE_EQ(row.probabilistic->crps, 0.0);
}

TEST(ProbabilisticBacktest, CrossValidationWidensTheSpreadWhenThePointIsFarOff) {
  // Outcomes 95, 5, 95 against a forecast of 50: spread 0 loses 45 per issue,
  // spread 40 spreads the draws toward the outcomes and loses less in every fold.
  auto scenario = ParseDeuCsv(ThreeProposals(95, 5, 95), "three.csv");
  ASSERT_TRUE(scenario);
  auto result = BacktestOfThree(*scenario, 50);
  ASSERT_TRUE(result) << result.error().ToString();
  const ErrorSummary& row = Row(*result, "compromise");
  EXPECT_NE(row.note.find(": 40 (3 folds)"), std::string::npos) << row.note;
  EXPECT_LT(row.probabilistic->crps, 45.0);
}

TEST(ProbabilisticBacktest, IsIdenticalForAnyThreadCount) {
  auto scenario = ParseDeuCsv(ThreeProposals(60, 30, 80), "three.csv");
  ASSERT_TRUE(scenario);
  ThreadPool pool(2);
  auto alone = BacktestOfThree(*scenario, 30);
  auto shared = BacktestOfThree(*scenario, 30, &pool);
  ASSERT_TRUE(alone && shared);
  ASSERT_EQ(alone->issues.size(), shared->issues.size());
  for (std::size_t i = 0; i < alone->issues.size(); ++i) {
    EXPECT_EQ(alone->issues[i].crps, shared->issues[i].crps);
  }
}

}  // namespace
}  // namespace parley::backtest_draws_test
