// From parley scenarios to SMP problems, and KTAB's printed blocks.
#include <gtest/gtest.h>

#include <string>

#include "parley/smp.h"
#include "parley/smp_generator.h"

namespace parley::problem_test {
namespace {

Scenario TwoIssueScenario() {
  Scenario scenario;
  scenario.actors = {{"a", "A", ActorRole::kOther, 2.0, "", {}, 1},
                     {"b", "B", ActorRole::kOther, 1.0, "", {}, 2},
                     {"c", "C", ActorRole::kOther, 1.0, "", {}, 3}};
  Issue tax;
  tax.id = "tax";
  tax.name = "Tax";
  tax.scale = {-10.0, 10.0, "cut", "raise"};
  Issue trade;
  trade.id = "trade";
  trade.name = "Trade";
  scenario.issues = {tax, trade};
  scenario.stances = {{0, 0, -10.0, 0.5, {}, {}, 0},
                      {1, 0, 5.0, 0.3, {}, {}, 0},
                      {2, 0, 10.0, 0.2, {}, {}, 0},
                      {0, 1, 40.0, 0.4, {}, {}, 0},
                      {1, 1, 70.0, 0.9, {}, {}, 0}};
  return scenario;
}

TEST(SmpProblemFromScenario, RescalesEachIssueScaleToTheUnitInterval) {
  const auto problem = SmpProblemFromScenario(TwoIssueScenario());
  ASSERT_TRUE(problem) << problem.error().ToString();
  EXPECT_DOUBLE_EQ(problem->position[0 * 2 + 0], 0.0);   // -10 on [-10, 10]
  EXPECT_DOUBLE_EQ(problem->position[1 * 2 + 0], 0.75);  // 5 on [-10, 10]
  EXPECT_DOUBLE_EQ(problem->position[0 * 2 + 1], 0.4);   // 40 on [0, 100]
  EXPECT_EQ(problem->dimension_names[0], "Tax");
}

TEST(SmpProblemFromScenario, GivesAnActorThatSitsOutTheWeightedMeanAndNoSalience) {
  const auto problem = SmpProblemFromScenario(TwoIssueScenario());
  ASSERT_TRUE(problem);
  // C on trade: (2 * 0.4 * 40 + 1 * 0.9 * 70) / (0.8 + 0.9) = 95 / 1.7 = 55.88...
  EXPECT_NEAR(problem->position[2 * 2 + 1], 95.0 / 1.7 / 100.0, 1e-12);
  EXPECT_EQ(problem->salience[2 * 2 + 1], 0.0);
  ASSERT_FALSE(problem->notes.empty());
  EXPECT_NE(problem->notes[0].find("'c' sits issue 'trade' out"), std::string::npos);
}

TEST(SmpProblemFromScenario, UsesTheStatusQuoForAnActorThatSitsOutWhenThereIsOne) {
  Scenario scenario = TwoIssueScenario();
  scenario.issues[1].status_quo = 20.0;
  const auto problem = SmpProblemFromScenario(scenario);
  ASSERT_TRUE(problem);
  EXPECT_DOUBLE_EQ(problem->position[2 * 2 + 1], 0.2);
}

TEST(SmpProblemFromScenario, DividesSaliencesSummingAboveOneByTheirSum) {
  const auto problem = SmpProblemFromScenario(TwoIssueScenario());
  ASSERT_TRUE(problem);
  // B: 0.3 + 0.9 = 1.2 -> 0.25 and 0.75.
  EXPECT_DOUBLE_EQ(problem->salience[1 * 2 + 0], 0.25);
  EXPECT_DOUBLE_EQ(problem->salience[1 * 2 + 1], 0.75);
  EXPECT_DOUBLE_EQ(problem->salience[0 * 2 + 0], 0.5);  // A: 0.9 in all, unchanged
}

TEST(SmpProblemFromScenario, RejectsAnActorWithoutSalienceAnywhere) {
  Scenario scenario = TwoIssueScenario();
  scenario.stances[2].salience = 0.0;  // C on tax; C sits trade out
  const auto problem = SmpProblemFromScenario(scenario);
  ASSERT_FALSE(problem);
  EXPECT_NE(problem.error().message.find("actor 'c' has salience 0 on every issue"),
            std::string::npos);
}

TEST(SmpProblemFromScenario, RunsTheSmpOnTheResult) {
  const auto problem = SmpProblemFromScenario(TwoIssueScenario());
  ASSERT_TRUE(problem);
  const auto run = RunSmp(*problem);
  ASSERT_TRUE(run) << run.error().ToString();
  EXPECT_GE(run->StepCount(), 2);
  EXPECT_EQ(run->states.back().winning_probability.size(), 3u);
}

TEST(RunSmp, GoesOnRiskNeutralWhereKtabWouldAbortAndSaysWhy) {
  // Everybody at one position: every position is equally likely to win, so
  // R = 0/0 (SPEC 4.5 step 4) and KTAB's setAllAUtil aborts. Nobody can gain
  // from moving: the run converges where it started, with a note.
  SmpProblem problem = GenerateSmpProblem(4, 2, 1);
  for (double& x : problem.position) x = 0.5;
  const auto run = RunSmp(problem);
  ASSERT_TRUE(run) << run.error().ToString();
  for (double x : run->states.back().position) EXPECT_DOUBLE_EQ(x, 0.5);
  ASSERT_FALSE(run->notes.empty());
  EXPECT_NE(run->notes[0].find("state 0: every position is equally likely to win"),
            std::string::npos)
      << run->notes[0];
  EXPECT_NE(run->notes[0].find("KTAB aborts"), std::string::npos);
}

TEST(RunSmp, CallsTheObserverWithEveryStateInOrder) {
  const SmpProblem problem = GenerateSmpProblem(12, 2, 4);
  std::vector<int> turns;
  const auto run = RunSmp(problem, {}, [&](const SmpState& state) {
    turns.push_back(state.turn);
    return true;
  });
  ASSERT_TRUE(run);
  ASSERT_EQ(turns.size(), run->states.size());
  for (std::size_t t = 0; t < turns.size(); ++t) EXPECT_EQ(turns[t], static_cast<int>(t));
}

TEST(RunSmp, StopsAtTheTurnCapWithMaxRounds) {
  SmpOptions options;
  options.max_turns = 1;
  options.min_turns = 1;
  options.min_delta_ratio = 0.0;
  const auto run = RunSmp(GenerateSmpProblem(12, 2, 4), options);
  ASSERT_TRUE(run);
  EXPECT_EQ(run->StepCount(), 1);
  EXPECT_EQ(run->termination, Termination::kMaxRounds);
}

TEST(FormatKtabHistory, PrintsKtabsTwoClosingBlocks) {
  SmpProblem problem = GenerateSmpProblem(3, 1, 1);
  problem.actor_names = {"A", "B", "C"};
  problem.dimension_names = {"Pos"};
  SmpRun run;
  SmpState first;
  first.position = {0.7579, 0.0637, 1.0};
  first.winning_probability = {0.00474, 0.5, 0.49526};
  run.states = {first, first};
  EXPECT_EQ(FormatKtabHistory(problem, run),
            "History of actor positions over time:\n"
            "A, Pos:  75.8  75.8\n"
            "B, Pos:   6.4   6.4\n"
            "C, Pos: 100.0 100.0\n"
            "History of actors' winning probabilities:\n"
            "A, prob : 0.0047 0.0047\n"
            "B, prob : 0.5000 0.5000\n"
            "C, prob : 0.4953 0.4953\n");
  EXPECT_EQ(FormatKtabStateCount(run), "There were 2 states, with 1 steps between them");
  EXPECT_EQ(FormatKtabFractionalChange(0.99994, 0.02),
            "Fractional change compared to first step: 0.9999  (target=0.0200)");
}

TEST(GenerateSmpProblem, IsReproducibleAndValid) {
  const SmpProblem a = GenerateSmpProblem(50, 4, 9);
  const SmpProblem b = GenerateSmpProblem(50, 4, 9);
  EXPECT_EQ(a.position, b.position);
  EXPECT_EQ(a.salience, b.salience);
  EXPECT_TRUE(ValidateSmpProblem(a));
  EXPECT_NE(a.position, GenerateSmpProblem(50, 4, 10).position);
}

}  // namespace
}  // namespace parley::problem_test
