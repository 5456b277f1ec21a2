// Timelines: a scenario's scripted events (timeline_events.h) applied period
// by period, with engagement (engagement.h), an optional mediation regime
// (regimes.h) and a model run each period. docs/mechanisms/timeline-events.md
// states rules T1-T6.
//
// Pure functions of their arguments; thread-safe, no I/O.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "parley/engagement.h"
#include "parley/model.h"
#include "parley/red_lines.h"
#include "parley/regimes.h"
#include "parley/result.h"
#include "parley/scenario.h"

namespace parley {

struct SimulationOptions {
  // The model run each period (required). An iterative model (one with a
  // rounds option: eum, smp, exchange) runs `rounds_per_period` rounds a
  // period and its final positions carry forward (rule T5); a closed-form
  // model forecasts each period afresh from the positions events leave.
  std::optional<ConfiguredModel> model;
  RunContext context;
  // Rule T5: rounds per period when positions carry forward. Range [1, 100];
  // default 1 (a period is one round of bargaining; Scholz et al. 2011 read
  // EUM rounds as successive bargaining encounters).
  int rounds_per_period = 1;
  // Periods to run. Range [0, 10000]; 0 (default): the calendar's `periods`,
  // else the round of the last event.
  int periods = 0;
  EngagementOptions engagement;
  // The mediation regime from period 0 (rule T6). Unset (default): the model
  // runs on the whole scenario; a regime_change event sets it.
  std::optional<RegimeKind> regime;
  // Called on the calling thread after each period with the periods run and
  // their total (period 0 included: periods + 1), for a progress line; never
  // changes the result. Empty (default): not called.
  std::function<void(std::size_t done, std::size_t total)> progress;
};

// kInvalidArgument naming the field and its range.
Status ValidateSimulationOptions(const SimulationOptions& options);

// The limits of a timeline's rounds per period ([1, 100]), periods
// ([0, 10000]) and engagement options, as ValidateSimulationOptions checks
// them: for callers that hold the settings before they have a model.
Status ValidateTimelineLimits(int rounds_per_period, int periods,
                              const EngagementOptions& engagement);

// What the simulation carries from period to period.
struct TimelineState {
  Scenario scenario;         // capabilities, stances, status quo as events left them
  std::vector<bool> active;  // per actor: at the table (rule T3)
  TrustMatrix trust;
  std::optional<RegimeKind> regime;
};

// The state before any event: every actor active except those an actor_entry
// event brings in later; the scenario's initial trust; options.regime.
TimelineState InitialTimelineState(const Scenario& scenario, const SimulationOptions& options);

// Rules T2-T4 for one event: capability factors, stance and status quo
// changes, actors leaving and entering, the regime. Rhetoric and measures are
// left to the engagement step (they need the whole period's offers). Appends a
// line per effect to `notes`. kInvalidInput when a stance change names a
// stance that does not exist and does not give both position and salience.
Result<TimelineState> ApplyEvent(const TimelineState& state, const TimelineEvent& event,
                                 std::vector<std::string>& notes);

// The scenario the model sees: trust applied (engagement rules S, W) and the
// stances of inactive actors removed.
Scenario EffectiveScenario(const TimelineState& state, const TrustMatrix& initial_trust,
                           const EngagementOptions& options);

struct TimelinePeriod {
  int period = 0;                   // 0: the scenario as given, before any event
  std::string date;                 // first day of the period, when there is a calendar
  std::vector<std::string> events;  // ids of the events applied at its start
  std::vector<std::string> notes;   // what the events, engagement and regime did
  std::vector<MeasureDecision> decisions;
  std::vector<IssueOutcome> outcomes;  // the model's forecast per issue it could run
  std::vector<std::size_t> active;     // actors at the table
  std::string regime;                  // "" when the model ran without a regime
  TrustMatrix trust;
};

struct Trajectory {
  std::string model;
  // Rounds the model ran each period with positions carried forward; 0 for a
  // closed-form model, which forecasts each period afresh.
  int rounds_per_period = 0;
  std::vector<TimelinePeriod> periods;  // periods[0] is the baseline
};

// Runs the timeline (rule T5 per period: events, engagement, model, carry
// forward). kInvalidArgument for bad options; model and regime errors pass through.
Result<Trajectory> SimulateTimeline(const Scenario& scenario,
                                    const SimulationOptions& options = {});

}  // namespace parley
