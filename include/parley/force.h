// Force as the outside option of bargaining: on one issue, whether an actor
// with military strength prefers imposing its position by force to a
// negotiated outcome, and the bargaining range (the outcomes no armed actor
// would fight to overturn). Rationalist bargaining theory of war:
//   - contest success function (Tullock 1980; Hirshleifer 1989, ratio form):
//       p_i = S_i^m / (S_i^m + S_o^m)
//     with S_i, S_o the strengths of i's side and of the other side, each with
//     the shares its patrons commit to its members;
//   - expected utility of force (Fearon 1995, section "War is costly"):
//       W_i = p_i u_i(x_i) + (1 - p_i) u_i(x_L) - c_i,   u_i(y) = 1 - |y - x_i| / R
//     where x_L is where the outcome lands if i's side loses (the other side's
//     strength-weighted position) and c_i the cost of fighting; i prefers force
//     to outcome x when W_i > u_i(x). Two actors at the ends of a 0-1 scale give
//     Fearon's range [p - c_A, p + c_B];
//   - shifting power (Powell 2006, "War as a commitment problem"): an actor
//     whose value of force falls from W_i(t) to W_i(t+1) prefers force now when
//     W_i(t) > (1 - delta) * 1 + delta * W_i(t+1), the most a rising side can
//     credibly offer.
// docs/mechanisms/force.md states every rule with a worked number. Pure
// functions over immutable values; no I/O.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "parley/provenance.h"
#include "parley/result.h"
#include "parley/scenario.h"

namespace parley {

struct ForceOptions {
  // m, the contest's decisiveness: 1 is the ratio form (win odds equal the
  // strength ratio); larger m gives the stronger side more. [0.1, 10].
  // Hirshleifer 1989, eq. (1); Tullock 1980.
  double decisiveness = 1.0;
  // The cost of fighting when the scenario gives none, on the utility scale.
  // [0, 1]. Fearon 1995, c_A and c_B (section "War is costly").
  double default_cost = 0.1;
  // delta, the weight of the next period against this one in the shifting-power
  // test. [0, 0.999]. Powell 2006, the discount factor of the simple model.
  double discount = 0.9;
};

// kInvalidArgument naming the option and its range.
Status ValidateForceOptions(const ForceOptions& options);

// One actor on one issue, as the mechanism sees it.
struct ForceParty {
  std::optional<double> position;  // on the issue's scale; unset: no stance on this issue
  double strength = 0.0;           // military strength in the theatre (0: none)
  double cost = 0.0;               // cost of fighting on this issue, utility scale [0, 1]
};

// Patron fights for client with `share` of its strength, wherever it stands.
struct ForcePledge {
  std::size_t patron = 0;  // indices into ForceIssue::parties
  std::size_t client = 0;
  double share = 0.0;
};

// One issue, scenario-free: what every function below reads.
struct ForceIssue {
  double min = 0.0;  // the scale
  double max = 1.0;
  std::vector<ForceParty> parties;
  std::vector<ForcePledge> pledges;
  bool indivisible = false;  // only min and max are possible outcomes
};

// The issue k of a scenario (strengths, costs with the scenario default or
// options.default_cost, commitments, indivisibility). Actor indices are kept:
// ForceIssue::parties[i] is Scenario::actors[i].
ForceIssue MakeForceIssue(const Scenario& scenario, std::size_t issue, const ForceOptions& options);

// p = own^m / (own^m + opposing^m); 1 when only `own` is positive, 0.5 when
// both are 0. Hirshleifer 1989, eq. (1).
double WinProbability(double own, double opposing, double decisiveness);

// What actor `actor` expects from force when the negotiated outcome is x.
struct ForceView {
  std::size_t actor = 0;
  double own_side = 0.0;               // S_i: the strength of i's side, pledges included
  double other_side = 0.0;             // S_o
  std::vector<std::size_t> allies;     // parties adding strength to i's side (i included)
  std::vector<std::size_t> opponents;  // parties adding strength to the other side
  double win_probability = 0.0;
  double loss_outcome = 0.0;        // x_L: the outcome if i's side loses
  double expected_outcome = 0.0;    // p x_i + (1 - p) x_L, on the scale
  double force_utility = 0.0;       // W_i
  double negotiated_utility = 0.0;  // u_i(x)
  // W_i - u_i(x) times the scale's range: how many scale points force is worth
  // more than the negotiated outcome (> 0: prefers force).
  double margin = 0.0;
  bool prefers_force = false;
};

// Actor `actor` (who has a position and strength > 0) at outcome x: its side
// is every party whose position lies strictly on its side of x, the other side
// every party at x or beyond it the other way (it defends what it holds); a
// pledged share counts with the client, the rest of a patron's strength with
// its own position; a party whose cost on the issue is 1 stays out of fights
// over it (its pledges still count).
ForceView ViewOfForce(const ForceIssue& issue, std::size_t actor, double x,
                      const ForceOptions& options);

// The armed actors with a position (strength > 0), in party order: those who
// may prefer force.
std::vector<std::size_t> ArmedParties(const ForceIssue& issue);

// The bargaining range: the outcomes that no armed actor prefers force to,
// as disjoint closed intervals in ascending order (single points are intervals
// with low == high). Empty: every possible outcome makes some actor fight.
// With every party unarmed it is the whole scale.
std::vector<Interval> BargainingRange(const ForceIssue& issue, const ForceOptions& options);

// The judgement of one negotiated outcome.
struct ForceVerdict {
  double outcome = 0.0;
  bool in_range = true;
  std::vector<ForceView> views;        // every armed actor with a side at `outcome`
  std::optional<std::size_t> imposer;  // index into views: the largest margin > 0
};
ForceVerdict JudgeOutcome(const ForceIssue& issue, double outcome, const ForceOptions& options);

// A timeline event's force effects on `scenario` (timeline_events.h): each
// military factor multiplies an actor's strength (and its range), each
// commitment effect sets a patron's share to a client (0: withdrawal). One
// line per effect in `notes`.
void ApplyForceEffects(const TimelineEvent& event, Scenario& scenario,
                       std::vector<std::string>& notes);

// Powell 2006: how much force now beats waiting for an actor whose value of
// force moves from `force_now` to `force_next`, on the utility scale:
// force_now - ((1 - delta) + delta * force_next). > 0: force now.
double PreventiveMargin(double force_now, double force_next, double discount);

}  // namespace parley
