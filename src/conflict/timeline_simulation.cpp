// Rules T5 and T6 of docs/mechanisms/timeline-events.md: the period loop
// (events, engagement, model, carry forward) and the regime each period.
#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <chrono>

#include "parley/timeline.h"

namespace parley {
namespace {

// "2022-12-12" plus `days`, as ISO 8601; empty when `start` is not a date.
std::string AddDays(const std::string& start, int days) {
  int year = 0;
  unsigned month = 0;
  unsigned day = 0;
  if (start.size() != 10) return {};
  std::from_chars(start.data(), start.data() + 4, year);
  std::from_chars(start.data() + 5, start.data() + 7, month);
  std::from_chars(start.data() + 8, start.data() + 10, day);
  const std::chrono::year_month_day date{std::chrono::year{year}, std::chrono::month{month},
                                         std::chrono::day{day}};
  if (!date.ok()) return {};
  const std::chrono::year_month_day moved{std::chrono::sys_days{date} + std::chrono::days{days}};
  return fmt::format("{:04d}-{:02d}-{:02d}", static_cast<int>(moved.year()),
                     static_cast<unsigned>(moved.month()), static_cast<unsigned>(moved.day()));
}

std::string PeriodDate(const TimelineCalendar& calendar, int period) {
  if (calendar.start.empty()) return {};
  return AddDays(calendar.start, std::max(0, period - 1) * calendar.period_days);
}

int PeriodCount(const Scenario& scenario, const SimulationOptions& options) {
  if (options.periods > 0) return options.periods;
  if (scenario.timeline.calendar.periods > 0) return scenario.timeline.calendar.periods;
  int last = 0;
  for (const TimelineEvent& event : scenario.timeline.events) last = std::max(last, event.round);
  return last;
}

// Rule T5 carry-forward: each participant's last position becomes its position.
void CarryPositions(const ScenarioForecast& forecast, Scenario& scenario) {
  for (const IssueForecast& issue : forecast.issues) {
    if (issue.forecast.rounds.empty()) continue;
    const std::vector<double>& last = issue.forecast.rounds.back().position;
    for (std::size_t p = 0; p < issue.problem.actor.size() && p < last.size(); ++p) {
      for (Stance& stance : scenario.stances) {
        if (stance.actor == issue.problem.actor[p] && stance.issue == issue.issue) {
          stance.position = last[p];
        }
      }
    }
  }
}

// Rules T5 and T6: the model on the effective scenario, under the regime
// when one is set; positions carry forward only for an iterative model
// without a regime.
Status RunPeriodModel(const TrustMatrix& initial, const SimulationOptions& options,
                      const ConfiguredModel& model, TimelineState& state, TimelinePeriod& period,
                      bool carry) {
  const Scenario effective = EffectiveScenario(state, initial, options.engagement);
  for (std::size_t actor = 0; actor < state.active.size(); ++actor) {
    if (state.active[actor]) period.active.push_back(actor);
  }
  period.trust = state.trust;
  if (state.regime) {
    period.regime = std::string(ToString(*state.regime));
    auto outcome = RunRegime(effective, *state.regime, effective.regimes,
                             TableModel(*options.model, options.context));
    if (!outcome) return tl::unexpected(outcome.error());
    period.outcomes = outcome->outcomes;
    for (const std::string& note : outcome->notes) period.notes.push_back("regime: " + note);
    return Ok();
  }
  auto forecast = model.Run(effective, options.context);
  if (!forecast) return tl::unexpected(forecast.error());
  for (const IssueForecast& issue : forecast->issues) {
    period.outcomes.push_back({issue.issue, issue.forecast.outcome});
  }
  if (!model.spec().rounds_option.empty() && carry) CarryPositions(*forecast, state.scenario);
  return Ok();
}

// The model as it runs each period: an iterative model runs rounds_per_period
// rounds, and a minimum number of rounds above that is lowered to it (SMP's
// default min_turns 2 would otherwise refuse one round per period).
Result<ConfiguredModel> PeriodModel(const SimulationOptions& options) {
  const ConfiguredModel& model = *options.model;
  const ModelSpec& spec = model.spec();
  if (spec.rounds_option.empty()) return model;
  const std::string rounds = std::to_string(options.rounds_per_period);
  Result<ConfiguredModel> lowered = model;
  if (!spec.min_rounds_option.empty()) {
    const std::string key = spec.name + "." + spec.min_rounds_option;
    const ModelSettings settings = model.Settings();
    const auto current = settings.find(key);
    long long minimum = 0;
    if (current != settings.end()) {
      const std::string& text = current->second;
      std::from_chars(text.data(), text.data() + text.size(), minimum);
    }
    if (minimum > options.rounds_per_period) {
      lowered = model.With(spec.min_rounds_option, rounds);
    }
  }
  if (!lowered) return lowered;
  return lowered->With(spec.rounds_option, rounds);
}

// Rules T2-T4 for the events of period t, then the engagement step.
Status ApplyPeriodEvents(const Scenario& scenario, const TrustMatrix& initial, int t,
                         const SimulationOptions& options, TimelineState& state,
                         TimelinePeriod& period) {
  EngagementStep step;
  for (const TimelineEvent& event : scenario.timeline.events) {
    if (event.round != t) continue;
    period.events.push_back(event.id);
    period.notes.push_back(
        fmt::format("event {} ({}): {}", event.id, ToString(event.kind), event.label));
    auto next = ApplyEvent(state, event, period.notes);
    if (!next) return tl::unexpected(next.error());
    state = std::move(*next);
    step.bellicose.insert(step.bellicose.end(), event.bellicose.begin(), event.bellicose.end());
    for (const std::string& id : event.measures) {
      auto measure = ResolveMeasure(scenario, id);
      if (!measure) return tl::unexpected(measure.error());
      step.measures.push_back(std::move(*measure));
    }
  }
  if (step.bellicose.empty() && step.measures.empty()) return Ok();
  for (std::size_t actor : step.bellicose) {
    period.notes.push_back(
        fmt::format("{}: bellicose rhetoric lowers trust", scenario.actors[actor].id));
  }
  EngagementStepResult result = StepEngagement(EngagementState{state.scenario, state.trust},
                                               initial, step, t, options.engagement);
  state.scenario = std::move(result.state.scenario);
  state.trust = std::move(result.state.trust);
  period.decisions = std::move(result.period.decisions);
  return Ok();
}

}  // namespace

Status ValidateTimelineLimits(int rounds_per_period, int periods,
                              const EngagementOptions& engagement) {
  if (rounds_per_period < 1 || rounds_per_period > 100) {
    return InvalidArgument(fmt::format(
        "rounds per period (--rounds-per-period) must be in [1, 100], got {}", rounds_per_period));
  }
  if (periods < 0 || periods > 10000) {
    return InvalidArgument(
        fmt::format("periods (--periods) must be in [0, 10000], got {}", periods));
  }
  return ValidateEngagementOptions(engagement);
}

Status ValidateSimulationOptions(const SimulationOptions& options) {
  if (!options.model) return InvalidArgument("a timeline needs a model to run each period");
  return ValidateTimelineLimits(options.rounds_per_period, options.periods, options.engagement);
}

Result<Trajectory> SimulateTimeline(const Scenario& scenario, const SimulationOptions& options) {
  if (auto s = ValidateSimulationOptions(options); !s) return tl::unexpected(s.error());
  auto model = PeriodModel(options);
  if (!model) return tl::unexpected(model.error());
  const TrustMatrix initial = InitialTrust(scenario, options.engagement);
  TimelineState state = InitialTimelineState(scenario, options);
  Trajectory trajectory{options.model->name(),
                        model->spec().rounds_option.empty() ? 0 : options.rounds_per_period,
                        {}};
  TimelinePeriod baseline;
  baseline.date = scenario.timeline.calendar.start;
  if (auto s = RunPeriodModel(initial, options, *model, state, baseline, /*carry=*/false); !s) {
    return tl::unexpected(s.error());
  }
  trajectory.periods.push_back(std::move(baseline));
  const int periods = PeriodCount(scenario, options);
  const auto total = static_cast<std::size_t>(periods) + 1;
  if (options.progress) options.progress(1, total);
  for (int t = 1; t <= periods; ++t) {
    TimelinePeriod period;
    period.period = t;
    period.date = PeriodDate(scenario.timeline.calendar, t);
    if (auto s = ApplyPeriodEvents(scenario, initial, t, options, state, period); !s) {
      return tl::unexpected(s.error());
    }
    if (auto s = RunPeriodModel(initial, options, *model, state, period, /*carry=*/true); !s) {
      return tl::unexpected(s.error());
    }
    trajectory.periods.push_back(std::move(period));
    if (options.progress) options.progress(static_cast<std::size_t>(t) + 1, total);
  }
  return trajectory;
}

}  // namespace parley
