// The SMP turn loop and stopping rule (SPEC 4.11, Model::run and smpStopFn).
#include <fmt/format.h>

#include <cmath>
#include <string>

#include "parley/smp.h"
#include "smp/engine.h"
#include "smp/turn.h"

namespace parley::smp {
namespace {

// SMPModel::stateDist: sum over actors of the Euclidean distance between
// their positions in two states.
double StateDistance(const std::vector<double>& a, const std::vector<double>& b, std::size_t actors,
                     std::size_t dimensions) {
  double sum = 0;
  for (std::size_t i = 0; i < actors; ++i) {
    sum = sum + EuclideanDistance(&a[i * dimensions], &b[i * dimensions], dimensions);
  }
  return sum;
}

// Completes a state: its analysis (SPEC 4.5) and its winning probabilities (4.12).
Result<StateAnalysis> Analyse(const Actors& actors, SmpState& state, const SmpOptions& options,
                              ThreadPool& pool) {
  auto analysis = AnalyseState(actors, state.position, state.ideal, options, pool);
  if (!analysis) return analysis;
  auto winning = WinningProbabilities(actors, state.position, *analysis, options, pool);
  if (!winning) return tl::unexpected<Error>(winning.error());
  state.winning_probability = std::move(*winning);
  return analysis;
}

// Notes the first degenerate state of a run (where KTAB aborts) and counts the rest.
void NoteDegenerate(const StateAnalysis& analysis, int turn, SmpRun& run, int& degenerate) {
  if (analysis.degenerate.empty()) return;
  if (degenerate++ == 0) {
    run.notes.push_back(fmt::format(
        "state {}: {}. KTAB aborts on such a state (SPEC 4.5); parley goes on with these "
        "utilities",
        turn, analysis.degenerate));
  }
}

// The caller's observer asked to stop: the states so far are the result.
SmpRun Stopped(SmpRun run) {
  run.termination = Termination::kStopped;
  run.message = fmt::format("stopped by the caller after {} turns", run.StepCount());
  return run;
}

}  // namespace
}  // namespace parley::smp

namespace parley {

Status ValidateSmpProblem(const SmpProblem& problem) {
  const std::size_t n = problem.ActorCount();
  const std::size_t m = problem.DimensionCount();
  if (n < 2) return InvalidInput(fmt::format("SMP needs at least 2 actors, got {}", n));
  if (m < 1) return InvalidInput("SMP needs at least one dimension");
  if (problem.capability.size() != n || problem.position.size() != n * m ||
      problem.salience.size() != n * m ||
      (!problem.accommodation.empty() && problem.accommodation.size() != n * n)) {
    return InvalidInput("SMP problem columns do not match its actor and dimension counts");
  }
  for (std::size_t i = 0; i < n; ++i) {
    const std::string& name = problem.actor_names[i];
    if (!(std::isfinite(problem.capability[i]) && problem.capability[i] > 0)) {
      return InvalidInput(fmt::format("capability {} of actor '{}' must be finite and > 0",
                                      problem.capability[i], name),
                          {}, 0, "capability");
    }
    double salience_sum = 0.0;
    for (std::size_t k = 0; k < m; ++k) {
      const double x = problem.position[i * m + k];
      const double s = problem.salience[i * m + k];
      if (!(x >= 0.0 && x <= 1.0)) {
        return InvalidInput(fmt::format("position {} of actor '{}' on '{}' outside [0, 1]", x, name,
                                        problem.dimension_names[k]),
                            {}, 0, "position");
      }
      if (!(s >= 0.0 && s <= 1.0)) {
        return InvalidInput(fmt::format("salience {} of actor '{}' on '{}' outside [0, 1]", s, name,
                                        problem.dimension_names[k]),
                            {}, 0, "salience");
      }
      salience_sum += s;
    }
    if (!(salience_sum > 0.0 && salience_sum <= 1.0 + 1e-9)) {
      return InvalidInput(
          fmt::format("saliences of actor '{}' sum to {}; SMP needs (0, 1]", name, salience_sum),
          {}, 0, "salience");
    }
    if (problem.accommodation.empty()) continue;
    double row_sum = 0.0;
    for (std::size_t j = 0; j < n; ++j) {
      const double a = problem.accommodation[i * n + j];
      if (!(a >= 0.0 && a <= 1.0)) {
        return InvalidInput(fmt::format("accommodation of actor '{}' toward '{}' is {}; allowed "
                                        "[0, 1]",
                                        name, problem.actor_names[j], a),
                            {}, 0, "accommodation");
      }
      row_sum += a;
    }
    if (row_sum > 1.0 + 1e-10) {
      return InvalidInput(fmt::format("accommodation weights of actor '{}' sum to {}; allowed "
                                      "at most 1",
                                      name, row_sum),
                          {}, 0, "accommodation");
    }
  }
  return Ok();
}

Result<SmpRun> RunSmp(const SmpProblem& problem, const SmpOptions& options,
                      const SmpObserver& observer) {
  if (auto valid = ValidateSmpOptions(options); !valid) return tl::unexpected(valid.error());
  const bool small =
      problem.ActorCount() < static_cast<std::size_t>(options.min_actors_for_threads);
  ThreadPool pool(small ? 1 : options.threads);
  return RunSmp(problem, options, pool, observer);
}

Result<SmpRun> RunSmp(const SmpProblem& problem, const SmpOptions& options, ThreadPool& shared,
                      const SmpObserver& observer) {
  if (auto valid = ValidateSmpOptions(options); !valid) return tl::unexpected(valid.error());
  if (auto valid = ValidateSmpProblem(problem); !valid) return tl::unexpected(valid.error());
  const smp::Actors actors = smp::PrepareActors(problem);
  const std::size_t n = actors.count;
  const std::size_t m = actors.dimensions;
  // Below min_actors_for_threads a turn is too short to share: run on the calling thread.
  const bool small = n < static_cast<std::size_t>(options.min_actors_for_threads);
  ThreadPool serial(1);
  ThreadPool& pool = small ? serial : shared;
  smp::KtabRandom random(options.seed);

  SmpRun run;
  SmpState state;
  state.position = problem.position;
  state.ideal = problem.position;
  auto analysis = smp::Analyse(actors, state, options, pool);
  if (!analysis) return tl::unexpected(analysis.error());
  int degenerate = 0;
  smp::NoteDegenerate(*analysis, 0, run, degenerate);
  const bool go_on_at_start = !observer || observer(state);
  run.states.push_back(std::move(state));
  if (!go_on_at_start) return smp::Stopped(std::move(run));

  double first_step = 0.0;
  for (int turn = 1;; ++turn) {
    const SmpState& previous = run.states.back();
    auto position = smp::NextPositions(actors, previous.position, previous.ideal, *analysis,
                                       options, pool, random);
    if (!position) return tl::unexpected(position.error());
    SmpState next;
    next.turn = turn;
    next.ideal = smp::NextIdeals(actors, *position, previous.ideal);
    next.position = std::move(*position);
    analysis = smp::Analyse(actors, next, options, pool);
    if (!analysis) return tl::unexpected(analysis.error());
    smp::NoteDegenerate(*analysis, turn, run, degenerate);
    const double step = smp::StateDistance(next.position, previous.position, n, m);
    if (turn == 1) first_step = step + options.min_significant_delta;
    next.fractional_change = step / first_step;
    const bool go_on = !observer || observer(next);
    const bool quiet =
        turn >= options.min_turns && next.fractional_change < options.min_delta_ratio;
    const bool too_long = turn >= options.max_turns;
    run.states.push_back(std::move(next));
    if (!go_on) return smp::Stopped(std::move(run));
    if ((quiet || too_long) && degenerate > 1) {
      run.notes.push_back(fmt::format("{} of the {} states were degenerate in the same way",
                                      degenerate, run.states.size()));
    }
    if (quiet || too_long) {
      run.termination = quiet ? Termination::kConverged : Termination::kMaxRounds;
      run.message =
          quiet ? fmt::format("converged after {} turns: fractional change {:.4f} < {}", turn,
                              run.states.back().fractional_change, options.min_delta_ratio)
                : fmt::format("stopped at the turn cap of {} turns", options.max_turns);
      return run;
    }
  }
}

}  // namespace parley
