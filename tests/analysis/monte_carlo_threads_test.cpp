// The Monte Carlo engine on a pool: its blocks of runs, the decoding of the
// runs' records and the summaries run on every thread, and nothing in the
// result may change with the thread count.
#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "parley/io.h"
#include "parley/monte_carlo.h"

namespace parley::monte_carlo_threads_test {
namespace {

// A at 0 (capability 1, red line [0, 30]); B's position triangular(0, 50,
// 100): the compromise outcome B / 2 is triangular(0, 25, 50), mean 25 and
// sd sqrt((0 + 625 + 2500 - 1250) / 18) = 10.206 (docs/models.md 4.1).
constexpr const char* kTriangle = R"(parley: 1
id: triangle
actors:
  - {id: A, role: parent_state, capability: 1}
  - {id: B, role: de_facto_authority, capability: 1}
issues:
  - {id: status, scale: {min: 0, max: 100}}
  - {id: corridor, scale: {min: 0, max: 100}}
stances:
  - {actor: A, issue: status, position: 0, salience: 100, red_line: [0, 30]}
  - {actor: B, issue: status, position: {value: 50, low: 0, high: 100}, salience: 100}
  - {actor: A, issue: corridor, position: {value: 20, low: 10, high: 30}, salience: 60}
  - {actor: B, issue: corridor, position: 80, salience: 40}
)";

Result<MonteCarloResult> RunOnThreads(int threads, std::vector<std::size_t>* progress = nullptr) {
  auto scenario = ParseScenarioText(kTriangle, "test.yaml");
  if (!scenario) return tl::unexpected(scenario.error());
  auto models = ConfigureModels(BuiltinModels(), "compromise,nash", *scenario);
  if (!models) return tl::unexpected(models.error());
  MonteCarloOptions options;
  options.runs = 3000;
  options.seed = 11;
  if (progress != nullptr)
    options.progress = [progress](std::size_t done) { progress->push_back(done); };
  ThreadPool pool(threads);
  return RunMonteCarlo(*scenario, *models, options, &pool);
}

void ExpectSameSummary(const IssueSummary& a, const IssueSummary& b) {
  EXPECT_EQ(a.draws, b.draws);
  EXPECT_EQ(a.with_outcome, b.with_outcome);
  EXPECT_EQ(a.mean, b.mean);  // exactly: sums in run order
  EXPECT_EQ(a.sd, b.sd);
  EXPECT_EQ(a.quantiles, b.quantiles);
  EXPECT_EQ(a.histogram, b.histogram);
  EXPECT_EQ(a.no_outcome, b.no_outcome);
  ASSERT_EQ(a.red_lines.size(), b.red_lines.size());
  for (std::size_t i = 0; i < a.red_lines.size(); ++i) {
    EXPECT_EQ(a.red_lines[i].crossed, b.red_lines[i].crossed);
  }
}

TEST(MonteCarloOnAPool, SummariesAndTheEnsembleAreTheSameOnOneTwoAndThreeThreads) {
  auto one = RunOnThreads(1);
  ASSERT_TRUE(one.has_value()) << one.error().ToString();
  ASSERT_EQ(one->models.size(), 3u);  // compromise, nash, ensemble
  // A real number first: the compromise mean of 3,000 draws of
  // triangular(0, 25, 50) is 25 within 4 standard errors (10.206 / sqrt(3000) = 0.186).
  EXPECT_NEAR(one->models[0].issues[0].mean, 25.0, 4 * 0.186);
  EXPECT_EQ(one->models[2].issues[0].draws, 6000u);
  for (int threads : {2, 3}) {
    auto many = RunOnThreads(threads);
    ASSERT_TRUE(many.has_value()) << many.error().ToString();
    ASSERT_EQ(many->models.size(), one->models.size());
    for (std::size_t m = 0; m < one->models.size(); ++m) {
      EXPECT_EQ(many->models[m].model, one->models[m].model);
      ASSERT_EQ(many->models[m].issues.size(), 2u);
      for (std::size_t k = 0; k < 2; ++k) {
        SCOPED_TRACE(testing::Message() << threads << " threads, row " << m << ", issue " << k);
        ExpectSameSummary(many->models[m].issues[k], one->models[m].issues[k]);
      }
    }
  }
}

TEST(MonteCarloOnAPool, ProgressRisesBlockByBlockToTheRunCount) {
  std::vector<std::size_t> progress;
  auto result = RunOnThreads(2, &progress);
  ASSERT_TRUE(result.has_value()) << result.error().ToString();
  ASSERT_FALSE(progress.empty());
  EXPECT_EQ(progress.front(), 256u);  // the first block
  EXPECT_EQ(progress.back(), 3000u);
  for (std::size_t i = 1; i < progress.size(); ++i) EXPECT_GT(progress[i], progress[i - 1]);
}

}  // namespace
}  // namespace parley::monte_carlo_threads_test
