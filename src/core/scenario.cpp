#include "parley/scenario.h"

#include <fmt/format.h>

#include <array>
#include <cmath>
#include <set>
#include <utility>

#include "core/enum_table.h"
#include "core/force_validation.h"
#include "core/number_text.h"
#include "core/range_validation.h"

namespace parley {
namespace {

constexpr EnumTable<ActorRole, 9> kRoleNames = {{
    {ActorRole::kParentState, "parent_state"},
    {ActorRole::kDeFactoAuthority, "de_facto_authority"},
    {ActorRole::kPatron, "patron"},
    {ActorRole::kGuarantor, "guarantor"},
    {ActorRole::kMediator, "mediator"},
    {ActorRole::kRegionalPower, "regional_power"},
    {ActorRole::kInternationalOrganisation, "international_organisation"},
    {ActorRole::kCivilSociety, "civil_society"},
    {ActorRole::kOther, "other"},
}};

// Largest capability and scale end parley accepts: the models square and
// multiply these (EUM sums capability x salience x distance^2 over actors), and
// near 1e308 the products overflow to infinity and then NaN. 1e9 leaves the
// products far below overflow while exceeding any real-world scale.
constexpr double kMaxMagnitude = 1e9;

Status CheckInsideScale(const Scenario& scenario, const Issue& issue, double value,
                        std::string_view field, int line, std::string_view who) {
  if (!std::isfinite(value)) {
    return InvalidInput(
        fmt::format("{} {} on issue '{}' is not a finite number", who, field, issue.id),
        scenario.file, line, std::string(field));
  }
  if (value < issue.scale.min || value > issue.scale.max) {
    return InvalidInput(fmt::format("{} {} {} on issue '{}' outside the scale [{}, {}]", who, field,
                                    NumberText(value), issue.id, NumberText(issue.scale.min),
                                    NumberText(issue.scale.max)),
                        scenario.file, line, std::string(field));
  }
  return Ok();
}

Status ValidateActors(const Scenario& scenario) {
  std::set<std::string> seen;
  for (const Actor& actor : scenario.actors) {
    if (actor.id.empty()) {
      return InvalidInput("actor without an id", scenario.file, actor.line, "id");
    }
    if (!seen.insert(actor.id).second) {
      return InvalidInput(fmt::format("duplicate actor id '{}'", actor.id), scenario.file,
                          actor.line, "id");
    }
    if (!std::isfinite(actor.capability) || actor.capability <= 0.0 ||
        actor.capability > kMaxMagnitude) {
      return InvalidInput(fmt::format("capability {} for actor '{}' must be a number in (0, 1e9]",
                                      NumberText(actor.capability), actor.id),
                          scenario.file, actor.line, "capability");
    }
  }
  return Ok();
}

Status ValidateIssues(const Scenario& scenario) {
  std::set<std::string> seen;
  for (const Issue& issue : scenario.issues) {
    if (issue.id.empty())
      return InvalidInput("issue without an id", scenario.file, issue.line, "id");
    if (!seen.insert(issue.id).second) {
      return InvalidInput(fmt::format("duplicate issue id '{}'", issue.id), scenario.file,
                          issue.line, "id");
    }
    if (!std::isfinite(issue.scale.min) || !std::isfinite(issue.scale.max) ||
        issue.scale.min >= issue.scale.max || std::fabs(issue.scale.min) > kMaxMagnitude ||
        std::fabs(issue.scale.max) > kMaxMagnitude) {
      return InvalidInput(
          fmt::format("scale of issue '{}' must have min < max, both in [-1e9, 1e9], got [{}, {}]",
                      issue.id, NumberText(issue.scale.min), NumberText(issue.scale.max)),
          scenario.file, issue.line, "scale");
    }
    if (issue.status_quo) {
      if (auto s = CheckInsideScale(scenario, issue, *issue.status_quo, "status_quo", issue.line,
                                    "issue");
          !s) {
        return s;
      }
    }
    if (issue.outcome) {
      if (auto s =
              CheckInsideScale(scenario, issue, *issue.outcome, "outcome", issue.line, "issue");
          !s) {
        return s;
      }
    }
  }
  return Ok();
}

Status ValidateStance(const Scenario& scenario, const Stance& stance) {
  const Actor& actor = scenario.actors[stance.actor];
  const Issue& issue = scenario.issues[stance.issue];
  const std::string who = fmt::format("actor '{}':", actor.id);
  if (auto s = CheckInsideScale(scenario, issue, stance.position, "position", stance.line, who);
      !s) {
    return s;
  }
  if (!std::isfinite(stance.salience) || stance.salience < 0.0 || stance.salience > 1.0) {
    return InvalidInput(fmt::format("salience {} for actor '{}' on issue '{}' outside [0, {}]",
                                    NumberText(stance.salience * scenario.salience_scale), actor.id,
                                    issue.id, NumberText(scenario.salience_scale)),
                        scenario.file, stance.line, "salience");
  }
  if (stance.red_line) {
    const Interval& red_line = *stance.red_line;
    for (double end : {red_line.low, red_line.high}) {
      if (auto s = CheckInsideScale(scenario, issue, end, "red_line end", stance.line, who); !s) {
        return s;
      }
    }
    if (red_line.low > red_line.high) {
      return InvalidInput(
          fmt::format("red_line [{}, {}] for actor '{}' on issue '{}' has low > high",
                      NumberText(red_line.low), NumberText(red_line.high), actor.id, issue.id),
          scenario.file, stance.line, "red_line");
    }
  }
  return Ok();
}

Status ValidateStances(const Scenario& scenario) {
  std::set<std::pair<std::size_t, std::size_t>> seen;
  for (const Stance& stance : scenario.stances) {
    if (stance.actor >= scenario.actors.size() || stance.issue >= scenario.issues.size()) {
      return InvalidInput("stance refers to an actor or issue that does not exist", scenario.file,
                          stance.line);
    }
    if (!seen.insert({stance.actor, stance.issue}).second) {
      return InvalidInput(
          fmt::format("actor '{}' has two stances on issue '{}'", scenario.actors[stance.actor].id,
                      scenario.issues[stance.issue].id),
          scenario.file, stance.line, "actor");
    }
    if (auto s = ValidateStance(scenario, stance); !s) return s;
  }
  return Ok();
}

}  // namespace

std::string_view ToString(ActorRole role) { return NameOf(kRoleNames, role, "other"); }

Result<ActorRole> ActorRoleFromString(std::string_view text) {
  if (auto role = ValueOf(kRoleNames, text)) return *role;
  return InvalidInput(
      fmt::format("unknown role '{}' (allowed: {})", text, AllowedNames(kRoleNames)));
}

std::vector<std::string_view> AllActorRoleNames() { return Names(kRoleNames); }

std::optional<std::size_t> Scenario::FindActor(std::string_view actor_id) const {
  for (std::size_t i = 0; i < actors.size(); ++i) {
    if (actors[i].id == actor_id) return i;
  }
  return std::nullopt;
}

std::optional<std::size_t> Scenario::FindIssue(std::string_view issue_id) const {
  for (std::size_t k = 0; k < issues.size(); ++k) {
    if (issues[k].id == issue_id) return k;
  }
  return std::nullopt;
}

const Stance* Scenario::FindStance(std::size_t actor, std::size_t issue) const {
  for (const Stance& stance : stances) {
    if (stance.actor == actor && stance.issue == issue) return &stance;
  }
  return nullptr;
}

Status ValidateDeclarations(const Scenario& scenario) {
  if (auto s = ValidateActors(scenario); !s) return s;
  return ValidateIssues(scenario);
}

Status ValidateScenario(const Scenario& scenario) {
  if (scenario.actors.empty())
    return InvalidInput("scenario has no actors", scenario.file, 0, "actors");
  if (scenario.issues.empty())
    return InvalidInput("scenario has no issues", scenario.file, 0, "issues");
  if (auto s = ValidateDeclarations(scenario); !s) return s;
  if (auto s = ValidateStances(scenario); !s) return s;
  if (auto s = ValidateForceValues(scenario); !s) return s;
  return ValidateRanges(scenario);
}

}  // namespace parley
