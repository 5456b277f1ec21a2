// Monte Carlo over a scenario's uncertain inputs: draw the scenario many times
// (run r from the master seed and r alone, uncertainty.h), run every model on
// each draw and summarise, per model and issue, where the outcome lands: the
// point forecast, mean, standard deviation, quantiles, a histogram over the
// issue's scale, how often a model gave no outcome (and why) and how often the
// outcome crosses each actor's red line. docs/uncertainty.md explains the
// figures for analysts.
//
// Runs execute in parallel on a ThreadPool, each writing its own slot; the
// summaries reduce the slots in run order, so the result is identical for any
// thread count.
#pragma once

#include <array>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parley/draw_evaluation.h"
#include "parley/draw_table.h"
#include "parley/force_report.h"
#include "parley/model.h"
#include "parley/regimes.h"
#include "parley/result.h"
#include "parley/run_records.h"
#include "parley/scenario.h"
#include "parley/thread_pool.h"
#include "parley/uncertainty.h"

namespace parley {

// Type 7 quantile (Hyndman & Fan 1996, R's default): for sorted x_1..x_n,
// h = (n - 1) p, Q(p) = x_{floor h + 1} + (h - floor h)(x_{floor h + 2} - x_{floor h + 1})
// (1-based). {1, 2, 3, 4}, p = 0.25: h = 0.75, Q = 1 + 0.75 = 1.75.
// REQUIRES: `sorted` ascending and non-empty; p in [0, 1].
double QuantileType7(const std::vector<double>& sorted, double p);

// QuantileType7 of unsorted `values` at each of `probabilities`, by selection
// instead of a full sort (bucket selection, src/analysis/quantiles.cpp): the
// same order statistics, so each quantile equals QuantileType7 of the sorted
// values to the bit, in O(n) for a few quantiles instead of O(n log n).
// REQUIRES: `values` non-empty; probabilities in [0, 1].
std::vector<double> SelectQuantilesType7(const std::vector<double>& values,
                                         const std::vector<double>& probabilities);

inline constexpr std::array<double, 5> kSummaryProbabilities = {0.05, 0.25, 0.50, 0.75, 0.95};
inline constexpr std::size_t kHistogramBins = 20;

// How often one actor's red line on the issue is crossed.
struct RedLineRisk {
  std::size_t actor = 0;  // index into Scenario::actors
  Interval red_line;
  std::size_t crossed = 0;  // draws whose outcome lies outside the red line
  double p_crossed = 0.0;   // crossed / draws with an outcome (0 when there are none)
};

// The distribution of one model's outcome on one issue over the draws.
struct IssueSummary {
  std::size_t issue = 0;
  // The model on the scenario's point values; none when it gave no outcome.
  std::optional<double> point;
  std::optional<NoOutcomeReason> point_reason;
  std::size_t draws = 0;              // draws pooled (runs x models for the ensemble)
  std::size_t with_outcome = 0;       // of those, draws with an outcome
  double mean = 0.0;                  // over draws with an outcome (0 when none)
  double sd = 0.0;                    // sample standard deviation (n - 1), 0 when n < 2
  std::array<double, 5> quantiles{};  // at kSummaryProbabilities, type 7
  // Counts in kHistogramBins equal bins over the scale: bin b holds
  // [min + b w, min + (b + 1) w), the last bin also holds the scale's max.
  std::vector<std::size_t> histogram;
  std::array<std::size_t, kNoOutcomeReasonCount> no_outcome{};  // by NoOutcomeReason
  std::vector<RedLineRisk> red_lines;  // every actor with a red line on the issue
};

// The probability of imposition in one period of a timeline (rule F8 of
// docs/mechanisms/force.md), per issue in scenario order.
struct PeriodImposition {
  int period = 0;    // TimelinePeriod::period
  std::string date;  // its first day, when the scenario has a calendar
  std::vector<ImpositionOdds> issues;
};

struct ModelSummary {
  std::string model;                 // a model's name, or "ensemble" (every model's draws pooled)
  std::vector<IssueSummary> issues;  // scenario order
  // With MonteCarloResult::force: per issue (scenario order), how many draws
  // had an outcome to judge, in how many some armed actor preferred force to
  // it, and who would impose (the actor with the largest margin). On a
  // timeline these judge the last period's outcome. Empty otherwise.
  std::vector<ImpositionOdds> imposition;
  // On a timeline with force: the same for every period, in period order.
  std::vector<PeriodImposition> imposition_by_period;
};

struct MonteCarloOptions {
  std::size_t runs = 1000;  // [1, 10,000,000]
  // Master seed: run r draws from RunGenerator(seed, r). Default: a fixed value.
  std::uint64_t seed = 20231201;
  // Count the state at the round cap as the outcome (see DrawOutcomesOf).
  bool accept_round_cap = false;
  // Run every model under this regime (draw_evaluation.h). A regime that does
  // not apply to the scenario is dropped with a note, as `parley forecast` does.
  std::optional<RegimeKind> regime;
  RegimeSettings regime_settings;
  // Run the scenario's timeline on each draw; the outcome is the last period's.
  std::optional<TimelineEvaluation> timeline;
  // Judge every draw's outcomes against force (docs/mechanisms/force.md, rules
  // F5 and F8): each draw also draws the military strengths, costs and
  // commitment shares from their ranges (SetForceValues: a stream of its own
  // that depends on (seed, run) alone). Ignored when no actor has a military
  // strength. Unset: not judged.
  std::optional<ForceOptions> force;
  // Called on the calling thread between blocks of runs with the runs done so
  // far (for a progress line); never changes the result.
  std::function<void(std::size_t done)> progress;
  // Polled between blocks of runs: once true, RunMonteCarlo returns
  // ErrorCode::kCancelled (e.g. Ctrl-C; nothing half-done is returned).
  const std::atomic<bool>* stop = nullptr;
  // Where the runs are computed (run_records.h): a checkpoint, MPI ranks.
  // nullptr: all here. Never changes the result.
  RunExecutor* executor = nullptr;
};

struct MonteCarloResult {
  std::size_t runs = 0;
  std::uint64_t seed = 0;
  std::vector<UncertainInput> inputs;  // ListUncertainInputs(scenario)
  std::optional<RegimeKind> regime;    // the regime the draws ran under, if any
  bool timeline = false;               // whether each draw ran the scenario's timeline
  std::optional<ForceOptions> force;   // set when the draws were judged against force
  std::vector<std::string> notes;      // one line each, for people
  // One per model, in the order given, then "ensemble" when there are several.
  std::vector<ModelSummary> models;
  // draws.At(m, r, k): model m (the order given), run r, issue k.
  DrawTable draws;
};

// The value of every input in run `run` (the values DrawScenario(scenario,
// seed, run) sets), in the order of `inputs`.
std::vector<double> DrawnInputValues(const std::vector<UncertainInput>& inputs, std::uint64_t seed,
                                     std::uint64_t run);

// The seed a stochastic model gets in run `run`: independent of the input
// stream (its own SplitMix64 stream under seed ^ a fixed constant).
std::uint64_t ModelSeed(std::uint64_t seed, std::uint64_t run);

// Runs the models on `options.runs` draws of the scenario. `pool` may be
// nullptr (the calling thread does all runs). kInvalidArgument for no models
// or runs outside [1, 10^7]; a model's own error (bad options) is returned.
Result<MonteCarloResult> RunMonteCarlo(const Scenario& scenario,
                                       const std::vector<ConfiguredModel>& models,
                                       const MonteCarloOptions& options, ThreadPool* pool);

// Summary of `draws` (issue k's outcomes of one or several models pooled,
// DrawTable::Column) for issue k; `point` as given. Exposed for tests and the
// ensemble row.
IssueSummary SummariseIssue(const Scenario& scenario, std::size_t issue, DrawColumn draws,
                            const DrawOutcome* point);

}  // namespace parley
