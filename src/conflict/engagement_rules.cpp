// Rules F and E1-E7 of docs/mechanisms/engagement.md: what each party fears
// from engagement and whether it accepts a measure, with the reason.
#include <fmt/format.h>

#include <algorithm>

#include "core/number_text.h"
#include "parley/engagement.h"

namespace parley {
namespace {

bool Contains(const std::vector<MeasureType>& types, MeasureType type) {
  return std::find(types.begin(), types.end(), type) != types.end();
}

const EngagementPolicy* PolicyOf(const Scenario& scenario, std::size_t actor) {
  for (const EngagementPolicy& policy : scenario.engagement.policies) {
    if (policy.actor == actor) return &policy;
  }
  return nullptr;
}

// Rule F from one red line on one status issue.
void AddRedLineConcerns(const Scenario& scenario, const Stance& stance, EngagementConcerns& out) {
  const Issue& issue = scenario.issues[stance.issue];
  const Interval& red = *stance.red_line;
  const std::string line =
      fmt::format("red line [{}, {}] on '{}'", NumberText(red.low), NumberText(red.high), issue.id);
  if (red.high < issue.scale.max) {
    out.recognition = true;
    out.basis += fmt::format("{}{} excludes separation ({})", out.basis.empty() ? "" : "; ", line,
                             NumberText(issue.scale.max));
  }
  if (red.low > issue.scale.min) {
    out.reintegration = true;
    out.basis += fmt::format("{}{} excludes reintegration ({})", out.basis.empty() ? "" : "; ",
                             line, NumberText(issue.scale.min));
  }
  if (issue.status_quo && *issue.status_quo > red.high) {
    out.consolidation = true;
    out.basis += fmt::format("{}{} excludes the status quo {}", out.basis.empty() ? "" : "; ", line,
                             NumberText(*issue.status_quo));
  }
}

void AddRoleConcerns(const Actor& actor, EngagementConcerns& out) {
  if (actor.role == ActorRole::kParentState) {
    out.recognition = true;
    out.consolidation = true;
    out.basis = "role parent_state (no red line on a status issue)";
  } else if (actor.role == ActorRole::kDeFactoAuthority) {
    out.reintegration = true;
    out.basis = "role de_facto_authority (no red line on a status issue)";
  }
}

double TrustGain(const MeasureAttributes& attributes, const EngagementOptions& options) {
  double gain = options.trust_gain;
  if (attributes.non_state_implementers || attributes.neutral_ground) {
    gain *= options.depoliticised_factor;
  }
  if (attributes.tied_to_settlement_talks) gain *= options.settlement_link_factor;
  return std::min(gain, 1.0);
}

// E1-E4: status-related rules.
void StatusVetoes(const EngagementMeasure& measure, const EngagementConcerns& concerns,
                  std::vector<Veto>& vetoes) {
  const MeasureAttributes& a = measure.attributes;
  if (a.implies_recognition && concerns.recognition) {
    vetoes.push_back({EngagementRule::kRecognition,
                      fmt::format("implies a border or recognition, and its {} (seed 000 para. 14: "
                                  "\"Anything that implies the acceptance of an international "
                                  "border is a non-starter\")",
                                  concerns.basis)});
  }
  if (!a.through_parent_state && !a.non_state_implementers && !a.tied_to_settlement_talks &&
      concerns.recognition) {
    vetoes.push_back({EngagementRule::kBypassesParentState,
                      fmt::format("deals with the de facto authorities directly (not through the "
                                  "parent state, not by non-state actors, not within settlement "
                                  "talks), and its {} (para. 13: engagement \"must go through the "
                                  "parent state\"; \"engagement with public institutions in the "
                                  "contested territories is severely constrained\")",
                                  concerns.basis)});
  }
  if (a.through_parent_state && concerns.reintegration) {
    vetoes.push_back({EngagementRule::kHierarchy,
                      fmt::format("goes through the parent state, and its {} (para. 18: "
                                  "\"Anything that implies a hierarchical relationship or gives "
                                  "the parent state control ... has been rejected\")",
                                  concerns.basis)});
  }
  if (a.bypasses_de_facto_authorities && concerns.reintegration) {
    vetoes.push_back({EngagementRule::kBypassesDeFactoAuthorities,
                      fmt::format("bypasses the de facto authorities, and its {} (para. 20: the "
                                  "Armenian side \"rejected an Azerbaijani proposal\" that \"would "
                                  "likely have bypassed the de facto authorities\")",
                                  concerns.basis)});
  }
}

// E5-E7: consolidation and the actor's own policy.
void ConsolidationAndPolicyVetoes(const EngagementMeasure& measure,
                                  const EngagementConcerns& concerns,
                                  const EngagementPolicy* policy, std::vector<Veto>& vetoes) {
  const MeasureAttributes& a = measure.attributes;
  if (a.builds_capacity && !a.tied_to_settlement_talks && concerns.consolidation) {
    vetoes.push_back(
        {EngagementRule::kConsolidation,
         fmt::format("builds capacity in the de facto state without a link to "
                     "settlement talks, and its {} (para. 14: fear it will \"cement de "
                     "facto realities on the ground\"; para. 27)",
                     concerns.basis)});
  }
  if (policy == nullptr) return;
  if (policy->requires_settlement_link && !a.tied_to_settlement_talks &&
      !Contains(policy->exempt_types, measure.type)) {
    vetoes.push_back({EngagementRule::kConditionality,
                      fmt::format("is not tied to settlement talks and {} measures are not exempt "
                                  "from its conditionality (para. 16: \"CBMs are conditional on "
                                  "progress in the peace talks\")",
                                  ToString(measure.type))});
  }
  if (Contains(policy->rejected_types, measure.type)) {
    vetoes.push_back({EngagementRule::kRejectedType,
                      fmt::format("its policy rejects {} measures (para. 8: \"strongly resisted "
                                  "almost all forms of interaction\")",
                                  ToString(measure.type))});
  }
}

std::string AcceptReason(const EngagementConcerns& concerns) {
  if (concerns.basis.empty()) return "accepts: no status concern and no policy rule applies";
  return fmt::format("accepts: no rule fires given its {}", concerns.basis);
}

}  // namespace

std::string_view ToString(EngagementRule rule) {
  switch (rule) {
    case EngagementRule::kRecognition:
      return "E1 recognition";
    case EngagementRule::kBypassesParentState:
      return "E2 bypasses parent state";
    case EngagementRule::kHierarchy:
      return "E3 hierarchy";
    case EngagementRule::kBypassesDeFactoAuthorities:
      return "E4 bypasses de facto authorities";
    case EngagementRule::kConsolidation:
      return "E5 consolidation";
    case EngagementRule::kConditionality:
      return "E6 conditionality";
    case EngagementRule::kRejectedType:
      return "E7 rejected type";
  }
  return "E?";
}

EngagementConcerns ConcernsOf(const Scenario& scenario, std::size_t actor) {
  EngagementConcerns concerns;
  bool has_red_line = false;
  for (std::size_t issue : scenario.engagement.status_issues) {
    const Stance* stance = scenario.FindStance(actor, issue);
    if (stance == nullptr || !stance->red_line) continue;
    has_red_line = true;
    AddRedLineConcerns(scenario, *stance, concerns);
  }
  if (!has_red_line) AddRoleConcerns(scenario.actors[actor], concerns);
  return concerns;
}

MeasureDecision DecideMeasure(const Scenario& scenario, const EngagementMeasure& measure,
                              const EngagementOptions& options) {
  MeasureDecision decision{measure.id, true, {}, 0.0};
  for (std::size_t actor : measure.parties) {
    const EngagementConcerns concerns = ConcernsOf(scenario, actor);
    PartyDecision party{actor, true, {}, {}};
    StatusVetoes(measure, concerns, party.vetoes);
    ConsolidationAndPolicyVetoes(measure, concerns, PolicyOf(scenario, actor), party.vetoes);
    party.accepts = party.vetoes.empty();
    party.reason = party.accepts ? AcceptReason(concerns)
                                 : fmt::format("vetoes ({}): {}", ToString(party.vetoes[0].rule),
                                               party.vetoes[0].reason);
    decision.accepted = decision.accepted && party.accepts;
    decision.parties.push_back(std::move(party));
  }
  if (decision.accepted) decision.trust_gain = TrustGain(measure.attributes, options);
  return decision;
}

}  // namespace parley
