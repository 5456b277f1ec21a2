// Small scenarios built in code for the conflict-mechanism tests.
#pragma once

#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "parley/model.h"
#include "parley/scenario.h"

namespace parley::testing {

// A registry entry with its default options, ready to run (model.h).
inline ConfiguredModel Configured(ModelSpec spec) {
  return Configure(std::make_shared<const ModelSpec>(std::move(spec))).value();
}

struct ActorSpec {
  std::string id;
  double capability = 1.0;
  ActorRole role = ActorRole::kOther;
};

struct IssueSpec {
  std::string id;
  std::optional<double> status_quo = std::nullopt;
  double min = 0.0;
  double max = 100.0;
};

struct StanceSpec {
  std::string actor;
  std::string issue;
  double position = 0.0;
  double salience = 1.0;  // in [0, 1]
  std::optional<Interval> red_line = std::nullopt;
};

inline Scenario MakeScenario(const std::vector<ActorSpec>& actors,
                             const std::vector<IssueSpec>& issues,
                             const std::vector<StanceSpec>& stances) {
  Scenario scenario;
  scenario.id = "test";
  for (const ActorSpec& spec : actors) {
    Actor actor;
    actor.id = actor.name = spec.id;
    actor.capability = spec.capability;
    actor.role = spec.role;
    scenario.actors.push_back(actor);
  }
  for (const IssueSpec& spec : issues) {
    Issue issue;
    issue.id = issue.name = spec.id;
    issue.scale.min = spec.min;
    issue.scale.max = spec.max;
    issue.status_quo = spec.status_quo;
    scenario.issues.push_back(issue);
  }
  for (const StanceSpec& spec : stances) {
    Stance stance;
    stance.actor = *scenario.FindActor(spec.actor);
    stance.issue = *scenario.FindIssue(spec.issue);
    stance.position = spec.position;
    stance.salience = spec.salience;
    stance.red_line = spec.red_line;
    scenario.stances.push_back(stance);
  }
  return scenario;
}

// The outcome on issue `issue_id` in a list of outcomes (NaN when absent).
template <typename Outcomes>
double OutcomeOn(const Scenario& scenario, const Outcomes& outcomes, const std::string& issue_id) {
  const std::size_t issue = *scenario.FindIssue(issue_id);
  for (const auto& outcome : outcomes) {
    if (outcome.issue == issue) return outcome.outcome;
  }
  return std::numeric_limits<double>::quiet_NaN();
}

}  // namespace parley::testing
