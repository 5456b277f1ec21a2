// Nash bargaining over the smallest winning coalition under a majority rule
// (models.md 4.3: "F = { x : u_i(x) >= u_i(q) for all members of the
// coalition required by the decision rule"). In one dimension with utilities
// that fall with distance, an actor prefers a point x on its side of the
// status quo q to q exactly when x is within its reach |x_i - q| of its ideal,
// so the points a coalition accepts shrink with its member closest to q. The
// winning coalition that accepts the most is therefore the actors farthest
// from q on the majority's side, added in order of distance until their
// capability reaches the threshold: the procedural models' pivot "at the QMV
// threshold on the side away from the reference point" (models.md 4.2, the
// procedural models of Steunenberg, Tsebelis and Crombez). No actor outside it is needed, and
// any other winning coalition accepts a subset of its points.
#include <fmt/format.h>

#include <algorithm>
#include <numeric>

#include "models/nash_detail.h"

namespace parley::nash {
namespace {

struct Tally {
  double total = 0.0;  // capability of every participant (salience 0 included)
  double needed = 0.0;
  bool strict = false;  // simple majority: more than half
  bool Wins(double support) const {
    return strict ? support > needed : support >= needed - 1e-12 * total;
  }
};

Tally MakeTally(const Context& context, VotingRule rule) {
  Tally tally;
  // Every participant's capability counts in the total: an actor with salience
  // 0 is indifferent and does not vote for a move; in the Council the qualified
  // majority is a share of all members' votes, so an abstention counts against
  // it (TEC Art. 205(2); TEU Art. 16(4)).
  const auto& capability = context.problem.capability;
  tally.total = std::accumulate(capability.begin(), capability.end(), 0.0);
  tally.strict = rule == VotingRule::kSimpleMajority;
  tally.needed = (rule == VotingRule::kSimpleMajority ? 0.5 : context.options.qualified_majority) *
                 tally.total;
  return tally;
}

double Support(const Context& context, const std::vector<Bargainer>& side) {
  double support = 0.0;
  for (const Bargainer& b : side) support += context.problem.capability[b.index];
  return support;
}

std::string RuleText(VotingRule rule, const Tally& tally) {
  const double share = 100.0 * tally.needed / tally.total;
  return rule == VotingRule::kSimpleMajority
             ? fmt::format("simple majority (more than {:.1f}% of the capability)", share)
             : fmt::format("qualified majority ({:.1f}% of the capability or more)", share);
}

// No side of q has a winning share: the actors who care and sit at q or
// against the better supported direction block every move.
Forecast NoWinningSide(const Context& context, const std::vector<Bargainer>& bargainers,
                       const Tally& tally, VotingRule rule, double up, double down) {
  const double status_quo = *context.problem.status_quo;
  const bool up_better = up >= down;
  std::vector<Bargainer> blocking;
  for (const Bargainer& b : bargainers) {
    const bool at = b.reach <= context.tolerance;
    if (at || (b.ideal > status_quo) != up_better) blocking.push_back(b);
  }
  return Gridlock(
      context, Indices(blocking),
      fmt::format(
          "gridlock under {}: no move from the status quo {:g} has that support (up {:.1f}%, down "
          "{:.1f}%); {} block{}; the forecast is the status quo",
          RuleText(rule, tally), status_quo, 100.0 * up / tally.total, 100.0 * down / tally.total,
          NameList(context, Indices(blocking)), blocking.size() == 1 ? "s" : ""));
}

}  // namespace

Forecast BargainUnderMajority(const Context& context, const std::vector<Bargainer>& bargainers,
                              VotingRule rule) {
  const double status_quo = *context.problem.status_quo;
  const Tally tally = MakeTally(context, rule);
  std::vector<Bargainer> above, below;
  for (const Bargainer& b : bargainers) {
    if (b.reach <= context.tolerance) continue;
    (b.ideal > status_quo ? above : below).push_back(b);
  }
  const double up = Support(context, above), down = Support(context, below);
  // With a threshold above half, at most one side can win.
  std::vector<Bargainer> side;
  if (tally.Wins(up)) {
    side = above;
  } else if (tally.Wins(down)) {
    side = below;
  } else {
    return NoWinningSide(context, bargainers, tally, rule, up, down);
  }
  std::stable_sort(side.begin(), side.end(),
                   [](const Bargainer& a, const Bargainer& b) { return a.reach > b.reach; });
  double support = 0.0;
  std::size_t pivot = 0;
  for (; pivot < side.size(); ++pivot) {
    support += context.problem.capability[side[pivot].index];
    if (tally.Wins(support)) break;
  }
  // Actors at the pivot's distance accept the same points: all of them join.
  const double pivot_reach = side[pivot].reach;
  std::vector<Bargainer> coalition;
  for (const Bargainer& b : side) {
    if (b.reach >= pivot_reach - context.tolerance) coalition.push_back(b);
  }
  const std::size_t outvoted = bargainers.size() - coalition.size();
  return Bargain(context, coalition,
                 fmt::format("the winning coalition under {}: {} (pivot {}); {} other actor{} "
                             "who care{} outvoted",
                             RuleText(rule, tally), NameList(context, Indices(coalition)),
                             context.name(side[pivot].index), outvoted, outvoted == 1 ? "" : "s",
                             outvoted == 1 ? "s is" : " are"));
}

}  // namespace parley::nash
