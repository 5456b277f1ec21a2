// The `regimes:` section: inclusive, hierarchical and multipolar settings.
#include "io/regimes_section.h"

#include <fmt/format.h>

#include "io/yaml_fields.h"

namespace parley {
namespace {

using yaml::LineOf;

enum class IdKind { kActor, kIssue };

Status CheckId(const Scenario& scenario, const std::string& id, IdKind kind, const YAML::Node& node,
               std::string_view context, std::string_view field) {
  const bool known = kind == IdKind::kActor ? scenario.FindActor(id).has_value()
                                            : scenario.FindIssue(id).has_value();
  if (known) return Ok();
  return InvalidInput(fmt::format("{}: unknown {} '{}' in '{}' (declare it under {})", context,
                                  kind == IdKind::kActor ? "actor" : "issue", id, field,
                                  kind == IdKind::kActor ? "actors" : "issues"),
                      scenario.file, LineOf(node), std::string(field));
}

Status ReadId(const YAML::Node& parent, std::string_view key, IdKind kind, const Scenario& scenario,
              std::string_view context, std::string& out) {
  auto text = yaml::OptionalText(parent, key, scenario.file, context);
  if (!text) return tl::unexpected(text.error());
  if (text->empty()) return Ok();
  if (auto s = CheckId(scenario, *text, kind, parent[std::string(key)], context, key); !s) return s;
  out = *text;
  return Ok();
}

Status ReadIdList(const YAML::Node& parent, std::string_view key, IdKind kind,
                  const Scenario& scenario, std::string_view context,
                  std::vector<std::string>& out) {
  auto read_id = [&](const YAML::Node& item) -> Status {
    auto id = yaml::Text(item, scenario.file, key, context);
    if (!id) return tl::unexpected(id.error());
    if (auto s = CheckId(scenario, *id, kind, item, context, key); !s) return s;
    out.push_back(*id);
    return Ok();
  };
  return yaml::ForEachListItem(parent, key, scenario.file,
                               fmt::format("{}: '{}' must be a list of ids", context, key),
                               read_id);
}

Status ReadShare(const YAML::Node& parent, std::string_view key, double low, double high,
                 const Scenario& scenario, std::string_view context, double& out) {
  auto value = yaml::OptionalNumber(parent, key, scenario.file, context);
  if (!value) return tl::unexpected(value.error());
  if (!*value) return Ok();
  if (**value < low || **value > high) {
    return InvalidInput(fmt::format("{}: {} {} outside [{}, {}]", context, key, **value, low, high),
                        scenario.file, LineOf(parent[std::string(key)]), std::string(key));
  }
  out = **value;
  return Ok();
}

Status ReadInclusive(const YAML::Node& node, const Scenario& scenario, InclusiveSettings& out) {
  const std::string context = "regimes.inclusive";
  if (auto s = yaml::CheckMap(node, {"mediator", "excluded"}, scenario.file, context); !s) return s;
  if (auto s = ReadId(node, "mediator", IdKind::kActor, scenario, context, out.mediator); !s)
    return s;
  return ReadIdList(node, "excluded", IdKind::kActor, scenario, context, out.excluded);
}

Status ReadHierarchical(const YAML::Node& node, const Scenario& scenario,
                        HierarchicalSettings& out) {
  const std::string context = "regimes.hierarchical";
  if (auto s = yaml::CheckMap(
          node, {"guarantor", "excluded", "proxies", "agenda", "coercion_factor", "force_shock"},
          scenario.file, context);
      !s) {
    return s;
  }
  if (auto s = ReadId(node, "guarantor", IdKind::kActor, scenario, context, out.guarantor); !s) {
    return s;
  }
  if (auto s = ReadIdList(node, "excluded", IdKind::kActor, scenario, context, out.excluded); !s) {
    return s;
  }
  if (auto s = ReadIdList(node, "proxies", IdKind::kActor, scenario, context, out.proxies); !s) {
    return s;
  }
  if (auto s = ReadIdList(node, "agenda", IdKind::kIssue, scenario, context, out.agenda); !s) {
    return s;
  }
  if (auto s = ReadShare(node, "coercion_factor", kMinCoercionFactor, kMaxCoercionFactor, scenario,
                         context, out.coercion_factor);
      !s) {
    return s;
  }
  // `force_shock: strength` derives the share per issue from the military balance.
  const YAML::Node shock = node["force_shock"];
  if (shock && shock.IsScalar() && shock.Scalar() == "strength") {
    out.force_from_strength = true;
    return Ok();
  }
  return ReadShare(node, "force_shock", 0.0, 1.0, scenario, context, out.force_shock);
}

// clients: {CLIENT: PATRON, ...}
Status ReadClients(const YAML::Node& parent, const Scenario& scenario, std::string_view context,
                   std::vector<ClientLink>& out) {
  const YAML::Node node = parent["clients"];
  if (!node || node.IsNull()) return Ok();
  if (!node.IsMap()) {
    return InvalidInput(fmt::format("{}: 'clients' must map each client to its patron", context),
                        scenario.file, LineOf(node), "clients");
  }
  for (const auto& entry : node) {
    const std::string client = entry.first.Scalar();
    auto patron = yaml::Text(entry.second, scenario.file, "clients", context);
    if (!patron) return tl::unexpected(patron.error());
    if (auto s = CheckId(scenario, client, IdKind::kActor, entry.first, context, "clients"); !s) {
      return s;
    }
    if (auto s = CheckId(scenario, *patron, IdKind::kActor, entry.second, context, "clients"); !s) {
      return s;
    }
    out.push_back({client, *patron});
  }
  return Ok();
}

Status ReadMultipolar(const YAML::Node& node, const Scenario& scenario, MultipolarSettings& out) {
  const std::string context = "regimes.multipolar";
  if (auto s = yaml::CheckMap(node, {"regional_powers", "clients", "client_pull", "excluded"},
                              scenario.file, context);
      !s) {
    return s;
  }
  if (auto s = ReadIdList(node, "regional_powers", IdKind::kActor, scenario, context,
                          out.regional_powers);
      !s) {
    return s;
  }
  if (auto s = ReadClients(node, scenario, context, out.clients); !s) return s;
  if (auto s = ReadShare(node, "client_pull", 0.0, 1.0, scenario, context, out.client_pull); !s) {
    return s;
  }
  return ReadIdList(node, "excluded", IdKind::kActor, scenario, context, out.excluded);
}

}  // namespace

Status ReadRegimesSection(const YAML::Node& root, Scenario& scenario) {
  const YAML::Node node = root["regimes"];
  if (!node || node.IsNull()) return Ok();
  if (auto s = yaml::CheckMap(node, {"inclusive", "hierarchical", "multipolar"}, scenario.file,
                              "regimes");
      !s) {
    return s;
  }
  RegimeSettings settings;
  settings.line = LineOf(node);
  if (const YAML::Node part = node["inclusive"]; part && !part.IsNull()) {
    if (auto s = ReadInclusive(part, scenario, settings.inclusive); !s) return s;
  }
  if (const YAML::Node part = node["hierarchical"]; part && !part.IsNull()) {
    if (auto s = ReadHierarchical(part, scenario, settings.hierarchical); !s) return s;
  }
  if (const YAML::Node part = node["multipolar"]; part && !part.IsNull()) {
    if (auto s = ReadMultipolar(part, scenario, settings.multipolar); !s) return s;
  }
  scenario.regimes = std::move(settings);
  return Ok();
}

nlohmann::ordered_json RegimesJson(const RegimeSettings& settings) {
  using Json = nlohmann::ordered_json;
  Json json = Json::object();
  const InclusiveSettings& inclusive = settings.inclusive;
  Json part = Json::object();
  if (!inclusive.mediator.empty()) part["mediator"] = inclusive.mediator;
  if (!inclusive.excluded.empty()) part["excluded"] = inclusive.excluded;
  if (!part.empty()) json["inclusive"] = part;
  const HierarchicalSettings& hierarchical = settings.hierarchical;
  part = Json::object();
  if (!hierarchical.guarantor.empty()) part["guarantor"] = hierarchical.guarantor;
  if (!hierarchical.excluded.empty()) part["excluded"] = hierarchical.excluded;
  if (!hierarchical.proxies.empty()) part["proxies"] = hierarchical.proxies;
  if (!hierarchical.agenda.empty()) part["agenda"] = hierarchical.agenda;
  if (hierarchical.coercion_factor != 1.0) part["coercion_factor"] = hierarchical.coercion_factor;
  if (hierarchical.force_shock != 0.0) part["force_shock"] = hierarchical.force_shock;
  if (hierarchical.force_from_strength) part["force_shock"] = "strength";
  if (!part.empty()) json["hierarchical"] = part;
  const MultipolarSettings& multipolar = settings.multipolar;
  part = Json::object();
  if (!multipolar.regional_powers.empty()) part["regional_powers"] = multipolar.regional_powers;
  if (!multipolar.clients.empty()) {
    part["clients"] = Json::object();
    for (const ClientLink& link : multipolar.clients) part["clients"][link.client] = link.patron;
  }
  if (multipolar.client_pull != 0.5) part["client_pull"] = multipolar.client_pull;
  if (!multipolar.excluded.empty()) part["excluded"] = multipolar.excluded;
  if (!part.empty()) json["multipolar"] = part;
  return json;
}

}  // namespace parley
