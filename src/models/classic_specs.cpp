// Registry entries of the closed-form models: weighted median, compromise and
// asymmetric Nash bargaining (classic_models.h). Each runs issue by issue.
#include <array>

#include "core/enum_table.h"
#include "models/nash_detail.h"
#include "parley/classic_models.h"
#include "parley/model_builder.h"

namespace parley {
namespace {

constexpr EnumTable<WeightSource, 3> kWeightNames = {{
    {WeightSource::kCapabilityTimesSalience, "capability_salience"},
    {WeightSource::kCapability, "capability"},
    {WeightSource::kSalience, "salience"},
}};

constexpr EnumTable<NashUtility, 2> kUtilityNames = {{
    {NashUtility::kLinear, "linear"},
    {NashUtility::kQuadratic, "quadratic"},
}};

constexpr EnumTable<NashRule, 4> kRuleNames = {{
    {NashRule::kScenario, "scenario"},
    {NashRule::kUnanimity, "unanimity"},
    {NashRule::kQualifiedMajority, "qualified_majority"},
    {NashRule::kSimpleMajority, "simple_majority"},
}};

Result<NashRule> RuleFromString(std::string_view text) {
  if (auto value = ValueOf(kRuleNames, text)) return *value;
  return InvalidArgument("unknown voting rule");
}
std::string_view RuleName(NashRule value) { return NameOf(kRuleNames, value); }

Result<WeightSource> WeightFromString(std::string_view text) {
  if (auto value = ValueOf(kWeightNames, text)) return *value;
  return InvalidArgument("unknown weight source");
}
std::string_view WeightName(WeightSource value) { return NameOf(kWeightNames, value); }
Result<NashUtility> UtilityFromString(std::string_view text) {
  if (auto value = ValueOf(kUtilityNames, text)) return *value;
  return InvalidArgument("unknown utility");
}
std::string_view UtilityName(NashUtility value) { return NameOf(kUtilityNames, value); }

constexpr std::string_view kWeightChoices = "capability_salience, capability, salience";

}  // namespace

ModelSpec WeightedMedianModel() {
  return ModelBuilder<WeightedMedianOptions>(
             "weighted_median",
             "the position a weighted majority prefers to every other (the Condorcet winner)")
      .Choice("weights", &WeightedMedianOptions::weights, WeightFromString, WeightName,
              std::string(kWeightChoices), "Bueno de Mesquita 1994; models.md 3.2 step 3",
              "what each actor's vote is weighted by")
      .Run([](const Scenario& scenario, const WeightedMedianOptions& options,
              const RunContext& context) {
        return ForecastIssueByIssue(
            scenario, "weighted_median",
            [&options](const IssueProblem& problem, const RoundObserver&) {
              return RunWeightedMedian(problem, options);
            },
            context);
      });
}

ModelSpec CompromiseModel() {
  return ModelBuilder<CompromiseOptions>("compromise",
                                         "the capability x salience weighted mean of the positions")
      .Choice("weights", &CompromiseOptions::weights, WeightFromString, WeightName,
              std::string(kWeightChoices), "Van den Bos 1991; Achen 2006; models.md 4.1",
              "what each actor's position is weighted by")
      .Run([](const Scenario& scenario, const CompromiseOptions& options,
              const RunContext& context) {
        return ForecastIssueByIssue(
            scenario, "compromise",
            [&options](const IssueProblem& problem, const RoundObserver&) {
              return RunCompromise(problem, options);
            },
            context);
      });
}

ModelSpec NashModel() {
  return ModelBuilder<NashOptions>(
             "nash", "asymmetric Nash bargaining with the status quo as disagreement point")
      .Choice("utility", &NashOptions::utility, UtilityFromString, UtilityName, "linear, quadratic",
              "models.md 4.3", "shape of each actor's utility")
      .Choice("weights", &NashOptions::weights, WeightFromString, WeightName,
              std::string(kWeightChoices), "models.md 4.3, w_i = c_i", "bargaining weights")
      .Number("tolerance", &NashOptions::tolerance, 1e-15, 1e-3, "numerical",
              "bisection tolerance as a share of the scale range")
      .Choice("rule", &NashOptions::rule, RuleFromString, RuleName,
              "scenario, unanimity, qualified_majority, simple_majority",
              "models.md 4.3; docs/models/nash.md",
              "whose consent a move from the status quo needs (scenario: the issue's "
              "voting_rule, unanimity when it has none)")
      .Number("qualified_majority", &NashOptions::qualified_majority, 0.5, 1.0,
              "TEC Art. 205(2), Amsterdam: 62 of 87 Council votes",
              "share of the capability a qualified majority needs")
      .Run([](const Scenario& scenario, const NashOptions& options, const RunContext& context) {
        return ForecastIssueByIssue(
            scenario, "nash",
            [&options, &scenario](const IssueProblem& problem, const RoundObserver&) {
              return nash::RunNamed(problem, options, [&](std::size_t index) {
                return scenario.actors[problem.actor[index]].id;
              });
            },
            context);
      });
}

}  // namespace parley
