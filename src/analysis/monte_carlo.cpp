// Monte Carlo over uncertain inputs (include/parley/monte_carlo.h).
#include "parley/monte_carlo.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <memory>
#include <utility>

#include "analysis/draw_buffers.h"
#include "analysis/imposition_tally.h"
#include "analysis/monte_carlo_collect.h"

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

// Runs between progress calls and stop checks: blocks start at 256 runs and
// double while a block takes under 20 ms, so a progress line moves every few
// hundredths of a second and a pool's threads meet rarely.
constexpr std::size_t kFirstBlock = 256;
constexpr std::size_t kLargestBlock = 65536;
constexpr std::chrono::milliseconds kBlockTime{20};

// The job's exact name for a RunExecutor: what decides each run's result.
std::string JobName(const Scenario& scenario, const std::vector<ConfiguredModel>& models,
                    const MonteCarloOptions& options, const MonteCarloResult& result,
                    const Evaluation& evaluation) {
  std::string names;
  for (const ConfiguredModel& model : models) names += (names.empty() ? "" : ",") + model.name();
  return fmt::format(
      "monte-carlo runs={} seed={} models={} issues={} inputs={}:{} regime={} timeline={} "
      "accept_round_cap={}{}",
      options.runs, options.seed, names, scenario.issues.size(), result.inputs.size(),
      InputsDigest(result.inputs), evaluation.regime ? ToString(*evaluation.regime) : "none",
      evaluation.timeline.has_value(), evaluation.accept_round_cap,
      evaluation.force ? fmt::format(" force={:a},{:a}", evaluation.force->decisiveness,
                                     evaluation.force->default_cost)
                       : "");
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
  const std::size_t issues = scenario.issues.size();
  // A run's error, when it has one: null pointers cost no construction and
  // nothing is written beside another thread's run unless a run fails.
  std::vector<std::unique_ptr<Error>> errors(options.runs);
  DrawBuffers buffers(std::move(undrawn), result.inputs, pool);
  // Run `run` into its record: every model's outcomes (and, judging force,
  // their verdicts), model by model.
  auto run_one = [&](std::size_t run, int thread, RunRecord& record) {
    Scenario& drawn = buffers.DrawRun(thread, options.seed, run);
    if (evaluation->force) SetForceValues(drawn, scenario, options.seed, run);
    RunContext context;
    context.seed = ModelSeed(options.seed, run);
    record.reserve(models.size() * issues * kOutcomeRecordBytes);
    for (const ConfiguredModel& model : models) {
      auto judged = EvaluateJudgedDraw(drawn, model, *evaluation, context);
      if (!judged) {
        errors[run] = std::make_unique<Error>(judged.error());
        return;
      }
      AppendOutcomes(judged->outcomes, record);
      if (evaluation->force) AppendJudgements(judged->force, record);
    }
  };
  ComputeRuns compute = [&](std::size_t first, std::size_t last) -> Result<std::vector<RunRecord>> {
    std::vector<RunRecord> records(last - first);
    std::size_t block = kFirstBlock;
    for (std::size_t start = first; start < last;) {
      if (options.stop != nullptr && options.stop->load()) {
        return MakeError(ErrorCode::kCancelled,
                         fmt::format("stopped after {} of {} draws", start, options.runs));
      }
      const std::size_t count = std::min(block, last - start);
      const auto began = std::chrono::steady_clock::now();
      ParallelFor(pool, count, [&](std::size_t index, int thread) {
        run_one(start + index, thread, records[start + index - first]);
      });
      for (std::size_t run = start; run < start + count; ++run) {
        if (errors[run]) return tl::unexpected(*errors[run]);
      }
      start += count;
      if (options.progress) options.progress(start);
      if (std::chrono::steady_clock::now() - began < kBlockTime) {
        block = std::min(2 * block, kLargestBlock);
      }
    }
    return records;
  };
  auto records =
      options.executor != nullptr
          ? options.executor->Execute(JobName(scenario, models, options, result, *evaluation),
                                      options.runs, compute)
          : compute(0, options.runs);
  if (!records) return tl::unexpected(records.error());
  if (records->size() != options.runs) {
    return MakeError(ErrorCode::kInternal,
                     fmt::format("{} run records for {} runs", records->size(), options.runs));
  }
  result.draws.assign(models.size(), std::vector<std::vector<DrawOutcome>>(options.runs));
  // The force verdicts counted per model.
  std::vector<ImpositionTally> tallies(
      models.size(), ImpositionTally(scenario.issues.size(), scenario.actors.size()));
  auto decoded =
      DecodeRuns(*records, issues, evaluation->force.has_value(), result.draws, tallies, pool);
  if (!decoded) return tl::unexpected(decoded.error());
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
