// Rule F8 of docs/mechanisms/force.md: the probability of imposition.
#include <limits>

#include "parley/force_report.h"
#include "parley/monte_carlo.h"
#include "parley/uncertainty.h"

namespace parley {
namespace {

// Separates this stream from DrawScenario's: the same (seed, run) must not
// give force values correlated with the positions by construction.
constexpr std::uint64_t kForceStream = 0x466f726365ULL;  // "Force"

// One value drawn from its range, inside [lower, upper].
double Draw(double value, const std::optional<ValueRange>& range, double lower, double upper,
            SplitMix64& generator) {
  const double u = generator.NextUnit();  // drawn whether or not used: a fixed stream
  if (!range) return value;
  UncertainInput input;
  input.distribution = range->distribution;
  input.value = value;
  if (range->distribution == Distribution::kNormal) {
    input.low = lower;
    input.high = upper;
    input.spread = range->sd;
  } else {
    input.low = range->low;
    input.high = range->high;
  }
  return Quantile(input, u);
}

}  // namespace

void SetForceValues(Scenario& drawn, const Scenario& source, std::uint64_t seed,
                    std::uint64_t run) {
  SplitMix64 generator = RunGenerator(seed ^ kForceStream, run);
  const double infinity = std::numeric_limits<double>::infinity();
  for (std::size_t i = 0; i < source.actors.size(); ++i) {
    const Actor& actor = source.actors[i];
    if (!actor.military) continue;
    double value = Draw(*actor.military, actor.military_range, 0.0, infinity, generator);
    if (value <= 0.0) value = std::numeric_limits<double>::min();
    drawn.actors[i].military = value;
    drawn.actors[i].military_range.reset();
  }
  const ForceSettings& force = source.force;
  ForceSettings& out = drawn.force;
  if (force.default_cost) {
    out.default_cost = Draw(*force.default_cost, force.default_cost_range, 0.0, 1.0, generator);
    out.default_cost_range.reset();
  }
  for (std::size_t n = 0; n < force.costs.size(); ++n) {
    out.costs[n].cost = Draw(force.costs[n].cost, force.costs[n].cost_range, 0.0, 1.0, generator);
    out.costs[n].cost_range.reset();
  }
  for (std::size_t n = 0; n < force.commitments.size(); ++n) {
    const ForceCommitment& c = force.commitments[n];
    out.commitments[n].share = Draw(c.share, c.share_range, 0.0, 1.0, generator);
    out.commitments[n].share_range.reset();
  }
}

Scenario DrawForceValues(const Scenario& scenario, std::uint64_t seed, std::uint64_t run) {
  Scenario drawn = scenario;
  SetForceValues(drawn, scenario, seed, run);
  return drawn;
}

Result<std::vector<ImpositionOdds>> ImpositionProbability(
    const Scenario& scenario, const ConfiguredModel& model, int runs, std::uint64_t seed,
    const ForceOptions& options, const RunContext& context,
    const std::function<void(std::size_t done)>& progress) {
  if (runs < 1 || runs > 100000) {
    return InvalidArgument("force draws must lie in [1, 100000]");
  }
  if (auto valid = ValidateForceOptions(options); !valid) return tl::unexpected(valid.error());
  MonteCarloOptions engine;
  engine.runs = static_cast<std::size_t>(runs);
  engine.seed = seed;
  engine.force = options;
  engine.progress = progress;
  auto result = RunMonteCarlo(scenario, {model}, engine, context.pool);
  if (!result) return tl::unexpected(result.error());
  std::vector<ImpositionOdds> odds = result->models.front().imposition;
  if (odds.empty()) {  // nobody armed: every draw judged, none imposed
    for (std::size_t k = 0; k < scenario.issues.size(); ++k) {
      odds.push_back({k, 0, 0, std::vector<int>(scenario.actors.size(), 0)});
    }
  }
  return odds;
}

}  // namespace parley
