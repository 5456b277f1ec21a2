// Variance-based sensitivity: which uncertain inputs drive each issue's
// outcome. Sobol first-order index S_i (the share of the outcome's variance
// that input i explains alone) and total index ST_i (its share including every
// interaction), estimated from Saltelli's (2010) design: two N x d matrices A
// and B of unit values, and for each input i the matrix AB_i (A with column i
// from B), N (d + 2) model runs. docs/uncertainty.md has the estimators.
//
// Row j of A and B comes from RunGenerator(seed, j): its first d unit values
// fill A's row, the next d fill B's row. Pure and deterministic; runs execute
// on a ThreadPool, each writing its own slot, whatever the thread count.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "parley/model.h"
#include "parley/monte_carlo.h"
#include "parley/result.h"
#include "parley/run_records.h"
#include "parley/scenario.h"
#include "parley/uncertainty.h"

namespace parley {

struct SobolIndex {
  std::size_t input = 0;  // index into SensitivityResult::inputs
  double first_order = 0.0;
  double first_order_low = 0.0;  // bootstrap 95% interval (percentile, type 7)
  double first_order_high = 0.0;
  double total = 0.0;
  double total_low = 0.0;
  double total_high = 0.0;
};

struct IssueSensitivity {
  std::size_t issue = 0;
  // Rows of the design used: those where the model gave an outcome on every
  // one of the row's d + 2 runs.
  std::size_t rows_used = 0;
  double variance = 0.0;  // of f(A) and f(B) pooled; 0: the outcome never moves
  // Every input, ranked by total index (ties by first-order, then input order).
  std::vector<SobolIndex> indices;
};

struct SensitivityOptions {
  std::size_t base_runs = 1000;   // N, [2, 1000000]
  std::uint64_t seed = 20231201;  // rows and bootstrap
  std::size_t bootstrap = 200;    // resamples for the intervals, [0, 100000]
  // What each run evaluates: the model alone (default), under a regime, or
  // over the timeline (draw_evaluation.h).
  Evaluation evaluation;
  // Polled between rows: once true, RunSensitivity returns ErrorCode::kCancelled.
  const std::atomic<bool>* stop = nullptr;
  // Where the rows are computed (run_records.h; one record per row of the
  // design, its d + 2 runs): a checkpoint, MPI ranks. nullptr: all here.
  RunExecutor* executor = nullptr;
  // Called on the calling thread between blocks of rows with the rows done so
  // far (for a progress line); never changes the result.
  std::function<void(std::size_t rows_done)> progress;
};

struct SensitivityResult {
  std::size_t base_runs = 0;
  std::uint64_t seed = 0;
  std::vector<UncertainInput> inputs;    // ListUncertainInputs(scenario)
  std::vector<IssueSensitivity> issues;  // scenario order
  std::vector<std::string> notes;        // e.g. a regime that does not apply
  Evaluation evaluation;                 // what the runs evaluated (as prepared)
};

// Sobol indices from model outputs: f_a[j], f_b[j] and f_ab[i][j] for the rows
// `rows`. First order (Saltelli et al. 2010, Table 2 (b)):
//   S_i = (1/N) sum_j f(B)_j (f(AB_i)_j - f(A)_j) / V
// total (Jansen 1999; Saltelli et al. 2010, Table 2 (f)):
//   ST_i = (1/2N) sum_j (f(A)_j - f(AB_i)_j)^2 / V
// with V the variance of f(A) and f(B) pooled. f = 0.75 a + 0.25 b, both
// uniform: S = ST = (0.5625, 0.0625) / 0.625 = (0.9, 0.1).
struct SobolEstimate {
  std::vector<double> first_order;
  std::vector<double> total;
  double variance = 0.0;
};
SobolEstimate EstimateSobol(const std::vector<double>& f_a, const std::vector<double>& f_b,
                            const std::vector<std::vector<double>>& f_ab,
                            const std::vector<std::size_t>& rows);

// Runs one model over the Saltelli design of the scenario's uncertain inputs.
// kInvalidArgument when there are no uncertain inputs or options are out of range.
Result<SensitivityResult> RunSensitivity(const Scenario& scenario, const ConfiguredModel& model,
                                         const SensitivityOptions& options, ThreadPool* pool);

}  // namespace parley
