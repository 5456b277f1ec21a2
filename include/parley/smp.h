// KTAB's spatial model of politics (SMP), reimplemented to give KTAB's printed
// numbers digit for digit (reference/ktab/SPEC.md, "SPEC 4.x" below) in
// O(n^3 + n^2 m) work per turn for n actors and m dimensions.
//
// Notation (kept from KTAB, kmodel.h): i, j actors; k dimension; t state
// (t = 0 is the input, state t+1 follows turn t). Positions, ideals and
// saliences live on [0, 1]; capabilities are positive and only their ratios
// matter.
//
// Everything here is a pure function of its arguments: no globals, no I/O,
// thread-safe. Randomness (stochastic transitions only) comes from KTAB's
// generator seeded with SmpOptions::seed, so runs are reproducible.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "parley/forecast.h"
#include "parley/model.h"
#include "parley/result.h"
#include "parley/scenario.h"
#include "parley/smp_options.h"
#include "parley/thread_pool.h"

namespace parley {

// An SMP input: n actors x m dimensions, row-major (actor i, dimension k at
// i * m + k).
struct SmpProblem {
  std::vector<std::string> actor_names;      // n names, as printed in KTAB's history
  std::vector<std::string> dimension_names;  // m names
  std::vector<double> capability;            // n values > 0
  std::vector<double> position;              // n x m, in [0, 1]
  std::vector<double> salience;              // n x m, in [0, 1]; each row sums to (0, 1]
  // n x n accommodation matrix A (SPEC 4.10): entries in [0, 1], row sums <= 1.
  // Empty means the identity (ideals follow positions).
  std::vector<double> accommodation;
  // Per dimension, the issue scale the [0, 1] coordinates map back to
  // (0-100 for KTAB inputs): value = scale_min + x * (scale_max - scale_min).
  std::vector<double> scale_min;
  std::vector<double> scale_max;
  // What the conversion from a Scenario decided, for people (one line each).
  std::vector<std::string> notes;

  std::size_t ActorCount() const { return actor_names.size(); }
  std::size_t DimensionCount() const { return dimension_names.size(); }
};

// Checks shapes, finiteness and the ranges above; messages name actor and dimension.
Status ValidateSmpProblem(const SmpProblem& problem);

// Builds the SMP input from a validated scenario: dimensions = issues, positions
// rescaled from each issue's scale to [0, 1] ((x - min) / (max - min), which is
// KTAB's x / 100 for 0-100 scales), saliences as stored, accommodation from
// Scenario::accommodation. An actor that sits an issue out gets salience 0 on
// it and, as its position, the issue's status quo or else the capability x
// salience weighted mean of the other actors' positions (a note says so).
// Saliences of an actor that sum to more than 1 are divided by their sum
// (SMP reads them as shares of attention; a note says so). Fails for an actor
// with no salience on any issue, or a scenario with no issues.
Result<SmpProblem> SmpProblemFromScenario(const Scenario& scenario);

// SMP options from a scenario: its "smp.*" parameters and its seed, over `base`.
Result<SmpOptions> SmpOptionsFromScenario(const Scenario& scenario, const SmpOptions& base = {});

// One state of a run.
struct SmpState {
  int turn = 0;                  // t: 0 for the input state
  std::vector<double> position;  // n x m, [0, 1]
  std::vector<double> ideal;     // n x m, [0, 1] (equal to position for identity accommodation)
  // Probability that each actor's position wins (SPEC 4.12): actors sharing a
  // position report the same number, so the column can sum to more than 1.
  std::vector<double> winning_probability;
  // For t >= 1: sum over actors of |x_i(t) - x_i(t-1)| over that of the first
  // step plus min_significant_delta (SPEC 4.11), KTAB's "Fractional change".
  double fractional_change = 0.0;
};

struct SmpRun {
  std::vector<SmpState> states;  // states[0] is the input; states.size() = steps + 1
  Termination termination = Termination::kConverged;  // kConverged, kMaxRounds or kStopped
  std::string message;                                // one line on how the run ended
  // What the run did that KTAB would not (one line each, for people): states
  // where KTAB aborts (SPEC 4.5's checks fail) and parley goes on.
  std::vector<std::string> notes;

  int StepCount() const { return states.empty() ? 0 : static_cast<int>(states.size()) - 1; }
};

// Called with every state as soon as it is complete, states[0] included.
// Returning false stops the run after that state (Termination::kStopped).
using SmpObserver = std::function<bool(const SmpState&)>;

// Runs the model to its stopping rule. Fails with kInvalidArgument for invalid options
// and kInvalidInput for an invalid problem. Where KTAB itself would abort (a
// degenerate state whose risk-adjusted utilities do not differ from the
// risk-neutral ones: all positions at the scales' ends, or all equally likely
// to win) the run goes on, with risk-neutral actors when no risk attitude can
// be computed, and SmpRun::notes says where and why; runs KTAB completes are
// unchanged bit for bit.
// Identical results for any SmpOptions::threads.
Result<SmpRun> RunSmp(const SmpProblem& problem, const SmpOptions& options = {},
                      const SmpObserver& observer = {});
// The same on a shared pool (options.threads is then ignored: the pool's size
// counts). Problems below options.min_actors_for_threads run on the calling thread.
Result<SmpRun> RunSmp(const SmpProblem& problem, const SmpOptions& options, ThreadPool& pool,
                      const SmpObserver& observer = {});

// KTAB's closing blocks exactly as smpc prints them (SPEC 4.14, without the
// trailing blanks of its logger): "History of actor positions over time:",
// one line per actor and dimension ("name, dimension:" then " %5.1f" per state,
// 0-100 scale), "History of actors' winning probabilities:", one line per actor
// ("name, prob :" then " %.4f" per state). Each line ends with '\n'.
std::string FormatKtabHistory(const SmpProblem& problem, const SmpRun& run);

// KTAB's per-turn line "Fractional change compared to first step: %.4f  (target=%.4f)".
std::string FormatKtabFractionalChange(double fractional_change, double target);

// "There were S states, with S-1 steps between them".
std::string FormatKtabStateCount(const SmpRun& run);

// One negotiation (issue group) of a registry run: which scenario issues and
// actors the SMP dimensions and actors are, the input and the run.
struct SmpGroupRun {
  std::vector<std::size_t> issues;  // scenario issue index of each dimension
  std::vector<std::size_t> actors;  // scenario actor index of each SMP actor
  SmpProblem problem;
  SmpOptions options;  // as run (the seed the run context or scenario gave)
  SmpRun run;
};
// ScenarioForecast::detail.data of the "smp" model (DetailData<SmpDetail>).
using SmpDetail = std::vector<SmpGroupRun>;

// Registry entry (model.h): "smp". Each issue group (Issue::group) is one
// negotiation; actors with salience 0 on every issue of a group sit it out
// (a note says so). Settings: KTAB's nine parameter names ("smp.VotingRule"),
// seed, max_turns, min_turns, min_delta_ratio, min_significant_delta,
// min_actors_for_threads. The point forecast of each issue is the expected
// outcome of the final state: sum_u P_u x_u / sum_u P_u over the distinct
// final positions u with winning probabilities P_u (SPEC 4.12).
// Worked number: two distinct positions 20 and 80 with P = 0.75, 0.25 give 35.
ModelSpec SmpModel();

}  // namespace parley
