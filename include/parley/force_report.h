// Force applied to forecasts: for each issue of a scenario, the bargaining
// range (force.h) and whether a model's negotiated outcome lies in it; if not,
// which armed actor prefers force, by how much, and where force would leave
// the issue. A judgement on a forecast: the forecast keeps its own numbers.
// docs/mechanisms/force.md.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "parley/force.h"
#include "parley/forecast.h"
#include "parley/model.h"
#include "parley/result.h"
#include "parley/scenario.h"
#include "parley/timeline.h"

namespace parley {

struct IssueForceReport {
  std::size_t issue = 0;  // index into Scenario::issues
  bool indivisible = false;
  std::vector<std::size_t> armed;  // actors with strength and a stance on the issue
  std::vector<Interval> range;     // BargainingRange; the whole scale when nobody is armed
  // The negotiated outcome judged: the model's forecast, when it gave one.
  std::optional<ForceVerdict> verdict;
  std::string no_forecast;  // why there is no verdict (the model skipped the issue)
};

struct ForceReport {
  std::string model;  // empty: ranges only
  ForceOptions options;
  std::vector<IssueForceReport> issues;  // scenario order
};

// Ranges for every issue, and verdicts on `forecast`'s outcomes when given.
// kInvalidArgument for options outside their ranges.
Result<ForceReport> AnalyseForce(const Scenario& scenario, const ScenarioForecast* forecast,
                                 const ForceOptions& options);

// One period of a timeline (rule F7): the ranges and verdicts with the
// strengths, commitments and stances the events have left, and the model's
// outcome of that period.
struct PeriodForce {
  int period = 0;
  std::string date;
  std::vector<IssueForceReport> issues;
};

// The first period from which an actor prefers force on an issue and keeps
// preferring it to the end of the timeline (or, `lasting` false, the first
// period it does at all).
struct ForceOnset {
  std::size_t actor = 0;
  std::size_t issue = 0;
  int period = 0;
  bool lasting = true;
  double expected_outcome = 0.0;  // of force, in that period
  double negotiated = 0.0;        // the model's outcome in that period
  double margin = 0.0;            // scale points
};

// Powell's test (PreventiveMargin) between two periods: the actor's value of
// force falls from `period` to the next by more than waiting is worth.
struct PreventiveFinding {
  std::size_t actor = 0;
  std::size_t issue = 0;
  int period = 0;
  double force_now = 0.0;   // W_i(t)
  double force_next = 0.0;  // W_i(t + 1)
  double margin = 0.0;      // utility scale; > 0
};

struct ForceTimeline {
  std::string model;
  ForceOptions options;
  std::vector<PeriodForce> periods;
  std::vector<ForceOnset> onsets;
  std::vector<PreventiveFinding> preventive;
};

// Replays the trajectory's events on the scenario (ApplyEvent) and judges each
// period's outcomes. kInvalidArgument for bad options; event errors pass through.
Result<ForceTimeline> AnalyseForceTimeline(const Scenario& scenario, const Trajectory& trajectory,
                                           const ForceOptions& options);

// The probability of imposition on one issue (rule F8): over the draws, how
// often some armed actor prefers force to the model's outcome.
struct ImpositionOdds {
  std::size_t issue = 0;
  int judged = 0;                  // draws with a forecast the model stands by
  int imposed = 0;                 // of those, draws where some actor prefers force
  std::vector<int> imposer_count;  // per actor: draws in which it would impose
  double Probability() const { return judged == 0 ? 0.0 : double(imposed) / judged; }
};

// The scenario with its military strengths, costs and commitment shares drawn
// from their ranges (Quantile of uncertainty.h) with a generator that depends
// on (seed, run) alone; values without a range keep their point value.
Scenario DrawForceValues(const Scenario& scenario, std::uint64_t seed, std::uint64_t run);
// The same values written into `drawn`, a copy of `source` with the same
// actors, costs and commitments (its other values untouched): what the
// uncertainty engine does to its per-thread scenario for every draw.
void SetForceValues(Scenario& drawn, const Scenario& source, std::uint64_t seed, std::uint64_t run);

// `runs` draws: DrawScenario (capabilities, positions, saliences) then
// DrawForceValues, the model on the drawn scenario, and the verdicts: the
// uncertainty engine (RunMonteCarlo with MonteCarloOptions::force) for one
// model, on context.pool. Stochastic models get the engine's seeds (ModelSeed).
// `progress` sees the draws done, as MonteCarloOptions::progress (never changes the result).
Result<std::vector<ImpositionOdds>> ImpositionProbability(
    const Scenario& scenario, const ConfiguredModel& model, int runs, std::uint64_t seed,
    const ForceOptions& options, const RunContext& context,
    const std::function<void(std::size_t done)>& progress = {});

// True when some actor of the scenario has a military strength.
bool HasForce(const Scenario& scenario);

}  // namespace parley
