// Backtest on the DEU development split against the independently computed
// figures in reference/deu/README.md.
#include "parley/validation.h"

#include <gtest/gtest.h>

#include <cmath>

#include "parley/io.h"

namespace parley::validation_test {
namespace {

constexpr double kThreeDecimals = 5e-4;  // README figures are given to 3 decimals

const ErrorSummary& Row(const std::vector<ErrorSummary>& rows, const std::string& name) {
  for (const ErrorSummary& row : rows) {
    if (row.predictor == name) return row;
  }
  throw std::runtime_error("no row " + name);
}

class DeuBacktest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto scenario = LoadScenario(PARLEY_SHARED_DIR "/reference/deu/deu3_dev.csv");
    ASSERT_TRUE(scenario) << scenario.error().ToString();
    BacktestOptions options;
    auto models = ConfigureModels(BuiltinModels(), "compromise,weighted_median", *scenario);
    ASSERT_TRUE(models) << models.error().ToString();
    options.models = std::move(*models);
    auto rows = Backtest(*scenario, options);
    ASSERT_TRUE(rows);
    rows_ = new std::vector<ErrorSummary>(*rows);
  }
  static std::vector<ErrorSummary>* rows_;
};
std::vector<ErrorSummary>* DeuBacktest::rows_ = nullptr;

TEST_F(DeuBacktest, CompromiseModelScoresMae23Point306On155Issues) {
  const ErrorSummary& row = Row(*rows_, "compromise");
  EXPECT_EQ(row.scored, 155);
  EXPECT_NEAR(row.mean_absolute_error, 23.306, kThreeDecimals);
}

TEST_F(DeuBacktest, SalienceWeightedMeanScoresMae24Point743) {
  EXPECT_NEAR(Row(*rows_, "baseline: salience-weighted mean").mean_absolute_error, 24.743,
              kThreeDecimals);
}

TEST_F(DeuBacktest, MidpointScoresMae27Point432) {
  EXPECT_NEAR(Row(*rows_, "baseline: scale midpoint").mean_absolute_error, 27.432, kThreeDecimals);
}

TEST_F(DeuBacktest, StatusQuoScoresMae47Point371OnThe105IssuesThatHaveOne) {
  const ErrorSummary& row = Row(*rows_, "baseline: status quo");
  EXPECT_EQ(row.scored, 105);
  EXPECT_NEAR(row.mean_absolute_error, 47.371, kThreeDecimals);
}

TEST(SummariseErrors, ComputesMaeRmseMedianAndShareWithin) {
  // Errors 3, -4, 12 on 0-100 scales: MAE 19/3, RMSE sqrt(169/3), median 4, 2 of 3 within 10.
  ErrorSummary summary = SummariseErrors("x", {3, -4, 12}, {100, 100, 100}, 0.1, 0);
  EXPECT_DOUBLE_EQ(summary.mean_absolute_error, 19.0 / 3.0);
  EXPECT_DOUBLE_EQ(summary.root_mean_squared_error, std::sqrt(169.0 / 3.0));
  EXPECT_DOUBLE_EQ(summary.median_absolute_error, 4.0);
  EXPECT_DOUBLE_EQ(summary.share_within, 2.0 / 3.0);
}

}  // namespace
}  // namespace parley::validation_test
