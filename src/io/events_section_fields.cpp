// Shared pieces of the `events:` and `engagement:` sections: event kind names,
// dates, the calendar, and id lookups that name file, line and field.
#include <fmt/format.h>

#include <array>
#include <charconv>
#include <chrono>
#include <utility>

#include "io/events_section.h"
#include "io/yaml_fields.h"

namespace parley {
namespace {

using yaml::LineOf;

// "2023-02-23" as days since the civil epoch; std::nullopt when not a date.
std::optional<std::chrono::sys_days> ParseDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int year = 0;
  unsigned month = 0;
  unsigned day = 0;
  auto number = [&](std::size_t from, std::size_t length, auto& out) {
    const char* first = text.data() + from;
    auto [end, error] = std::from_chars(first, first + length, out);
    return error == std::errc() && end == first + length;
  };
  if (!number(0, 4, year) || !number(5, 2, month) || !number(8, 2, day)) return std::nullopt;
  const std::chrono::year_month_day date{std::chrono::year{year}, std::chrono::month{month},
                                         std::chrono::day{day}};
  if (!date.ok()) return std::nullopt;
  return std::chrono::sys_days{date};
}

enum class IdKind { kActor, kIssue };

// A scalar naming a declared actor / issue, as its index.
Result<std::size_t> DeclaredRef(const YAML::Node& node, const Scenario& scenario,
                                std::string_view context, std::string_view field, IdKind kind) {
  if (!node || node.IsNull()) {
    return InvalidInput(fmt::format("{}: missing required field '{}'", context, field),
                        scenario.file, LineOf(node), std::string(field));
  }
  auto id = yaml::Text(node, scenario.file, field, context);
  if (!id) return tl::unexpected(id.error());
  const bool actor = kind == IdKind::kActor;
  if (auto index = actor ? scenario.FindActor(*id) : scenario.FindIssue(*id)) return *index;
  return InvalidInput(
      fmt::format("{}: unknown {} '{}' in '{}' (declare it under {})", context,
                  actor ? "actor" : "issue", *id, field, actor ? "actors" : "issues"),
      scenario.file, LineOf(node), std::string(field));
}

}  // namespace

Result<int> DaysBetween(std::string_view from, std::string_view to, const std::string& file,
                        int line, std::string_view field) {
  const auto start = ParseDate(from);
  const auto end = ParseDate(to);
  if (!start || !end) {
    return InvalidInput(fmt::format("{} '{}' is not a date YYYY-MM-DD", field, start ? to : from),
                        file, line, std::string(field));
  }
  return static_cast<int>((*end - *start).count());
}

namespace dynamics_yaml {

Result<std::size_t> ActorRef(const YAML::Node& node, const Scenario& scenario,
                             std::string_view context, std::string_view field) {
  return DeclaredRef(node, scenario, context, field, IdKind::kActor);
}

Result<std::size_t> IssueRef(const YAML::Node& node, const Scenario& scenario,
                             std::string_view context, std::string_view field) {
  return DeclaredRef(node, scenario, context, field, IdKind::kIssue);
}

Result<std::vector<std::size_t>> ActorRefs(const YAML::Node& parent, std::string_view key,
                                           const Scenario& scenario, std::string_view context) {
  std::vector<std::size_t> actors;
  const YAML::Node node = parent[std::string(key)];
  if (!node || node.IsNull()) return actors;
  if (node.IsScalar()) {
    auto actor = ActorRef(node, scenario, context, key);
    if (!actor) return tl::unexpected(actor.error());
    return std::vector<std::size_t>{*actor};
  }
  if (!node.IsSequence()) {
    return InvalidInput(fmt::format("{}: '{}' must be a list of actor ids", context, key),
                        scenario.file, LineOf(node), std::string(key));
  }
  for (const YAML::Node& item : node) {
    auto actor = ActorRef(item, scenario, context, key);
    if (!actor) return tl::unexpected(actor.error());
    actors.push_back(*actor);
  }
  return actors;
}

Result<bool> Flag(const YAML::Node& parent, std::string_view key, const Scenario& scenario,
                  std::string_view context) {
  const YAML::Node node = parent[std::string(key)];
  if (!node || node.IsNull()) return false;
  const std::string& text = node.Scalar();
  if (node.IsScalar() && (text == "true" || text == "false")) return text == "true";
  return InvalidInput(fmt::format("{}: {} must be true or false, got '{}'", context, key, text),
                      scenario.file, LineOf(node), std::string(key));
}

// Rule T1: the effects each kind must have.
Status CheckKindHasEffects(const TimelineEvent& event, const Scenario& scenario,
                           std::string_view context) {
  // A change of military strength counts as a change of capability here.
  const bool has_capability = !event.capability.empty() || !event.military.empty();
  const bool has_stances = !event.stances.empty() || !event.status_quo.empty();
  bool ok = true;
  std::string_view needs;
  switch (event.kind) {
    case EventKind::kBlockade:
      ok = has_capability || has_stances;
      needs = "capability or stances";
      break;
    case EventKind::kActorExit:
      ok = !event.leaves.empty();
      needs = "leaves";
      break;
    case EventKind::kActorEntry:
      ok = !event.enters.empty();
      needs = "enters";
      break;
    case EventKind::kPatronWithdrawal:
      ok = !event.leaves.empty() || has_capability || !event.commitments.empty();
      needs = "leaves, capability, military or commitments";
      break;
    case EventKind::kOffensive:
      ok = has_capability || has_stances;
      needs = "capability, stances or status_quo";
      break;
    case EventKind::kRegimeChange:
      ok = event.regime.has_value();
      needs = "regime";
      break;
    case EventKind::kRhetoric:
      ok = !event.bellicose.empty();
      needs = "bellicose";
      break;
    case EventKind::kEngagement:
      ok = !event.measures.empty();
      needs = "measures";
      break;
    case EventKind::kOther:
      break;
  }
  if (ok) return Ok();
  return InvalidInput(
      fmt::format("{}: a '{}' event needs {}", context, ToString(event.kind), needs), scenario.file,
      event.line, "kind");
}

Status ReadCalendar(const YAML::Node& node, Scenario& scenario) {
  const std::string context = "events.calendar";
  if (auto s = yaml::CheckMap(node, {"start", "period_days", "periods"}, scenario.file, context);
      !s)
    return s;
  TimelineCalendar& calendar = scenario.timeline.calendar;
  auto start = yaml::OptionalText(node, "start", scenario.file, context);
  auto period_days = yaml::OptionalNumber(node, "period_days", scenario.file, context);
  auto periods = yaml::OptionalNumber(node, "periods", scenario.file, context);
  if (!start) return tl::unexpected(start.error());
  if (!period_days) return tl::unexpected(period_days.error());
  if (!periods) return tl::unexpected(periods.error());
  if (!start->empty()) {
    if (auto s = DaysBetween(*start, *start, scenario.file, LineOf(node["start"]), "start"); !s) {
      return tl::unexpected(s.error());
    }
    calendar.start = *start;
    const double days = period_days->value_or(0.0);
    if (days < 1 || days > 3660 || days != static_cast<int>(days)) {
      return InvalidInput(
          fmt::format("{}: period_days {} must be a whole number in [1, 3660]", context, days),
          scenario.file, LineOf(node), "period_days");
    }
    calendar.period_days = static_cast<int>(days);
  }
  const double count = periods->value_or(0.0);
  if (count < 0 || count > 10000 || count != static_cast<int>(count)) {
    return InvalidInput(
        fmt::format("{}: periods {} must be a whole number in [0, 10000]", context, count),
        scenario.file, LineOf(node), "periods");
  }
  calendar.periods = static_cast<int>(count);
  return Ok();
}

}  // namespace dynamics_yaml
}  // namespace parley
