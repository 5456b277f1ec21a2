// Monte Carlo over uncertain inputs (include/parley/monte_carlo.h).
#include "parley/monte_carlo.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

#include "analysis/bin_index.h"
#include "analysis/draw_buffers.h"
#include "analysis/imposition_tally.h"
#include "analysis/lanes.h"
#include "analysis/monte_carlo_collect.h"
#include "analysis/monte_carlo_runs.h"

namespace parley {

namespace {

// The histogram's bin of a value on `scale`: kHistogramBins equal bins from
// scale.min to scale.max, a value on a boundary in the bin above it.
class HistogramBins {
 public:
  explicit HistogramBins(const Scale& scale)
      : min_(scale.min), width_(scale.Range() / static_cast<double>(kHistogramBins)) {}

  // All below the first bin (NaN too) goes to it, all above the last to it.
  std::size_t Of(double value) const {
    return BinIndex(width_ > 0 ? (value - min_) / width_ : 0.0, kLast);
  }

 private:
  static constexpr double kLast = static_cast<double>(kHistogramBins - 1);
  double min_;
  double width_;
};

// Red lines crossed as CheckRedLines (red_lines.h) counts them: outside the
// interval by more than 1e-9 of the scale's range.
std::vector<RedLineRisk> RedLineRisks(const Scenario& scenario, std::size_t issue,
                                      const std::vector<double>& values) {
  std::vector<RedLineRisk> risks;
  const double tolerance = 1e-9 * scenario.issues[issue].scale.Range();
  for (const Stance& stance : scenario.stances) {
    if (stance.issue != issue || !stance.red_line) continue;
    RedLineRisk risk{stance.actor, *stance.red_line, 0, 0.0};
    for (double value : values) {
      if (!stance.red_line->Contains(value, tolerance)) ++risk.crossed;
    }
    risk.p_crossed = values.empty()
                         ? 0.0
                         : static_cast<double>(risk.crossed) / static_cast<double>(values.size());
    risks.push_back(risk);
  }
  std::stable_sort(risks.begin(), risks.end(),
                   [](const RedLineRisk& a, const RedLineRisk& b) { return a.actor < b.actor; });
  return risks;
}

// The outcomes of `draws` in run order; the draws without one counted by
// reason into `summary`.
std::vector<double> OutcomesOf(DrawColumn draws, IssueSummary& summary) {
  std::vector<double> values;
  values.reserve(draws.size);
  for (std::size_t i = 0; i < draws.size; ++i) {
    const DrawOutcome& draw = draws[i];
    if (draw.HasOutcome()) {
      values.push_back(draw.outcome);
    } else {
      ++summary.no_outcome[static_cast<std::size_t>(*draw.reason)];
    }
  }
  return values;
}

// The histogram of `values` over `scale`, counted in lanes (lanes.h) added
// at the end: draws of a narrow forecast fall into one bin again and again, and
// one counter would make each increment wait for the one before.
std::vector<std::size_t> HistogramOf(const Scale& scale, const std::vector<double>& values) {
  const HistogramBins bins(scale);
  std::array<std::array<std::size_t, kHistogramBins>, kLanes> counts{};
  ForEachInLanes(values, [&](std::size_t lane, double value) { ++counts[lane][bins.Of(value)]; });
  std::vector<std::size_t> histogram(kHistogramBins, 0);
  for (std::size_t b = 0; b < kHistogramBins; ++b) {
    for (const auto& lane : counts) histogram[b] += lane[b];
  }
  return histogram;
}

}  // namespace

IssueSummary SummariseIssue(const Scenario& scenario, std::size_t issue, DrawColumn draws,
                            const DrawOutcome* point) {
  IssueSummary summary;
  summary.issue = issue;
  if (point != nullptr) {
    if (point->HasOutcome()) {
      summary.point = point->outcome;
    } else {
      summary.point_reason = point->reason;
    }
  }
  summary.draws = draws.size;
  const std::vector<double> values = OutcomesOf(draws, summary);
  summary.histogram = HistogramOf(scenario.issues[issue].scale, values);
  summary.with_outcome = values.size();
  if (!values.empty()) {
    summary.mean =
        SumInLanes(values, [](double value) { return value; }) / static_cast<double>(values.size());
    const double squares = SumInLanes(
        values, [mean = summary.mean](double value) { return (value - mean) * (value - mean); });
    summary.sd = values.size() < 2 ? 0.0 : std::sqrt(squares / (values.size() - 1.0));
  }
  summary.red_lines = RedLineRisks(scenario, issue, values);
  if (!values.empty()) {
    const std::vector<double> quantiles = SelectQuantilesType7(
        values, std::vector<double>(kSummaryProbabilities.begin(), kSummaryProbabilities.end()));
    std::copy(quantiles.begin(), quantiles.end(), summary.quantiles.begin());
  }
  return summary;
}

std::vector<double> DrawnInputValues(const std::vector<UncertainInput>& inputs, std::uint64_t seed,
                                     std::uint64_t run) {
  SplitMix64 generator = RunGenerator(seed, run);
  std::vector<double> values;
  values.reserve(inputs.size());
  for (const UncertainInput& input : inputs)
    values.push_back(Quantile(input, generator.NextUnit()));
  return values;
}

std::uint64_t ModelSeed(std::uint64_t seed, std::uint64_t run) {
  // 0x9E3779B97F4A7C15 is SplitMix64's increment (the golden ratio in 64 bits).
  return RunGenerator(seed ^ 0x9E3779B97F4A7C15ULL, run).Next();
}

Result<MonteCarloResult> RunMonteCarlo(const Scenario& scenario,
                                       const std::vector<ConfiguredModel>& models,
                                       const MonteCarloOptions& options, ThreadPool* pool) {
  if (models.empty()) return InvalidArgument("Monte Carlo needs at least one model");
  if (options.runs < 1 || options.runs > 10'000'000) {
    return InvalidArgument(fmt::format("--runs must be in [1, 10000000], got {}", options.runs));
  }
  MonteCarloResult result;
  result.runs = options.runs;
  result.seed = options.seed;
  result.inputs = ListUncertainInputs(scenario);
  Evaluation requested;
  requested.accept_round_cap = options.accept_round_cap;
  requested.regime = options.regime;
  requested.regime_settings = options.regime_settings;
  requested.timeline = options.timeline;
  requested.force = options.force;
  auto evaluation = PrepareEvaluation(scenario, std::move(requested), result.notes);
  if (!evaluation) return tl::unexpected(evaluation.error());
  result.regime = evaluation->regime;
  result.timeline = evaluation->timeline.has_value();
  result.force = evaluation->force;
  // A regime or a timeline runs the model many times a draw: it gets no pool
  // of its own, the draws run in parallel instead.
  const bool nested = evaluation->regime || evaluation->timeline;
  // The point forecast, on the scenario that every thread's draw buffer copies.
  Scenario undrawn = WithoutUncertainty(scenario);
  std::vector<std::vector<DrawOutcome>> points;
  for (const ConfiguredModel& model : models) {
    RunContext context;
    context.seed = ModelSeed(options.seed, options.runs);  // a stream no run uses
    context.pool = nested ? nullptr : pool;
    auto outcomes = EvaluateDraw(undrawn, model, *evaluation, context);
    if (!outcomes) return tl::unexpected(outcomes.error());
    points.push_back(std::move(*outcomes));
  }
  const bool force = evaluation->force.has_value();
  DrawBuffers buffers(scenario, std::move(undrawn), result.inputs, pool);
  result.draws = DrawTable(models.size(), options.runs, scenario.issues.size());
  RunJudgements judgements;  // [m][r], judging force
  if (force) {
    judgements.assign(models.size(), std::vector<std::vector<PeriodJudgement>>(options.runs));
  }
  const DrawJob job{scenario, models, options, *evaluation, result.inputs, pool};
  if (Status done = RunDraws(job, buffers, result.draws, judgements); !done) {
    return tl::unexpected(done.error());
  }
  // The force verdicts counted per model.
  std::vector<ImpositionTally> tallies(
      models.size(), ImpositionTally(scenario.issues.size(), scenario.actors.size()));
  // Counts are integers, but the periods' rows are made in the order met: add
  // the runs in run order.
  for (std::size_t m = 0; m < judgements.size(); ++m) {
    for (const std::vector<PeriodJudgement>& run : judgements[m]) tallies[m].Add(run);
  }
  std::vector<std::string> names;
  for (const ConfiguredModel& model : models) names.push_back(model.name());
  result.models = SummariseModels(scenario, names, result.draws, points, models.size() > 1, pool);
  ImpositionTally pooled(scenario.issues.size(), scenario.actors.size());
  for (std::size_t m = 0; m < models.size(); ++m) {
    result.models[m].imposition = tallies[m].Outcome();
    result.models[m].imposition_by_period = tallies[m].ByPeriod();
    pooled.Merge(tallies[m]);
  }
  if (models.size() > 1) {
    result.models.back().imposition = pooled.Outcome();
    result.models.back().imposition_by_period = pooled.ByPeriod();
  }
  return result;
}

}  // namespace parley
