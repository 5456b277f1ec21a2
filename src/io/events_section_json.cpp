// Writes the `events:` and `engagement:` sections back in the file schema
// (the reader's inverse; the writer calls these when the sections are set).

#include "io/engagement_section.h"
#include "io/events_section.h"
#include "io/force_section.h"
#include "io/writer_json.h"

namespace parley {
namespace {

using Json = nlohmann::ordered_json;

Json ActorIds(const Scenario& scenario, const std::vector<std::size_t>& actors) {
  Json ids = Json::array();
  for (std::size_t actor : actors) ids.push_back(scenario.actors[actor].id);
  return ids;
}

Json StanceEffectJson(const Scenario& scenario, const StanceEffect& effect) {
  Json json = {{"actor", scenario.actors[effect.actor].id},
               {"issue", scenario.issues[effect.issue].id}};
  if (effect.position) json["position"] = *effect.position;
  if (effect.salience) json["salience"] = SalienceOnFileScale(scenario, *effect.salience);
  if (effect.red_line) json["red_line"] = {effect.red_line->low, effect.red_line->high};
  return json;
}

void AddEffects(const Scenario& scenario, const TimelineEvent& event, Json& json) {
  if (!event.capability.empty()) {
    json["capability"] = Json::object();
    for (const CapabilityEffect& effect : event.capability) {
      json["capability"][scenario.actors[effect.actor].id] = effect.factor;
    }
  }
  if (!event.stances.empty()) {
    json["stances"] = Json::array();
    for (const StanceEffect& effect : event.stances) {
      json["stances"].push_back(StanceEffectJson(scenario, effect));
    }
  }
  if (!event.status_quo.empty()) {
    json["status_quo"] = Json::object();
    for (const StatusQuoEffect& effect : event.status_quo) {
      json["status_quo"][scenario.issues[effect.issue].id] = effect.status_quo;
    }
  }
  if (!event.leaves.empty()) json["leaves"] = ActorIds(scenario, event.leaves);
  if (!event.enters.empty()) json["enters"] = ActorIds(scenario, event.enters);
  if (!event.bellicose.empty()) json["bellicose"] = ActorIds(scenario, event.bellicose);
  if (!event.measures.empty()) json["measures"] = event.measures;
  if (event.regime) json["regime"] = std::string(ToString(*event.regime));
  AddForceEffectsJson(scenario, event, json);
}

Json EventJson(const Scenario& scenario, const TimelineEvent& event) {
  Json json = {
      {"id", event.id}, {"kind", std::string(ToString(event.kind))}, {"label", event.label}};
  if (!event.date.empty()) {
    json["date"] = event.date;
  } else {
    json["round"] = event.round;
  }
  AddEffects(scenario, event, json);
  if (!event.provenance.empty()) json["sources"] = SourcesJson(event.provenance);
  return json;
}

Json TypeNames(const std::vector<MeasureType>& types) {
  Json names = Json::array();
  for (MeasureType type : types) names.push_back(std::string(ToString(type)));
  return names;
}

Json MeasureJson(const Scenario& scenario, const EngagementMeasure& measure) {
  Json json = {{"id", measure.id}, {"name", measure.name}};
  if (!measure.description.empty()) json["description"] = measure.description;
  json["type"] = std::string(ToString(measure.type));
  json["parties"] = ActorIds(scenario, measure.parties);
  Json attributes = Json::array();
  for (std::string_view name : TrueAttributeNames(measure.attributes)) {
    attributes.push_back(std::string(name));
  }
  if (!attributes.empty()) json["attributes"] = attributes;
  if (!measure.provenance.empty()) json["sources"] = SourcesJson(measure.provenance);
  return json;
}

Json PolicyJson(const Scenario& scenario, const EngagementPolicy& policy) {
  Json json = {{"actor", scenario.actors[policy.actor].id}};
  if (policy.requires_settlement_link) json["requires_settlement_link"] = true;
  if (!policy.exempt_types.empty()) json["exempt_types"] = TypeNames(policy.exempt_types);
  if (!policy.rejected_types.empty()) json["rejected_types"] = TypeNames(policy.rejected_types);
  if (!policy.provenance.empty()) json["sources"] = SourcesJson(policy.provenance);
  return json;
}

}  // namespace

nlohmann::ordered_json EventsJson(const Scenario& scenario) {
  const TimelineSettings& timeline = scenario.timeline;
  Json json = Json::object();
  const TimelineCalendar& calendar = timeline.calendar;
  if (!calendar.start.empty() || calendar.periods > 0) {
    Json entry = Json::object();
    if (!calendar.start.empty()) {
      entry["start"] = calendar.start;
      entry["period_days"] = calendar.period_days;
    }
    if (calendar.periods > 0) entry["periods"] = calendar.periods;
    json["calendar"] = entry;
  }
  json["items"] = Json::array();
  for (const TimelineEvent& event : timeline.events) {
    json["items"].push_back(EventJson(scenario, event));
  }
  return json;
}

nlohmann::ordered_json EngagementJson(const Scenario& scenario) {
  const EngagementSettings& settings = scenario.engagement;
  Json json = Json::object();
  if (settings.default_trust) json["default_trust"] = *settings.default_trust;
  if (!settings.status_issues.empty()) {
    json["status_issues"] = Json::array();
    for (std::size_t issue : settings.status_issues) {
      json["status_issues"].push_back(scenario.issues[issue].id);
    }
  }
  if (!settings.trust.empty()) {
    json["trust"] = Json::array();
    for (const TrustLink& link : settings.trust) {
      Json entry = {{"between", ActorIds(scenario, {link.first, link.second})},
                    {"trust", link.trust}};
      if (!link.provenance.empty()) entry["sources"] = SourcesJson(link.provenance);
      json["trust"].push_back(entry);
    }
  }
  if (!settings.policies.empty()) {
    json["policies"] = Json::array();
    for (const EngagementPolicy& policy : settings.policies) {
      json["policies"].push_back(PolicyJson(scenario, policy));
    }
  }
  if (!settings.measures.empty()) {
    json["measures"] = Json::array();
    for (const EngagementMeasure& measure : settings.measures) {
      json["measures"].push_back(MeasureJson(scenario, measure));
    }
  }
  if (!settings.provenance.empty()) json["sources"] = SourcesJson(settings.provenance);
  return json;
}

}  // namespace parley
