// Every built-in scenario with every registered model, without a regime and
// under each regime: the command succeeds, and each model gives a forecast or
// a stated reason for every issue. Nothing fails.
#include <gtest/gtest.h>

#include <cctype>
#include <nlohmann/json.hpp>

#include "cli_test_support.h"
#include "parley/builtin_scenarios.h"

namespace parley::every_model_cli_test {
namespace {

using testing::RunCli;

struct Case {
  std::string scenario;
  std::string model;
  std::string regime;  // "" = no regime
};

std::vector<Case> AllCases() {
  std::vector<Case> cases;
  for (const BuiltinScenarioInfo& info : ListBuiltinScenarios()) {
    for (const auto& spec : BuiltinModels().Models()) {
      for (const char* regime : {"", "inclusive", "hierarchical", "multipolar"}) {
        cases.push_back({info.id, spec->name, regime});
      }
    }
  }
  return cases;
}

class EveryModel : public ::testing::TestWithParam<Case> {};

TEST_P(EveryModel, GivesAForecastOrAStatedReasonForEveryIssue) {
  const Case& c = GetParam();
  std::vector<std::string> args = {"forecast", c.scenario, "--model", c.model, "--format", "json"};
  if (!c.regime.empty()) args.insert(args.end(), {"--regime", c.regime});
  const auto result = RunCli(args);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto json = nlohmann::json::parse(result.out);
  const std::size_t issues = LoadBuiltinScenario(c.scenario)->issues.size();
  if (json["schema"] == "parley.regimes/1") {  // the regime ran: every issue has an outcome
    for (const auto& outcome : json["regimes"][0]["outcomes"]) {
      EXPECT_TRUE(outcome["outcome"].is_number());
    }
    return;
  }
  const auto& model = json["models"][0];
  EXPECT_EQ(model["issues"].size() + model["skipped"].size(), issues);
  for (const auto& skipped : model["skipped"])
    EXPECT_FALSE(skipped["reason"].get<std::string>().empty());
  if (!c.regime.empty()) {
    ASSERT_EQ(json["notes"].size(), 1u);  // why the regime did not apply
    EXPECT_NE(json["notes"][0].get<std::string>().find("does not apply"), std::string::npos);
  }
}

INSTANTIATE_TEST_SUITE_P(BuiltinScenarios, EveryModel, ::testing::ValuesIn(AllCases()),
                         [](const ::testing::TestParamInfo<Case>& param) {
                           const Case& c = param.param;
                           std::string name = c.scenario + "_" + c.model + "_" +
                                              (c.regime.empty() ? "none" : c.regime);
                           for (char& ch : name) {
                             if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
                           }
                           return name;
                         });

}  // namespace
}  // namespace parley::every_model_cli_test
