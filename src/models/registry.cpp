// The model registry: names, dispatch, and issue-by-issue scenario forecasts.
#include <fmt/format.h>

#include <array>
#include <utility>

#include "core/enum_table.h"
#include "parley/models.h"

namespace parley {
namespace {

constexpr EnumTable<ModelKind, 4> kModelNames = {{
    {ModelKind::kWeightedMedian, "weighted_median"},
    {ModelKind::kCompromise, "compromise"},
    {ModelKind::kNash, "nash"},
    {ModelKind::kEum, "eum"},
}};

}  // namespace

std::string_view ToString(ModelKind kind) { return NameOf(kModelNames, kind); }

Result<ModelKind> ModelKindFromString(std::string_view text) {
  if (auto kind = ValueOf(kModelNames, text)) return *kind;
  return InvalidArgument(
      fmt::format("unknown model '{}' (allowed: {}, all)", text, AllowedNames(kModelNames)));
}

Result<std::vector<ModelKind>> ModelKindsFromString(std::string_view text) {
  if (text == "all") return AllIssueModels();
  auto kind = ModelKindFromString(text);
  if (!kind) return tl::unexpected(kind.error());
  return std::vector<ModelKind>{*kind};
}

std::vector<ModelKind> AllIssueModels() { return Values(kModelNames); }

Result<Forecast> RunIssueModel(ModelKind kind, const IssueProblem& problem,
                               const ModelOptions& options, const RoundObserver& observer) {
  switch (kind) {
    case ModelKind::kWeightedMedian:
      return RunWeightedMedian(problem, options.weighted_median);
    case ModelKind::kCompromise:
      return RunCompromise(problem, options.compromise);
    case ModelKind::kNash:
      return RunNash(problem, options.nash);
    case ModelKind::kEum:
      return RunEum(problem, options.eum, observer);
  }
  return MakeError(ErrorCode::kInternal, "unhandled model kind");
}

Result<ScenarioForecast> ForecastScenario(const Scenario& scenario, ModelKind kind,
                                          const ModelOptions& options) {
  ScenarioForecast result;
  result.model = std::string(ToString(kind));
  for (std::size_t k = 0; k < scenario.issues.size(); ++k) {
    auto problem = MakeIssueProblem(scenario, k);
    if (!problem) {
      result.skipped.push_back({k, problem.error().message});
      continue;
    }
    auto forecast = RunIssueModel(kind, *problem, options);
    if (!forecast) {
      Error error = forecast.error();
      error.message = fmt::format("issue '{}': {}", scenario.issues[k].id, error.message);
      return tl::unexpected<Error>(std::move(error));
    }
    result.issues.push_back(IssueForecast{k, std::move(*problem), std::move(*forecast)});
  }
  return result;
}

Result<std::vector<ScenarioForecast>> ForecastScenario(const Scenario& scenario,
                                                       const std::vector<ModelKind>& kinds,
                                                       const ModelOptions& options) {
  std::vector<ScenarioForecast> forecasts;
  for (ModelKind kind : kinds) {
    auto forecast = ForecastScenario(scenario, kind, options);
    if (!forecast) return tl::unexpected(forecast.error());
    forecasts.push_back(std::move(*forecast));
  }
  return forecasts;
}

}  // namespace parley
