// Rules T2-T4 of docs/mechanisms/timeline-events.md: what one event does to
// the simulation state, and the scenario the model sees.
#include <fmt/format.h>

#include <algorithm>

#include "core/number_text.h"
#include "parley/force.h"
#include "parley/timeline.h"

namespace parley {
namespace {

Status ApplyStanceEffect(const StanceEffect& effect, const std::string& event_id,
                         Scenario& scenario, std::vector<std::string>& notes) {
  const std::string& actor = scenario.actors[effect.actor].id;
  const std::string& issue = scenario.issues[effect.issue].id;
  Stance* stance = nullptr;
  for (Stance& candidate : scenario.stances) {
    if (candidate.actor == effect.actor && candidate.issue == effect.issue) stance = &candidate;
  }
  if (stance == nullptr) {
    if (!effect.position || !effect.salience) {
      return InvalidInput(fmt::format("event '{}': actor '{}' has no stance on issue '{}'; a new "
                                      "stance needs both position and salience",
                                      event_id, actor, issue),
                          scenario.file, 0, "stances");
    }
    scenario.stances.push_back(Stance{
        effect.actor, effect.issue, *effect.position, *effect.salience, effect.red_line, {}, 0});
    notes.push_back(fmt::format("{} takes a stance on {}: position {}", actor, issue,
                                NumberText(*effect.position)));
    return Ok();
  }
  if (effect.position) {
    notes.push_back(fmt::format("{} on {}: position {} -> {}", actor, issue,
                                NumberText(stance->position), NumberText(*effect.position)));
    stance->position = *effect.position;
  }
  if (effect.salience) {
    notes.push_back(fmt::format("{} on {}: salience {} -> {}", actor, issue,
                                NumberText(stance->salience * scenario.salience_scale),
                                NumberText(*effect.salience * scenario.salience_scale)));
    stance->salience = *effect.salience;
  }
  if (effect.red_line) {
    stance->red_line = effect.red_line;
    notes.push_back(fmt::format("{} on {}: red line [{}, {}]", actor, issue,
                                NumberText(effect.red_line->low),
                                NumberText(effect.red_line->high)));
  }
  return Ok();
}

void ApplyCapability(const TimelineEvent& event, Scenario& scenario,
                     std::vector<std::string>& notes) {
  for (const CapabilityEffect& effect : event.capability) {
    Actor& actor = scenario.actors[effect.actor];
    const double before = actor.capability;
    actor.capability *= effect.factor;
    notes.push_back(fmt::format("{} capability {} -> {} (x{})", actor.id, NumberText(before),
                                NumberText(actor.capability), NumberText(effect.factor)));
  }
}

void ApplyStatusQuo(const TimelineEvent& event, Scenario& scenario,
                    std::vector<std::string>& notes) {
  for (const StatusQuoEffect& effect : event.status_quo) {
    Issue& issue = scenario.issues[effect.issue];
    notes.push_back(fmt::format("{}: status quo {} -> {}", issue.id,
                                issue.status_quo ? NumberText(*issue.status_quo) : "none",
                                NumberText(effect.status_quo)));
    issue.status_quo = effect.status_quo;
  }
}

void ApplyMembership(const TimelineEvent& event, TimelineState& state,
                     std::vector<std::string>& notes) {
  for (std::size_t actor : event.leaves) {
    state.active[actor] = false;
    notes.push_back(fmt::format("{} leaves the talks", state.scenario.actors[actor].id));
  }
  for (std::size_t actor : event.enters) {
    state.active[actor] = true;
    notes.push_back(fmt::format("{} joins the talks", state.scenario.actors[actor].id));
  }
}

}  // namespace

TimelineState InitialTimelineState(const Scenario& scenario, const SimulationOptions& options) {
  TimelineState state{scenario, std::vector<bool>(scenario.actors.size(), true),
                      InitialTrust(scenario, options.engagement), options.regime};
  for (const TimelineEvent& event : scenario.timeline.events) {
    for (std::size_t actor : event.enters) state.active[actor] = false;
  }
  return state;
}

Result<TimelineState> ApplyEvent(const TimelineState& state, const TimelineEvent& event,
                                 std::vector<std::string>& notes) {
  TimelineState next = state;
  ApplyCapability(event, next.scenario, notes);
  ApplyForceEffects(event, next.scenario, notes);
  for (const StanceEffect& effect : event.stances) {
    if (auto s = ApplyStanceEffect(effect, event.id, next.scenario, notes); !s) {
      return tl::unexpected(s.error());
    }
  }
  ApplyStatusQuo(event, next.scenario, notes);
  ApplyMembership(event, next, notes);
  if (event.regime) {
    next.regime = *event.regime;
    notes.push_back(fmt::format("mediation regime -> {}", ToString(*event.regime)));
  }
  return next;
}

Scenario EffectiveScenario(const TimelineState& state, const TrustMatrix& initial_trust,
                           const EngagementOptions& options) {
  Scenario present = state.scenario;
  std::erase_if(present.stances, [&](const Stance& stance) { return !state.active[stance.actor]; });
  return ApplyTrust(present, initial_trust, state.trust, options);
}

}  // namespace parley
