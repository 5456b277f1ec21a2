// One entry point for every model: pick a ModelKind, pass its options, get a
// forecast per issue. New models register here (ModelKind, names, dispatch).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parley/classic_models.h"
#include "parley/eum.h"
#include "parley/forecast.h"
#include "parley/result.h"
#include "parley/scenario.h"

namespace parley {

enum class ModelKind {
  kWeightedMedian,
  kCompromise,
  kNash,
  kEum,
};

std::string_view ToString(ModelKind kind);
Result<ModelKind> ModelKindFromString(std::string_view text);
// "all" gives every one-dimensional model; a model name gives that model alone.
Result<std::vector<ModelKind>> ModelKindsFromString(std::string_view text);
// The one-dimensional models, in the order `--model all` runs them.
std::vector<ModelKind> AllIssueModels();

struct ModelOptions {
  WeightedMedianOptions weighted_median;
  CompromiseOptions compromise;
  NashOptions nash;
  EumOptions eum;
};

// Runs one model on one issue problem.
Result<Forecast> RunIssueModel(ModelKind kind, const IssueProblem& problem,
                               const ModelOptions& options, const RoundObserver& observer = {});

struct IssueForecast {
  std::size_t issue = 0;  // index into the scenario's issues
  IssueProblem problem;   // what the model saw
  Forecast forecast;
};

// An issue a model could not forecast, and why (nobody takes a stance on
// it, or every participant has salience 0).
struct SkippedIssue {
  std::size_t issue = 0;
  std::string reason;
};

struct ScenarioForecast {
  std::string model;
  std::vector<IssueForecast> issues;
  std::vector<SkippedIssue> skipped;
};

// Runs a one-dimensional model issue by issue over a validated scenario.
// Issues without a forecastable problem are listed in `skipped` with the reason.
Result<ScenarioForecast> ForecastScenario(const Scenario& scenario, ModelKind kind,
                                          const ModelOptions& options);

// ForecastScenario for each model in `kinds`, in that order; fails on the first error.
Result<std::vector<ScenarioForecast>> ForecastScenario(const Scenario& scenario,
                                                       const std::vector<ModelKind>& kinds,
                                                       const ModelOptions& options);

}  // namespace parley
