// Sobol indices against a model whose variance decomposition is known.
#include "parley/sensitivity.h"

#include <gtest/gtest.h>

#include "parley/io.h"

namespace parley::sensitivity_test {
namespace {

// A (capability 3) and B (capability 1), equal salience, both positions
// uniform on [0, 100]. Compromise = (3 A + B) / 4: a linear model with
// coefficients 0.75, 0.25 on inputs of equal variance, so
// S_A = ST_A = 0.5625 / 0.625 = 0.9 and S_B = ST_B = 0.0625 / 0.625 = 0.1.
constexpr const char* kLinear = R"(parley: 1
id: linear
actors:
  - {id: A, role: parent_state, capability: 3}
  - {id: B, role: de_facto_authority, capability: 1}
issues:
  - {id: status, scale: {min: 0, max: 100}}
stances:
  - {actor: A, issue: status, position: {value: 50, low: 0, high: 100, dist: uniform}, salience: 100}
  - {actor: B, issue: status, position: {value: 50, low: 0, high: 100, dist: uniform}, salience: 100}
)";

// Tolerances are four standard errors at N = 20,000, derived for this linear
// model (u, v, w independent uniform(-50, 50), sigma^2 = 833.3, E u^4 = 1.25e6,
// V = 520.8): the first-order summand for A, (0.75 u + 0.25 v) 0.75 (u - w),
// has sd 666.6, so SE = 666.6 / sqrt(20000) / 520.8 = 0.009; for B sd 231.8,
// SE = 0.0031. Jansen's summand 0.75^2 (u - w)^2 / 2 has sd 554.6, SE = 0.0075;
// for B SE = 0.0008. About 0.005 is added for the error of V itself.
constexpr double kFirstOrderATolerance = 0.04;
constexpr double kFirstOrderBTolerance = 0.015;
constexpr double kTotalATolerance = 0.035;
constexpr double kTotalBTolerance = 0.006;

TEST(Sensitivity, CompromiseOfTwoUniformPositionsSplitsNinetyTen) {
  auto scenario = ParseScenarioText(kLinear, "linear.yaml");
  ASSERT_TRUE(scenario.has_value()) << scenario.error().ToString();
  auto models = ConfigureModels(BuiltinModels(), "compromise", *scenario);
  ASSERT_TRUE(models.has_value());
  SensitivityOptions options;
  options.base_runs = 20000;
  options.seed = 11;
  options.bootstrap = 50;
  ThreadPool pool(2);
  auto result = RunSensitivity(*scenario, models->front(), options, &pool);
  ASSERT_TRUE(result.has_value()) << result.error().ToString();
  ASSERT_EQ(result->inputs.size(), 2u);
  const IssueSensitivity& issue = result->issues[0];
  EXPECT_EQ(issue.rows_used, 20000u);
  ASSERT_EQ(issue.indices.size(), 2u);
  // Ranked: A first.
  const SobolIndex& a = issue.indices[0];
  const SobolIndex& b = issue.indices[1];
  EXPECT_EQ(result->inputs[a.input].actor, 0u);
  EXPECT_NEAR(a.first_order, 0.9, kFirstOrderATolerance);
  EXPECT_NEAR(b.first_order, 0.1, kFirstOrderBTolerance);
  EXPECT_NEAR(a.total, 0.9, kTotalATolerance);
  EXPECT_NEAR(b.total, 0.1, kTotalBTolerance);
  EXPECT_LE(a.first_order_low, a.first_order);
  EXPECT_GE(a.first_order_high, a.first_order);
  EXPECT_LT(b.total_high, a.total_low);
}

TEST(Sensitivity, EstimatorGivesExactIndicesOnAnAdditiveTable) {
  // f = x + y on four rows where A and B differ in both inputs; exactly
  // computable by hand is the Jansen total: f(A) - f(AB_x) = x_A - x_B.
  const std::vector<double> f_a = {0, 2, 4, 6};
  const std::vector<double> f_b = {6, 4, 2, 0};
  // AB_x takes x from B: rows where x_A = 0, 1, 2, 3 and x_B = 3, 2, 1, 0.
  const std::vector<std::vector<double>> f_ab = {{3, 3, 3, 3}, {3, 3, 3, 3}};
  const SobolEstimate estimate = EstimateSobol(f_a, f_b, f_ab, {0, 1, 2, 3});
  // V of {0, 2, 4, 6, 6, 4, 2, 0} (n - 1): mean 3, squares 40, V = 40 / 7.
  EXPECT_NEAR(estimate.variance, 40.0 / 7.0, 1e-12);
  // Jansen: sum (f_a - 3)^2 / (2 x 4) = 20 / 8 = 2.5, over V: 0.4375.
  EXPECT_NEAR(estimate.total[0], 2.5 / (40.0 / 7.0), 1e-12);
}

TEST(Sensitivity, AScenarioWithoutUncertainInputsIsAnError) {
  auto scenario = ParseScenarioText(R"(parley: 1
id: fixed
actors:
  - {id: A, role: parent_state, capability: 1}
issues:
  - {id: status, scale: {min: 0, max: 100}}
stances:
  - {actor: A, issue: status, position: 10, salience: 100}
)",
                                    "fixed.yaml");
  ASSERT_TRUE(scenario.has_value());
  auto models = ConfigureModels(BuiltinModels(), "compromise", *scenario);
  auto result = RunSensitivity(*scenario, models->front(), {}, nullptr);
  ASSERT_FALSE(result.has_value());
  EXPECT_NE(result.error().message.find("no uncertain inputs"), std::string::npos);
}

}  // namespace
}  // namespace parley::sensitivity_test

namespace parley::sensitivity_test {
namespace {

// 150 rows in blocks of 64: the hook sees 64, 128, 150, and the indices are
// the same, bit for bit, with or without it and on any thread count.
TEST(Sensitivity, ProgressSeesEveryBlockOfRowsAndChangesNothing) {
  auto scenario = ParseScenarioText(kLinear, "linear.yaml");
  ASSERT_TRUE(scenario.has_value()) << scenario.error().ToString();
  auto models = ConfigureModels(BuiltinModels(), "compromise", *scenario);
  ASSERT_TRUE(models.has_value());
  SensitivityOptions options;
  options.base_runs = 150;
  options.bootstrap = 10;
  auto plain = RunSensitivity(*scenario, models->front(), options, nullptr);
  ASSERT_TRUE(plain.has_value()) << plain.error().ToString();
  std::vector<std::size_t> seen;
  options.progress = [&seen](std::size_t rows) { seen.push_back(rows); };
  ThreadPool pool(2);
  auto watched = RunSensitivity(*scenario, models->front(), options, &pool);
  ASSERT_TRUE(watched.has_value()) << watched.error().ToString();
  EXPECT_EQ(seen, (std::vector<std::size_t>{64, 128, 150}));
  for (std::size_t n = 0; n < 2; ++n) {
    EXPECT_EQ(watched->issues[0].indices[n].first_order, plain->issues[0].indices[n].first_order);
    EXPECT_EQ(watched->issues[0].indices[n].total_high, plain->issues[0].indices[n].total_high);
  }
}

}  // namespace
}  // namespace parley::sensitivity_test
