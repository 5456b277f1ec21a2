#include "parley/ensemble.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numeric>

#include "parley/model_builder.h"
#include "parley/monte_carlo.h"

namespace parley {
namespace {

constexpr std::string_view kCombinationChoices = "mean, median, weighted";

Result<std::vector<double>> ParseWeights(const std::string& text) {
  std::vector<double> weights;
  for (const std::string& item : SplitNames(text)) {
    auto value = model_builder_detail::ParseNumber(item);
    if (!value || *value < 0.0) {
      return InvalidArgument(
          fmt::format("ensemble.weights: '{}' is not a number >= 0 (in '{}')", item, text));
    }
    weights.push_back(*value);
  }
  return weights;
}

Status CheckEnsembleOptions(const EnsembleOptions& options) {
  const std::vector<std::string> members = SplitNames(options.members);
  if (members.empty()) return InvalidArgument("ensemble.members: name at least one model");
  if (std::find(members.begin(), members.end(), "ensemble") != members.end()) {
    return InvalidArgument("ensemble.members: an ensemble cannot contain itself");
  }
  auto weights = ParseWeights(options.weights);
  if (!weights) return tl::unexpected(weights.error());
  if (options.combine == Combination::kWeighted && weights->size() != members.size()) {
    return InvalidArgument(fmt::format("ensemble.weights: {} weights for {} members ({})",
                                       weights->size(), members.size(), options.members));
  }
  return Ok();
}

Result<ScenarioForecast> RunEnsemble(const Scenario& scenario, const EnsembleOptions& options,
                                     const RunContext& context) {
  if (auto status = CheckEnsembleOptions(options); !status) return tl::unexpected(status.error());
  auto members = ConfigureModels(BuiltinModels(), options.members, scenario);
  if (!members) return tl::unexpected(members.error());
  const std::vector<double> weights = ParseWeights(options.weights).value_or(std::vector<double>{});
  std::vector<std::vector<DrawOutcome>> outcomes;  // [member][issue]
  for (const ConfiguredModel& member : *members) {
    auto forecast = member.Run(scenario, context);
    if (!forecast) return tl::unexpected(forecast.error());
    outcomes.push_back(DrawOutcomesOf(scenario, *forecast));
  }
  ScenarioForecast result;
  result.model = "ensemble";
  DetailTable table{"members", "Each member's outcome per issue", {"issue"}, {}};
  for (const ConfiguredModel& member : *members) table.columns.push_back(member.name());
  for (std::size_t k = 0; k < scenario.issues.size(); ++k) {
    std::vector<std::optional<double>> values;
    std::vector<DetailCell> row{scenario.issues[k].id};
    for (const auto& member : outcomes) {
      const bool has = member[k].HasOutcome();
      values.push_back(has ? std::optional<double>(member[k].outcome) : std::nullopt);
      row.emplace_back(has ? DetailCell(member[k].outcome) : DetailCell(std::string("none")));
    }
    table.rows.push_back(std::move(row));
    const std::optional<double> combined = Combine(values, options.combine, weights);
    auto problem = MakeIssueProblem(scenario, k);
    if (!combined || !problem) {
      result.skipped.push_back({k, "no member model gave an outcome"});
      continue;
    }
    Forecast forecast;
    forecast.model = "ensemble";
    forecast.outcome = *combined;
    result.issues.push_back({k, std::move(*problem), std::move(forecast)});
  }
  result.detail.notes.push_back(
      fmt::format("ensemble of {} by the {}", options.members, ToString(options.combine)));
  result.detail.tables.push_back(std::move(table));
  return result;
}

}  // namespace

std::string_view ToString(Combination combination) {
  switch (combination) {
    case Combination::kMean:
      return "mean";
    case Combination::kMedian:
      return "median";
    case Combination::kWeighted:
      return "weighted";
  }
  return "mean";
}

std::optional<Combination> CombinationFromString(std::string_view text) {
  for (Combination c : {Combination::kMean, Combination::kMedian, Combination::kWeighted}) {
    if (ToString(c) == text) return c;
  }
  return std::nullopt;
}

std::vector<std::string> SplitNames(const std::string& text) {
  std::vector<std::string> names;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t comma = std::min(text.find(',', start), text.size());
    std::string name = text.substr(start, comma - start);
    name.erase(0, name.find_first_not_of(' '));
    name.erase(name.find_last_not_of(' ') + 1);
    if (!name.empty()) names.push_back(name);
    start = comma + 1;
  }
  return names;
}

std::optional<double> Combine(const std::vector<std::optional<double>>& outcomes,
                              Combination combination, const std::vector<double>& weights) {
  std::vector<double> present;
  double weighted = 0.0, weight_sum = 0.0;
  for (std::size_t m = 0; m < outcomes.size(); ++m) {
    if (!outcomes[m]) continue;
    present.push_back(*outcomes[m]);
    const double w = m < weights.size() ? weights[m] : 0.0;
    weighted += w * *outcomes[m];
    weight_sum += w;
  }
  if (present.empty()) return std::nullopt;
  switch (combination) {
    case Combination::kMean:
      return std::accumulate(present.begin(), present.end(), 0.0) /
             static_cast<double>(present.size());
    case Combination::kMedian: {
      std::sort(present.begin(), present.end());
      const std::size_t middle = present.size() / 2;
      return present.size() % 2 == 1 ? present[middle]
                                     : (present[middle - 1] + present[middle]) / 2.0;
    }
    case Combination::kWeighted:
      if (weight_sum <= 0.0) return std::nullopt;
      return weighted / weight_sum;
  }
  return std::nullopt;
}

ModelSpec EnsembleModel() {
  return ModelBuilder<EnsembleOptions>("ensemble",
                                       "several models' outcomes combined (mean, median, weights)")
      .Option(
          "members", "registry names, comma-separated", "Clemen 1989", "the models combined",
          [](EnsembleOptions& options, std::string_view text) -> Status {
            options.members = std::string(text);
            return Ok();
          },
          [](const EnsembleOptions& options) { return options.members; })
      .Choice(
          "combine", &EnsembleOptions::combine, CombinationFromString,
          [](Combination c) { return ToString(c); }, std::string(kCombinationChoices),
          "Clemen 1989; Breiman 1996 (stacking)", "how the members' outcomes are combined")
      .Option(
          "weights", "numbers >= 0, one per member", "Breiman 1996",
          "member weights for combine=weighted",
          [](EnsembleOptions& options, std::string_view text) -> Status {
            options.weights = std::string(text);
            return Ok();
          },
          [](const EnsembleOptions& options) { return options.weights; })
      .CombinesModels()
      .Check(CheckEnsembleOptions)
      .Run(RunEnsemble);
}

}  // namespace parley
