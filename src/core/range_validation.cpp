#include "core/range_validation.h"

#include <fmt/format.h>

#include <cmath>
#include <limits>
#include <string>

#include "core/number_text.h"

namespace parley {
namespace {

// What one range is checked against. Values are shown times `shown` (the
// salience scale for saliences, else 1) so that messages use the file's numbers.
struct RangeCheck {
  const Scenario& scenario;
  std::string who;    // "actor 'A' position on issue 'status'"
  std::string field;  // "position"
  int line = 0;
  double value = 0.0;
  double lower = 0.0;  // the allowed range
  double upper = 0.0;
  bool lower_open = false;  // capability: low must be > 0
  std::string allowed;      // "the scale [0, 100]", "[0, 100]", "(0, inf)"
  double shown = 1.0;
};

Status Fail(const RangeCheck& check, const std::string& message) {
  return InvalidInput(message, check.scenario.file, check.line, check.field);
}

Status CheckRange(const RangeCheck& check, const ValueRange& range) {
  const double shown = check.shown;
  if (range.distribution == Distribution::kNormal) {
    if (!std::isfinite(range.sd) || range.sd <= 0.0) {
      return Fail(check, fmt::format("{} range: sd {} must be a finite number > 0", check.who,
                                     NumberText(range.sd * shown)));
    }
    return Ok();
  }
  if (range.distribution == Distribution::kLogNormal) {
    return Fail(check, fmt::format("{} range: dist lognormal is for the uncertainty section only "
                                   "(allowed: triangular, uniform, normal)",
                                   check.who));
  }
  if (!std::isfinite(range.low) || !std::isfinite(range.high)) {
    return Fail(check, fmt::format("{} range: low and high must be finite numbers", check.who));
  }
  if (range.low > check.value || check.value > range.high) {
    return Fail(check,
                fmt::format("{} range needs low <= value <= high, got low {}, value {}, "
                            "high {}",
                            check.who, NumberText(range.low * shown),
                            NumberText(check.value * shown), NumberText(range.high * shown)));
  }
  const bool below = check.lower_open ? range.low <= check.lower : range.low < check.lower;
  if (below || range.high > check.upper) {
    return Fail(
        check, fmt::format("{} range [{}, {}] outside {}", check.who, NumberText(range.low * shown),
                           NumberText(range.high * shown), check.allowed));
  }
  return Ok();
}

Status CheckActors(const Scenario& scenario) {
  for (const Actor& actor : scenario.actors) {
    if (!actor.capability_range) continue;
    const RangeCheck check{scenario,
                           fmt::format("actor '{}' capability", actor.id),
                           "capability",
                           actor.line,
                           actor.capability,
                           0.0,
                           std::numeric_limits<double>::infinity(),
                           true,
                           "(0, inf): capability must be > 0"};
    if (auto s = CheckRange(check, *actor.capability_range); !s) return s;
  }
  return Ok();
}

Status CheckStances(const Scenario& scenario) {
  for (const Stance& stance : scenario.stances) {
    const std::string& actor = scenario.actors[stance.actor].id;
    const Issue& issue = scenario.issues[stance.issue];
    if (stance.position_range) {
      const RangeCheck check{scenario,
                             fmt::format("actor '{}' position on issue '{}'", actor, issue.id),
                             "position",
                             stance.line,
                             stance.position,
                             issue.scale.min,
                             issue.scale.max,
                             false,
                             fmt::format("the scale [{}, {}]", NumberText(issue.scale.min),
                                         NumberText(issue.scale.max))};
      if (auto s = CheckRange(check, *stance.position_range); !s) return s;
    }
    if (stance.salience_range) {
      RangeCheck check{scenario,
                       fmt::format("actor '{}' salience on issue '{}'", actor, issue.id),
                       "salience",
                       stance.line,
                       stance.salience,
                       0.0,
                       1.0,
                       false,
                       fmt::format("[0, {}]", NumberText(scenario.salience_scale))};
      check.shown = scenario.salience_scale;
      if (auto s = CheckRange(check, *stance.salience_range); !s) return s;
    }
  }
  return Ok();
}

Status CheckSection(const Scenario& scenario) {
  const UncertaintySettings& section = scenario.uncertainty;
  const auto fail = [&](const std::string& field, const std::string& message) -> Status {
    return InvalidInput("uncertainty: " + message, scenario.file, section.line, field);
  };
  if (section.position_sd && (!std::isfinite(*section.position_sd) || *section.position_sd <= 0)) {
    return fail("position", fmt::format("position sd {} must be a finite number > 0",
                                        NumberText(*section.position_sd)));
  }
  if (section.salience_sd && (!std::isfinite(*section.salience_sd) || *section.salience_sd <= 0)) {
    return fail("salience",
                fmt::format("salience sd {} must be a finite number > 0",
                            NumberText(*section.salience_sd * scenario.salience_scale)));
  }
  if (section.capability_factor &&
      (!std::isfinite(*section.capability_factor) || *section.capability_factor <= 1.0)) {
    return fail("capability",
                fmt::format("capability factor {} must be a finite number > 1 (1.2: one standard "
                            "deviation multiplies or divides a capability by 1.2)",
                            NumberText(*section.capability_factor)));
  }
  return Ok();
}

}  // namespace

Status ValidateRanges(const Scenario& scenario) {
  if (auto s = CheckActors(scenario); !s) return s;
  if (auto s = CheckStances(scenario); !s) return s;
  return CheckSection(scenario);
}

}  // namespace parley
