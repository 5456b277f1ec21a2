// Trust: the initial matrix, option checks, and rules S and W of
// docs/mechanisms/engagement.md (trust lowers the salience of status issues
// and widens red lines).
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "parley/engagement.h"

namespace parley {
namespace {

struct OptionRange {
  const char* name;
  double value;
  double low;
  double high;
  bool low_open;
};

// Mean trust of i toward its adversaries on issue k (rule S), under `trust`.
// Returns false when i has no adversary on k.
bool MeanTrustTowardAdversaries(const Scenario& scenario, const Stance& stance,
                                const TrustMatrix& trust, const EngagementOptions& options,
                                double& mean) {
  const double threshold = options.adversary_distance * scenario.issues[stance.issue].scale.Range();
  double sum = 0.0;
  int count = 0;
  for (const Stance& other : scenario.stances) {
    if (other.issue != stance.issue || other.actor == stance.actor) continue;
    if (std::abs(other.position - stance.position) + 1e-12 < threshold) continue;
    sum += trust[stance.actor][other.actor];
    ++count;
  }
  if (count == 0) return false;
  mean = sum / count;
  return true;
}

bool IsStatusIssue(const Scenario& scenario, std::size_t issue) {
  const auto& list = scenario.engagement.status_issues;
  return std::find(list.begin(), list.end(), issue) != list.end();
}

void AdjustStance(const Scale& scale, double change, const EngagementOptions& options,
                  Stance& stance) {
  stance.salience =
      std::clamp(stance.salience * (1.0 - options.salience_elasticity * change), 0.0, 1.0);
  if (!stance.red_line) return;
  const double widen = options.red_line_elasticity * change * scale.Range();
  // An end at a scale limit stays there: the pole the actor accepts remains acceptable.
  Interval& red = *stance.red_line;
  if (red.low > scale.min) {
    red.low = std::clamp(std::min(red.low - widen, stance.position), scale.min, scale.max);
  }
  if (red.high < scale.max) {
    red.high = std::clamp(std::max(red.high + widen, stance.position), scale.min, scale.max);
  }
}

}  // namespace

Status ValidateEngagementOptions(const EngagementOptions& options) {
  const OptionRange ranges[] = {
      {"default_trust", options.default_trust, 0.0, 1.0, false},
      {"trust_gain", options.trust_gain, 0.0, 1.0, false},
      {"depoliticised_factor", options.depoliticised_factor, 0.0, 1.0, false},
      {"settlement_link_factor", options.settlement_link_factor, 1.0, 3.0, false},
      {"rhetoric_trust_loss", options.rhetoric_trust_loss, 0.0, 1.0, false},
      {"salience_elasticity", options.salience_elasticity, 0.0, 1.0, false},
      {"red_line_elasticity", options.red_line_elasticity, 0.0, 1.0, false},
      {"adversary_distance", options.adversary_distance, 0.0, 1.0, true},
      {"talks_convergence", options.talks_convergence, 0.0, 1.0, false},
  };
  for (const OptionRange& range : ranges) {
    const bool below = range.low_open ? range.value <= range.low : range.value < range.low;
    if (!std::isfinite(range.value) || below || range.value > range.high) {
      return InvalidArgument(fmt::format("engagement option {} = {:g} outside {}{:g}, {:g}]",
                                         range.name, range.value, range.low_open ? "(" : "[",
                                         range.low, range.high));
    }
  }
  return Ok();
}

TrustMatrix InitialTrust(const Scenario& scenario, const EngagementOptions& options) {
  const std::size_t n = scenario.actors.size();
  const double fallback = scenario.engagement.default_trust.value_or(options.default_trust);
  TrustMatrix trust(n, std::vector<double>(n, fallback));
  for (std::size_t i = 0; i < n; ++i) trust[i][i] = 1.0;
  for (const TrustLink& link : scenario.engagement.trust) {
    trust[link.first][link.second] = link.trust;
    trust[link.second][link.first] = link.trust;
  }
  return trust;
}

Scenario ApplyTrust(const Scenario& scenario, const TrustMatrix& initial, const TrustMatrix& trust,
                    const EngagementOptions& options) {
  Scenario adjusted = scenario;
  for (Stance& stance : adjusted.stances) {
    if (!IsStatusIssue(scenario, stance.issue)) continue;
    double before = 0.0;
    double now = 0.0;
    if (!MeanTrustTowardAdversaries(scenario, stance, initial, options, before)) continue;
    MeanTrustTowardAdversaries(scenario, stance, trust, options, now);
    AdjustStance(scenario.issues[stance.issue].scale, now - before, options, stance);
  }
  return adjusted;
}

}  // namespace parley
