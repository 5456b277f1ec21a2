// Stokman & Van Oosten's exchange model (models.md 4.4;
// docs/mechanisms/exchange-model.md): hand-derived 2 x 2 cases and the
// invariants of 4.4 on a larger table.
#include "parley/exchange.h"

#include <gtest/gtest.h>

#include <cmath>
#include <set>

#include "conflict_test_support.h"

namespace parley::exchange_test {
namespace {

using testing::MakeScenario;
using testing::OutcomeOn;

constexpr double kExact = 1e-9;

// A (c = 1) at 0 on p (s 0.9) and q (s 0.3); B (c = 2) at 100 on p (s 0.3) and
// 60 on q (s 0.6). O_p = 2*0.3*100 / 1.5 = 40, O_q = 2*0.6*60 / 1.5 = 48.
// s_Ap s_Bq - s_Aq s_Bp = 0.45 > 0: A demands p, supplies q.
Scenario Asymmetric() {
  return MakeScenario(
      {{"A", 1.0}, {"B", 2.0}}, {{"p"}, {"q"}},
      {{"A", "p", 0, 0.9}, {"A", "q", 0, 0.3}, {"B", "p", 100, 0.3}, {"B", "q", 60, 0.6}});
}

// B's full move on p gives d_p = 0.4, so d_q = 0.4 x 1.2 / 0.9 = 0.533 > the
// 0.12 A can give on q (it reaches B's 60); scaled back, d_q = 0.12 and
// d_p = 0.12 x 0.9 / 1.2 = 0.09, gain 0.09 x 0.45 / 0.9 = 0.045.
TEST(Exchange, ScalesBackToTheSmallerSideOfAnEqualGainExchange) {
  const Scenario scenario = Asymmetric();
  auto result = RunExchange(scenario);
  ASSERT_TRUE(result) << result.error().ToString();
  ASSERT_EQ(result->exchanges.size(), 1u);
  const Exchange& exchange = result->exchanges[0];
  EXPECT_NEAR(exchange.gain, 0.045, kExact);
  EXPECT_EQ(exchange.on_p.actor, 1u);           // B moves on p
  EXPECT_NEAR(exchange.on_p.to, 77.5, kExact);  // 100 - 0.09 x 100 x 1.5 / 0.6
  EXPECT_EQ(exchange.on_q.actor, 0u);           // A moves on q
  EXPECT_NEAR(exchange.on_q.to, 60.0, kExact);  // 0 + 0.12 x 100 x 1.5 / 0.3
  EXPECT_NEAR(OutcomeOn(scenario, result->outcomes, "p"), 31.0, kExact);
  EXPECT_NEAR(OutcomeOn(scenario, result->outcomes, "q"), 60.0, kExact);
}

// Mirror saliences 0.8/0.2 and 0.2/0.8, equal capabilities: both move all the
// way, d_p = d_q = 0.2, gain 0.2 x 0.6 / 1.0 = 0.12.
TEST(Exchange, SymmetricPairSwapsIssuesCompletely) {
  const Scenario scenario = MakeScenario(
      {{"A"}, {"B"}}, {{"p"}, {"q"}},
      {{"A", "p", 0, 0.8}, {"A", "q", 0, 0.2}, {"B", "p", 100, 0.2}, {"B", "q", 100, 0.8}});
  auto result = RunExchange(scenario);
  ASSERT_TRUE(result);
  ASSERT_EQ(result->exchanges.size(), 1u);
  EXPECT_NEAR(result->exchanges[0].gain, 0.12, kExact);
  EXPECT_NEAR(OutcomeOn(scenario, result->initial, "p"), 20.0, kExact);
  EXPECT_NEAR(OutcomeOn(scenario, result->outcomes, "p"), 0.0, kExact);
  EXPECT_NEAR(OutcomeOn(scenario, result->outcomes, "q"), 100.0, kExact);
}

// 0.8 x 0.2 - 0.4 x 0.4 = 0: the same salience ratio, nothing to trade.
TEST(Exchange, NoExchangeWhenSalienceRatiosAreEqual) {
  const Scenario scenario = MakeScenario(
      {{"A"}, {"B"}}, {{"p"}, {"q"}},
      {{"A", "p", 0, 0.8}, {"A", "q", 0, 0.4}, {"B", "p", 100, 0.4}, {"B", "q", 100, 0.2}});
  auto result = RunExchange(scenario);
  ASSERT_TRUE(result);
  EXPECT_TRUE(result->exchanges.empty());
  EXPECT_EQ(result->termination, Termination::kConverged);
}

// Five actors on three issues: every realised exchange satisfies models.md 4.4.
Scenario FiveByThree() {
  return MakeScenario({{"A", 3}, {"B", 2}, {"C", 1}, {"D", 2.5}, {"E", 1.5}}, {{"x"}, {"y"}, {"z"}},
                      {{"A", "x", 10, 0.9},
                       {"A", "y", 20, 0.2},
                       {"A", "z", 70, 0.5},
                       {"B", "x", 90, 0.3},
                       {"B", "y", 80, 0.8},
                       {"B", "z", 10, 0.4},
                       {"C", "x", 40, 0.6},
                       {"C", "y", 100, 0.5},
                       {"C", "z", 30, 0.9},
                       {"D", "x", 70, 0.4},
                       {"D", "y", 0, 0.7},
                       {"D", "z", 90, 0.3},
                       {"E", "x", 0, 0.5},
                       {"E", "y", 60, 0.1},
                       {"E", "z", 50, 0.8}});
}

TEST(Exchange, EveryExchangeGivesBothActorsTheSameGain) {
  auto result = RunExchange(FiveByThree());
  ASSERT_TRUE(result);
  ASSERT_FALSE(result->exchanges.empty());
  for (const Exchange& e : result->exchanges) {
    const double dp = std::abs(e.on_p.outcome_after - e.on_p.outcome_before) / 100.0;
    const double dq = std::abs(e.on_q.outcome_after - e.on_q.outcome_before) / 100.0;
    const double gain_i = e.on_p.partner_salience * dp - e.on_q.supplier_salience * dq;
    const double gain_j = e.on_q.partner_salience * dq - e.on_p.supplier_salience * dp;
    EXPECT_NEAR(gain_i, e.gain, kExact);
    EXPECT_NEAR(gain_j, e.gain, kExact);
    EXPECT_GT(e.gain, 0.0);
  }
}

TEST(Exchange, EveryExchangeMeetsTheSalienceCondition) {
  // i demands p: s_ip s_jq > s_iq s_jp.
  auto result = RunExchange(FiveByThree());
  ASSERT_TRUE(result);
  for (const Exchange& e : result->exchanges) {
    EXPECT_GT(e.on_p.partner_salience * e.on_q.partner_salience,
              e.on_q.supplier_salience * e.on_p.supplier_salience);
  }
}

TEST(Exchange, NoActorMovesPastItsPartnerAndNoOutcomePassesTheDemander) {
  ExchangeOptions options;
  options.max_rounds = 5;
  auto result = RunExchange(FiveByThree(), options);
  ASSERT_TRUE(result);
  for (const Exchange& e : result->exchanges) {
    for (const ExchangeMove& move : {e.on_p, e.on_q}) {
      EXPECT_LE(std::abs(move.to - move.from),
                std::abs(move.partner_position - move.from) + kExact);
      EXPECT_GE((move.to - move.from) * (move.partner_position - move.from), 0.0);
      const double before = move.partner_position - move.outcome_before;
      const double after = move.partner_position - move.outcome_after;
      EXPECT_GE(before * after, -kExact);  // the outcome stays on its side of the demander
    }
  }
}

TEST(Exchange, AnActorSuppliesOnAnIssueAtMostOncePerRound) {
  ExchangeOptions options;
  options.max_rounds = 3;
  auto result = RunExchange(FiveByThree(), options);
  ASSERT_TRUE(result);
  std::set<std::tuple<int, std::size_t, std::size_t>> supplied;
  for (const Exchange& e : result->exchanges) {
    EXPECT_TRUE(supplied.insert({e.round, e.on_p.actor, e.on_p.issue}).second);
    EXPECT_TRUE(supplied.insert({e.round, e.on_q.actor, e.on_q.issue}).second);
  }
}

TEST(Exchange, RejectsARoundCapOutsideItsRange) {
  ExchangeOptions options;
  options.max_rounds = 0;
  auto result = RunExchange(Asymmetric(), options);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(result.error().message.find("max_rounds"), std::string::npos);
}

}  // namespace
}  // namespace parley::exchange_test
