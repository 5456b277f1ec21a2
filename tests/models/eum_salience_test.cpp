// An actor with salience 0 does not care about the issue, so it must not
// change the expected-utility forecast: removing it gives exactly the same run
// (docs/models/eum.md "Actors who do not care").
#include <gtest/gtest.h>

#include <cstddef>
#include <cstdint>
#include <random>
#include <vector>

#include "parley/eum.h"
#include "parley/eum_detail.h"

namespace parley::eum_salience_test {
namespace {

// Inserts an actor (position, capability, salience 0) before index `at`.
IssueProblem WithBystander(IssueProblem problem, std::size_t at, double position,
                           double capability) {
  problem.position.insert(problem.position.begin() + at, position);
  problem.capability.insert(problem.capability.begin() + at, capability);
  problem.salience.insert(problem.salience.begin() + at, 0.0);
  problem.actor.insert(problem.actor.begin() + at, problem.actor.size());
  return problem;
}

// Same outcome, ending and trajectory; the bystanders (true in `bystander`)
// keep their positions.
void ExpectSameRun(const IssueProblem& without, const IssueProblem& with,
                   const std::vector<bool>& bystander, const EumOptions& options) {
  const Forecast reference = RunEum(without, options).value();
  const Forecast forecast = RunEum(with, options).value();
  EXPECT_EQ(forecast.outcome, reference.outcome);
  EXPECT_EQ(forecast.termination, reference.termination);
  ASSERT_EQ(forecast.RoundCount(), reference.RoundCount());
  for (std::size_t t = 0; t < reference.rounds.size(); ++t) {
    EXPECT_EQ(forecast.rounds[t].outcome, reference.rounds[t].outcome) << "round " << t;
    std::vector<double> taking_part;
    for (std::size_t i = 0; i < bystander.size(); ++i) {
      if (bystander[i]) {
        EXPECT_EQ(forecast.rounds[t].position[i], with.position[i]);
      } else {
        taking_part.push_back(forecast.rounds[t].position[i]);
      }
    }
    EXPECT_EQ(taking_part, reference.rounds[t].position) << "round " << t;
  }
}

// Two actors who care and a powerful bystander far outside their range: it
// used to set R (A5), enter the normaliser G and challenge both.
TEST(EumSalience, ABystanderChangesNothingInAThreeActorCase) {
  const IssueProblem pair = MakeIssueProblem({20.0, 35.0}, {1.0, 2.0}, {0.6, 0.3});
  const IssueProblem three = WithBystander(pair, 0, 100.0, 5.0);
  const std::vector<bool> bystander = {true, false, false};
  ExpectSameRun(pair, three, bystander, EumOptions{});
  EumOptions paper;
  paper.preset = EumPreset::kPaper;
  ExpectSameRun(pair, three, bystander, paper);
}

TEST(EumSalience, GivesABystanderNoMoveAndARiskNeutralExponent) {
  const IssueProblem problem = WithBystander(
      MakeIssueProblem({20.0, 35.0, 80.0}, {1.0, 2.0, 1.5}, {0.6, 0.3, 0.9}), 1, 0.0, 5.0);
  const EumSnapshot snapshot = EumInitialSnapshot(problem, EumOptions{});
  EXPECT_EQ(snapshot.range, 60.0);  // 20..80: the bystander at 0 does not count
  const EumStepResult step = EumStep(problem, EumOptions{}, snapshot);
  EXPECT_FALSE(step.move[1]);
  EXPECT_EQ(step.risk.exponent[1], 1.0);
  for (const auto& move : step.move) EXPECT_TRUE(!move || move->proposer != 1);
}

double Draw(std::mt19937_64& engine) { return static_cast<double>(engine() >> 11) * 0x1.0p-53; }

// Property: over random issues, presets and range rules, adding one to three
// bystanders anywhere (positions, capabilities and places in the list drawn at
// random) leaves the run bit-identical.
TEST(EumSalience, AddingBystandersToRandomIssuesLeavesTheRunIdentical) {
  std::mt19937_64 engine(20261201);
  for (int trial = 0; trial < 300; ++trial) {
    const std::size_t n = 2 + engine() % 7;
    std::vector<double> position, capability, salience;
    for (std::size_t i = 0; i < n; ++i) {
      position.push_back(10.0 + 80.0 * Draw(engine));
      capability.push_back(0.1 + Draw(engine));
      salience.push_back(0.05 + 0.95 * Draw(engine));
    }
    const IssueProblem without = MakeIssueProblem(position, capability, salience);
    IssueProblem with = without;
    std::vector<bool> bystander(n, false);
    for (std::size_t b = 0, count = 1 + engine() % 3; b < count; ++b) {
      const std::size_t at = engine() % (with.ActorCount() + 1);
      with = WithBystander(with, at, 100.0 * Draw(engine), 10.0 * Draw(engine));
      bystander.insert(bystander.begin() + static_cast<std::ptrdiff_t>(at), true);
    }
    EumOptions options;
    options.max_rounds = 200;
    options.preset = trial % 2 == 0 ? EumPreset::kScholzCode : EumPreset::kPaper;
    options.range = trial % 3 == 0 ? EumRange::kCurrentPositions : EumRange::kInitialPositions;
    SCOPED_TRACE(testing::Message() << "trial " << trial);
    ExpectSameRun(without, with, bystander, options);
  }
}

}  // namespace
}  // namespace parley::eum_salience_test
