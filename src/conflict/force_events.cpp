// Timeline events that change military strength and commitments (force.h).
#include <fmt/format.h>

#include <algorithm>

#include "core/number_text.h"
#include "parley/force.h"

namespace parley {
namespace {

void ScaleRange(std::optional<ValueRange>& range, double factor) {
  if (!range) return;
  range->low *= factor;
  range->high *= factor;
  range->sd *= factor;
}

}  // namespace

void ApplyForceEffects(const TimelineEvent& event, Scenario& scenario,
                       std::vector<std::string>& notes) {
  for (const CapabilityEffect& effect : event.military) {
    Actor& actor = scenario.actors[effect.actor];
    if (!actor.military) continue;  // the reader refuses this; nothing to scale
    const double before = *actor.military;
    actor.military = before * effect.factor;
    ScaleRange(actor.military_range, effect.factor);
    notes.push_back(fmt::format("{} military {} -> {} (x{})", actor.id, NumberText(before),
                                NumberText(*actor.military), NumberText(effect.factor)));
  }
  for (const CommitmentEffect& effect : event.commitments) {
    auto& commitments = scenario.force.commitments;
    auto found = std::find_if(commitments.begin(), commitments.end(), [&](const auto& c) {
      return c.patron == effect.patron && c.client == effect.client;
    });
    const double before = found == commitments.end() ? 0.0 : found->share;
    if (found == commitments.end()) {
      ForceCommitment added;
      added.patron = effect.patron;
      added.client = effect.client;
      added.share = effect.share;
      commitments.push_back(added);
    } else {
      found->share = effect.share;
      found->share_range.reset();  // the event fixes the share
    }
    notes.push_back(fmt::format("{} commits {} of its strength to {} (was {})",
                                scenario.actors[effect.patron].id, NumberText(effect.share),
                                scenario.actors[effect.client].id, NumberText(before)));
  }
}

}  // namespace parley
