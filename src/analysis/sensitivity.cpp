// Sobol indices from Saltelli's design (include/parley/sensitivity.h).
#include "parley/sensitivity.h"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>
#include <utility>

#include "analysis/draw_buffers.h"

namespace parley {

SobolEstimate EstimateSobol(const std::vector<double>& f_a, const std::vector<double>& f_b,
                            const std::vector<std::vector<double>>& f_ab,
                            const std::vector<std::size_t>& rows) {
  SobolEstimate estimate;
  const double n = static_cast<double>(rows.size());
  estimate.first_order.assign(f_ab.size(), 0.0);
  estimate.total.assign(f_ab.size(), 0.0);
  if (rows.size() < 2) return estimate;
  double sum = 0.0;
  for (std::size_t j : rows) sum += f_a[j] + f_b[j];
  const double mean = sum / (2.0 * n);
  double squares = 0.0;
  for (std::size_t j : rows) {
    squares += (f_a[j] - mean) * (f_a[j] - mean) + (f_b[j] - mean) * (f_b[j] - mean);
  }
  estimate.variance = squares / (2.0 * n - 1.0);
  if (!(estimate.variance > 0.0)) return estimate;
  // f(B) enters centred on the pooled mean: sum_j mean (f(AB_i)_j - f(A)_j)
  // has expectation 0, so the estimator is unchanged in expectation but its
  // variance no longer grows with the outcome's distance from 0 (SALib
  // standardises outputs the same way before this estimator).
  for (std::size_t i = 0; i < f_ab.size(); ++i) {
    double first = 0.0;
    double total = 0.0;
    for (std::size_t j : rows) {
      first += (f_b[j] - mean) * (f_ab[i][j] - f_a[j]);
      total += (f_a[j] - f_ab[i][j]) * (f_a[j] - f_ab[i][j]);
    }
    estimate.first_order[i] = first / n / estimate.variance;
    estimate.total[i] = total / (2.0 * n) / estimate.variance;
  }
  return estimate;
}

namespace {

// outcomes[j][e]: row j, run e (0 = A, 1 = B, 2 + i = AB_i), every issue.
using RowOutcomes = std::vector<std::vector<DrawOutcome>>;

// The job's exact name for a RunExecutor: what decides each row's result.
std::string JobName(const Scenario& scenario, const ConfiguredModel& model,
                    const std::vector<UncertainInput>& inputs, const SensitivityOptions& options,
                    const Evaluation& evaluation) {
  return fmt::format(
      "sensitivity rows={} seed={} model={} issues={} inputs={}:{} regime={} timeline={} "
      "accept_round_cap={}",
      options.base_runs, options.seed, model.name(), scenario.issues.size(), inputs.size(),
      InputsDigest(inputs), evaluation.regime ? ToString(*evaluation.regime) : "none",
      evaluation.timeline.has_value(), evaluation.accept_round_cap);
}

Result<std::vector<RowOutcomes>> RunDesign(const Scenario& scenario, const ConfiguredModel& model,
                                           const std::vector<UncertainInput>& inputs,
                                           const SensitivityOptions& options,
                                           const Evaluation& evaluation, ThreadPool* pool) {
  const std::size_t d = inputs.size();
  const std::size_t issues = scenario.issues.size();
  std::vector<Error> errors(options.base_runs);
  std::vector<char> failed(options.base_runs, 0);
  DrawBuffers buffers(scenario, WithoutUncertainty(scenario), inputs, pool);
  // Row j into its record: the outcomes of A, B, AB_1 ... AB_d in turn.
  auto row = [&](std::size_t j, int thread, RunRecord& record) {
    if (options.stop != nullptr && options.stop->load()) {
      errors[j] = MakeError(ErrorCode::kCancelled, "stopped by the caller").value();
      failed[j] = 1;
      return;
    }
    SplitMix64 generator = RunGenerator(options.seed, j);
    std::vector<double> a(d), b(d);
    for (double& u : a) u = generator.NextUnit();
    for (double& u : b) u = generator.NextUnit();
    RunContext context;
    context.seed = ModelSeed(options.seed, j);  // common random numbers within a row
    record.reserve((d + 2) * issues * kOutcomeRecordBytes);
    auto evaluate = [&](const std::vector<double>& units) {
      auto drawn = EvaluateDraw(buffers.Draw(thread, units), model, evaluation, context);
      if (!drawn) {
        errors[j] = drawn.error();
        failed[j] = 1;
        return false;
      }
      AppendOutcomes(*drawn, record);
      return true;
    };
    if (!evaluate(a) || !evaluate(b)) return;
    std::vector<double> mixed = a;
    for (std::size_t i = 0; i < d; ++i) {
      mixed[i] = b[i];
      if (!evaluate(mixed)) return;
      mixed[i] = a[i];
    }
  };
  // Rows [first, last) in blocks, so that a progress line moves; each row
  // writes its own record, so the blocks change nothing in the result.
  ComputeRuns compute = [&](std::size_t first, std::size_t last) -> Result<std::vector<RunRecord>> {
    std::vector<RunRecord> records(last - first);
    constexpr std::size_t kRowBlock = 64;
    for (std::size_t start = first; start < last; start += kRowBlock) {
      const std::size_t count = std::min(kRowBlock, last - start);
      auto task = [&](std::size_t index, int thread) {
        row(start + index, thread, records[start - first + index]);
      };
      if (pool != nullptr) {
        pool->ForEach(count, task);
      } else {
        for (std::size_t index = 0; index < count; ++index) task(index, 0);
      }
      for (std::size_t j = start; j < start + count; ++j) {
        if (failed[j]) return tl::unexpected(errors[j]);
      }
      if (options.progress) options.progress(start + count);
    }
    return records;
  };
  auto records =
      options.executor != nullptr
          ? options.executor->Execute(JobName(scenario, model, inputs, options, evaluation),
                                      options.base_runs, compute)
          : compute(0, options.base_runs);
  if (!records) return tl::unexpected(records.error());
  if (records->size() != options.base_runs) {
    return MakeError(ErrorCode::kInternal,
                     fmt::format("{} row records for {} rows", records->size(), options.base_runs));
  }
  std::vector<RowOutcomes> outcomes(options.base_runs, RowOutcomes(d + 2));
  for (std::size_t j = 0; j < options.base_runs; ++j) {
    std::size_t offset = 0;
    for (std::size_t e = 0; e < d + 2; ++e) {
      auto decoded = DecodeOutcomes((*records)[j], offset, issues);
      if (!decoded) return tl::unexpected(decoded.error());
      outcomes[j][e] = std::move(*decoded);
    }
    RunRecord().swap((*records)[j]);
  }
  return outcomes;
}

// The bootstrap's 95% interval of `values`: their type 7 2.5% and 97.5%
// quantiles, by selection; {0, 0} when empty.
std::pair<double, double> Interval95(const std::vector<double>& values) {
  if (values.empty()) return {0.0, 0.0};
  const std::vector<double> ends = SelectQuantilesType7(values, {0.025, 0.975});
  return {ends[0], ends[1]};
}

IssueSensitivity AnalyseIssue(std::size_t issue, const std::vector<RowOutcomes>& outcomes,
                              std::size_t d, const SensitivityOptions& options) {
  IssueSensitivity result;
  result.issue = issue;
  const std::size_t n = outcomes.size();
  std::vector<double> f_a(n), f_b(n);
  std::vector<std::vector<double>> f_ab(d, std::vector<double>(n));
  std::vector<std::size_t> rows;
  for (std::size_t j = 0; j < n; ++j) {
    bool complete = true;
    for (const auto& run : outcomes[j]) complete = complete && run[issue].HasOutcome();
    if (!complete) continue;
    rows.push_back(j);
    f_a[j] = outcomes[j][0][issue].outcome;
    f_b[j] = outcomes[j][1][issue].outcome;
    for (std::size_t i = 0; i < d; ++i) f_ab[i][j] = outcomes[j][2 + i][issue].outcome;
  }
  result.rows_used = rows.size();
  const SobolEstimate estimate = EstimateSobol(f_a, f_b, f_ab, rows);
  result.variance = estimate.variance;
  // Bootstrap: resample the used rows with replacement (seeded), re-estimate.
  std::vector<std::vector<double>> boot_first(d), boot_total(d);
  SplitMix64 generator(options.seed ^ (0xB5AD4ECEDA1CE2A9ULL + issue));
  if (estimate.variance > 0.0) {
    std::vector<std::size_t> sample(rows.size());
    for (std::size_t b = 0; b < options.bootstrap; ++b) {
      for (std::size_t& j : sample) j = rows[generator.Next() % rows.size()];
      const SobolEstimate again = EstimateSobol(f_a, f_b, f_ab, sample);
      for (std::size_t i = 0; i < d; ++i) {
        boot_first[i].push_back(again.first_order[i]);
        boot_total[i].push_back(again.total[i]);
      }
    }
  }
  for (std::size_t i = 0; i < d; ++i) {
    SobolIndex index;
    index.input = i;
    index.first_order = estimate.first_order[i];
    index.total = estimate.total[i];
    const bool bootstrapped = !boot_first[i].empty();
    std::tie(index.first_order_low, index.first_order_high) = Interval95(boot_first[i]);
    std::tie(index.total_low, index.total_high) = Interval95(boot_total[i]);
    if (!bootstrapped) {
      index.first_order_low = index.first_order_high = index.first_order;
      index.total_low = index.total_high = index.total;
    }
    result.indices.push_back(index);
  }
  std::stable_sort(result.indices.begin(), result.indices.end(),
                   [](const SobolIndex& x, const SobolIndex& y) {
                     if (x.total != y.total) return x.total > y.total;
                     return x.first_order > y.first_order;
                   });
  return result;
}

}  // namespace

Result<SensitivityResult> RunSensitivity(const Scenario& scenario, const ConfiguredModel& model,
                                         const SensitivityOptions& options, ThreadPool* pool) {
  if (options.base_runs < 2 || options.base_runs > 1'000'000) {
    return InvalidArgument(
        fmt::format("--runs must be in [2, 1000000], got {}", options.base_runs));
  }
  if (options.bootstrap > 100'000) {
    return InvalidArgument(
        fmt::format("bootstrap resamples must be in [0, 100000], got {}", options.bootstrap));
  }
  SensitivityResult result;
  result.base_runs = options.base_runs;
  result.seed = options.seed;
  result.inputs = ListUncertainInputs(scenario);
  if (result.inputs.empty()) {
    return InvalidArgument(fmt::format(
        "scenario '{}' has no uncertain inputs: give values ranges, add an uncertainty: section "
        "or pass --position-sd, --salience-sd or --capability-factor",
        scenario.id));
  }
  auto evaluation = PrepareEvaluation(scenario, options.evaluation, result.notes);
  if (!evaluation) return tl::unexpected(evaluation.error());
  result.evaluation = *evaluation;
  auto outcomes = RunDesign(scenario, model, result.inputs, options, *evaluation, pool);
  if (!outcomes) return tl::unexpected(outcomes.error());
  for (std::size_t k = 0; k < scenario.issues.size(); ++k) {
    result.issues.push_back(AnalyseIssue(k, *outcomes, result.inputs.size(), options));
  }
  return result;
}

}  // namespace parley
