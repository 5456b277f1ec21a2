// Red lines against an outcome (docs/mechanisms/red-lines-and-packages.md, rule R1).
#include "parley/red_lines.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>

namespace parley {
namespace {

// Rounding noise, as a share of the scale range, that does not count as crossing.
constexpr double kRoundingShare = 1e-9;

RedLineCheck Check(std::size_t actor, const Interval& red_line, double outcome) {
  RedLineCheck check{actor, red_line, 0.0, 0.0};
  if (outcome < red_line.low) {
    check.excess = red_line.low - outcome;
  } else if (outcome > red_line.high) {
    check.excess = outcome - red_line.high;
  } else {
    check.margin = std::min(outcome - red_line.low, red_line.high - outcome);
  }
  return check;
}

Status CheckOutcome(const Scenario& scenario, const IssueOutcome& outcome) {
  if (outcome.issue >= scenario.issues.size()) {
    return InvalidInput(fmt::format("red lines: no issue with index {} (the scenario has {})",
                                    outcome.issue, scenario.issues.size()),
                        scenario.file, 0, "issue");
  }
  const Issue& issue = scenario.issues[outcome.issue];
  const double slack = kRoundingShare * issue.scale.Range();
  if (!std::isfinite(outcome.outcome) || outcome.outcome < issue.scale.min - slack ||
      outcome.outcome > issue.scale.max + slack) {
    return InvalidInput(
        fmt::format("red lines: outcome {} on issue '{}' outside the scale [{}, {}]",
                    outcome.outcome, issue.id, issue.scale.min, issue.scale.max),
        scenario.file, issue.line, "outcome");
  }
  return Ok();
}

}  // namespace

std::vector<std::size_t> RedLineReport::Spoilers() const {
  std::set<std::size_t> actors;
  for (const IssueRedLines& issue : issues) {
    for (const RedLineCheck& check : issue.crossed) actors.insert(check.actor);
  }
  return {actors.begin(), actors.end()};
}

std::size_t RedLineReport::CrossedCount() const {
  std::size_t count = 0;
  for (const IssueRedLines& issue : issues) count += issue.crossed.size();
  return count;
}

Status ValidateRedLineOptions(const RedLineOptions& options) {
  if (!(options.binding_tolerance >= 0.0 && options.binding_tolerance <= 0.1)) {
    return InvalidArgument(
        fmt::format("red lines: binding_tolerance {} outside [0, 0.1]", options.binding_tolerance));
  }
  return Ok();
}

Result<RedLineReport> CheckRedLines(const Scenario& scenario,
                                    const std::vector<IssueOutcome>& outcomes,
                                    const RedLineOptions& options) {
  if (auto s = ValidateRedLineOptions(options); !s) return tl::unexpected(s.error());
  RedLineReport report;
  for (const IssueOutcome& outcome : outcomes) {
    if (auto s = CheckOutcome(scenario, outcome); !s) return tl::unexpected(s.error());
    const double range = scenario.issues[outcome.issue].scale.Range();
    const double tolerance = options.binding_tolerance * range;
    IssueRedLines lines{outcome.issue, outcome.outcome, {}, {}};
    for (std::size_t i = 0; i < scenario.actors.size(); ++i) {
      const Stance* stance = scenario.FindStance(i, outcome.issue);
      if (stance == nullptr || !stance->red_line) continue;
      const RedLineCheck check = Check(i, *stance->red_line, outcome.outcome);
      if (check.excess > kRoundingShare * range) {
        lines.crossed.push_back(check);
      } else if (check.margin <= tolerance) {
        lines.binding.push_back(check);
      }
    }
    report.issues.push_back(std::move(lines));
  }
  return report;
}

}  // namespace parley
