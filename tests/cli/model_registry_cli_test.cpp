// The one model interface from the command line: a model that exists only in
// this file, registered through the registry alone, runs through forecast,
// validate and compare-regimes like the built-in ones.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli_test_support.h"
#include "parley/model_builder.h"

namespace parley::model_registry_cli_test {
namespace {

using testing::RunCli;
using testing::TempDir;

constexpr double kExact = 1e-9;

// The test's own model: every issue lands `share` of the way from the scale's
// minimum to its maximum. With the default share 0.25, a 0-100 issue gives 25.
struct QuarterOptions {
  double share = 0.25;
};

ModelSpec QuarterModel() {
  return ModelBuilder<QuarterOptions>("quarter", "lands a fixed share along every scale")
      .Number("share", &QuarterOptions::share, 0.0, 1.0, "this test", "where on the scale")
      .Run([](const Scenario& scenario, const QuarterOptions& options, const RunContext& context) {
        return ForecastIssueByIssue(
            scenario, "quarter",
            [&options](const IssueProblem& problem, const RoundObserver&) -> Result<Forecast> {
              Forecast forecast;
              forecast.outcome = problem.scale_min + options.share * problem.Range();
              forecast.rounds.push_back(Round{0, problem.position, forecast.outcome, 0.0});
              forecast.message = "a fixed share of the scale";
              return forecast;
            },
            context);
      });
}

ModelRegistry BuiltinsAndQuarter() {
  ModelRegistry registry = BuiltinModels();
  EXPECT_TRUE(registry.Add(QuarterModel()));
  return registry;
}

// One issue with a real outcome of 40; G guarantor so every regime applies.
constexpr const char* kScenario = R"(parley: 1
id: tiny
actors:
  - {id: G, role: guarantor, capability: 2}
  - {id: R, role: regional_power, capability: 1}
  - {id: P, role: parent_state, capability: 2}
issues:
  - {id: status, scale: {min: 0, max: 100}, status_quo: 50, outcome: 40}
stances:
  - {actor: G, issue: status, position: 80, salience: 100}
  - {actor: R, issue: status, position: 60, salience: 50}
  - {actor: P, issue: status, position: 20, salience: 100}
)";

TEST(ModelRegistryCli, ATestModelForecastsThroughTheRegistryAlone) {
  const ModelRegistry registry = BuiltinsAndQuarter();
  TempDir dir;
  const auto result = RunCli({"forecast", dir.Write("t.yaml", kScenario), "--model", "quarter",
                              "--set", "quarter.share=0.3", "--format", "json"},
                             registry);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto json = nlohmann::json::parse(result.out);
  EXPECT_EQ(json["models"][0]["model"], "quarter");
  EXPECT_NEAR(json["models"][0]["issues"][0]["outcome"].get<double>(), 30.0, kExact);
}

TEST(ModelRegistryCli, ATestModelIsScoredByValidate) {
  // |25 - 40| = 15 on the one issue with an outcome.
  const ModelRegistry registry = BuiltinsAndQuarter();
  TempDir dir;
  const auto result =
      RunCli({"validate", dir.Write("t.yaml", kScenario), "--model", "quarter", "--format", "json"},
             registry);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto json = nlohmann::json::parse(result.out);
  EXPECT_EQ(json["predictors"][0]["predictor"], "quarter");
  EXPECT_NEAR(json["predictors"][0]["mae"].get<double>(), 15.0, kExact);
}

TEST(ModelRegistryCli, ATestModelSitsAtEveryRegimesTable) {
  const ModelRegistry registry = BuiltinsAndQuarter();
  TempDir dir;
  const auto result = RunCli(
      {"compare-regimes", dir.Write("t.yaml", kScenario), "--model", "quarter", "--format", "json"},
      registry);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto json = nlohmann::json::parse(result.out);
  const auto& regimes = json["comparisons"][0]["regimes"];
  ASSERT_EQ(regimes.size(), 3u);
  for (const auto& regime : regimes) {
    EXPECT_NEAR(regime["outcomes"][0]["outcome"].get<double>(), 25.0, kExact) << regime["regime"];
  }
}

TEST(ModelRegistryCli, EveryCommandThatTakesAModelListsTheRegisteredNamesInItsHelp) {
  const ModelRegistry registry = BuiltinsAndQuarter();
  for (const char* command : {"forecast", "validate", "compare-regimes", "simulate", "engage"}) {
    const auto result = RunCli({command, "--help"}, registry);
    EXPECT_NE(
        result.out.find("weighted_median, compromise, nash, eum, smp, exchange, ensemble, quarter"),
        std::string::npos)
        << command << ":\n"
        << result.out;
  }
}

TEST(ModelRegistryCli, AnUnknownModelIsAUsageErrorNamingTheChoices) {
  const auto result = RunCli({"forecast", "--model", "kalman"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("unknown model 'kalman' (allowed: weighted_median, compromise, nash, "
                            "eum, smp, exchange, ensemble, all)"),
            std::string::npos)
      << result.err;
}

TEST(ModelRegistryCli, AnUnknownOptionIsAUsageErrorListingTheModelsOptions) {
  const auto result = RunCli({"forecast", "--model", "nash", "--set", "nash.utilty=linear"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("model 'nash' has no option 'utilty' (options: utility, weights, "
                            "tolerance, rule, qualified_majority)"),
            std::string::npos)
      << result.err;
}

}  // namespace
}  // namespace parley::model_registry_cli_test

namespace parley::model_registry_cli_test {
namespace {

TEST(ModelFlagsCli, ANegativeSeedIsRefusedNotWrappedToTwoToTheSixtyFour) {
  for (const char* flag : {"--seed", "--smp-seed"}) {
    const auto result = testing::RunCli({"forecast", "--model", "smp", flag, "-1"});
    EXPECT_EQ(result.exit_code, 2) << flag;
    EXPECT_NE(result.err.find(flag), std::string::npos) << result.err;
  }
}

}  // namespace
}  // namespace parley::model_registry_cli_test
