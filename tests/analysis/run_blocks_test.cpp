// The Monte Carlo engine's block runner and its table of outcomes.
#include "analysis/run_blocks.h"

#include <gtest/gtest.h>

#include <atomic>
#include <string>
#include <vector>

#include "parley/draw_table.h"

namespace parley::run_blocks_test {
namespace {

Error RunError(std::size_t run) {
  return MakeError(ErrorCode::kInvalidInput, "run " + std::to_string(run)).value();
}

TEST(FirstFailure, KeepsTheLowestRunsErrorWhateverOrderTheyArrive) {
  FirstFailure failure;
  EXPECT_FALSE(failure.Failed());
  failure.Record(7, RunError(7));
  failure.Record(3, RunError(3));
  failure.Record(5, RunError(5));
  ASSERT_TRUE(failure.Failed());
  EXPECT_EQ(failure.Take().message, "run 3");
}

// Runs 299, 599 and 899 of 1,000 fail: the first block (256 runs) passes, the
// second (runs 256 to 767) holds two failures, and the job ends with run
// 299's error on any number of threads, after one progress call (256).
TEST(RunInBlocks, EndsWithTheLowestFailingRunOfTheFirstBlockThatFails) {
  for (int threads : {1, 2, 3}) {
    ThreadPool pool(threads);
    MonteCarloOptions options;
    options.runs = 1000;
    std::vector<std::size_t> progress;
    options.progress = [&progress](std::size_t done) { progress.push_back(done); };
    Status done = RunInBlocks(0, 1000, options, &pool,
                              [](std::size_t first, std::size_t last, int, FirstFailure& failure) {
                                for (std::size_t run = first; run < last; ++run) {
                                  if (run % 300 == 299) failure.Record(run, RunError(run));
                                }
                              });
    ASSERT_FALSE(done) << threads;
    EXPECT_EQ(done.error().message, "run 299") << threads;
    EXPECT_EQ(progress, (std::vector<std::size_t>{256})) << threads;
  }
}

TEST(RunInBlocks, CallsEveryRunOfTheRangeOnceAndReportsTheLastRunDone) {
  ThreadPool pool(2);
  MonteCarloOptions options;
  options.runs = 1000;
  std::vector<std::size_t> progress;
  options.progress = [&progress](std::size_t done) { progress.push_back(done); };
  std::vector<std::atomic<int>> calls(1000);
  Status done = RunInBlocks(100, 1000, options, &pool,
                            [&calls](std::size_t first, std::size_t last, int, FirstFailure&) {
                              for (std::size_t run = first; run < last; ++run) ++calls[run];
                            });
  ASSERT_TRUE(done);
  for (std::size_t run = 0; run < 1000; ++run) EXPECT_EQ(calls[run].load(), run < 100 ? 0 : 1);
  ASSERT_FALSE(progress.empty());
  EXPECT_EQ(progress.front(), 356u);  // 100 + the first block of 256
  EXPECT_EQ(progress.back(), 1000u);
}

TEST(RunInBlocks, AStopFlagSetBeforehandEndsTheJobAsCancelled) {
  MonteCarloOptions options;
  options.runs = 10;
  std::atomic<bool> stop{true};
  options.stop = &stop;
  Status done =
      RunInBlocks(0, 10, options, nullptr, [](std::size_t, std::size_t, int, FirstFailure&) {});
  ASSERT_FALSE(done);
  EXPECT_EQ(done.error().code, ErrorCode::kCancelled);
  EXPECT_EQ(done.error().message, "stopped after 0 of 10 draws");
}

// Two models, three runs, two issues: cell (m, r, k) sits at (m x 3 + r) x 2 + k.
TEST(DrawTable, KeepsEachRunsIssuesSideBySideModelByModel) {
  DrawTable table(2, 3, 2);
  EXPECT_EQ(table.Models(), 2u);
  EXPECT_EQ(table.Runs(), 3u);
  EXPECT_EQ(table.Issues(), 2u);
  table.At(1, 2, 1) = DrawOutcome{42.0, std::nullopt};
  table.At(0, 1, 0) = DrawOutcome{0.0, NoOutcomeReason::kCycle};
  const DrawTable& read = table;
  EXPECT_EQ(read.Run(1, 2).size(), 2u);
  EXPECT_EQ(read.Run(1, 2)[1].outcome, 42.0);
  EXPECT_EQ(&read.Run(1, 2)[1], &read.At(1, 2, 1));
  EXPECT_EQ(&read.At(1, 2, 1) - &read.At(0, 0, 0), 11);
  EXPECT_FALSE(read.At(0, 1, 0).HasOutcome());
  EXPECT_TRUE(read.At(0, 0, 0).HasOutcome());  // every cell starts as an outcome of 0
}

// The same table: issue 1 of models 0 and 1 is cells 1, 3, 5 (model 0's runs)
// and 7, 9, 11 (model 1's), six cells two apart; of model 1 alone, the last three.
TEST(DrawTable, AColumnReadsOneIssueAcrossTheRunsOfConsecutiveModels) {
  DrawTable table(2, 3, 2);
  for (std::size_t m = 0; m < 2; ++m) {
    for (std::size_t r = 0; r < 3; ++r) table.At(m, r, 1).outcome = 10.0 * m + r;
  }
  const DrawColumn both = table.Column(0, 2, 1);
  ASSERT_EQ(both.size, 6u);
  EXPECT_EQ(both.stride, 2u);
  std::vector<double> outcomes;
  for (std::size_t i = 0; i < both.size; ++i) outcomes.push_back(both[i].outcome);
  EXPECT_EQ(outcomes, (std::vector<double>{0, 1, 2, 10, 11, 12}));
  const DrawColumn second = table.Column(1, 2, 1);
  ASSERT_EQ(second.size, 3u);
  EXPECT_EQ(&second[0], &table.At(1, 0, 1));
  EXPECT_EQ(second[2].outcome, 12.0);
}

}  // namespace
}  // namespace parley::run_blocks_test
