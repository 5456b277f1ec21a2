#include "parley/validation.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>

#include "parley/classic_models.h"

namespace parley {
namespace {

struct ScoredIssue {
  const Issue* issue;
  IssueProblem problem;
};

// One predictor: a name and a forecast per issue (nullopt = cannot forecast).
struct Predictor {
  std::string name;
  std::function<std::optional<double>(const ScoredIssue&)> forecast;
};

// A model's forecasts of every issue, looked up by issue index.
Predictor ModelPredictor(const ScenarioForecast& forecast) {
  auto shared = std::make_shared<ScenarioForecast>(forecast);
  return {forecast.model, [shared](const ScoredIssue& item) -> std::optional<double> {
            const IssueForecast* issue = shared->Find(item.problem.issue);
            if (!issue) return std::nullopt;
            return issue->forecast.outcome;
          }};
}

std::vector<Predictor> Baselines() {
  std::vector<Predictor> predictors;
  predictors.push_back(
      {"baseline: salience-weighted mean", [](const ScoredIssue& item) -> std::optional<double> {
         auto forecast = RunCompromise(item.problem, {WeightSource::kSalience});
         if (!forecast) return std::nullopt;
         return forecast->outcome;
       }});
  predictors.push_back(
      {"baseline: status quo", [](const ScoredIssue& item) { return item.issue->status_quo; }});
  predictors.push_back({"baseline: scale midpoint", [](const ScoredIssue& item) {
                          return std::optional<double>{
                              (item.issue->scale.min + item.issue->scale.max) / 2.0};
                        }});
  return predictors;
}

}  // namespace

ErrorSummary SummariseErrors(std::string predictor, const std::vector<double>& errors,
                             const std::vector<double>& ranges, double within_share, int skipped) {
  ErrorSummary summary;
  summary.predictor = std::move(predictor);
  summary.scored = static_cast<int>(errors.size());
  summary.skipped = skipped;
  if (errors.empty()) return summary;
  std::vector<double> absolute;
  double sum = 0.0, squares = 0.0;
  int within = 0;
  for (std::size_t e = 0; e < errors.size(); ++e) {
    const double magnitude = std::abs(errors[e]);
    absolute.push_back(magnitude);
    sum += magnitude;
    squares += magnitude * magnitude;
    if (magnitude <= within_share * ranges[e] + 1e-9) ++within;
  }
  const double n = static_cast<double>(errors.size());
  std::sort(absolute.begin(), absolute.end());
  const std::size_t middle = absolute.size() / 2;
  summary.mean_absolute_error = sum / n;
  summary.root_mean_squared_error = std::sqrt(squares / n);
  summary.median_absolute_error =
      absolute.size() % 2 == 1 ? absolute[middle] : (absolute[middle - 1] + absolute[middle]) / 2.0;
  summary.share_within = within / n;
  return summary;
}

Result<std::vector<ErrorSummary>> Backtest(const Scenario& scenario,
                                           const BacktestOptions& options) {
  if (!(options.within_share > 0.0 && options.within_share <= 1.0)) {
    return InvalidArgument(fmt::format("within share {} outside (0, 1]", options.within_share));
  }
  std::vector<ScoredIssue> scored;
  for (std::size_t k = 0; k < scenario.issues.size(); ++k) {
    if (!scenario.issues[k].outcome) continue;
    auto problem = MakeIssueProblem(scenario, k);
    if (problem) scored.push_back({&scenario.issues[k], std::move(*problem)});
  }
  if (scored.empty()) {
    return InvalidInput("no issue has both a real outcome and an actor with a stance",
                        scenario.file, 0, "outcome");
  }
  std::vector<Predictor> predictors;
  for (const ConfiguredModel& model : options.models) {
    auto forecast = model.Run(scenario, options.context);
    if (!forecast) return tl::unexpected(forecast.error());
    predictors.push_back(ModelPredictor(*forecast));
  }
  if (options.include_baselines) {
    for (Predictor& baseline : Baselines()) predictors.push_back(std::move(baseline));
  }
  std::vector<ErrorSummary> summaries;
  for (const Predictor& predictor : predictors) {
    std::vector<double> errors, ranges;
    int skipped = 0;
    for (const ScoredIssue& item : scored) {
      const std::optional<double> forecast = predictor.forecast(item);
      if (!forecast) {
        ++skipped;
        continue;
      }
      errors.push_back(*forecast - *item.issue->outcome);
      ranges.push_back(item.issue->scale.Range());
    }
    summaries.push_back(
        SummariseErrors(predictor.name, errors, ranges, options.within_share, skipped));
  }
  return summaries;
}

}  // namespace parley
