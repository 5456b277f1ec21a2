// SmpOptions: KTAB's parameter and option names, validation, and options from
// a scenario's "smp.*" parameters.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "parley/smp.h"
#include "parley/smp_options.h"

namespace parley::options_test {
namespace {

TEST(SmpOptions, DefaultsAreKtabDefaults) {
  // SPEC 4.3: Linear, Conditional, Deterministic, Prop, OneThird, Mid,
  // SemiCommit, S2P2, InitOnlyInterp; seed KBase::dSeed.
  const SmpOptions options;
  std::string names;
  for (std::string_view parameter : SmpParameterNames()) {
    names += std::string(SmpParameterValue(options, parameter)) + " ";
  }
  EXPECT_EQ(names,
            "Linear Conditional Deterministic Prop OneThird Mid SemiCommit S2P2 InitOnlyInterp ");
  EXPECT_EQ(options.seed, 0xD67CC16FE69C185CULL);
  EXPECT_TRUE(ValidateSmpOptions(options));
}

TEST(SmpOptions, EveryChoiceOfEveryParameterReadsBackUnderItsKtabName) {
  for (std::string_view parameter : SmpParameterNames()) {
    for (std::string_view choice : SmpParameterChoices(parameter)) {
      SmpOptions options;
      ASSERT_TRUE(SetSmpParameter(options, parameter, choice)) << parameter << "=" << choice;
      EXPECT_EQ(SmpParameterValue(options, parameter), choice);
    }
  }
}

TEST(SmpOptions, ParameterAndOptionNamesIgnoreCase) {
  SmpOptions options;
  ASSERT_TRUE(SetSmpParameter(options, "votingrule", "propcbc"));
  EXPECT_EQ(options.voting_rule, SmpVotingRule::kPropCbc);
  EXPECT_EQ(SmpPceModelFromString("MARKOVUNIFORM").value(), SmpPceModel::kMarkovUniform);
}

TEST(SmpOptions, RejectsTheSchemaSpellingsKtabItselfRejects) {
  // SPEC 4.2: the XSD says Proportional and No; KTAB's code accepts only Prop and None.
  const auto rule = SmpVotingRuleFromString("Proportional");
  ASSERT_FALSE(rule);
  EXPECT_EQ(rule.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(rule.error().message.find("Binary, PropBin, Prop, PropCbc, Cubic, ASymProsp"),
            std::string::npos);
  EXPECT_FALSE(SmpBigRAdjustFromString("No"));
}

TEST(SmpOptions, RefusesBigRAdjustFullWithAnExplanation) {
  SmpOptions options;
  options.big_r_adjust = SmpBigRAdjust::kFull;
  const Status status = ValidateSmpOptions(options);
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(status.error().message.find("BigRAdjust=Full"), std::string::npos);
  EXPECT_NE(status.error().message.find("KTAB aborts"), std::string::npos);
}

TEST(SmpOptions, RunSmpReportsBigRAdjustFullInsteadOfCrashing) {
  SmpProblem problem;
  problem.actor_names = {"A", "B", "C"};
  problem.dimension_names = {"D"};
  problem.capability = {1, 2, 3};
  problem.position = {0.1, 0.5, 0.9};
  problem.salience = {0.5, 0.5, 0.5};
  SmpOptions options;
  options.big_r_adjust = SmpBigRAdjust::kFull;
  const auto run = RunSmp(problem, options);
  ASSERT_FALSE(run);
  EXPECT_EQ(run.error().code, ErrorCode::kInvalidArgument);
}

TEST(SmpOptions, RejectsSeedZeroAndFieldsOutsideTheirRanges) {
  const auto invalid = [](auto edit) {
    SmpOptions options;
    edit(options);
    return !ValidateSmpOptions(options);
  };
  EXPECT_TRUE(invalid([](SmpOptions& o) { o.seed = 0; }));
  EXPECT_TRUE(invalid([](SmpOptions& o) { o.threads = 0; }));
  EXPECT_TRUE(invalid([](SmpOptions& o) { o.threads = 257; }));
  EXPECT_TRUE(invalid([](SmpOptions& o) { o.min_actors_for_threads = -1; }));
  EXPECT_TRUE(invalid([](SmpOptions& o) { o.max_turns = 0; }));
  EXPECT_TRUE(invalid([](SmpOptions& o) { o.min_turns = 101; }));
  EXPECT_TRUE(invalid([](SmpOptions& o) { o.min_delta_ratio = -0.1; }));
  EXPECT_TRUE(invalid([](SmpOptions& o) { o.min_significant_delta = 0.0; }));
}

TEST(SmpOptions, ReadsSmpParametersAndIgnoresOtherModels) {
  const std::map<std::string, std::string> parameters = {
      {"smp.VictoryProbModel", "Octic"}, {"smp.BargnModel", "PWCompInterp"}, {"eum.q", "0.5"}};
  const auto options = SmpOptionsFromParameters(parameters);
  ASSERT_TRUE(options) << options.error().ToString();
  EXPECT_EQ(options->victory_prob_model, SmpVictoryProbModel::kOctic);
  EXPECT_EQ(options->bargain_model, SmpBargainModel::kPwCompInterp);
}

TEST(SmpOptions, NamesTheKeyOfABadScenarioParameter) {
  const auto options = SmpOptionsFromParameters({{"smp.VotingRule", "Majority"}});
  ASSERT_FALSE(options);
  EXPECT_EQ(options.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(options.error().field, "smp.VotingRule");
  EXPECT_FALSE(SmpOptionsFromParameters({{"smp.Speed", "fast"}}));
}

TEST(SmpOptions, TakesTheSeedFromTheScenario) {
  Scenario scenario;
  scenario.seed = 3507583219545544127ULL;
  scenario.parameters["smp.StateTransitions"] = "Stochastic";
  const auto options = SmpOptionsFromScenario(scenario);
  ASSERT_TRUE(options);
  EXPECT_EQ(options->seed, 3507583219545544127ULL);
  EXPECT_EQ(options->state_transitions, SmpStateTransitions::kStochastic);
}

}  // namespace
}  // namespace parley::options_test
