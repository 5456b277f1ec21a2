// Resolves regime settings against a scenario (docs/mechanisms/mediation-regimes.md, M1).
#include <fmt/format.h>

#include "regime_detail.h"

namespace parley {
namespace regime_detail {
namespace {

Result<std::size_t> ResolveActor(const Scenario& scenario, const std::string& id,
                                 std::string_view field) {
  if (auto index = scenario.FindActor(id)) return *index;
  return InvalidArgument(fmt::format("{}: unknown actor '{}'", field, id));
}

Result<ActorSet> ResolveActors(const Scenario& scenario, const std::vector<std::string>& ids,
                               std::string_view field) {
  ActorSet actors;
  for (const std::string& id : ids) {
    auto index = ResolveActor(scenario, id, field);
    if (!index) return tl::unexpected(index.error());
    actors.insert(*index);
  }
  return actors;
}

Status CheckRange(double value, double low, double high, std::string_view field) {
  if (value >= low && value <= high) return Ok();
  return InvalidArgument(fmt::format("{} {} outside [{}, {}]", field, value, low, high));
}

ActorSet ActorsWithRole(const Scenario& scenario, std::initializer_list<ActorRole> roles) {
  ActorSet actors;
  for (std::size_t i = 0; i < scenario.actors.size(); ++i) {
    for (ActorRole role : roles) {
      if (scenario.actors[i].role == role) actors.insert(i);
    }
  }
  return actors;
}

Status ResolveInclusive(const Scenario& scenario, const InclusiveSettings& settings,
                        Resolved& out) {
  if (!settings.mediator.empty()) {
    auto mediator = ResolveActor(scenario, settings.mediator, "regimes.inclusive.mediator");
    if (!mediator) return tl::unexpected(mediator.error());
    out.mediator = *mediator;
  }
  auto excluded = ResolveActors(scenario, settings.excluded, "regimes.inclusive.excluded");
  if (!excluded) return tl::unexpected(excluded.error());
  out.inclusive_excluded = std::move(*excluded);
  return Ok();
}

Status ResolveHierarchical(const Scenario& scenario, const HierarchicalSettings& settings,
                           Resolved& out) {
  if (!settings.guarantor.empty()) {
    auto guarantor = ResolveActor(scenario, settings.guarantor, "regimes.hierarchical.guarantor");
    if (!guarantor) return tl::unexpected(guarantor.error());
    out.guarantor = *guarantor;
  } else if (auto guarantors = ActorsWithRole(scenario, {ActorRole::kGuarantor});
             !guarantors.empty()) {
    out.guarantor = *guarantors.begin();
  }
  auto excluded = ResolveActors(scenario, settings.excluded, "regimes.hierarchical.excluded");
  auto proxies = ResolveActors(scenario, settings.proxies, "regimes.hierarchical.proxies");
  if (!excluded) return tl::unexpected(excluded.error());
  if (!proxies) return tl::unexpected(proxies.error());
  out.hierarchical_excluded = std::move(*excluded);
  out.proxies = std::move(*proxies);
  for (const std::string& id : settings.agenda) {
    auto issue = scenario.FindIssue(id);
    if (!issue)
      return InvalidArgument(fmt::format("regimes.hierarchical.agenda: unknown issue '{}'", id));
    out.agenda.insert(*issue);
  }
  if (auto s = CheckRange(settings.coercion_factor, kMinCoercionFactor, kMaxCoercionFactor,
                          "regimes.hierarchical.coercion_factor");
      !s) {
    return s;
  }
  return CheckRange(settings.force_shock, 0.0, 1.0, "regimes.hierarchical.force_shock");
}

Status ResolveMultipolar(const Scenario& scenario, const MultipolarSettings& settings,
                         Resolved& out) {
  auto powers =
      ResolveActors(scenario, settings.regional_powers, "regimes.multipolar.regional_powers");
  auto excluded = ResolveActors(scenario, settings.excluded, "regimes.multipolar.excluded");
  if (!powers) return tl::unexpected(powers.error());
  if (!excluded) return tl::unexpected(excluded.error());
  out.powers = settings.regional_powers.empty()
                   ? ActorsWithRole(scenario, {ActorRole::kRegionalPower, ActorRole::kGuarantor})
                   : std::move(*powers);
  out.multipolar_excluded = std::move(*excluded);
  for (const ClientLink& link : settings.clients) {
    auto client = ResolveActor(scenario, link.client, "regimes.multipolar.clients");
    auto patron = ResolveActor(scenario, link.patron, "regimes.multipolar.clients");
    if (!client) return tl::unexpected(client.error());
    if (!patron) return tl::unexpected(patron.error());
    out.clients.emplace_back(*client, *patron);
  }
  return CheckRange(settings.client_pull, 0.0, 1.0, "regimes.multipolar.client_pull");
}

}  // namespace

Result<Resolved> Resolve(const Scenario& scenario, const RegimeSettings& settings) {
  Resolved resolved;
  if (auto s = ResolveInclusive(scenario, settings.inclusive, resolved); !s) {
    return tl::unexpected(s.error());
  }
  if (auto s = ResolveHierarchical(scenario, settings.hierarchical, resolved); !s) {
    return tl::unexpected(s.error());
  }
  if (auto s = ResolveMultipolar(scenario, settings.multipolar, resolved); !s) {
    return tl::unexpected(s.error());
  }
  return resolved;
}

std::string ActorNames(const Scenario& scenario, const ActorSet& actors) {
  std::string text;
  for (std::size_t i : actors) {
    text += fmt::format("{}'{}'", text.empty() ? "" : ", ", scenario.actors[i].id);
  }
  return text.empty() ? "none" : text;
}

}  // namespace regime_detail

Status ValidateRegimeSettings(const Scenario& scenario, const RegimeSettings& settings) {
  auto resolved = regime_detail::Resolve(scenario, settings);
  if (!resolved) return tl::unexpected(resolved.error());
  return Ok();
}

}  // namespace parley
