#include "core/force_validation.h"

#include <fmt/format.h>

#include <cmath>
#include <string>
#include <vector>

namespace parley {
namespace {

constexpr double kMaxMilitary = 1e9;  // like capability: only ratios matter

// One value with its optional range, checked against [lower, upper] (lower
// excluded when `lower_open`).
struct Bounded {
  std::string who;    // "actor 'AZE' military"
  std::string field;  // "military"
  int line = 0;
  double value = 0.0;
  const std::optional<ValueRange>* range = nullptr;
  double lower = 0.0;
  double upper = 1.0;
  bool lower_open = false;
};

std::string Allowed(const Bounded& b) {
  return fmt::format("{}{:g}, {:g}]", b.lower_open ? "(" : "[", b.lower, b.upper);
}

bool Inside(const Bounded& b, double x) {
  return std::isfinite(x) && (b.lower_open ? x > b.lower : x >= b.lower) && x <= b.upper;
}

Status Check(const Scenario& scenario, const Bounded& b) {
  auto fail = [&](const std::string& message) {
    return InvalidInput(message, scenario.file, b.line, b.field);
  };
  if (!Inside(b, b.value)) {
    return fail(fmt::format("{} {:g} outside {}", b.who, b.value, Allowed(b)));
  }
  if (b.range == nullptr || !*b.range) return Ok();
  const ValueRange& range = **b.range;
  if (range.distribution == Distribution::kNormal) {
    if (!std::isfinite(range.sd) || range.sd <= 0.0) {
      return fail(fmt::format("{} range: sd {:g} must be a finite number > 0", b.who, range.sd));
    }
    return Ok();
  }
  if (range.distribution == Distribution::kLogNormal) {
    return fail(
        fmt::format("{} range: dist lognormal is not allowed here (allowed: triangular, "
                    "uniform, normal)",
                    b.who));
  }
  if (!(range.low <= b.value && b.value <= range.high)) {
    return fail(
        fmt::format("{} range needs low <= value <= high, got low {:g}, value {:g}, "
                    "high {:g}",
                    b.who, range.low, b.value, range.high));
  }
  if (!Inside(b, range.low) || !Inside(b, range.high)) {
    return fail(
        fmt::format("{} range [{:g}, {:g}] outside {}", b.who, range.low, range.high, Allowed(b)));
  }
  return Ok();
}

Status CheckCommitments(const Scenario& scenario) {
  const ForceSettings& force = scenario.force;
  std::vector<double> total(scenario.actors.size(), 0.0);
  for (const ForceCommitment& c : force.commitments) {
    const std::string& patron = scenario.actors[c.patron].id;
    const std::string who = fmt::format("force: commitment of '{}' to '{}': share", patron,
                                        scenario.actors[c.client].id);
    if (c.patron == c.client) {
      return InvalidInput(fmt::format("force: actor '{}' cannot be committed to itself", patron),
                          scenario.file, c.line, "client");
    }
    if (auto s = Check(scenario, {who, "share", c.line, c.share, &c.share_range, 0.0, 1.0}); !s) {
      return s;
    }
    total[c.patron] += c.share;
    if (total[c.patron] > 1.0 + 1e-9) {
      return InvalidInput(fmt::format("force: the shares '{}' commits to its clients sum to {:g}, "
                                      "more than 1 (all of its strength)",
                                      patron, total[c.patron]),
                          scenario.file, c.line, "share");
    }
  }
  return Ok();
}

}  // namespace

Status ValidateForceValues(const Scenario& scenario) {
  for (const Actor& actor : scenario.actors) {
    if (!actor.military) continue;
    const Bounded b{fmt::format("actor '{}' military", actor.id),
                    "military",
                    actor.line,
                    *actor.military,
                    &actor.military_range,
                    0.0,
                    kMaxMilitary,
                    true};
    if (auto s = Check(scenario, b); !s) return s;
  }
  const ForceSettings& force = scenario.force;
  if (force.default_cost) {
    const Bounded b{
        "force: cost", "cost", force.line, *force.default_cost, &force.default_cost_range,
        0.0,           1.0};
    if (auto s = Check(scenario, b); !s) return s;
  }
  for (const ForceCost& c : force.costs) {
    const Bounded b{fmt::format("force: cost of actor '{}' on issue '{}'",
                                scenario.actors[c.actor].id, scenario.issues[c.issue].id),
                    "cost",
                    c.line,
                    c.cost,
                    &c.cost_range,
                    0.0,
                    1.0};
    if (auto s = Check(scenario, b); !s) return s;
  }
  return CheckCommitments(scenario);
}

}  // namespace parley
