// The default preset's promises, checked on every exchange of Decide's two
// cases and of every built-in scenario: nobody is worse off by its own
// positions, nobody demands an issue it conceded in the same round, nobody
// crosses its red line, and the same input gives the same run.
#include <gtest/gtest.h>

#include <set>
#include <tuple>

#include "exchange_decide_support.h"
#include "parley/builtin_scenarios.h"

namespace parley::exchange_invariants_test {
namespace {

std::vector<std::pair<std::string, Scenario>> Cases() {
  std::vector<std::pair<std::string, Scenario>> cases;
  for (const BuiltinScenarioInfo& info : ListBuiltinScenarios()) {
    auto scenario = LoadBuiltinScenario(info.id);
    EXPECT_TRUE(scenario) << info.id;
    if (scenario) cases.emplace_back(info.id, *scenario);
  }
  if (testing::HaveDecideFiles()) {
    for (const std::string name : {"cop21", "sample_data"}) {
      auto scenario = LoadScenario(testing::DecideDir() + name + ".yaml");
      EXPECT_TRUE(scenario) << name;
      if (scenario) cases.emplace_back(name, *scenario);
    }
  }
  return cases;
}

// Rule S6: each side's gain by its own positions, recomputed from the trace.
TEST(ExchangeInvariants, NoExchangeLeavesEitherSideWorseOffByItsOwnPositions) {
  std::size_t checked = 0;
  for (const auto& [name, scenario] : Cases()) {
    auto result = RunExchange(scenario);
    ASSERT_TRUE(result) << name << ": " << result.error().ToString();
    for (const Exchange& e : result->exchanges) {
      EXPECT_GT(e.on_p.supplier_own_gain, 0.0) << name << " round " << e.round;
      EXPECT_GT(e.on_q.supplier_own_gain, 0.0) << name << " round " << e.round;
      ++checked;
    }
  }
  EXPECT_GT(checked, 100u);  // cop21 alone has more; the invariant is not vacuous
}

// Rule S4: an actor that supplied an issue in a round neither supplies it again
// nor demands it in that round.
TEST(ExchangeInvariants, NoActorDemandsOrResuppliesAnIssueItConcededInTheRound) {
  for (const auto& [name, scenario] : Cases()) {
    auto result = RunExchange(scenario);
    ASSERT_TRUE(result) << name;
    std::set<std::tuple<int, std::size_t, std::size_t>> conceded;
    for (const Exchange& e : result->exchanges) {
      for (const ExchangeMove* move : {&e.on_p, &e.on_q}) {
        EXPECT_FALSE(conceded.count({e.round, move->partner, move->issue}))
            << name << ": '" << scenario.actors[move->partner].id << "' demands '"
            << scenario.issues[move->issue].id << "' after conceding it in round " << e.round;
      }
      for (const ExchangeMove* move : {&e.on_p, &e.on_q}) {
        EXPECT_TRUE(conceded.insert({e.round, move->actor, move->issue}).second) << name;
      }
    }
  }
}

TEST(ExchangeInvariants, NoExchangeCrossesARedLineByDefault) {
  for (const auto& [name, scenario] : Cases()) {
    auto result = RunExchange(scenario);
    ASSERT_TRUE(result) << name;
    EXPECT_TRUE(result->red_line_crossings.empty()) << name;
    for (const Exchange& e : result->exchanges) {
      for (const ExchangeMove* move : {&e.on_p, &e.on_q}) {
        const Stance* stance = scenario.FindStance(move->actor, move->issue);
        ASSERT_NE(stance, nullptr);
        if (stance->red_line) {
          EXPECT_TRUE(stance->red_line->Contains(move->to, 1e-9)) << name;
        }
      }
    }
  }
}

TEST(ExchangeInvariants, EveryRunEndsByConvergingOrSaysWhyNot) {
  for (const auto& [name, scenario] : Cases()) {
    auto result = RunExchange(scenario);
    ASSERT_TRUE(result) << name;
    if (result->termination != Termination::kConverged) {
      EXPECT_NE(result->message.find("not"), std::string::npos) << name << ": " << result->message;
    }
  }
}

}  // namespace
}  // namespace parley::exchange_invariants_test
