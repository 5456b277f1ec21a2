// Results never depend on the thread count or on the lane width, and
// stochastic runs depend only on the seed.
#include <gtest/gtest.h>

#include <cstring>
#include <vector>

#include "ktab_reference.h"
#include "parley/smp.h"
#include "parley/smp_generator.h"
#include "smp/engine.h"
#include "smp/turn.h"

namespace parley::smp_test::determinism_test {
namespace {

// Bit-for-bit equality of every number of two runs.
bool SameBits(const std::vector<double>& a, const std::vector<double>& b) {
  return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0;
}

bool SameRun(const SmpRun& a, const SmpRun& b) {
  if (a.states.size() != b.states.size()) return false;
  for (std::size_t t = 0; t < a.states.size(); ++t) {
    const SmpState& x = a.states[t];
    const SmpState& y = b.states[t];
    if (!SameBits(x.position, y.position) || !SameBits(x.ideal, y.ideal) ||
        !SameBits(x.winning_probability, y.winning_probability) ||
        std::memcmp(&x.fractional_change, &y.fractional_change, sizeof(double)) != 0) {
      return false;
    }
  }
  return true;
}

SmpRun RunWithThreads(const SmpProblem& problem, SmpOptions options, int threads) {
  options.threads = threads;
  options.min_actors_for_threads = 0;  // use the threads even for small problems
  auto run = RunSmp(problem, options);
  EXPECT_TRUE(run) << run.error().ToString();
  return run ? *run : SmpRun{};
}

TEST(SmpDeterminism, TwoThreadsGiveTheSameBitsAsOneOnTheFortyActorReference) {
  auto ktab_case = LoadKtabCase(ReferencePath("inputs/dummyData-a040.csv"));
  ASSERT_TRUE(ktab_case) << ktab_case.error().ToString();
  EXPECT_TRUE(SameRun(RunWithThreads(ktab_case->problem, ktab_case->options, 1),
                      RunWithThreads(ktab_case->problem, ktab_case->options, 2)));
}

TEST(SmpDeterminism, TwoThreadsGiveTheSameBitsAsOneWithAccommodationAndMarkovPce) {
  auto ktab_case = LoadKtabCase(ReferencePath("variants/v00-det-base.xml"));
  ASSERT_TRUE(ktab_case) << ktab_case.error().ToString();
  EXPECT_TRUE(SameRun(RunWithThreads(ktab_case->problem, ktab_case->options, 1),
                      RunWithThreads(ktab_case->problem, ktab_case->options, 2)));
}

TEST(SmpDeterminism, ThreeThreadsGiveTheSameBitsAsOneOnAGeneratedThreeDimensionalCase) {
  const SmpProblem problem = GenerateSmpProblem(61, 3, 7);
  SmpOptions options;
  options.max_turns = 6;
  EXPECT_TRUE(SameRun(RunWithThreads(problem, options, 1), RunWithThreads(problem, options, 3)));
}

TEST(SmpDeterminism, StochasticRunsRepeatForTheSameSeedAndDifferForAnother) {
  const SmpProblem problem = GenerateSmpProblem(25, 2, 3);
  SmpOptions options;
  options.state_transitions = SmpStateTransitions::kStochastic;
  options.max_turns = 8;
  const SmpRun first = RunWithThreads(problem, options, 1);
  EXPECT_TRUE(SameRun(first, RunWithThreads(problem, options, 2)));
  options.seed = 12345;
  EXPECT_FALSE(SameRun(first, RunWithThreads(problem, options, 1)));
}

// The AVX2 and SSE2 inner loops: one turn of every stage with both lane widths.
TEST(SmpDeterminism, WideAndNarrowLanesGiveTheSameBits) {
  if (!smp::HasAvx2()) GTEST_SKIP() << "this processor has no AVX2 path";
  const SmpProblem problem = GenerateSmpProblem(47, 4, 11);
  SmpOptions options;
  options.pce_model = SmpPceModel::kMarkovIncentive;
  options.voting_rule = SmpVotingRule::kPropCbc;
  ThreadPool pool(1);
  std::vector<std::vector<double>> positions;
  for (bool wide : {false, true}) {
    smp::Actors actors = smp::PrepareActors(problem);
    actors.wide_lanes = wide;
    auto analysis = smp::AnalyseState(actors, problem.position, problem.position, options, pool);
    ASSERT_TRUE(analysis);
    smp::KtabRandom random(options.seed);
    auto next = smp::NextPositions(actors, problem.position, problem.position, *analysis, options,
                                   pool, random);
    ASSERT_TRUE(next);
    auto winning = smp::WinningProbabilities(actors, *next, *analysis, options, pool);
    ASSERT_TRUE(winning);
    next->insert(next->end(), analysis->risk.begin(), analysis->risk.end());
    next->insert(next->end(), winning->begin(), winning->end());
    positions.push_back(*next);
  }
  EXPECT_TRUE(SameBits(positions[0], positions[1]));
}

TEST(SmpDeterminism, BestChallengeAgreesWithTheOneTargetEvaluation) {
  const SmpProblem problem = GenerateSmpProblem(23, 2, 5);
  SmpOptions options;
  ThreadPool pool(1);
  const smp::Actors actors = smp::PrepareActors(problem);
  auto analysis = smp::AnalyseState(actors, problem.position, problem.position, options, pool);
  ASSERT_TRUE(analysis);
  for (std::size_t i = 0; i < actors.count; ++i) {
    const smp::Challenge best = smp::BestChallenge(actors, *analysis, options, i);
    if (!best.found) continue;
    const auto [phi, gain] =
        smp::EvaluateChallenge(actors, *analysis, options, i, i, i, best.target);
    EXPECT_EQ(phi, best.probability) << "actor " << i;
    EXPECT_EQ(gain, best.gain) << "actor " << i;
    for (std::size_t j = 0; j < actors.count; ++j) {
      if (j == i) continue;
      EXPECT_LE(smp::EvaluateChallenge(actors, *analysis, options, i, i, i, j).second, best.gain);
    }
  }
}

}  // namespace
}  // namespace parley::smp_test::determinism_test
