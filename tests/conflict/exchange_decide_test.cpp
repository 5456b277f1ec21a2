// The `decide` preset against Decide's own runs of its two bundled cases, 10
// rounds, ties broken in list order (shared/reference/exchange/README.md).
// Oracle: foarsitter/decide-exchange-model @51dee66 (its reference runs, as shipped);
// positions on Decide's 0-100 scale.
#include <gtest/gtest.h>

#include "exchange_decide_support.h"

namespace parley {
namespace {

using testing::CompareWithDecide;
using testing::DecideComparison;
using testing::DecideDir;
using testing::HaveDecideFiles;

#define PARLEY_NEED_DECIDE()                                               \
  if (!HaveDecideFiles())                                                  \
  GTEST_SKIP() << "Decide reference files not found under " << DecideDir() \
               << " (PARLEY_SHARED_DIR); the comparison is skipped"

DecideComparison RunDecide(const std::string& name) {
  auto scenario = LoadScenario(DecideDir() + name + ".yaml");
  EXPECT_TRUE(scenario) << scenario.error().ToString();
  ExchangeOptions options;
  options.preset = ExchangePreset::kDecide;
  options.max_rounds = 10;
  auto result = RunExchange(*scenario, options);
  EXPECT_TRUE(result) << result.error().ToString();
  const DecideComparison c = CompareWithDecide(name, *scenario, *result);
  std::cout << name << ": " << c.exchanges << " exchanges (Decide " << c.decide_exchanges
            << "); identical from the first: " << c.opening
            << "; identical in place: " << c.in_place
            << "; outcomes matching: " << c.outcomes_matching << " of " << c.outcomes
            << "; largest outcome deviation " << c.max_outcome_deviation << "\n";
  return c;
}

// Measured 2026-12: the rules D1-D6 reproduce Decide's cop21 run exchange for
// exchange up to its 51st (round 1 has 126); the 52nd differs because
// Decide drops a candidate these rules keep (docs/mechanisms/exchange-model.md,
// "What the decide preset does not yet reproduce").
TEST(ExchangeDecide, ReproducesDecidesFirstFiftyOneExchangesOnCop21) {
  PARLEY_NEED_DECIDE();
  const DecideComparison c = RunDecide("cop21");
  EXPECT_GE(c.opening, 51u);
}

TEST(ExchangeDecide, ReproducesDecidesFirstSixteenExchangesOnSampleData) {
  PARLEY_NEED_DECIDE();
  const DecideComparison c = RunDecide("sample_data");
  EXPECT_GE(c.opening, 16u);
}

// The target the preset does not meet yet: every exchange and every outcome
// of 10 rounds. Kept visible (gtest reports disabled tests) rather than
// loosened; run with --gtest_also_run_disabled_tests.
TEST(ExchangeDecide, DISABLED_ReproducesEveryExchangeAndOutcomeOfTenRounds) {
  PARLEY_NEED_DECIDE();
  for (const std::string name : {"cop21", "sample_data"}) {
    const DecideComparison c = RunDecide(name);
    EXPECT_EQ(c.exchanges, c.decide_exchanges) << name;
    EXPECT_EQ(c.opening, c.decide_exchanges) << name;
    EXPECT_EQ(c.outcomes_matching, c.outcomes) << name;
  }
}

}  // namespace
}  // namespace parley
