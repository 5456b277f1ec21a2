// `parley show`: the regimes, events and engagement sections.
#include "cli/show_sections.h"

#include <fmt/format.h>

namespace parley::cli {
namespace {

void AppendSources(std::string& out, const Scenario& scenario, const Provenance& provenance,
                   const char* indent) {
  for (const auto& [field, source] : provenance) {
    out += fmt::format("{}[{}] {}\n", indent, field, SourceText(scenario, source));
  }
}

std::string ActorId(const Scenario& scenario, std::size_t actor) {
  return actor < scenario.actors.size() ? scenario.actors[actor].id : "?";
}

std::string IssueId(const Scenario& scenario, std::size_t issue) {
  return issue < scenario.issues.size() ? scenario.issues[issue].id : "?";
}

std::string ActorList(const Scenario& scenario, const std::vector<std::size_t>& actors) {
  std::vector<std::string> ids;
  for (std::size_t actor : actors) ids.push_back(ActorId(scenario, actor));
  return fmt::format("{}", fmt::join(ids, ", "));
}

// "  name: a, b" when the list is not empty.
void AppendList(std::string& out, std::string_view name, const std::vector<std::string>& items) {
  if (!items.empty()) out += fmt::format("    {:<16} {}\n", name, fmt::join(items, ", "));
}

// What one event changes, one line per kind of effect.
void AppendEffects(std::string& out, const Scenario& scenario, const TimelineEvent& event) {
  for (const CapabilityEffect& effect : event.capability) {
    out += fmt::format("      capability of {} x{:g}\n", ActorId(scenario, effect.actor),
                       effect.factor);
  }
  for (const StanceEffect& effect : event.stances) {
    std::string text;
    if (effect.position) text += fmt::format(" position {:g}", *effect.position);
    if (effect.salience) {
      text += fmt::format(" salience {:g}", *effect.salience * scenario.salience_scale);
    }
    if (effect.red_line) {
      text += fmt::format(" red line [{:g}, {:g}]", effect.red_line->low, effect.red_line->high);
    }
    out += fmt::format("      {} on {}:{}\n", ActorId(scenario, effect.actor),
                       IssueId(scenario, effect.issue), text);
  }
  for (const StatusQuoEffect& effect : event.status_quo) {
    out += fmt::format("      status quo of {} -> {:g}\n", IssueId(scenario, effect.issue),
                       effect.status_quo);
  }
  if (!event.leaves.empty())
    out += "      leave the talks: " + ActorList(scenario, event.leaves) + "\n";
  if (!event.enters.empty())
    out += "      join the talks: " + ActorList(scenario, event.enters) + "\n";
  if (!event.bellicose.empty()) {
    out += "      bellicose rhetoric: " + ActorList(scenario, event.bellicose) + "\n";
  }
  if (!event.measures.empty()) {
    out += fmt::format("      measures offered: {}\n", fmt::join(event.measures, ", "));
  }
  if (event.regime) out += fmt::format("      regime becomes {}\n", ToString(*event.regime));
}

}  // namespace

std::string SourceText(const Scenario& scenario, const Source& source) {
  if (source.IsEstimate()) return "analyst estimate: " + source.estimate_reason;
  std::string document = source.document;
  if (auto found = scenario.documents.find(document); found != scenario.documents.end()) {
    document = found->second;
  }
  std::string text = document;
  if (!source.locator.empty()) text += ", " + source.locator;
  if (!source.quote.empty()) text += fmt::format(": \"{}\"", source.quote);
  return text;
}

void AppendRegimes(std::string& out, const Scenario& scenario) {
  const RegimeSettings& regimes = scenario.regimes;
  if (regimes.IsDefault()) return;
  out += "\nMediation regimes (settings that differ from the defaults):\n";
  const InclusiveSettings& inclusive = regimes.inclusive;
  if (!inclusive.mediator.empty() || !inclusive.excluded.empty()) {
    out += "  inclusive\n";
    if (!inclusive.mediator.empty()) AppendList(out, "mediator", {inclusive.mediator});
    AppendList(out, "excluded", inclusive.excluded);
  }
  const HierarchicalSettings& hierarchical = regimes.hierarchical;
  out += "  hierarchical\n";
  if (!hierarchical.guarantor.empty()) AppendList(out, "guarantor", {hierarchical.guarantor});
  AppendList(out, "excluded", hierarchical.excluded);
  AppendList(out, "proxies", hierarchical.proxies);
  AppendList(out, "agenda", hierarchical.agenda);
  out += fmt::format("    {:<16} {:g}\n", "coercion factor", hierarchical.coercion_factor);
  out += hierarchical.force_from_strength
             ? fmt::format("    {:<16} {}\n", "force shock", "from the military balance")
             : fmt::format("    {:<16} {:g}\n", "force shock", hierarchical.force_shock);
  const MultipolarSettings& multipolar = regimes.multipolar;
  out += "  multipolar\n";
  AppendList(out, "regional powers", multipolar.regional_powers);
  std::vector<std::string> clients;
  for (const ClientLink& link : multipolar.clients) {
    clients.push_back(link.client + " -> " + link.patron);
  }
  AppendList(out, "clients", clients);
  out += fmt::format("    {:<16} {:g}\n", "client pull", multipolar.client_pull);
  AppendList(out, "excluded", multipolar.excluded);
}

void AppendTimeline(std::string& out, const Scenario& scenario) {
  const TimelineSettings& timeline = scenario.timeline;
  if (timeline.IsEmpty()) return;
  out += fmt::format("\nEvents ({}):\n", timeline.events.size());
  const TimelineCalendar& calendar = timeline.calendar;
  if (!calendar.start.empty()) {
    out +=
        fmt::format("  calendar: periods of {} days from {}", calendar.period_days, calendar.start);
    out += calendar.periods > 0 ? fmt::format(", {} periods\n", calendar.periods) : "\n";
  } else if (calendar.periods > 0) {
    out += fmt::format("  {} periods\n", calendar.periods);
  }
  for (const TimelineEvent& event : timeline.events) {
    const std::string when = event.date.empty()
                                 ? fmt::format("period {}", event.round)
                                 : fmt::format("{} (period {})", event.date, event.round);
    out += fmt::format("  {:<20} {:<16} {}\n    {}\n", event.id, ToString(event.kind), when,
                       event.label);
    AppendEffects(out, scenario, event);
    AppendSources(out, scenario, event.provenance, "      ");
  }
}

void AppendEngagement(std::string& out, const Scenario& scenario) {
  const EngagementSettings& engagement = scenario.engagement;
  if (engagement.IsEmpty()) return;
  out += "\nEngagement:\n";
  if (engagement.default_trust) {
    out += fmt::format("  default trust {:g}\n", *engagement.default_trust);
    AppendSources(out, scenario, engagement.provenance, "      ");
  }
  if (!engagement.status_issues.empty()) {
    std::vector<std::string> issues;
    for (std::size_t issue : engagement.status_issues) issues.push_back(IssueId(scenario, issue));
    out += fmt::format("  status issues: {}\n", fmt::join(issues, ", "));
  }
  for (const TrustLink& link : engagement.trust) {
    out += fmt::format("  trust {}-{} {:g}\n", ActorId(scenario, link.first),
                       ActorId(scenario, link.second), link.trust);
    AppendSources(out, scenario, link.provenance, "      ");
  }
  for (const EngagementPolicy& policy : engagement.policies) {
    std::vector<std::string> rules;
    if (policy.requires_settlement_link) rules.push_back("requires a link to settlement talks");
    for (MeasureType type : policy.exempt_types) {
      rules.push_back(fmt::format("except {}", ToString(type)));
    }
    for (MeasureType type : policy.rejected_types) {
      rules.push_back(fmt::format("rejects {}", ToString(type)));
    }
    out += fmt::format("  policy of {}: {}\n", ActorId(scenario, policy.actor),
                       fmt::join(rules, "; "));
    AppendSources(out, scenario, policy.provenance, "      ");
  }
  for (const EngagementMeasure& measure : engagement.measures) {
    out += fmt::format("  measure {} ({}): {}\n    parties {}", measure.id, ToString(measure.type),
                       measure.name, ActorList(scenario, measure.parties));
    const auto attributes = TrueAttributeNames(measure.attributes);
    out += attributes.empty() ? "\n" : fmt::format("; {}\n", fmt::join(attributes, ", "));
    AppendSources(out, scenario, measure.provenance, "      ");
  }
}

void AppendDocumentsAndSettings(std::string& out, const Scenario& scenario) {
  if (!scenario.documents.empty()) {
    out += fmt::format("\nDocuments ({}):\n", scenario.documents.size());
    for (const auto& [key, title] : scenario.documents) {
      out += fmt::format("  {:<12} {}\n", key, title);
    }
  }
  if (!scenario.parameters.empty()) {
    out += "\nModel parameters:\n";
    for (const auto& [key, value] : scenario.parameters) {
      out += fmt::format("  {} = {}\n", key, value);
    }
  }
  if (!scenario.accommodation.empty()) {
    out += "\nAccommodation (ideal adjustment, spatial model):\n";
    for (const AccommodationPair& pair : scenario.accommodation) {
      out += fmt::format("  {} toward {}, weight {:g}\n", ActorId(scenario, pair.adjusting),
                         ActorId(scenario, pair.reference), pair.weight);
    }
  }
  if (scenario.seed) out += fmt::format("\nSeed: {}\n", *scenario.seed);
}

}  // namespace parley::cli
