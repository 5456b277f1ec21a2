// Engagement and confidence building (seed 000, Caspersen): trust between
// pairs of actors, engagement measures each party accepts or vetoes by rules
// derived from its red lines and role, and the effect of trust on the
// scenario ("Increased confidence would reduce the perceived stakes and
// result in greater willingness to accept uncertainty", seed 000 para. 28).
// docs/mechanisms/engagement.md states rules F, E1-E7, G, R, S, W and L.
//
// Pure functions of their arguments; thread-safe, no I/O.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "parley/engagement_settings.h"
#include "parley/result.h"
#include "parley/scenario.h"

namespace parley {

struct EngagementOptions {
  // Trust of pairs the scenario neither lists nor covers by default_trust.
  // Range [0, 1]; default 0.3 (estimate: low trust between the sides of a
  // protracted conflict, seed 000 para. 3 "the lack of trust between the parties").
  double default_trust = 0.3;
  // Rule G: an accepted measure moves the trust of every pair of its parties
  // T <- T + g (1 - T). Base g; range [0, 1]; default 0.1 (estimate: seed 000
  // gives no number; ten accepted measures close about two thirds of the gap).
  double trust_gain = 0.1;
  // Rule G: g is multiplied by this for a depoliticised measure (non-state
  // implementers or neutral ground). Range [0, 1]; default 0.5. Seed 000 para.
  // 34: "Depoliticized CBMs provide a useful first step ... Effective CBMs
  // involve politically sensitive issues".
  double depoliticised_factor = 0.5;
  // Rule G: g is multiplied by this for a measure tied to settlement talks.
  // Range [1, 3]; default 1.5. Seed 000 para. 28: "If the two processes
  // proceed in tandem, they could reinforce each other."
  double settlement_link_factor = 1.5;
  // Rule R: bellicose rhetoric by i sets T_ij <- (1 - loss) T_ij for every j.
  // Range [0, 1]; default 0.2. Seed 000 para. 28: "bellicose rhetoric could
  // undermine generous gestures".
  double rhetoric_trust_loss = 0.2;
  // Rule S: salience on a status issue s' = s (1 - e_s dtau), dtau the change
  // in trust toward adversaries. Range [0, 1]; default 0.5. Para. 28:
  // "Increased confidence would reduce the perceived stakes".
  double salience_elasticity = 0.5;
  // Rule W: each end of a red line on a status issue moves outward by
  // e_r dtau times the scale range. Range [0, 1]; default 0.5. Para. 28:
  // "greater willingness to accept uncertainty".
  double red_line_elasticity = 0.5;
  // Rule S: j is i's adversary on an issue when their positions are at least
  // this share of the scale range apart. Range (0, 1]; default 0.5.
  double adversary_distance = 0.5;
  // Rule L: an accepted measure tied to talks moves each party's position on
  // each status issue by lambda tau (mean - x) toward the parties' weighted
  // mean. Range [0, 1]; default 0.1. Para. 28: "This would facilitate the
  // substantive talks".
  double talks_convergence = 0.1;
};

// kInvalidArgument naming the field and its range when an option is out of range.
Status ValidateEngagementOptions(const EngagementOptions& options);

// T_ij in [0, 1] for every pair of Scenario::actors; symmetric, 1 on the diagonal.
using TrustMatrix = std::vector<std::vector<double>>;

// The scenario's trust: listed pairs, then engagement.default_trust, then
// options.default_trust.
TrustMatrix InitialTrust(const Scenario& scenario, const EngagementOptions& options = {});

// Rule F: what an actor fears from engagement, derived from its red lines on
// the status issues (or, without them, from its role).
struct EngagementConcerns {
  bool recognition = false;    // "creeping recognition" (seed 000 para. 13)
  bool reintegration = false;  // "creeping reintegration" (para. 17)
  bool consolidation = false;  // the status quo consolidated, "Taiwanization" (para. 13)
  std::string basis;           // why, for people
};
EngagementConcerns ConcernsOf(const Scenario& scenario, std::size_t actor);

enum class EngagementRule {
  kRecognition,                 // E1
  kBypassesParentState,         // E2
  kHierarchy,                   // E3
  kBypassesDeFactoAuthorities,  // E4
  kConsolidation,               // E5
  kConditionality,              // E6
  kRejectedType,                // E7
};
std::string_view ToString(EngagementRule rule);

struct Veto {
  EngagementRule rule = EngagementRule::kRecognition;
  std::string reason;  // names the measure's feature, the actor's basis and the seed passage
};

struct PartyDecision {
  std::size_t actor = 0;
  bool accepts = true;
  std::vector<Veto> vetoes;  // every rule that fires; accepts == vetoes.empty()
  std::string reason;        // one line for people
};

struct MeasureDecision {
  std::string measure;  // the measure's id
  bool accepted = false;
  std::vector<PartyDecision> parties;  // in the measure's party order
  double trust_gain = 0.0;             // g of rule G (0 when vetoed)
};

// Each party's decision on `measure` against `scenario` as it stands (pass
// the trust-adjusted scenario: widened red lines change decisions).
MeasureDecision DecideMeasure(const Scenario& scenario, const EngagementMeasure& measure,
                              const EngagementOptions& options = {});

// An ad hoc measure "TYPE@A+B[:attribute,attribute]", e.g.
// "military_cbm@AZE+ARM+NKR:tied_to_settlement_talks"; or the id of a measure
// of the scenario. kInvalidArgument naming what is wrong.
Result<EngagementMeasure> ResolveMeasure(const Scenario& scenario, std::string_view text);

// Rules S and W: saliences and red lines on the status issues after trust
// moved from `initial` to `trust`. Unchanged when trust equals initial.
Scenario ApplyTrust(const Scenario& scenario, const TrustMatrix& initial, const TrustMatrix& trust,
                    const EngagementOptions& options = {});

// What happens in one period: rhetoric first, then the measures on offer.
struct EngagementStep {
  std::vector<std::size_t> bellicose;
  std::vector<EngagementMeasure> measures;
};

// The running state: the scenario with positions as moved by talks (rule L)
// and saliences and red lines as coded, and the current trust.
struct EngagementState {
  Scenario scenario;
  TrustMatrix trust;
};

struct EngagementPeriod {
  int period = 0;  // 0: before any step
  std::vector<std::size_t> bellicose;
  std::vector<MeasureDecision> decisions;
  TrustMatrix trust;   // after the period
  Scenario effective;  // ApplyTrust of the state after the period
};

struct EngagementStepResult {
  EngagementState state;
  EngagementPeriod period;
};

// One period (rules R, then E decided simultaneously on the effective
// scenario at the period's start, then G in measure order, then L).
EngagementStepResult StepEngagement(const EngagementState& state, const TrustMatrix& initial,
                                    const EngagementStep& step, int period,
                                    const EngagementOptions& options = {});

// Runs `steps` (one per period) from the scenario's initial trust. The result
// starts with period 0 (the scenario as given). kInvalidArgument for bad options.
Result<std::vector<EngagementPeriod>> SimulateEngagement(const Scenario& scenario,
                                                         const std::vector<EngagementStep>& steps,
                                                         const EngagementOptions& options = {});

}  // namespace parley
