// The progress hooks of the long conflict computations (PackageOptions::progress,
// SimulationOptions::progress, RegimeOptions::progress, RunExchange's observer):
// each is called with sensible counts, and a run watched by one gives exactly
// the result of the same run without it.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "conflict_test_support.h"
#include "parley/builtin_scenarios.h"
#include "parley/classic_models.h"
#include "parley/eum.h"
#include "parley/exchange.h"
#include "parley/packages.h"
#include "parley/regimes.h"
#include "parley/timeline.h"

namespace parley::progress_hooks_test {
namespace {

using Calls = std::vector<std::pair<std::size_t, std::size_t>>;  // (done, total) per call

// Two actors on eight issues, A caring most about the first four and B about
// the last four, status quo at 50: a joint package search in 8 dimensions,
// a few thousand ellipsoid steps.
Scenario EightIssueTrade() {
  std::vector<testing::IssueSpec> issues;
  std::vector<testing::StanceSpec> stances;
  for (int k = 0; k < 8; ++k) {
    const std::string id = "k" + std::to_string(k);
    issues.push_back({id, 50.0});
    stances.push_back({"A", id, 0.0, k < 4 ? 0.9 : 0.2});
    stances.push_back({"B", id, 100.0, k < 4 ? 0.2 : 0.9});
  }
  return testing::MakeScenario({{"A"}, {"B"}}, issues, stances);
}

TEST(PackageProgress, CountsTheEllipsoidStepsAndLeavesThePackageAsItIs) {
  const Scenario scenario = EightIssueTrade();
  auto plain = FindPackage(scenario);
  ASSERT_TRUE(plain) << plain.error().ToString();
  PackageOptions options;
  Calls calls;
  options.progress = [&calls](std::size_t done, std::size_t total) {
    calls.emplace_back(done, total);
  };
  auto watched = FindPackage(scenario, options);
  ASSERT_TRUE(watched) << watched.error().ToString();

  // One call every 1024 steps of the run (2 calls for 2049-3072 steps), out of the cap.
  ASSERT_EQ(calls.size(), static_cast<std::size_t>((plain->iterations - 1) / 1024));
  ASSERT_GE(calls.size(), 1u);
  for (std::size_t n = 0; n < calls.size(); ++n) {
    EXPECT_EQ(calls[n], std::make_pair(1024 * (n + 1), std::size_t{1000000}));
  }
  EXPECT_EQ(watched->status, plain->status);
  EXPECT_EQ(watched->iterations, plain->iterations);
  EXPECT_EQ(watched->message, plain->message);
  EXPECT_EQ(watched->log_nash_product, plain->log_nash_product);
  ASSERT_EQ(watched->package.size(), plain->package.size());
  for (std::size_t k = 0; k < plain->package.size(); ++k) {
    EXPECT_EQ(watched->package[k].outcome, plain->package[k].outcome) << "issue " << k;
  }
}

TEST(TimelineProgress, CountsEveryPeriodOfTheLachinTimelineAndLeavesTheTrajectoryAsItIs) {
  // lachin-blockade-2022 runs eight fortnights after period 0 (timeline_simulation_test.cpp).
  auto scenario = LoadBuiltinScenario("lachin-blockade-2022");
  ASSERT_TRUE(scenario) << scenario.error().ToString();
  SimulationOptions options;
  options.model = testing::Configured(EumModel());
  auto plain = SimulateTimeline(*scenario, options);
  ASSERT_TRUE(plain) << plain.error().ToString();
  Calls calls;
  options.progress = [&calls](std::size_t done, std::size_t total) {
    calls.emplace_back(done, total);
  };
  auto watched = SimulateTimeline(*scenario, options);
  ASSERT_TRUE(watched) << watched.error().ToString();

  ASSERT_EQ(calls.size(), 9u);
  for (std::size_t n = 0; n < calls.size(); ++n) {
    EXPECT_EQ(calls[n], std::make_pair(n + 1, std::size_t{9}));
  }
  ASSERT_EQ(watched->periods.size(), plain->periods.size());
  for (std::size_t t = 0; t < plain->periods.size(); ++t) {
    EXPECT_EQ(watched->periods[t].events, plain->periods[t].events);
    EXPECT_EQ(watched->periods[t].notes, plain->periods[t].notes);
    ASSERT_EQ(watched->periods[t].outcomes.size(), plain->periods[t].outcomes.size());
    for (std::size_t k = 0; k < plain->periods[t].outcomes.size(); ++k) {
      EXPECT_EQ(watched->periods[t].outcomes[k].outcome, plain->periods[t].outcomes[k].outcome)
          << "period " << t << ", outcome " << k;
    }
  }
}

TEST(RegimeProgress, CountsTheThreeRegimesRunOrSkippedAndLeavesTheComparisonAsItIs) {
  auto scenario = LoadBuiltinScenario("lachin-2023");
  ASSERT_TRUE(scenario) << scenario.error().ToString();
  const ScenarioModel model = TableModel(testing::Configured(CompromiseModel()));
  auto plain = CompareRegimes(*scenario, scenario->regimes, model);
  ASSERT_TRUE(plain) << plain.error().ToString();
  RegimeOptions options;
  Calls calls;
  options.progress = [&calls](std::size_t done, std::size_t total) {
    calls.emplace_back(done, total);
  };
  auto watched = CompareRegimes(*scenario, scenario->regimes, model, options);
  ASSERT_TRUE(watched) << watched.error().ToString();

  EXPECT_EQ(calls, (Calls{{1, 3}, {2, 3}, {3, 3}}));
  EXPECT_EQ(plain->regimes.size() + plain->skipped.size(), 3u);
  ASSERT_EQ(watched->regimes.size(), plain->regimes.size());
  for (std::size_t r = 0; r < plain->regimes.size(); ++r) {
    EXPECT_EQ(watched->regimes[r].regime, plain->regimes[r].regime);
    EXPECT_EQ(watched->regimes[r].rounds, plain->regimes[r].rounds);
    EXPECT_EQ(watched->regimes[r].weighted_distance, plain->regimes[r].weighted_distance);
    ASSERT_EQ(watched->regimes[r].outcomes.size(), plain->regimes[r].outcomes.size());
    for (std::size_t k = 0; k < plain->regimes[r].outcomes.size(); ++k) {
      EXPECT_EQ(watched->regimes[r].outcomes[k].outcome, plain->regimes[r].outcomes[k].outcome);
    }
  }
}

TEST(ExchangeProgress, SeesEveryRoundInOrderAndLeavesTheRunAsItIs) {
  auto scenario = LoadBuiltinScenario("lachin-2023");
  ASSERT_TRUE(scenario) << scenario.error().ToString();
  auto plain = RunExchange(*scenario);
  ASSERT_TRUE(plain) << plain.error().ToString();
  std::vector<int> rounds;
  auto watched = RunExchange(*scenario, {}, [&rounds](const ExchangeRoundOutcomes& log) {
    rounds.push_back(log.round);
    return true;
  });
  ASSERT_TRUE(watched) << watched.error().ToString();

  ASSERT_EQ(rounds.size(), plain->round_outcomes.size());
  for (std::size_t n = 0; n < rounds.size(); ++n) EXPECT_EQ(rounds[n], static_cast<int>(n) + 1);
  EXPECT_EQ(watched->termination, plain->termination);
  EXPECT_EQ(watched->message, plain->message);
  ASSERT_EQ(watched->exchanges.size(), plain->exchanges.size());
  ASSERT_EQ(watched->outcomes.size(), plain->outcomes.size());
  for (std::size_t n = 0; n < plain->outcomes.size(); ++n) {
    EXPECT_EQ(watched->outcomes[n].outcome, plain->outcomes[n].outcome);
  }
}

TEST(ExchangeProgress, AnObserverThatSaysStopEndsTheRunAfterThatRound) {
  // lachin-2023's first round trades corridor for corridor (exchange_cli_test.cpp).
  auto scenario = LoadBuiltinScenario("lachin-2023");
  ASSERT_TRUE(scenario) << scenario.error().ToString();
  auto stopped = RunExchange(*scenario, {}, [](const ExchangeRoundOutcomes&) { return false; });
  ASSERT_TRUE(stopped) << stopped.error().ToString();
  EXPECT_EQ(stopped->termination, Termination::kStopped);
  EXPECT_EQ(stopped->rounds, 1);
  EXPECT_EQ(stopped->round_outcomes.size(), 1u);
  EXPECT_NE(stopped->message.find("stopped by the caller"), std::string::npos) << stopped->message;
}

TEST(ExchangeProgress, TheModelPassesEachRoundToTheRunsObserver) {
  auto scenario = LoadBuiltinScenario("lachin-2023");
  ASSERT_TRUE(scenario) << scenario.error().ToString();
  const ConfiguredModel exchange = testing::Configured(ExchangeModel());
  auto plain = exchange.Run(*scenario);
  ASSERT_TRUE(plain) << plain.error().ToString();
  std::vector<RoundUpdate> updates;
  RunContext context;
  context.observer = [&updates](const RoundUpdate& update) {
    updates.push_back(update);
    return true;
  };
  auto watched = exchange.Run(*scenario, context);
  ASSERT_TRUE(watched) << watched.error().ToString();
  ASSERT_FALSE(updates.empty());
  for (const RoundUpdate& update : updates) {
    EXPECT_EQ(update.model, "exchange");
    EXPECT_LT(update.issue, scenario->issues.size());
  }
  ASSERT_EQ(watched->issues.size(), plain->issues.size());
  for (std::size_t k = 0; k < plain->issues.size(); ++k) {
    EXPECT_EQ(watched->issues[k].forecast.outcome, plain->issues[k].forecast.outcome);
    EXPECT_EQ(watched->issues[k].forecast.termination, plain->issues[k].forecast.termination);
  }
}

}  // namespace
}  // namespace parley::progress_hooks_test
