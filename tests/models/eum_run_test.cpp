// RunEum as a whole: the Forecast it returns, stopping rules, switches that
// change moves, input validation, order invariance and thread safety.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

#include "parley/classic_models.h"
#include "parley/eum.h"
#include "parley/eum_detail.h"

namespace parley::eum_run_test {
namespace {

// An arbitrary eight-actor issue on 0-100 with distinct positions and weights.
IssueProblem EightActors() {
  return MakeIssueProblem({5.0, 12.0, 30.0, 41.0, 58.0, 66.0, 83.0, 97.0},
                          {1.0, 2.5, 0.7, 3.0, 1.8, 0.4, 2.2, 1.1},
                          {0.9, 0.35, 0.6, 0.75, 0.2, 0.95, 0.5, 0.65});
}

EumOptions Paper() {
  EumOptions options;
  options.preset = EumPreset::kPaper;
  return options;
}

// Scholz's fixed-round run: no cycle detection, `rounds` rounds.
EumOptions FixedRounds(int rounds) {
  EumOptions options;
  options.max_rounds = rounds;
  options.detect_cycles = false;
  return options;
}

TEST(EumRun, ReturnsTheInitialStatePlusOneRoundPerStepUpToTheCap) {
  const Forecast forecast = RunEum(EightActors(), FixedRounds(7)).value();
  EXPECT_EQ(forecast.model, "eum");
  EXPECT_EQ(forecast.RoundCount(), 7);
  EXPECT_EQ(forecast.termination, Termination::kMaxRounds);
  EXPECT_EQ(forecast.rounds[0].position, EightActors().position);
  EXPECT_EQ(forecast.outcome, forecast.rounds.back().outcome);
}

TEST(EumRun, ReportsTheWeightedMedianAndMeanOfEveryRound) {
  const IssueProblem problem = EightActors();
  for (const EumOptions& options : {EumOptions{}, Paper()}) {
    const Forecast forecast = RunEum(problem, options).value();
    std::vector<double> weight;
    for (std::size_t i = 0; i < problem.ActorCount(); ++i) weight.push_back(problem.Weight(i));
    for (const Round& round : forecast.rounds) {
      EXPECT_EQ(round.outcome, WeightedMedianPosition(round.position, weight));
      EXPECT_EQ(round.mean, WeightedMean(problem, round.position));
    }
  }
}

TEST(EumRun, ShowsTheObserverEveryRoundIncludingTheInitialState) {
  std::vector<int> seen;
  const Forecast forecast = RunEum(EightActors(), FixedRounds(10), [&](const Round& round) {
                              seen.push_back(round.round);
                              return true;
                            }).value();
  EXPECT_EQ(seen, std::vector<int>({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
}

TEST(EumRun, StopsWhenTheObserverSaysSoAndSaysItStopped) {
  const Forecast forecast = RunEum(EightActors(), EumOptions{}, [](const Round& round) {
                              return round.round < 3;
                            }).value();
  EXPECT_EQ(forecast.RoundCount(), 3);
  EXPECT_EQ(forecast.termination, Termination::kStopped);
  EXPECT_EQ(forecast.outcome, forecast.rounds.back().outcome);
}

// Moves go towards another actor's position, so nobody leaves the initial hull.
TEST(EumRun, KeepsEveryPositionWithinTheInitialRange) {
  for (const EumOptions& options : {EumOptions{}, Paper()}) {
    const Forecast forecast = RunEum(EightActors(), options).value();
    for (const Round& round : forecast.rounds) {
      for (double x : round.position) EXPECT_TRUE(x >= 5.0 && x <= 97.0) << x;
    }
  }
}

TEST(EumRun, StopsWhenTheMedianHasBeenStableForThePatience) {
  EumOptions options = FixedRounds(10);
  options.stop_rule = EumStopRule::kMedianStable;
  options.stop_patience = 3;
  // Everyone agrees, so nobody moves and the median never shifts.
  const IssueProblem problem = MakeIssueProblem({40.0, 40.0, 40.0}, {1.0, 2.0, 3.0}, {1, 1, 1});
  const Forecast forecast = RunEum(problem, options).value();
  EXPECT_EQ(forecast.termination, Termination::kConverged);
  EXPECT_EQ(forecast.RoundCount(), 3);
  EXPECT_EQ(forecast.outcome, 40.0);
}

TEST(EumRun, ReportsAStateThatNobodyLeavesAsConvergedWhenDetectingCycles) {
  EumOptions options;
  options.detect_cycles = true;
  const IssueProblem problem = MakeIssueProblem({40.0, 40.0}, {1.0, 2.0}, {0.5, 0.5});
  const Forecast forecast = RunEum(problem, options).value();
  EXPECT_EQ(forecast.termination, Termination::kConverged);
  EXPECT_EQ(forecast.RoundCount(), 1);
}

// Found by a search over small integer cases: from its own view each of two
// actors loses a confrontation to the other, so they swap back and forth.
TEST(EumRun, DetectsARepeatedPositionVectorAsACycle) {
  EumOptions options;
  options.detect_cycles = true;
  options.max_rounds = 50;
  const IssueProblem problem = MakeIssueProblem({90.0, 40.0, 0.0}, {1, 3, 3}, {0.9, 0.4, 0.1});
  const Forecast forecast = RunEum(problem, options).value();
  EXPECT_EQ(forecast.termination, Termination::kCycle);
  EXPECT_LT(forecast.RoundCount(), 50);
}

// A8: with conflict_moves off, lost confrontations no longer move anyone.
TEST(EumRun, MovesNobodyInAConflictWhenConflictMovesAreOff) {
  EumOptions options = Paper();
  options.conflict_moves = false;
  const IssueProblem problem = EightActors();
  const EumStepResult step = EumStep(problem, options, EumInitialSnapshot(problem, options));
  for (const auto& move : step.move) {
    EXPECT_FALSE(move && move->kind == EumMoveKind::kConfrontationLost);
  }
}

// Fig. 6 of Scholz 2011 and eq. 36, read back from the moves of one step.
TEST(EumRun, MovesEachActorAccordingToItsRegionOfTheView) {
  for (const EumOptions& options : {EumOptions{}, Paper()}) {
    const IssueProblem problem = EightActors();
    const EumStepResult step = EumStep(problem, options, EumInitialSnapshot(problem, options));
    for (const auto& move : step.move) {
      if (!move) continue;
      const double a = move->mover_utility, b = move->proposer_utility;
      const double x_i = problem.position[move->mover], x_j = problem.position[move->proposer];
      switch (move->kind) {
        case EumMoveKind::kConfrontationLost:
          EXPECT_TRUE(b > a && a > 0.0);
          EXPECT_EQ(move->position, x_j);
          break;
        case EumMoveKind::kCapitulation:
          EXPECT_TRUE(a < 0.0 && b > 0.0 && b < -a);
          EXPECT_EQ(move->position, x_j);
          break;
        case EumMoveKind::kCompromise:
          EXPECT_TRUE(a < 0.0 && b > -a);
          EXPECT_DOUBLE_EQ(move->position, x_i + (x_j - x_i) * (-a / b));
          break;
      }
    }
  }
}

TEST(EumRun, GivesTheSameTrajectoryWhenActorsAreListedInReverse) {
  const IssueProblem problem = EightActors();
  IssueProblem reversed = problem;
  std::reverse(reversed.position.begin(), reversed.position.end());
  std::reverse(reversed.capability.begin(), reversed.capability.end());
  std::reverse(reversed.salience.begin(), reversed.salience.end());
  for (const EumOptions& options : {EumOptions{}, Paper()}) {
    const Forecast forward = RunEum(problem, options).value();
    const Forecast backward = RunEum(reversed, options).value();
    for (std::size_t t = 0; t < forward.rounds.size(); ++t) {
      EXPECT_DOUBLE_EQ(forward.rounds[t].outcome, backward.rounds[t].outcome) << t;
      EXPECT_NEAR(forward.rounds[t].mean, backward.rounds[t].mean, 1e-9) << t;
    }
  }
}

TEST(EumRun, RejectsSalienceOutsideTheUnitIntervalNamingTheField) {
  IssueProblem problem = EightActors();
  problem.salience[3] = 1.5;
  const auto forecast = RunEum(problem);
  ASSERT_FALSE(forecast);
  EXPECT_EQ(forecast.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(forecast.error().field, "salience");
  EXPECT_NE(forecast.error().message.find("#3"), std::string::npos);
}

TEST(EumRun, RejectsMismatchedColumnsNegativeCapabilityAndZeroWeight) {
  IssueProblem short_column = EightActors();
  short_column.capability.pop_back();
  IssueProblem negative = EightActors();
  negative.capability[0] = -1.0;
  const IssueProblem weightless = MakeIssueProblem({1.0, 2.0}, {1.0, 1.0}, {0.0, 0.0});
  for (const IssueProblem& problem : {short_column, negative, weightless}) {
    const auto forecast = RunEum(problem);
    ASSERT_FALSE(forecast);
    EXPECT_EQ(forecast.error().code, ErrorCode::kInvalidInput);
  }
}

TEST(EumRun, RejectsBadOptionsAsUsageErrors) {
  EumOptions options;
  options.max_rounds = 0;
  const auto forecast = RunEum(EightActors(), options);
  ASSERT_FALSE(forecast);
  EXPECT_EQ(forecast.error().code, ErrorCode::kInvalidArgument);
}

TEST(EumRun, GivesIdenticalResultsWhenRunConcurrently) {
  const IssueProblem problem = EightActors();
  const Forecast reference = RunEum(problem).value();
  std::vector<Forecast> results(4);
  std::vector<std::thread> threads;
  for (Forecast& result : results) {
    threads.emplace_back([&problem, &result] { result = RunEum(problem).value(); });
  }
  for (std::thread& thread : threads) thread.join();
  for (const Forecast& result : results) {
    for (std::size_t t = 0; t < reference.rounds.size(); ++t) {
      EXPECT_EQ(result.rounds[t].position, reference.rounds[t].position);
    }
  }
}

}  // namespace
}  // namespace parley::eum_run_test
