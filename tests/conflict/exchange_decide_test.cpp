// The `decide` preset against Decide's own runs of its two bundled cases, 10
// rounds, ties broken in list order (shared/reference/exchange/README.md).
// Oracle: foarsitter/decide-exchange-model @51dee66 (its reference runs, as shipped);
// positions on Decide's 0-100 scale.
#include <gtest/gtest.h>

#include "exchange_decide_support.h"

namespace parley::exchange_decide_test {
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

// Every exchange (round, actors, issues, positions before and after, gain) and
// every outcome at the start and end of each of the 10 rounds, as in Decide's
// runs: the preset computes Decide's rule in Decide's decimal arithmetic.
void ExpectEveryExchangeAndOutcome(const std::string& name) {
  const DecideComparison c = RunDecide(name);
  EXPECT_EQ(c.exchanges, c.decide_exchanges);
  EXPECT_EQ(c.opening, c.decide_exchanges);
  EXPECT_EQ(c.outcomes_matching, c.outcomes);
  EXPECT_GT(c.outcomes, 0u);
}

TEST(ExchangeDecide, ReproducesEveryExchangeAndOutcomeOfTenRoundsOfCop21) {
  PARLEY_NEED_DECIDE();
  ExpectEveryExchangeAndOutcome("cop21");  // 1309 exchanges, 13 issues x 10 rounds
}

TEST(ExchangeDecide, ReproducesEveryExchangeAndOutcomeOfTenRoundsOfSampleData) {
  PARLEY_NEED_DECIDE();
  ExpectEveryExchangeAndOutcome("sample_data");  // 366 exchanges, 6 issues x 10 rounds
}

}  // namespace
}  // namespace parley::exchange_decide_test
