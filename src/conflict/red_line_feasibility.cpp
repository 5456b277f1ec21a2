// What the red lines leave open on each issue, and the smallest sets of red
// lines whose removal would reopen an issue they close
// (docs/mechanisms/red-lines-and-packages.md, rule P1).
#include <algorithm>
#include <set>

#include "parley/packages.h"

namespace parley {
namespace {

std::vector<RedLineRef> RedLinesOn(const Scenario& scenario, std::size_t issue) {
  std::vector<RedLineRef> lines;
  for (std::size_t i = 0; i < scenario.actors.size(); ++i) {
    const Stance* stance = scenario.FindStance(i, issue);
    if (stance != nullptr && stance->red_line) lines.push_back({i, issue, *stance->red_line});
  }
  return lines;
}

bool TakesPart(const Scenario& scenario, std::size_t issue) {
  return std::any_of(scenario.stances.begin(), scenario.stances.end(),
                     [&](const Stance& stance) { return stance.issue == issue; });
}

// The red line with the highest low end and the one with the lowest high end.
std::vector<RedLineRef> ConflictingPair(const std::vector<RedLineRef>& lines) {
  auto by_low = [](const RedLineRef& a, const RedLineRef& b) {
    return a.red_line.low < b.red_line.low;
  };
  auto by_high = [](const RedLineRef& a, const RedLineRef& b) {
    return a.red_line.high < b.red_line.high;
  };
  const RedLineRef& lowest_high = *std::min_element(lines.begin(), lines.end(), by_high);
  const RedLineRef& highest_low = *std::max_element(lines.begin(), lines.end(), by_low);
  if (lowest_high.actor < highest_low.actor) return {lowest_high, highest_low};
  return {highest_low, lowest_high};
}

// The deepest points of an interval family sit at low ends, so every largest
// family with a common point is "the red lines containing some low end"; its
// complement is a smallest removal set.
void MinimalRemovals(const std::vector<RedLineRef>& lines, IssueFeasibility& feasibility) {
  std::set<std::vector<std::size_t>> removals;  // indices into `lines`
  std::size_t deepest = 0;
  for (const RedLineRef& probe : lines) {
    const double point = probe.red_line.low;
    std::vector<std::size_t> outside;
    for (std::size_t m = 0; m < lines.size(); ++m) {
      if (!lines[m].red_line.Contains(point, 0.0)) outside.push_back(m);
    }
    const std::size_t depth = lines.size() - outside.size();
    if (depth > deepest) removals.clear(), deepest = depth;
    if (depth == deepest) removals.insert(outside);
  }
  feasibility.minimal_removal_total = removals.size();
  for (const std::vector<std::size_t>& removal : removals) {
    if (feasibility.minimal_removals.size() == kMaxReportedRemovals) break;
    std::vector<RedLineRef> named;
    for (std::size_t m : removal) named.push_back(lines[m]);
    feasibility.minimal_removals.push_back(std::move(named));
  }
}

}  // namespace

std::vector<IssueFeasibility> RedLineFeasibility(const Scenario& scenario) {
  std::vector<IssueFeasibility> issues;
  for (std::size_t k = 0; k < scenario.issues.size(); ++k) {
    if (!TakesPart(scenario, k)) continue;
    const Scale& scale = scenario.issues[k].scale;
    const std::vector<RedLineRef> lines = RedLinesOn(scenario, k);
    Interval acceptable{scale.min, scale.max};
    for (const RedLineRef& line : lines) {
      acceptable.low = std::max(acceptable.low, line.red_line.low);
      acceptable.high = std::min(acceptable.high, line.red_line.high);
    }
    IssueFeasibility feasibility;
    feasibility.issue = k;
    if (acceptable.low <= acceptable.high) {
      feasibility.acceptable = acceptable;
    } else {
      feasibility.conflicting_pair = ConflictingPair(lines);
      MinimalRemovals(lines, feasibility);
    }
    issues.push_back(std::move(feasibility));
  }
  return issues;
}

}  // namespace parley
