// Nash bargaining: who holds the veto in gridlock, and bargaining over the
// smallest winning coalition under a voting rule. Every number is derived by
// hand in the comment beside it (models.md 4.3; docs/models/nash.md).
#include <gtest/gtest.h>

#include "parley/classic_models.h"
#include "parley/model.h"

namespace parley::nash_voting_rule_test {
namespace {

constexpr double kExact = 1e-12;  // the status quo, returned as given
constexpr double kSearch = 1e-8;  // bisection to 1e-12 of the range

NashOptions WithRule(NashRule rule) {
  NashOptions options;
  options.rule = rule;
  return options;
}

// q = 0; actors at 0, 40, 100 with capability 1, 1, 3 (docs/models/nash.md).
IssueProblem OutvotedAtTheStatusQuo() {
  return MakeIssueProblem({0, 40, 100}, {1, 1, 3}, {1, 1, 1}, 0, 100, 0.0);
}

TEST(NashVeto, AnActorWhoCaresAtTheStatusQuoIsNamedAsTheVetoHolder) {
  // F = [50 - 0, 50 + 0] for the actor at 50: any move hurts it.
  auto forecast = RunNash(MakeIssueProblem({20, 50, 90}, {1, 1, 1}, {1, 1, 1}, 0, 100, 50.0));
  ASSERT_TRUE(forecast);
  EXPECT_EQ(forecast->termination, Termination::kInfeasible);
  EXPECT_NEAR(forecast->outcome, 50.0, kExact);
  EXPECT_EQ(forecast->veto_holders, (std::vector<std::size_t>{1}));
  EXPECT_NE(forecast->message.find("actor 1 sits at the status quo 50 and vetoes every move"),
            std::string::npos)
      << forecast->message;
}

TEST(NashVeto, ActorsOnBothSidesOfTheStatusQuoEachVetoOneDirection) {
  // The actor at 20 accepts [20 - 30, 50], the one at 80 accepts [50, 110]: F = {50}.
  auto forecast = RunNash(MakeIssueProblem({20, 80}, {1, 1}, {1, 1}, 0, 100, 50.0));
  ASSERT_TRUE(forecast);
  EXPECT_EQ(forecast->termination, Termination::kInfeasible);
  EXPECT_EQ(forecast->veto_holders, (std::vector<std::size_t>{0, 1}));
  EXPECT_NE(forecast->message.find("actor 0 (below the status quo 50) veto every move up and "
                                   "actor 1 (above) every move down"),
            std::string::npos)
      << forecast->message;
}

TEST(NashVeto, AnActorWithSalienceZeroAtTheStatusQuoHoldsNoVeto) {
  // Without the indifferent actor at 0 this is the two-actor case 40/100: x* = 40.
  auto forecast = RunNash(MakeIssueProblem({0, 40, 100}, {1, 1, 1}, {0, 1, 1}, 0, 100, 0.0));
  ASSERT_TRUE(forecast);
  EXPECT_EQ(forecast->termination, Termination::kClosedForm);
  EXPECT_TRUE(forecast->veto_holders.empty());
  EXPECT_NEAR(forecast->outcome, 40.0, kSearch);
}

TEST(NashVotingRule, UnanimityIsGridlockWhileAQualifiedMajorityBargainsWithoutTheVetoHolder) {
  auto unanimity = RunNash(OutvotedAtTheStatusQuo(), WithRule(NashRule::kUnanimity));
  ASSERT_TRUE(unanimity);
  EXPECT_EQ(unanimity->termination, Termination::kInfeasible);
  EXPECT_EQ(unanimity->veto_holders, (std::vector<std::size_t>{0}));
  // QMV needs 62/87 of 5 = 3.563: the actor at 100 (3) is short, with the one
  // at 40 (pivot) the coalition has 4. F = [0, 2 * 40] = [0, 80]; on [40, 80]
  // maximise ln(80 - x) + 3 ln x: -1/(80 - x) + 3/x = 0 gives x = 60.
  auto qualified = RunNash(OutvotedAtTheStatusQuo(), WithRule(NashRule::kQualifiedMajority));
  ASSERT_TRUE(qualified);
  EXPECT_EQ(qualified->termination, Termination::kClosedForm);
  EXPECT_NEAR(qualified->outcome, 60.0, kSearch);
  EXPECT_TRUE(qualified->veto_holders.empty());
  EXPECT_NE(qualified->message.find("over [0, 80]"), std::string::npos) << qualified->message;
}

TEST(NashVotingRule, ASimpleMajorityNeedsOnlyTheActorFarthestFromTheStatusQuo) {
  // More than 2.5 of 5: the actor at 100 alone (3) wins; F = [0, 100], x* = 100.
  auto forecast = RunNash(OutvotedAtTheStatusQuo(), WithRule(NashRule::kSimpleMajority));
  ASSERT_TRUE(forecast);
  EXPECT_NEAR(forecast->outcome, 100.0, kSearch);
}

TEST(NashVotingRule, TheMajorityMayLieBelowTheStatusQuo) {
  // The mirror image of the QMV case (q = 100): 100 - 60 = 40.
  auto forecast = RunNash(MakeIssueProblem({100, 60, 0}, {1, 1, 3}, {1, 1, 1}, 0, 100, 100.0),
                          WithRule(NashRule::kQualifiedMajority));
  ASSERT_TRUE(forecast);
  EXPECT_NEAR(forecast->outcome, 40.0, kSearch);
}

TEST(NashVotingRule, TheIssuesOwnRuleIsTheDefaultAndTheOptionOverridesIt) {
  IssueProblem problem = OutvotedAtTheStatusQuo();
  problem.voting_rule = VotingRule::kQualifiedMajority;
  auto by_issue = RunNash(problem);
  ASSERT_TRUE(by_issue);
  EXPECT_NEAR(by_issue->outcome, 60.0, kSearch);
  auto overridden = RunNash(problem, WithRule(NashRule::kUnanimity));
  ASSERT_TRUE(overridden);
  EXPECT_EQ(overridden->termination, Termination::kInfeasible);
}

TEST(NashVotingRule, WithoutAWinningSideTheBlockingActorsAreNamed) {
  // Capability 2, 1, 1 at 0, 40, 100 (q = 0): a move up has 2 of 4 = 50%,
  // short of 71.3%; the actor at 0 blocks.
  auto forecast = RunNash(MakeIssueProblem({0, 40, 100}, {2, 1, 1}, {1, 1, 1}, 0, 100, 0.0),
                          WithRule(NashRule::kQualifiedMajority));
  ASSERT_TRUE(forecast);
  EXPECT_EQ(forecast->termination, Termination::kInfeasible);
  EXPECT_NEAR(forecast->outcome, 0.0, kExact);
  EXPECT_EQ(forecast->veto_holders, (std::vector<std::size_t>{0}));
  EXPECT_NE(forecast->message.find("(up 50.0%, down 0.0%); actor 0 blocks"), std::string::npos)
      << forecast->message;
}

TEST(NashVotingRule, AnIndifferentActorsCapabilityCountsAgainstAQualifiedMajority) {
  // As OutvotedAtTheStatusQuo plus an indifferent actor of capability 1 at 50:
  // 4 of 6 = 66.7% is short of 71.3%.
  auto forecast =
      RunNash(MakeIssueProblem({0, 40, 100, 50}, {1, 1, 3, 1}, {1, 1, 1, 0}, 0, 100, 0.0),
              WithRule(NashRule::kQualifiedMajority));
  ASSERT_TRUE(forecast);
  EXPECT_EQ(forecast->termination, Termination::kInfeasible);
}

TEST(NashVotingRule, RejectsAQualifiedMajorityBelowHalf) {
  NashOptions options = WithRule(NashRule::kQualifiedMajority);
  options.qualified_majority = 0.4;
  EXPECT_FALSE(RunNash(OutvotedAtTheStatusQuo(), options));
}

TEST(NashModel, NamesTheVetoHolderByItsIdInARegistryRun) {
  Scenario scenario;
  scenario.actors = {{"de", "Germany", ActorRole::kOther, 1.0, "", {}, 1},
                     {"fr", "France", ActorRole::kOther, 1.0, "", {}, 2}};
  Issue issue;
  issue.id = "levy";
  issue.status_quo = 30.0;
  scenario.issues = {issue};
  scenario.stances = {{0, 0, 30.0, 1.0, {}, {}, 0}, {1, 0, 90.0, 1.0, {}, {}, 0}};
  auto model = Configure(std::make_shared<ModelSpec>(NashModel()));
  ASSERT_TRUE(model);
  auto forecast = model->Run(scenario);
  ASSERT_TRUE(forecast);
  ASSERT_EQ(forecast->issues.size(), 1u);
  const Forecast& f = forecast->issues[0].forecast;
  EXPECT_EQ(f.veto_holders, (std::vector<std::size_t>{0}));
  EXPECT_NE(f.message.find("de sits at the status quo 30"), std::string::npos) << f.message;
}

}  // namespace
}  // namespace parley::nash_voting_rule_test
