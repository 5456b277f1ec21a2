// Monte Carlo over uncertain inputs (include/parley/monte_carlo.h).
#include "parley/monte_carlo.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "analysis/draw_buffers.h"
#include "analysis/imposition_tally.h"

namespace parley {

double QuantileType7(const std::vector<double>& sorted, double p) {
  const double h = (static_cast<double>(sorted.size()) - 1.0) * p;
  const auto low = static_cast<std::size_t>(std::floor(h));
  if (low + 1 >= sorted.size()) return sorted.back();
  return sorted[low] + (h - std::floor(h)) * (sorted[low + 1] - sorted[low]);
}

namespace {

std::vector<std::size_t> Histogram(const Scale& scale, const std::vector<double>& values) {
  std::vector<std::size_t> bins(kHistogramBins, 0);
  const double width = scale.Range() / static_cast<double>(kHistogramBins);
  for (double value : values) {
    double position = width > 0 ? (value - scale.min) / width : 0.0;
    auto bin = static_cast<std::ptrdiff_t>(std::floor(position));
    bin = std::clamp<std::ptrdiff_t>(bin, 0, static_cast<std::ptrdiff_t>(kHistogramBins) - 1);
    ++bins[static_cast<std::size_t>(bin)];
  }
  return bins;
}

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

}  // namespace

IssueSummary SummariseIssue(const Scenario& scenario, std::size_t issue,
                            const std::vector<const DrawOutcome*>& draws,
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
  summary.draws = draws.size();
  std::vector<double> values;
  values.reserve(draws.size());
  for (const DrawOutcome* draw : draws) {
    if (draw->HasOutcome()) {
      values.push_back(draw->outcome);
    } else {
      ++summary.no_outcome[static_cast<std::size_t>(*draw->reason)];
    }
  }
  summary.with_outcome = values.size();
  // Sums in run order, so the figures do not depend on the thread count.
  if (!values.empty()) {
    double sum = 0.0;
    for (double value : values) sum += value;
    summary.mean = sum / static_cast<double>(values.size());
    double squares = 0.0;
    for (double value : values) squares += (value - summary.mean) * (value - summary.mean);
    summary.sd = values.size() < 2 ? 0.0 : std::sqrt(squares / (values.size() - 1.0));
  }
  summary.histogram = Histogram(scenario.issues[issue].scale, values);
  summary.red_lines = RedLineRisks(scenario, issue, values);
  std::sort(values.begin(), values.end());
  if (!values.empty()) {
    for (std::size_t q = 0; q < kSummaryProbabilities.size(); ++q) {
      summary.quantiles[q] = QuantileType7(values, kSummaryProbabilities[q]);
    }
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

namespace {

constexpr std::size_t kBlock = 256;  // runs between progress calls

ModelSummary Summarise(const Scenario& scenario, std::string name,
                       const std::vector<const std::vector<std::vector<DrawOutcome>>*>& models,
                       const std::vector<const std::vector<DrawOutcome>*>& points) {
  ModelSummary summary;
  summary.model = std::move(name);
  for (std::size_t k = 0; k < scenario.issues.size(); ++k) {
    std::vector<const DrawOutcome*> pooled;
    for (const auto* runs : models) {
      for (const std::vector<DrawOutcome>& run : *runs) pooled.push_back(&run[k]);
    }
    const DrawOutcome* point = points.size() == 1 ? &(*points[0])[k] : nullptr;
    summary.issues.push_back(SummariseIssue(scenario, k, pooled, point));
  }
  return summary;
}

}  // namespace

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
  std::vector<std::vector<DrawOutcome>> points;
  for (const ConfiguredModel& model : models) {
    RunContext context;
    context.seed = ModelSeed(options.seed, options.runs);  // a stream no run uses
    context.pool = nested ? nullptr : pool;
    auto outcomes = EvaluateDraw(WithoutUncertainty(scenario), model, *evaluation, context);
    if (!outcomes) return tl::unexpected(outcomes.error());
    points.push_back(std::move(*outcomes));
  }
  result.draws.assign(models.size(), std::vector<std::vector<DrawOutcome>>(options.runs));
  std::vector<Error> errors(options.runs, Error{});
  std::vector<char> failed(options.runs, 0);
  DrawBuffers buffers(scenario, pool);
  const int threads = pool != nullptr ? pool->ThreadCount() : 1;
  std::vector<std::vector<double>> units(static_cast<std::size_t>(threads),
                                         std::vector<double>(result.inputs.size()));
  // tallies[thread][model]: the force verdicts each thread has counted.
  std::vector<std::vector<ImpositionTally>> tallies(
      static_cast<std::size_t>(threads),
      std::vector<ImpositionTally>(
          models.size(), ImpositionTally(scenario.issues.size(), scenario.actors.size())));
  auto run_one = [&](std::size_t run, int thread) {
    // DrawScenario(scenario, seed, run), into the thread's buffer.
    SplitMix64 generator = RunGenerator(options.seed, run);
    std::vector<double>& unit_values = units[static_cast<std::size_t>(thread)];
    for (double& u : unit_values) u = generator.NextUnit();
    Scenario& drawn = buffers.Draw(thread, result.inputs, unit_values);
    if (evaluation->force) SetForceValues(drawn, scenario, options.seed, run);
    RunContext context;
    context.seed = ModelSeed(options.seed, run);
    for (std::size_t m = 0; m < models.size(); ++m) {
      auto judged = EvaluateJudgedDraw(drawn, models[m], *evaluation, context);
      if (!judged) {
        errors[run] = judged.error();
        failed[run] = 1;
        return;
      }
      result.draws[m][run] = std::move(judged->outcomes);
      tallies[static_cast<std::size_t>(thread)][m].Add(judged->force);
    }
  };
  for (std::size_t start = 0; start < options.runs; start += kBlock) {
    if (options.stop != nullptr && options.stop->load()) {
      return MakeError(ErrorCode::kCancelled,
                       fmt::format("stopped after {} of {} draws", start, options.runs));
    }
    const std::size_t count = std::min(kBlock, options.runs - start);
    auto task = [&](std::size_t index, int thread) { run_one(start + index, thread); };
    if (pool != nullptr) {
      pool->ForEach(count, task);
    } else {
      for (std::size_t index = 0; index < count; ++index) task(index, 0);
    }
    for (std::size_t run = start; run < start + count; ++run) {
      if (failed[run]) return tl::unexpected(errors[run]);
    }
    if (options.progress) options.progress(start + count);
  }
  std::vector<const std::vector<std::vector<DrawOutcome>>*> all;
  ImpositionTally pooled(scenario.issues.size(), scenario.actors.size());
  for (std::size_t m = 0; m < models.size(); ++m) {
    result.models.push_back(
        Summarise(scenario, models[m].name(), {&result.draws[m]}, {&points[m]}));
    all.push_back(&result.draws[m]);
    ImpositionTally model_tally(scenario.issues.size(), scenario.actors.size());
    for (const auto& thread : tallies) model_tally.Merge(thread[m]);
    result.models.back().imposition = model_tally.Outcome();
    result.models.back().imposition_by_period = model_tally.ByPeriod();
    pooled.Merge(model_tally);
  }
  if (models.size() > 1) {
    result.models.push_back(Summarise(scenario, "ensemble", all, {}));
    result.models.back().imposition = pooled.Outcome();
    result.models.back().imposition_by_period = pooled.ByPeriod();
  }
  return result;
}

}  // namespace parley
