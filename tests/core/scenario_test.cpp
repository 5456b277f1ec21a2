// The scenario model's own rules, independent of any file format.
#include "parley/scenario.h"

#include <gtest/gtest.h>

#include "parley/issue_problem.h"

namespace parley::scenario_test {
namespace {

Scenario TwoActorsOneIssue() {
  Scenario scenario;
  scenario.file = "s.yaml";
  scenario.actors = {Actor{"A", "A", ActorRole::kParentState, 2.0, "", {}, 3},
                     Actor{"B", "B", ActorRole::kPatron, 1.0, "", {}, 4}};
  Issue issue;
  issue.id = "status";
  issue.line = 6;
  scenario.issues = {issue};
  scenario.stances = {Stance{0, 0, 10.0, 0.5, std::nullopt, {}, 8},
                      Stance{1, 0, 90.0, 1.0, Interval{60, 100}, {}, 9}};
  return scenario;
}

TEST(ActorRole, RoundTripsEveryNameUsedInScenarioFiles) {
  for (std::string_view name : AllActorRoleNames()) {
    auto role = ActorRoleFromString(name);
    ASSERT_TRUE(role) << name;
    EXPECT_EQ(ToString(*role), name);
  }
  EXPECT_EQ(AllActorRoleNames().size(), 9u);
}

TEST(ActorRole, UnknownNameListsTheAllowedOnes) {
  auto role = ActorRoleFromString("warlord");
  ASSERT_FALSE(role);
  EXPECT_NE(role.error().message.find("de_facto_authority"), std::string::npos);
}

TEST(ValidateScenario, AcceptsAWellFormedScenario) {
  EXPECT_TRUE(ValidateScenario(TwoActorsOneIssue()));
}

TEST(ValidateScenario, RejectsTwoStancesOfOneActorOnOneIssue) {
  Scenario scenario = TwoActorsOneIssue();
  scenario.stances.push_back(Stance{0, 0, 20.0, 0.5, std::nullopt, {}, 10});
  auto status = ValidateScenario(scenario);
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().ToString(), "s.yaml:10: actor 'A' has two stances on issue 'status'");
}

TEST(ValidateScenario, RejectsARedLineWhoseEndsAreReversed) {
  Scenario scenario = TwoActorsOneIssue();
  scenario.stances[1].red_line = Interval{80, 60};
  auto status = ValidateScenario(scenario);
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().field, "red_line");
  EXPECT_EQ(status.error().line, 9);
}

TEST(ValidateScenario, RejectsAnOutcomeOutsideTheScale) {
  Scenario scenario = TwoActorsOneIssue();
  scenario.issues[0].outcome = 120.0;
  auto status = ValidateScenario(scenario);
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().ToString(),
            "s.yaml:6: issue outcome 120 on issue 'status' outside the scale [0, 100]");
}

TEST(IssueProblem, TakesOnlyTheActorsWithAStanceInScenarioOrder) {
  Scenario scenario = TwoActorsOneIssue();
  scenario.actors.push_back(Actor{"C", "C", ActorRole::kOther, 5.0, "", {}, 5});
  auto problem = MakeIssueProblem(scenario, 0);
  ASSERT_TRUE(problem);
  EXPECT_EQ(problem->actor, (std::vector<std::size_t>{0, 1}));
  EXPECT_DOUBLE_EQ(problem->Weight(0), 1.0);  // capability 2 x salience 0.5
}

// Stances listed out of actor order (C, A, B) and A's listed twice: the
// problem still runs in actor order and takes A's first stance, as
// Scenario::FindStance finds it.
TEST(IssueProblem, OrdersStancesByActorAndKeepsAnActorsFirstStance) {
  Scenario scenario = TwoActorsOneIssue();
  scenario.actors.push_back(Actor{"C", "C", ActorRole::kOther, 5.0, "", {}, 5});
  scenario.stances = {
      Stance{2, 0, 30.0, 1.0, std::nullopt, {}, 7}, Stance{0, 0, 10.0, 0.5, std::nullopt, {}, 8},
      Stance{1, 0, 90.0, 1.0, std::nullopt, {}, 9}, Stance{0, 0, 70.0, 0.2, std::nullopt, {}, 10}};
  auto problem = MakeIssueProblem(scenario, 0);
  ASSERT_TRUE(problem);
  EXPECT_EQ(problem->actor, (std::vector<std::size_t>{0, 1, 2}));
  EXPECT_EQ(problem->position, (std::vector<double>{10.0, 90.0, 30.0}));
  EXPECT_EQ(problem->capability, (std::vector<double>{2.0, 1.0, 5.0}));
  EXPECT_EQ(problem->salience, (std::vector<double>{0.5, 1.0, 1.0}));
}

}  // namespace
}  // namespace parley::scenario_test
