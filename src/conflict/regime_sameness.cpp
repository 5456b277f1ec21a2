// Why two mediation regimes give the same outcomes (include/parley/regime_sameness.h).
#include "parley/regime_sameness.h"

#include <fmt/format.h>

#include <cmath>

#include "regime_detail.h"

namespace parley {
namespace {

using regime_detail::ActorNames;
using regime_detail::ActorSet;
using regime_detail::Resolved;

bool SameOutcomesAs(const Scenario& scenario, const RegimeOutcome& a, const RegimeOutcome& b) {
  if (a.outcomes.size() != b.outcomes.size() || a.off_agenda != b.off_agenda) return false;
  for (std::size_t n = 0; n < a.outcomes.size(); ++n) {
    const IssueOutcome& x = a.outcomes[n];
    const IssueOutcome& y = b.outcomes[n];
    const double tolerance = 1e-9 * scenario.issues[x.issue].scale.Range();
    if (x.issue != y.issue || std::abs(x.outcome - y.outcome) > tolerance) return false;
  }
  return true;
}

// Whether `outcome` equals, on every issue, the capability x salience weighted
// mean of the positions of every actor but `excluded` (within 1e-6 of the
// scale): the model behaves as a weighted mean (linear in the weights) here.
bool IsWeightedMean(const Scenario& scenario, const RegimeOutcome& outcome,
                    const ActorSet& excluded) {
  for (const IssueOutcome& issue : outcome.outcomes) {
    double weighted = 0.0, total = 0.0;
    for (const Stance& stance : scenario.stances) {
      if (stance.issue != issue.issue || excluded.count(stance.actor) > 0) continue;
      const double weight = scenario.actors[stance.actor].capability * stance.salience;
      weighted += weight * stance.position;
      total += weight;
    }
    if (total <= 0.0) return false;
    const double tolerance = 1e-6 * scenario.issues[issue.issue].scale.Range();
    if (std::abs(weighted / total - issue.outcome) > tolerance) return false;
  }
  return !outcome.outcomes.empty();
}

ActorSet InclusiveOff(const Resolved& resolved) {
  ActorSet off = resolved.inclusive_excluded;
  if (resolved.mediator) off.insert(*resolved.mediator);
  return off;
}

std::vector<std::string> HierarchicalReasons(const Scenario& scenario,
                                             const RegimeSettings& settings,
                                             const Resolved& resolved, const std::string& model) {
  std::vector<std::string> reasons;
  const HierarchicalSettings& h = settings.hierarchical;
  if (resolved.hierarchical_excluded == InclusiveOff(resolved)) {
    reasons.push_back(resolved.hierarchical_excluded.empty()
                          ? "nobody is excluded"
                          : "the same actors are off the table (" +
                                ActorNames(scenario, resolved.hierarchical_excluded) + ")");
  } else {
    reasons.push_back(fmt::format("the guarantor's exclusions did not move the {} outcome", model));
  }
  if (resolved.agenda.empty() || resolved.agenda.size() == scenario.issues.size()) {
    reasons.push_back("every issue is on the agenda");
  }
  ActorSet aligned = resolved.proxies;
  if (resolved.guarantor) aligned.insert(*resolved.guarantor);
  reasons.push_back(h.coercion_factor == 1.0
                        ? std::string("no coercion (factor 1)")
                        : fmt::format("coercion x{:g} for {} did not move the {} outcome",
                                      h.coercion_factor, ActorNames(scenario, aligned), model));
  reasons.push_back(h.force_from_strength
                        ? fmt::format("force before talks from the military balance did not move "
                                      "the {} outcome",
                                      model)
                    : h.force_shock == 0.0
                        ? std::string("no force before talks")
                        : fmt::format("force before talks ({:g}%) did not move the {} outcome",
                                      100.0 * h.force_shock, model));
  return reasons;
}

std::vector<std::string> MultipolarReasons(const Scenario& scenario, const RegimeSettings& settings,
                                           const Resolved& resolved,
                                           const RegimeOutcome& inclusive) {
  std::vector<std::string> reasons;
  if (resolved.multipolar_excluded == InclusiveOff(resolved)) {
    reasons.push_back(resolved.multipolar_excluded.empty()
                          ? "nobody is excluded"
                          : "the same actors are off the table (" +
                                ActorNames(scenario, resolved.multipolar_excluded) + ")");
  }
  ActorSet powers = resolved.powers;
  for (std::size_t i : resolved.multipolar_excluded) powers.erase(i);
  const bool clients = !resolved.clients.empty() && settings.multipolar.client_pull > 0.0;
  if (!clients) {
    reasons.push_back(resolved.clients.empty() ? "no clients are named, so only the powers move"
                                               : "the clients' pull is 0, so only the powers move");
  }
  if (!clients && IsWeightedMean(scenario, inclusive, InclusiveOff(resolved))) {
    reasons.push_back(fmt::format(
        "the {} outcome is the capability x salience weighted mean of the positions on every "
        "issue, and moving the regional powers {} onto their own weighted mean leaves that mean "
        "where it was (the model is linear in the weights)",
        inclusive.model, ActorNames(scenario, powers)));
  } else {
    reasons.push_back(
        fmt::format("moving the regional powers {} onto their stage-1 deal did not "
                    "move the {} outcome",
                    ActorNames(scenario, powers), inclusive.model));
  }
  return reasons;
}

}  // namespace

Result<std::vector<SameOutcomes>> ExplainSameOutcomes(const Scenario& scenario,
                                                      const RegimeSettings& settings,
                                                      const RegimeComparison& comparison) {
  auto resolved = regime_detail::Resolve(scenario, settings);
  if (!resolved) return tl::unexpected(resolved.error());
  std::vector<SameOutcomes> same;
  const auto& regimes = comparison.regimes;
  for (std::size_t r = 1; r < regimes.size(); ++r) {
    for (std::size_t earlier = 0; earlier < r; ++earlier) {
      if (!SameOutcomesAs(scenario, regimes[r], regimes[earlier])) continue;
      SameOutcomes entry{regimes[r].regime, regimes[earlier].regime, {}};
      const bool against_inclusive = regimes[earlier].regime == RegimeKind::kInclusive;
      if (against_inclusive && regimes[r].regime == RegimeKind::kHierarchical) {
        entry.reasons = HierarchicalReasons(scenario, settings, *resolved, regimes[r].model);
      } else if (against_inclusive && regimes[r].regime == RegimeKind::kMultipolar) {
        entry.reasons = MultipolarReasons(scenario, settings, *resolved, regimes[earlier]);
      } else {
        entry.reasons.push_back(fmt::format(
            "both regimes change the inclusive table, and the {} outcome does not tell the two "
            "changed tables apart",
            regimes[r].model));
      }
      same.push_back(std::move(entry));
      break;
    }
  }
  return same;
}

}  // namespace parley
