// The bargaining range of an issue and the judgement of a negotiated outcome.
// docs/mechanisms/force.md, rules F4-F6.
#include <algorithm>
#include <cmath>
#include <vector>

#include "parley/force.h"

namespace parley {
namespace {

constexpr double kTouch = 1e-12;  // intervals closer than this are merged

// The cost of actor i on issue k: its own entry, else the scenario's default,
// else the option's.
double CostOf(const Scenario& scenario, std::size_t actor, std::size_t issue,
              const ForceOptions& options) {
  for (const ForceCost& cost : scenario.force.costs) {
    if (cost.actor == actor && cost.issue == issue) return cost.cost;
  }
  return scenario.force.default_cost.value_or(options.default_cost);
}

// The part of [a, b] where actor i, with the camps of the open segment (a, b),
// does not prefer force: W_i <= u_i(x), a half-line in x (rule F4).
std::optional<Interval> Acceptable(const ForceIssue& issue, std::size_t actor, double a, double b,
                                   const ForceOptions& options) {
  const double mid = 0.5 * (a + b);
  const double ideal = *issue.parties[actor].position;
  const double range = issue.max - issue.min;
  const double slack = range * (1.0 - ViewOfForce(issue, actor, mid, options).force_utility);
  Interval part{a, b};
  if (ideal > mid) part.low = std::max(a, ideal - slack);   // x >= x_i - R (1 - W_i)
  if (ideal < mid) part.high = std::min(b, ideal + slack);  // x <= x_i + R (1 - W_i)
  if (part.low > part.high) return std::nullopt;
  return part;
}

std::vector<double> Breakpoints(const ForceIssue& issue) {
  std::vector<double> points = {issue.min, issue.max};
  for (const ForceParty& party : issue.parties) {
    if (party.position && *party.position > issue.min && *party.position < issue.max) {
      points.push_back(*party.position);
    }
  }
  std::sort(points.begin(), points.end());
  points.erase(std::unique(points.begin(), points.end()), points.end());
  return points;
}

void Merge(std::vector<Interval>& range, Interval part) {
  if (!range.empty() && part.low <= range.back().high + kTouch) {
    range.back().high = std::max(range.back().high, part.high);
    return;
  }
  range.push_back(part);
}

}  // namespace

ForceIssue MakeForceIssue(const Scenario& scenario, std::size_t issue,
                          const ForceOptions& options) {
  ForceIssue out;
  out.min = scenario.issues[issue].scale.min;
  out.max = scenario.issues[issue].scale.max;
  for (std::size_t i = 0; i < scenario.actors.size(); ++i) {
    ForceParty party;
    if (const Stance* stance = scenario.FindStance(i, issue)) party.position = stance->position;
    party.strength = scenario.actors[i].military.value_or(0.0);
    party.cost = CostOf(scenario, i, issue, options);
    out.parties.push_back(party);
  }
  for (const ForceCommitment& c : scenario.force.commitments) {
    out.pledges.push_back({c.patron, c.client, c.share});
  }
  const auto& indivisible = scenario.force.indivisible;
  out.indivisible = std::find(indivisible.begin(), indivisible.end(), issue) != indivisible.end();
  return out;
}

std::vector<Interval> BargainingRange(const ForceIssue& issue, const ForceOptions& options) {
  std::vector<Interval> range;
  const std::vector<std::size_t> armed = ArmedParties(issue);
  if (issue.indivisible) {  // rule F6: only the two ends can be agreed
    for (double end : {issue.min, issue.max}) {
      if (JudgeOutcome(issue, end, options).in_range) range.push_back({end, end});
    }
    return range;
  }
  const std::vector<double> points = Breakpoints(issue);
  for (std::size_t s = 0; s + 1 < points.size(); ++s) {
    Interval part{points[s], points[s + 1]};
    bool empty = false;
    for (std::size_t i : armed) {
      const auto accepted = Acceptable(issue, i, points[s], points[s + 1], options);
      if (!accepted) {
        empty = true;
        break;
      }
      part.low = std::max(part.low, accepted->low);
      part.high = std::min(part.high, accepted->high);
      if (part.low > part.high) {
        empty = true;
        break;
      }
    }
    if (!empty) Merge(range, part);
  }
  return range;
}

ForceVerdict JudgeOutcome(const ForceIssue& issue, double outcome, const ForceOptions& options) {
  ForceVerdict verdict;
  verdict.outcome = outcome;
  for (std::size_t i : ArmedParties(issue)) {
    if (*issue.parties[i].position == outcome) continue;  // holds its ideal: nothing to gain
    verdict.views.push_back(ViewOfForce(issue, i, outcome, options));
    const ForceView& view = verdict.views.back();
    if (!view.prefers_force) continue;
    verdict.in_range = false;
    if (!verdict.imposer || view.margin > verdict.views[*verdict.imposer].margin) {
      verdict.imposer = verdict.views.size() - 1;
    }
  }
  return verdict;
}

}  // namespace parley
