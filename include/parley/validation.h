// Backtests: forecast every issue that has a real outcome and score the
// errors, next to naive baselines (scoring rules: reference/deu/README.md).
#pragma once

#include <string>
#include <vector>

#include "parley/model.h"
#include "parley/result.h"
#include "parley/scenario.h"

namespace parley {

struct ErrorSummary {
  std::string predictor;  // model name or baseline name
  int scored = 0;         // issues scored
  int skipped = 0;        // issues with an outcome the predictor could not forecast
  double mean_absolute_error = 0.0;
  double root_mean_squared_error = 0.0;
  double median_absolute_error = 0.0;
  double share_within = 0.0;  // share of issues with |error| <= within_share * scale range
};

struct BacktestOptions {
  // The models to score, each run once on the whole data set (joint models
  // negotiate each issue group, e.g. a DEU proposal, at once).
  std::vector<ConfiguredModel> models;
  RunContext context;
  // "Within 10 points" on a 0-100 scale; range (0, 1], default 0.1.
  double within_share = 0.1;
  // Adds the baselines: status quo, scale midpoint, salience-weighted mean.
  bool include_baselines = true;
};

// Scores every issue with an outcome. An issue is scored when its outcome is
// present and at least one actor with positive weight takes a stance; a model
// that gives no forecast for a scored issue counts it as skipped.
Result<std::vector<ErrorSummary>> Backtest(const Scenario& scenario,
                                           const BacktestOptions& options);

// Summary statistics of a list of signed errors (forecast - outcome), each
// scaled by its issue's range for the within-share test.
ErrorSummary SummariseErrors(std::string predictor, const std::vector<double>& errors,
                             const std::vector<double>& ranges, double within_share, int skipped);

}  // namespace parley
