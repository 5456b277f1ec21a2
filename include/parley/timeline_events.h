// The `events:` section of a scenario file: events scripted at a round or a
// date that change the scenario while a simulation runs (timeline.h;
// docs/mechanisms/timeline-events.md states every rule).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parley/provenance.h"
#include "parley/regime_settings.h"
#include "parley/result.h"

namespace parley {

// What an event is. The kind names the event for people and fixes which
// effects it must have (timeline-events.md, rule T1); the effects do the work.
enum class EventKind {
  kBlockade,          // capability and salience changes
  kActorExit,         // an actor leaves the talks (a dismissal)
  kActorEntry,        // an actor joins the talks
  kPatronWithdrawal,  // a patron or guarantor withdraws (a mandate ending)
  kOffensive,         // capability shift; positions or status quo changed by force
  kRegimeChange,      // the mediation format changes (regimes.h)
  kRhetoric,          // bellicose rhetoric lowers trust (engagement.h)
  kEngagement,        // engagement measures are offered (engagement.h)
  kOther,             // any combination of effects
};

// "blockade", "actor_exit", ... (the spelling used in scenario files).
std::string_view ToString(EventKind kind);
Result<EventKind> EventKindFromString(std::string_view text);
std::vector<std::string_view> AllEventKindNames();

// c_i <- factor * c_i.
struct CapabilityEffect {
  std::size_t actor = 0;
  double factor = 1.0;  // > 0
};

// Replaces parts of one actor's stance on one issue.
struct StanceEffect {
  std::size_t actor = 0;
  std::size_t issue = 0;
  std::optional<double> position;  // on the issue's scale
  std::optional<double> salience;  // in [0, 1] (the file's scale divided out)
  std::optional<Interval> red_line;
};

// A patron's commitment to a client set anew (force_settings.h): share 0 is a
// withdrawal; a pair without a commitment gains one.
struct CommitmentEffect {
  std::size_t patron = 0;
  std::size_t client = 0;
  double share = 0.0;  // in [0, 1]
};

struct StatusQuoEffect {
  std::size_t issue = 0;
  double status_quo = 0.0;  // on the issue's scale
};

struct TimelineEvent {
  std::string id;
  std::string label;  // one line for people
  EventKind kind = EventKind::kOther;
  int round = 0;     // the period it happens in, >= 1 (from `date` when given)
  std::string date;  // ISO 8601, when the file dates the event
  std::vector<CapabilityEffect> capability;
  std::vector<StanceEffect> stances;
  std::vector<StatusQuoEffect> status_quo;
  std::vector<std::size_t> leaves;            // actors leaving the talks
  std::vector<std::size_t> enters;            // actors joining (inactive before)
  std::vector<std::size_t> bellicose;         // actors whose rhetoric lowers trust
  std::vector<std::string> measures;          // engagement measure ids offered this period
  std::optional<RegimeKind> regime;           // regime_change: the new format
  std::vector<CapabilityEffect> military;     // military_i <- factor * military_i (force.h)
  std::vector<CommitmentEffect> commitments;  // patrons' shares set anew (force.h)
  Provenance provenance;                      // "date" or "round", and one entry per effect given
  int line = 0;
};

// How dates map to periods: period t >= 1 covers the days
// [start + (t - 1) period_days, start + t period_days).
struct TimelineCalendar {
  std::string start;    // ISO 8601; empty: events must give rounds
  int period_days = 0;  // >= 1 when start is given
  int periods = 0;      // default run length; 0: up to the last event
};

struct TimelineSettings {
  TimelineCalendar calendar;
  std::vector<TimelineEvent> events;  // in file order
  int line = 0;                       // where the section starts (0: no section)

  bool IsEmpty() const { return calendar.start.empty() && calendar.periods == 0 && events.empty(); }
};

}  // namespace parley
