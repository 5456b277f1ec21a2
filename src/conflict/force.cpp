// The contest success function and one actor's expected utility of force.
// docs/mechanisms/force.md, rules F1-F3.
#include "parley/force.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace parley {
namespace {

struct Camp {
  double strength = 0.0;
  double weighted_position = 0.0;    // sum of strength x position
  std::vector<std::size_t> members;  // parties contributing strength, each once

  void Add(std::size_t party, double s, double position) {
    if (s <= 0.0) return;
    strength += s;
    weighted_position += s * position;
    if (std::find(members.begin(), members.end(), party) == members.end()) {
      members.push_back(party);
    }
  }
};

// Rule F2: the camps when an actor on the `above` side of x attacks it. Its
// side is every party strictly beyond x on that side; the other side every
// party at x (it defends the outcome it holds) or beyond it the other way. A
// patron's pledged shares fight where its clients stand, the rest of its
// strength where it stands itself.
void FillCamps(const ForceIssue& issue, double x, bool above, Camp& own, Camp& other) {
  auto add = [&](std::size_t party, double strength, double position) {
    const bool with_attacker = above ? position > x : position < x;
    (with_attacker ? own : other).Add(party, strength, position);
  };
  std::vector<double> free_share(issue.parties.size(), 1.0);
  for (const ForcePledge& pledge : issue.pledges) free_share[pledge.patron] -= pledge.share;
  for (std::size_t j = 0; j < issue.parties.size(); ++j) {
    const ForceParty& party = issue.parties[j];
    // Rule F2: a cost of 1 (fighting costs all an issue is worth) keeps the
    // party's own strength out of fights over the issue; its pledges still count.
    if (party.position && party.cost < 1.0) {
      add(j, std::max(0.0, free_share[j]) * party.strength, *party.position);
    }
  }
  for (const ForcePledge& pledge : issue.pledges) {
    const ForceParty& client = issue.parties[pledge.client];
    if (client.position) {
      add(pledge.patron, pledge.share * issue.parties[pledge.patron].strength, *client.position);
    }
  }
}

}  // namespace

Status ValidateForceOptions(const ForceOptions& options) {
  auto fail = [](const char* name, double value, const char* range) -> Status {
    return InvalidArgument(fmt::format("force.{} {:g} outside {}", name, value, range));
  };
  if (!(options.decisiveness >= 0.1 && options.decisiveness <= 10.0)) {
    return fail("decisiveness", options.decisiveness, "[0.1, 10]");
  }
  if (!(options.default_cost >= 0.0 && options.default_cost <= 1.0)) {
    return fail("default_cost", options.default_cost, "[0, 1]");
  }
  if (!(options.discount >= 0.0 && options.discount <= 0.999)) {
    return fail("discount", options.discount, "[0, 0.999]");
  }
  return Ok();
}

double WinProbability(double own, double opposing, double decisiveness) {
  if (own <= 0.0 && opposing <= 0.0) return 0.5;
  if (opposing <= 0.0) return 1.0;
  if (own <= 0.0) return 0.0;
  // p = 1 / (1 + (S_o / S_i)^m): the same value, without overflowing S^m.
  return 1.0 / (1.0 + std::pow(opposing / own, decisiveness));
}

ForceView ViewOfForce(const ForceIssue& issue, std::size_t actor, double x,
                      const ForceOptions& options) {
  const ForceParty& party = issue.parties[actor];
  const double ideal = party.position.value_or(x);
  const double range = issue.max - issue.min;
  Camp own;
  Camp other;
  FillCamps(issue, x, ideal > x, own, other);
  ForceView view;
  view.actor = actor;
  view.own_side = own.strength;
  view.other_side = other.strength;
  view.allies = own.members;
  view.opponents = other.members;
  std::sort(view.allies.begin(), view.allies.end());
  std::sort(view.opponents.begin(), view.opponents.end());
  view.win_probability = WinProbability(own.strength, other.strength, options.decisiveness);
  view.loss_outcome = other.strength > 0.0 ? other.weighted_position / other.strength : x;
  auto utility = [&](double y) { return 1.0 - std::fabs(y - ideal) / range; };
  const double p = view.win_probability;
  view.expected_outcome = p * ideal + (1.0 - p) * view.loss_outcome;
  view.force_utility = p * 1.0 + (1.0 - p) * utility(view.loss_outcome) - party.cost;
  view.negotiated_utility = utility(x);
  view.margin = (view.force_utility - view.negotiated_utility) * range;
  view.prefers_force = view.force_utility > view.negotiated_utility + 1e-12;
  return view;
}

std::vector<std::size_t> ArmedParties(const ForceIssue& issue) {
  std::vector<std::size_t> armed;
  for (std::size_t i = 0; i < issue.parties.size(); ++i) {
    if (issue.parties[i].position && issue.parties[i].strength > 0.0) armed.push_back(i);
  }
  return armed;
}

double PreventiveMargin(double force_now, double force_next, double discount) {
  return force_now - ((1.0 - discount) + discount * force_next);
}

}  // namespace parley
