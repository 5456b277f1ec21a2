// Rule F8 of docs/mechanisms/force.md: the probability of imposition.
#include <limits>

#include "parley/force_report.h"
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

Scenario DrawForceValues(const Scenario& scenario, std::uint64_t seed, std::uint64_t run) {
  Scenario drawn = scenario;
  SplitMix64 generator = RunGenerator(seed ^ kForceStream, run);
  const double infinity = std::numeric_limits<double>::infinity();
  for (Actor& actor : drawn.actors) {
    if (!actor.military) continue;
    actor.military = Draw(*actor.military, actor.military_range, 0.0, infinity, generator);
    if (*actor.military <= 0.0) actor.military = std::numeric_limits<double>::min();
    actor.military_range.reset();
  }
  ForceSettings& force = drawn.force;
  if (force.default_cost) {
    force.default_cost = Draw(*force.default_cost, force.default_cost_range, 0.0, 1.0, generator);
    force.default_cost_range.reset();
  }
  for (ForceCost& cost : force.costs) {
    cost.cost = Draw(cost.cost, cost.cost_range, 0.0, 1.0, generator);
    cost.cost_range.reset();
  }
  for (ForceCommitment& c : force.commitments) {
    c.share = Draw(c.share, c.share_range, 0.0, 1.0, generator);
    c.share_range.reset();
  }
  return drawn;
}

Result<std::vector<ImpositionOdds>> ImpositionProbability(const Scenario& scenario,
                                                          const ConfiguredModel& model, int runs,
                                                          std::uint64_t seed,
                                                          const ForceOptions& options,
                                                          const RunContext& context) {
  if (runs < 1 || runs > 100000) {
    return InvalidArgument("force draws must lie in [1, 100000]");
  }
  std::vector<ImpositionOdds> odds(scenario.issues.size());
  for (std::size_t k = 0; k < odds.size(); ++k) {
    odds[k].issue = k;
    odds[k].imposer_count.assign(scenario.actors.size(), 0);
  }
  for (int run = 0; run < runs; ++run) {
    const auto r = static_cast<std::uint64_t>(run);
    const Scenario drawn = DrawForceValues(DrawScenario(scenario, seed, r), seed, r);
    RunContext run_context = context;
    run_context.seed = seed + r;
    auto forecast = model.Run(drawn, run_context);
    if (!forecast) return tl::unexpected(forecast.error());
    auto report = AnalyseForce(drawn, &*forecast, options);
    if (!report) return tl::unexpected(report.error());
    for (const IssueForceReport& row : report->issues) {
      if (!row.verdict) continue;
      ImpositionOdds& issue = odds[row.issue];
      ++issue.judged;
      if (!row.verdict->imposer) continue;
      ++issue.imposed;
      ++issue.imposer_count[row.verdict->views[*row.verdict->imposer].actor];
    }
  }
  return odds;
}

}  // namespace parley
