// The scenario model: actors, issues, and each actor's stance on each issue,
// with the provenance of every value. Plain value types; a Scenario is
// immutable once validated (ValidateScenario) and safe to share across threads.
//
// Index letters used throughout parley (docs/notation.md): i, j actors; k issue;
// t round.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parley/engagement_settings.h"
#include "parley/force_settings.h"
#include "parley/provenance.h"
#include "parley/regime_settings.h"
#include "parley/result.h"
#include "parley/timeline_events.h"
#include "parley/value_range.h"

namespace parley {

enum class ActorRole {
  kParentState,
  kDeFactoAuthority,
  kPatron,
  kGuarantor,
  kMediator,
  kRegionalPower,
  kInternationalOrganisation,
  kCivilSociety,
  kOther,
};

// "parent_state", "de_facto_authority", ... (the spelling used in scenario files).
std::string_view ToString(ActorRole role);
Result<ActorRole> ActorRoleFromString(std::string_view text);
std::vector<std::string_view> AllActorRoleNames();

struct Actor {
  std::string id;  // unique within the scenario; how stances refer to the actor
  std::string name;
  ActorRole role = ActorRole::kOther;
  double capability = 1.0;  // > 0; only ratios matter
  std::string description;
  Provenance provenance;
  int line = 0;  // where it was declared in its file (0 for built-ins)
  // The range of `capability` when the file gives one (value_range.h); every
  // model reads `capability`, the sampler (uncertainty.h) reads this.
  std::optional<ValueRange> capability_range = std::nullopt;
  // Military strength in the theatre (`military:`), distinct from political
  // capability; > 0, only ratios matter. Unset: the actor cannot impose an
  // outcome by force (force.h). Its range, when the file gives one.
  std::optional<double> military = std::nullopt;
  std::optional<ValueRange> military_range = std::nullopt;
};

// Whose consent a move away from an issue's status quo needs (the Nash model's
// coalition; src/core/voting_rule.cpp has the thresholds' sources).
enum class VotingRule {
  kUnanimity,          // every actor who cares
  kQualifiedMajority,  // a qualified share of the capability (EU Council QMV)
  kSimpleMajority,     // more than half of the capability
};

// "unanimity", "qualified_majority", "simple_majority" (the spelling in scenario files).
std::string_view ToString(VotingRule rule);
Result<VotingRule> VotingRuleFromString(std::string_view text);

// A one-dimensional issue continuum with a label at each end.
struct Scale {
  double min = 0.0;
  double max = 100.0;
  std::string min_label;
  std::string max_label;

  double Range() const { return max - min; }
};

struct Issue {
  std::string id;
  std::string name;
  std::string description;
  Scale scale;
  std::optional<double> status_quo;       // the reference (disagreement) point
  std::optional<double> outcome;          // the real outcome, for backtests
  std::optional<VotingRule> voting_rule;  // how the issue is decided, when the file says
  // Issues with the same group are negotiated together: joint models (KTAB's
  // spatial model, the exchange model) run each group as one negotiation.
  // Empty: the scenario's one shared group. The DEU reader groups by proposal.
  std::string group;
  Provenance provenance;
  int line = 0;
};

// One actor's stance on one issue. Actors that sit an issue out have no stance.
struct Stance {
  std::size_t actor = 0;             // index into Scenario::actors
  std::size_t issue = 0;             // index into Scenario::issues
  double position = 0.0;             // on the issue's scale
  double salience = 0.0;             // normalised to [0, 1] whatever the file's salience_scale
  std::optional<Interval> red_line;  // the positions the actor can accept
  Provenance provenance;
  int line = 0;
  // Ranges of `position` (on the issue's scale) and `salience` (on [0, 1]) when
  // the file gives them; models read the point values above.
  std::optional<ValueRange> position_range = std::nullopt;
  std::optional<ValueRange> salience_range = std::nullopt;
};

// KTAB's ideal-adjustment pair: actor `adjusting` moves its ideal toward the
// position of actor `reference` with weight `weight` (KTAB SPEC 4.10).
struct AccommodationPair {
  std::size_t adjusting = 0;
  std::size_t reference = 0;
  double weight = 0.0;
};

struct Scenario {
  std::string id;
  std::string name;
  std::string description;
  std::string as_of;              // the date the information reflects, ISO 8601
  double salience_scale = 100.0;  // what "full salience" is written as in the file: 100 or 1
  std::map<std::string, std::string> documents;  // document key -> title or path
  std::vector<Actor> actors;
  std::vector<Issue> issues;
  std::vector<Stance> stances;

  // Model-specific settings carried by the file, e.g. "smp.VictoryProbModel" ->
  // "Linear". Each model validates its own keys.
  std::map<std::string, std::string> parameters;
  std::vector<AccommodationPair> accommodation;
  std::optional<std::uint64_t> seed;
  RegimeSettings regimes;           // the `regimes:` section (regime_settings.h)
  TimelineSettings timeline;        // the `events:` section (timeline_events.h)
  EngagementSettings engagement;    // the `engagement:` section (engagement_settings.h)
  UncertaintySettings uncertainty;  // the `uncertainty:` section (value_range.h)
  ForceSettings force;              // the `force:` section (force_settings.h)

  std::string file;  // the file it was read from; empty for built-ins

  // Lookups by id; std::nullopt when absent.
  std::optional<std::size_t> FindActor(std::string_view actor_id) const;
  std::optional<std::size_t> FindIssue(std::string_view issue_id) const;
  // The stance of actor i on issue k, or nullptr when the actor sits it out.
  const Stance* FindStance(std::size_t actor, std::size_t issue) const;
};

// The issues of each group (Issue::group), groups in order of first
// appearance, issues in scenario order within a group.
std::vector<std::vector<std::size_t>> IssueGroups(const Scenario& scenario);

// The scenario restricted to `issues` (scenario indices, ascending): every
// actor kept, only those issues and their stances, re-indexed; the timeline,
// regime and engagement sections, the documents and every value's sources
// are dropped (models read none of them; copying them costs more than a run).
Scenario RestrictToIssues(const Scenario& scenario, const std::vector<std::size_t>& issues);

// Checks every rule the file formats promise: unique ids, capability > 0 and
// finite, positions inside the scale, salience in [0, 1], red lines inside the
// scale and ordered, status quo and outcome inside the scale, at most one stance
// per actor and issue, ranges with low <= value <= high inside the allowed range
// and sd > 0, an `uncertainty:` section with sd > 0 and factor > 1. Messages
// name file, line, field, actor and the allowed range.
Status ValidateScenario(const Scenario& scenario);

// The part of ValidateScenario about actors and issues alone (ids, capability,
// scales, status quo, outcome): readers run it before resolving stances, so a
// duplicate id is reported as such rather than as a confusing later error.
Status ValidateDeclarations(const Scenario& scenario);

}  // namespace parley
