// Backtests: forecast every issue that has a real outcome and score the
// errors, next to naive baselines (scoring rules: reference/deu/README.md).
// With draws (runs > 0) each forecast is also scored as a distribution: CRPS,
// central-interval coverage and the PIT histogram (scores.h). Data without
// uncertain inputs get a default perturbation whose spread is chosen by
// leave-one-proposal-out cross-validation on the data themselves
// (docs/validation.md).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "parley/model.h"
#include "parley/result.h"
#include "parley/run_records.h"
#include "parley/scenario.h"
#include "parley/scores.h"
#include "parley/thread_pool.h"

namespace parley {

struct ErrorSummary {
  std::string predictor;  // model name or baseline name
  int scored = 0;         // issues scored
  int skipped = 0;        // issues with an outcome the predictor could not forecast
  double mean_absolute_error = 0.0;
  double root_mean_squared_error = 0.0;
  double median_absolute_error = 0.0;
  double share_within = 0.0;       // share of issues with |error| <= within_share * scale range
  double mean_signed_error = 0.0;  // bias: mean of (forecast - outcome)
  // Scores of the draws, when the backtest has draws for this predictor.
  std::optional<ProbabilisticScores> probabilistic;
  std::string note;  // e.g. the perturbation spread cross-validation chose
};

// One predictor on one scored issue, for `--per-issue`.
struct IssueRecord {
  std::string predictor;
  std::string issue;  // Issue::id
  std::string group;  // Issue::group (the DEU proposal)
  std::optional<double> forecast;
  double outcome = 0.0;
  // At kCentralLevels; empty without draws.
  std::vector<CentralInterval> intervals;
  std::optional<double> crps;
  std::optional<double> pit;
};

// The perturbation applied to data without uncertain inputs at spread s:
// every position Normal(position, s% of its issue's range) truncated to the
// scale, every salience Normal(salience, s / 100) truncated to [0, 1], every
// capability log-normal with factor 1 + s / 100. s = 0 perturbs nothing.
Scenario PerturbedScenario(const Scenario& scenario, double spread);

struct BacktestOptions {
  // The models to score, each run once on the whole data set (joint models
  // negotiate each issue group, e.g. a DEU proposal, at once). A model named
  // "ensemble" is replaced by its members and scored as three combinations
  // (ensemble.h): mean, median and stacking weights learned by
  // leave-one-proposal-out cross-validation.
  std::vector<ConfiguredModel> models;
  RunContext context;
  // "Within 10 points" on a 0-100 scale; range (0, 1], default 0.1.
  double within_share = 0.1;
  // Adds the baselines: status quo, scale midpoint, salience-weighted mean.
  bool include_baselines = true;
  // Monte Carlo draws per model; 0 scores point forecasts only. [0, 100,000].
  std::size_t runs = 0;
  std::uint64_t seed = 20231201;  // master seed of the draws (monte_carlo.h)
  ThreadPool* pool = nullptr;     // for the draws; results never depend on it
  // Where the draws are computed (run_records.h): a checkpoint, MPI ranks.
  RunExecutor* executor = nullptr;
  // Spreads tried by the cross-validation for data without uncertain inputs
  // (PerturbedScenario); each in [0, 100].
  std::vector<double> spreads = {0, 5, 10, 20, 40, 80};
  // Called on the calling thread as the draws progress, with the draws done
  // and the total (runs per model, once per spread tried); never changes the result.
  std::function<void(std::size_t done, std::size_t total)> progress;
};

struct BacktestResult {
  std::vector<ErrorSummary> rows;
  std::vector<IssueRecord> issues;  // predictor by predictor, issues in scenario order
  std::vector<std::string> notes;   // for people, one line each
};

// Scores every issue with an outcome. An issue is scored when its outcome is
// present and at least one actor with positive weight takes a stance; a model
// that gives no forecast for a scored issue counts it as skipped.
Result<BacktestResult> RunBacktest(const Scenario& scenario, const BacktestOptions& options);
// The rows alone.
Result<std::vector<ErrorSummary>> Backtest(const Scenario& scenario,
                                           const BacktestOptions& options);

// Summary statistics of a list of signed errors (forecast - outcome), each
// scaled by its issue's range for the within-share test.
ErrorSummary SummariseErrors(std::string predictor, const std::vector<double>& errors,
                             const std::vector<double>& ranges, double within_share, int skipped);

// Leave-one-group-out choice among candidates: for each group g, the
// candidate c minimising the sum of loss[c][i] over the items i outside g
// (ties: the lower index). loss[c] has one value per item; group[i] names
// item i's group. Returns the chosen candidate index per item.
std::vector<std::size_t> ChooseLeaveOneGroupOut(const std::vector<std::vector<double>>& loss,
                                                const std::vector<std::string>& group);

}  // namespace parley
