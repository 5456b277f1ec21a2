// The `events:` section: a calendar and the scripted events of a timeline.
// docs/mechanisms/timeline-events.md gives the schema and rule T1.
#include "io/events_section.h"

#include <fmt/format.h>

#include <array>
#include <cmath>
#include <utility>

#include "io/force_section.h"
#include "io/yaml_fields.h"

namespace parley {
namespace {

using yaml::LineOf;
namespace dy = dynamics_yaml;

const std::vector<std::string_view> kEventKeys = {
    "id",     "kind",   "label",     "round",    "date",   "capability", "stances",  "status_quo",
    "leaves", "enters", "bellicose", "measures", "regime", "sources",    "military", "commitments"};

// capability: {ACTOR: factor, ...}
Status ReadCapability(const YAML::Node& node, const Scenario& scenario, const std::string& context,
                      TimelineEvent& event) {
  if (!node || node.IsNull()) return Ok();
  if (!node.IsMap()) {
    return InvalidInput(context + ": capability must map actor ids to factors", scenario.file,
                        LineOf(node), "capability");
  }
  for (const auto& entry : node) {
    auto actor = dy::ActorRef(entry.first, scenario, context, "capability");
    auto factor = yaml::Number(entry.second, scenario.file, "capability", context);
    if (!actor) return tl::unexpected(actor.error());
    if (!factor) return tl::unexpected(factor.error());
    if (*factor <= 0.0 || *factor > 100.0) {
      return InvalidInput(fmt::format("{}: capability factor {} for actor '{}' outside (0, 100]",
                                      context, *factor, scenario.actors[*actor].id),
                          scenario.file, LineOf(entry.second), "capability");
    }
    event.capability.push_back({*actor, *factor});
  }
  return Ok();
}

Status CheckOnScale(const Scenario& scenario, std::size_t issue, double value,
                    const YAML::Node& node, const std::string& context, std::string_view field) {
  const Scale& scale = scenario.issues[issue].scale;
  if (value >= scale.min && value <= scale.max) return Ok();
  return InvalidInput(fmt::format("{}: {} {} on issue '{}' outside the scale [{}, {}]", context,
                                  field, value, scenario.issues[issue].id, scale.min, scale.max),
                      scenario.file, LineOf(node), std::string(field));
}

Result<StanceEffect> ReadStanceEffect(const YAML::Node& node, const Scenario& scenario,
                                      const std::string& context) {
  if (auto s = yaml::CheckMap(node, {"actor", "issue", "position", "salience", "red_line"},
                              scenario.file, context + " stances");
      !s) {
    return tl::unexpected(s.error());
  }
  auto actor = dy::ActorRef(node["actor"], scenario, context, "actor");
  auto issue = dy::IssueRef(node["issue"], scenario, context, "issue");
  if (!actor) return tl::unexpected(actor.error());
  if (!issue) return tl::unexpected(issue.error());
  StanceEffect effect{*actor, *issue, std::nullopt, std::nullopt, std::nullopt};
  auto position = yaml::OptionalNumber(node, "position", scenario.file, context);
  auto salience = yaml::OptionalNumber(node, "salience", scenario.file, context);
  if (!position) return tl::unexpected(position.error());
  if (!salience) return tl::unexpected(salience.error());
  if (*position) {
    if (auto s = CheckOnScale(scenario, *issue, **position, node, context, "position"); !s) {
      return tl::unexpected(s.error());
    }
    effect.position = **position;
  }
  if (*salience) {
    const double share = **salience / scenario.salience_scale;
    if (share < 0.0 || share > 1.0) {
      return InvalidInput(fmt::format("{}: salience {} outside [0, {}]", context, **salience,
                                      scenario.salience_scale),
                          scenario.file, LineOf(node["salience"]), "salience");
    }
    effect.salience = share;
  }
  if (const YAML::Node red = node["red_line"]; red && !red.IsNull()) {
    if (!red.IsSequence() || red.size() != 2) {
      return InvalidInput(context + ": red_line must be [low, high]", scenario.file, LineOf(red),
                          "red_line");
    }
    auto low = yaml::Number(red[0], scenario.file, "red_line", context);
    auto high = yaml::Number(red[1], scenario.file, "red_line", context);
    if (!low) return tl::unexpected(low.error());
    if (!high) return tl::unexpected(high.error());
    for (double end : {*low, *high}) {
      if (auto s = CheckOnScale(scenario, *issue, end, red, context, "red_line"); !s) {
        return tl::unexpected(s.error());
      }
    }
    if (*low > *high) {
      return InvalidInput(context + ": red_line has low > high", scenario.file, LineOf(red),
                          "red_line");
    }
    effect.red_line = Interval{*low, *high};
  }
  if (!effect.position && !effect.salience && !effect.red_line) {
    return InvalidInput(context + ": a stance change needs position, salience or red_line",
                        scenario.file, LineOf(node), "stances");
  }
  return effect;
}

Status ReadEffects(const YAML::Node& node, const Scenario& scenario, const std::string& context,
                   TimelineEvent& event) {
  if (auto s = ReadCapability(node["capability"], scenario, context, event); !s) return s;
  if (auto s = ReadForceEffects(node, scenario, context, event); !s) return s;
  auto read_stance = [&](const YAML::Node& item) -> Status {
    auto effect = ReadStanceEffect(item, scenario, context);
    if (!effect) return tl::unexpected(effect.error());
    event.stances.push_back(*effect);
    return Ok();
  };
  if (auto s = yaml::ForEachListItem(node, "stances", scenario.file,
                                     context + ": stances must be a list", read_stance);
      !s) {
    return s;
  }
  if (const YAML::Node map = node["status_quo"]; map && !map.IsNull()) {
    if (!map.IsMap()) {
      return InvalidInput(context + ": status_quo must map issue ids to values", scenario.file,
                          LineOf(map), "status_quo");
    }
    for (const auto& entry : map) {
      auto issue = dy::IssueRef(entry.first, scenario, context, "status_quo");
      auto value = yaml::Number(entry.second, scenario.file, "status_quo", context);
      if (!issue) return tl::unexpected(issue.error());
      if (!value) return tl::unexpected(value.error());
      if (auto s = CheckOnScale(scenario, *issue, *value, entry.second, context, "status_quo");
          !s) {
        return s;
      }
      event.status_quo.push_back({*issue, *value});
    }
  }
  for (auto [key, out] : {std::pair{"leaves", &event.leaves}, std::pair{"enters", &event.enters},
                          std::pair{"bellicose", &event.bellicose}}) {
    auto actors = dy::ActorRefs(node, key, scenario, context);
    if (!actors) return tl::unexpected(actors.error());
    *out = *actors;
  }
  return Ok();
}

Status ReadMeasureIds(const YAML::Node& node, const Scenario& scenario, const std::string& context,
                      TimelineEvent& event) {
  if (!node || node.IsNull()) return Ok();
  if (!node.IsSequence()) {
    return InvalidInput(context + ": measures must be a list of measure ids", scenario.file,
                        LineOf(node), "measures");
  }
  for (const YAML::Node& item : node) {
    auto id = yaml::Text(item, scenario.file, "measures", context);
    if (!id) return tl::unexpected(id.error());
    bool known = false;
    for (const EngagementMeasure& measure : scenario.engagement.measures)
      known |= measure.id == *id;
    if (!known) {
      return InvalidInput(
          fmt::format("{}: unknown measure '{}' (declare it under engagement.measures)", context,
                      *id),
          scenario.file, LineOf(item), "measures");
    }
    event.measures.push_back(*id);
  }
  return Ok();
}

Status ReadRegime(const YAML::Node& node, const Scenario& scenario, const std::string& context,
                  TimelineEvent& event) {
  auto regime = yaml::OptionalText(node, "regime", scenario.file, context);
  if (!regime) return tl::unexpected(regime.error());
  if (regime->empty()) return Ok();
  if (auto kind = RegimeKindFromString(*regime)) {
    event.regime = *kind;
    return Ok();
  }
  return InvalidInput(fmt::format("{}: regime '{}' must be inclusive, hierarchical or multipolar",
                                  context, *regime),
                      scenario.file, LineOf(node["regime"]), "regime");
}

Status ReadWhen(const YAML::Node& node, const Scenario& scenario, const std::string& context,
                TimelineEvent& event) {
  const TimelineCalendar& calendar = scenario.timeline.calendar;
  auto round = yaml::OptionalNumber(node, "round", scenario.file, context);
  auto date = yaml::OptionalText(node, "date", scenario.file, context);
  if (!round) return tl::unexpected(round.error());
  if (!date) return tl::unexpected(date.error());
  event.date = *date;
  if (!date->empty()) {
    if (calendar.start.empty()) {
      return InvalidInput(context + ": a dated event needs events.calendar.start", scenario.file,
                          LineOf(node["date"]), "date");
    }
    auto days = DaysBetween(calendar.start, *date, scenario.file, LineOf(node["date"]), "date");
    if (!days) return tl::unexpected(days.error());
    if (*days < 0) {
      return InvalidInput(fmt::format("{}: date {} is before the calendar start {}", context, *date,
                                      calendar.start),
                          scenario.file, LineOf(node["date"]), "date");
    }
    // Checked before the division lands in an int: a date in year 9999 on a
    // one-day calendar would otherwise ask for millions of periods.
    if (*days / calendar.period_days + 1 > 10000) {
      return InvalidInput(fmt::format("{}: date {} is more than 10000 periods of {} days after the "
                                      "calendar start {} (the most parley simulates)",
                                      context, *date, calendar.period_days, calendar.start),
                          scenario.file, LineOf(node["date"]), "date");
    }
    event.round = static_cast<int>(*days / calendar.period_days + 1);
  }
  if (*round) {
    if (!date->empty() || **round < 1 || **round != std::floor(**round) || **round > 10000) {
      return InvalidInput(context +
                              ": round must be a whole number in [1, 10000], and not given "
                              "with date",
                          scenario.file, LineOf(node["round"]), "round");
    }
    event.round = static_cast<int>(**round);
  }
  if (event.round == 0) {
    return InvalidInput(context + ": an event needs a round or a date", scenario.file, event.line,
                        "round");
  }
  return Ok();
}

Result<TimelineEvent> ReadEvent(const YAML::Node& node, const Scenario& scenario) {
  const std::string where = fmt::format("event at line {}", LineOf(node));
  if (auto s = yaml::CheckMap(node, kEventKeys, scenario.file, where); !s)
    return tl::unexpected(s.error());
  TimelineEvent event;
  event.line = LineOf(node);
  auto id = yaml::RequiredText(node, "id", scenario.file, where);
  auto kind = yaml::RequiredText(node, "kind", scenario.file, where);
  auto label = yaml::OptionalText(node, "label", scenario.file, where);
  if (!id) return tl::unexpected(id.error());
  if (!kind) return tl::unexpected(kind.error());
  if (!label) return tl::unexpected(label.error());
  const std::string context = fmt::format("event '{}'", *id);
  auto parsed_kind = EventKindFromString(*kind);
  if (!parsed_kind) {
    return InvalidInput(context + ": " + parsed_kind.error().message, scenario.file,
                        LineOf(node["kind"]), "kind");
  }
  event.id = *id;
  event.kind = *parsed_kind;
  event.label = label->empty() ? *id : *label;
  if (auto s = ReadWhen(node, scenario, context, event); !s) return tl::unexpected(s.error());
  if (auto s = ReadEffects(node, scenario, context, event); !s) return tl::unexpected(s.error());
  if (auto s = ReadMeasureIds(node["measures"], scenario, context, event); !s) {
    return tl::unexpected(s.error());
  }
  if (auto s = ReadRegime(node, scenario, context, event); !s) return tl::unexpected(s.error());
  if (auto s = dy::CheckKindHasEffects(event, scenario, context); !s)
    return tl::unexpected(s.error());
  auto provenance = yaml::ReadProvenance(node, scenario.file, context);
  if (!provenance) return tl::unexpected(provenance.error());
  event.provenance = std::move(*provenance);
  return event;
}

}  // namespace

Status ReadEventsSection(const YAML::Node& root, Scenario& scenario) {
  const YAML::Node node = root["events"];
  if (!node || node.IsNull()) return Ok();
  if (auto s = yaml::CheckMap(node, {"calendar", "items"}, scenario.file, "events"); !s) return s;
  scenario.timeline.line = LineOf(node);
  if (const YAML::Node calendar = node["calendar"]; calendar && !calendar.IsNull()) {
    if (auto s = dy::ReadCalendar(calendar, scenario); !s) return s;
  }
  const YAML::Node items = node["items"];
  if (!items || items.IsNull()) return Ok();
  if (!items.IsSequence()) {
    return InvalidInput("events.items must be a list", scenario.file, LineOf(items), "items");
  }
  for (const YAML::Node& item : items) {
    auto event = ReadEvent(item, scenario);
    if (!event) return tl::unexpected(event.error());
    for (const TimelineEvent& earlier : scenario.timeline.events) {
      if (earlier.id == event->id) {
        return InvalidInput(fmt::format("duplicate event id '{}'", event->id), scenario.file,
                            event->line, "id");
      }
    }
    scenario.timeline.events.push_back(std::move(*event));
  }
  return Ok();
}

}  // namespace parley
