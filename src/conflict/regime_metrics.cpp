// The metrics every regime reports (docs/mechanisms/mediation-regimes.md, rule M6).
#include <cmath>

#include "regime_detail.h"

namespace parley::regime_detail {
namespace {

// Salience-weighted mean distance from the actor's ideal, as a share of each
// issue's range; the plain mean when the actor's saliences are all 0.
std::optional<double> Distance(const Scenario& scenario, std::size_t actor,
                               const std::vector<IssueOutcome>& outcomes) {
  double weighted = 0.0, salience = 0.0, plain = 0.0;
  int count = 0;
  for (const IssueOutcome& outcome : outcomes) {
    const Stance* stance = scenario.FindStance(actor, outcome.issue);
    if (stance == nullptr) continue;
    const double distance =
        std::abs(outcome.outcome - stance->position) / scenario.issues[outcome.issue].scale.Range();
    weighted += stance->salience * distance;
    salience += stance->salience;
    plain += distance;
    ++count;
  }
  if (count == 0) return std::nullopt;
  return salience > 0.0 ? weighted / salience : plain / count;
}

}  // namespace

Status FillMetrics(const Scenario& original, const RegimeOptions& options, RegimeOutcome& outcome) {
  double capability_total = 0.0, capability_at_table = 0.0;
  for (std::size_t i = 0; i < original.actors.size(); ++i)
    capability_total += original.actors[i].capability;
  for (std::size_t i : outcome.table) capability_at_table += original.actors[i].capability;
  outcome.actor_share = original.actors.empty()
                            ? 0.0
                            : static_cast<double>(outcome.table.size()) / original.actors.size();
  outcome.capability_share = capability_total > 0.0 ? capability_at_table / capability_total : 0.0;

  const ActorSet table(outcome.table.begin(), outcome.table.end());
  double weighted = 0.0, weights = 0.0;
  outcome.worst_distance = -1.0;
  for (std::size_t i = 0; i < original.actors.size(); ++i) {
    const auto distance = Distance(original, i, outcome.outcomes);
    if (!distance) continue;
    outcome.distances.push_back({i, *distance, table.count(i) > 0});
    weighted += original.actors[i].capability * *distance;
    weights += original.actors[i].capability;
    if (*distance > outcome.worst_distance)
      outcome.worst_off = i, outcome.worst_distance = *distance;
  }
  outcome.weighted_distance = weights > 0.0 ? weighted / weights : 0.0;
  if (outcome.worst_distance < 0.0) outcome.worst_distance = 0.0;

  auto red_lines = CheckRedLines(original, outcome.outcomes, options.red_lines);
  if (!red_lines) return tl::unexpected(red_lines.error());
  outcome.red_lines = std::move(*red_lines);
  return Ok();
}

}  // namespace parley::regime_detail
