// Run records: exact bytes of each run, and engines that merge runs computed
// in any order of ranges into the very same result.
#include "parley/run_records.h"

#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <limits>

#include "parley/builtin_scenarios.h"
#include "parley/monte_carlo.h"
#include "parley/sensitivity.h"

namespace parley::run_records_test {
namespace {

TEST(RunRecords, HoldOneHalfAsItsLittleEndianBitsAfterTheReason) {
  // IEEE 754: 0.5 = 0x3FE0000000000000.
  const RunRecord record = EncodeOutcomes({DrawOutcome{0.5, std::nullopt}});
  ASSERT_EQ(record.size(), kOutcomeRecordBytes);
  EXPECT_EQ(record, std::string("\x00\x00\x00\x00\x00\x00\x00\xe0\x3f", 9));
}

TEST(RunRecords, GiveBackEveryBitOfEveryDoubleAndEveryReason) {
  const std::vector<DrawOutcome> outcomes = {
      {0.1 + 0.2, std::nullopt},  // 0.30000000000000004, lost by a 15-digit decimal
      {-0.0, std::nullopt},
      {std::numeric_limits<double>::denorm_min(), std::nullopt},
      {std::nextafter(50.0, 100.0), NoOutcomeReason::kRoundCap},
      {0.0, NoOutcomeReason::kStopped},
      {-1e300, NoOutcomeReason::kSkipped}};
  const RunRecord record = EncodeOutcomes(outcomes);
  std::size_t offset = 0;
  auto decoded = DecodeOutcomes(record, offset, outcomes.size());
  ASSERT_TRUE(decoded.has_value()) << decoded.error().ToString();
  EXPECT_EQ(offset, record.size());
  for (std::size_t n = 0; n < outcomes.size(); ++n) {
    EXPECT_EQ(std::bit_cast<std::uint64_t>((*decoded)[n].outcome),
              std::bit_cast<std::uint64_t>(outcomes[n].outcome));
    EXPECT_EQ((*decoded)[n].reason, outcomes[n].reason);
  }
}

TEST(RunRecords, RefuseARecordTooShortOrWithAnUnknownReason) {
  RunRecord record = EncodeOutcomes({DrawOutcome{1.0, std::nullopt}});
  std::size_t offset = 0;
  EXPECT_FALSE(DecodeOutcomes(record, offset, 2).has_value());
  record[0] = 9;
  offset = 0;
  auto decoded = DecodeOutcomes(record, offset, 1);
  ASSERT_FALSE(decoded.has_value());
  EXPECT_NE(decoded.error().message.find("unknown reason 9"), std::string::npos);
}

// Computes the runs backwards in ranges of 7, as a checkpoint or ranks would
// in pieces, and records each job's name.
class BackwardsInSevens : public RunExecutor {
 public:
  Result<std::vector<RunRecord>> Execute(std::string_view job, std::size_t runs,
                                         const ComputeRuns& compute) override {
    jobs.emplace_back(job);
    std::vector<RunRecord> records(runs);
    for (std::size_t last = runs; last > 0;) {
      const std::size_t first = last >= 7 ? last - 7 : 0;
      auto part = compute(first, last);
      if (!part) return tl::unexpected(part.error());
      for (std::size_t r = first; r < last; ++r) records[r] = (*part)[r - first];
      last = first;
    }
    return records;
  }
  std::vector<std::string> jobs;
};

Scenario Builtin(const char* id) {
  auto scenario = LoadBuiltinScenario(id);
  EXPECT_TRUE(scenario.has_value());
  return scenario ? *scenario : Scenario{};
}

TEST(RunRecords, MonteCarloInRangesOfSevenEqualsTheRunInOneGo) {
  const Scenario scenario = Builtin("lachin-2023");
  auto models = ConfigureModels(BuiltinModels(), "all", scenario);
  ASSERT_TRUE(models.has_value());
  MonteCarloOptions options;
  options.runs = 50;
  options.seed = 7;
  auto whole = RunMonteCarlo(scenario, *models, options, nullptr);
  BackwardsInSevens executor;
  options.executor = &executor;
  auto pieces = RunMonteCarlo(scenario, *models, options, nullptr);
  ASSERT_TRUE(whole.has_value() && pieces.has_value());
  ASSERT_EQ(executor.jobs.size(), 1u);
  EXPECT_NE(executor.jobs[0].find("runs=50 seed=7"), std::string::npos) << executor.jobs[0];
  ASSERT_EQ(whole->draws.Runs(), options.runs);
  for (std::size_t m = 0; m < whole->draws.Models(); ++m) {
    for (std::size_t r = 0; r < options.runs; ++r) {
      for (std::size_t k = 0; k < whole->draws.Issues(); ++k) {
        EXPECT_EQ(std::bit_cast<std::uint64_t>(whole->draws.At(m, r, k).outcome),
                  std::bit_cast<std::uint64_t>(pieces->draws.At(m, r, k).outcome));
        EXPECT_EQ(whole->draws.At(m, r, k).reason, pieces->draws.At(m, r, k).reason);
      }
    }
  }
  EXPECT_EQ(whole->models.back().issues[0].mean, pieces->models.back().issues[0].mean);
}

TEST(RunRecords, SobolRowsInRangesOfSevenGiveTheSameIndices) {
  const Scenario scenario = Builtin("lachin-2023");
  auto models = ConfigureModels(BuiltinModels(), "compromise", scenario);
  ASSERT_TRUE(models.has_value());
  SensitivityOptions options;
  options.base_runs = 30;
  options.bootstrap = 20;
  auto whole = RunSensitivity(scenario, models->front(), options, nullptr);
  BackwardsInSevens executor;
  options.executor = &executor;
  auto pieces = RunSensitivity(scenario, models->front(), options, nullptr);
  ASSERT_TRUE(whole.has_value() && pieces.has_value());
  ASSERT_EQ(executor.jobs.size(), 1u);
  for (std::size_t k = 0; k < whole->issues.size(); ++k) {
    EXPECT_EQ(whole->issues[k].variance, pieces->issues[k].variance);
    for (std::size_t i = 0; i < whole->issues[k].indices.size(); ++i) {
      EXPECT_EQ(whole->issues[k].indices[i].total, pieces->issues[k].indices[i].total);
      EXPECT_EQ(whole->issues[k].indices[i].first_order_low,
                pieces->issues[k].indices[i].first_order_low);
    }
  }
}

TEST(RunRecords, TheInputsDigestChangesWithASpread) {
  const Scenario scenario = Builtin("lachin-2023");
  std::vector<UncertainInput> inputs = ListUncertainInputs(scenario);
  ASSERT_FALSE(inputs.empty());
  const std::string before = InputsDigest(inputs);
  inputs[0].spread = std::nextafter(inputs[0].spread, 1e9);
  EXPECT_NE(InputsDigest(inputs), before);
  EXPECT_EQ(before.size(), 16u);
}

}  // namespace
}  // namespace parley::run_records_test
