// Rule F7 of docs/mechanisms/force.md: force over a timeline.
#include <algorithm>
#include <map>
#include <optional>
#include <tuple>
#include <utility>

#include "parley/force_report.h"

namespace parley {
namespace {

// The period's verdicts from its scenario state and the model's outcomes.
PeriodForce JudgePeriod(const Scenario& state, const TimelinePeriod& period,
                        const ForceOptions& options) {
  PeriodForce out;
  out.period = period.period;
  out.date = period.date;
  for (std::size_t k = 0; k < state.issues.size(); ++k) {
    const ForceIssue issue = MakeForceIssue(state, k, options);
    IssueForceReport row;
    row.issue = k;
    row.indivisible = issue.indivisible;
    row.armed = ArmedParties(issue);
    row.range = BargainingRange(issue, options);
    auto found = std::find_if(period.outcomes.begin(), period.outcomes.end(),
                              [&](const IssueOutcome& o) { return o.issue == k; });
    if (found == period.outcomes.end()) {
      row.no_forecast = "the model gave no forecast this period";
    } else {
      row.verdict = JudgeOutcome(issue, found->outcome, options);
    }
    out.issues.push_back(std::move(row));
  }
  return out;
}

const ForceView* ViewOf(const IssueForceReport& row, std::size_t actor) {
  if (!row.verdict) return nullptr;
  for (const ForceView& view : row.verdict->views) {
    if (view.actor == actor) return &view;
  }
  return nullptr;
}

// Per (actor, issue): the start of the run of periods preferring force that
// lasts to the end (lasting), else the first period preferring force at all.
void FindOnsets(ForceTimeline& timeline) {
  struct Seen {
    std::optional<ForceOnset> first;   // the first period preferring force
    std::optional<ForceOnset> streak;  // the start of the current run
  };
  std::map<std::pair<std::size_t, std::size_t>, Seen> seen;
  for (const PeriodForce& period : timeline.periods) {
    for (const IssueForceReport& row : period.issues) {
      for (std::size_t actor : row.armed) {
        Seen& entry = seen[{actor, row.issue}];
        const ForceView* view = ViewOf(row, actor);
        if (view == nullptr || !view->prefers_force) {
          entry.streak.reset();
          continue;
        }
        const ForceOnset onset{actor,
                               row.issue,
                               period.period,
                               true,
                               view->expected_outcome,
                               row.verdict->outcome,
                               view->margin};
        if (!entry.first) entry.first = onset;
        if (!entry.streak) entry.streak = onset;
      }
    }
  }
  for (auto& [key, entry] : seen) {
    if (entry.streak) {
      timeline.onsets.push_back(*entry.streak);
    } else if (entry.first) {
      entry.first->lasting = false;
      timeline.onsets.push_back(*entry.first);
    }
  }
  std::sort(timeline.onsets.begin(), timeline.onsets.end(),
            [](const ForceOnset& a, const ForceOnset& b) {
              return std::tie(a.period, a.issue, a.actor) < std::tie(b.period, b.issue, b.actor);
            });
}

void FindPreventive(ForceTimeline& timeline) {
  for (std::size_t t = 0; t + 1 < timeline.periods.size(); ++t) {
    const PeriodForce& now = timeline.periods[t];
    const PeriodForce& next = timeline.periods[t + 1];
    for (std::size_t k = 0; k < now.issues.size(); ++k) {
      for (std::size_t actor : now.issues[k].armed) {
        const ForceView* a = ViewOf(now.issues[k], actor);
        const ForceView* b = ViewOf(next.issues[k], actor);
        if (a == nullptr || b == nullptr) continue;
        const double margin =
            PreventiveMargin(a->force_utility, b->force_utility, timeline.options.discount);
        if (margin > 0.0) {
          timeline.preventive.push_back(
              {actor, k, now.period, a->force_utility, b->force_utility, margin});
        }
      }
    }
  }
}

}  // namespace

Result<ForceTimeline> AnalyseForceTimeline(const Scenario& scenario, const Trajectory& trajectory,
                                           const ForceOptions& options) {
  if (auto s = ValidateForceOptions(options); !s) return tl::unexpected(s.error());
  ForceTimeline timeline;
  timeline.model = trajectory.model;
  timeline.options = options;
  TimelineState state = InitialTimelineState(scenario, SimulationOptions{});
  for (const TimelinePeriod& period : trajectory.periods) {
    for (const std::string& id : period.events) {
      auto event = std::find_if(scenario.timeline.events.begin(), scenario.timeline.events.end(),
                                [&](const TimelineEvent& e) { return e.id == id; });
      if (event == scenario.timeline.events.end()) continue;
      std::vector<std::string> notes;
      auto next = ApplyEvent(state, *event, notes);
      if (!next) return tl::unexpected(next.error());
      state = std::move(*next);
    }
    timeline.periods.push_back(JudgePeriod(state.scenario, period, options));
  }
  FindOnsets(timeline);
  FindPreventive(timeline);
  return timeline;
}

}  // namespace parley
