#include "analysis/monte_carlo_runs.h"

#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <utility>

#include "analysis/run_blocks.h"
#include "parley/run_records.h"

namespace parley {
namespace {

// The job's exact name for a RunExecutor: what decides each run's result.
std::string JobName(const DrawJob& job) {
  const MonteCarloOptions& options = job.options;
  const Evaluation& evaluation = job.evaluation;
  std::string names;
  for (const ConfiguredModel& model : job.models) {
    names += (names.empty() ? "" : ",") + model.name();
  }
  return fmt::format(
      "monte-carlo runs={} seed={} models={} issues={} inputs={}:{} regime={} timeline={} "
      "accept_round_cap={}{}",
      options.runs, options.seed, names, job.scenario.issues.size(), job.inputs.size(),
      InputsDigest(job.inputs), evaluation.regime ? ToString(*evaluation.regime) : "none",
      evaluation.timeline.has_value(), evaluation.accept_round_cap,
      evaluation.force ? fmt::format(" force={:a},{:a}", evaluation.force->decisiveness,
                                     evaluation.force->default_cost)
                       : "");
}

// Run `run` on pool thread `thread`: every model's outcomes (and, judging
// force, their verdicts), handed to keep(model, judged draw) model by model.
template <typename Keep>
void EvaluateRun(const DrawJob& job, DrawBuffers& buffers, std::size_t run, int thread,
                 FirstFailure& failure, const Keep& keep) {
  const MonteCarloOptions& options = job.options;
  const std::size_t issues = job.scenario.issues.size();
  Scenario& drawn = buffers.DrawRun(thread, options.seed, run);
  if (job.evaluation.force) SetForceValues(drawn, job.scenario, options.seed, run);
  RunContext context;
  context.seed = ModelSeed(options.seed, run);
  JudgedDraw& judged = buffers.Judged(thread);
  for (std::size_t m = 0; m < job.models.size(); ++m) {
    if (Status done = EvaluateJudgedDrawInto(drawn, job.models[m], job.evaluation, context, judged);
        !done) {
      return failure.Record(run, done.error());
    }
    if (judged.outcomes.size() != issues) {
      return failure.Record(
          run, MakeError(ErrorCode::kInternal,
                         fmt::format("{} gave {} outcomes for {} issues", job.models[m].name(),
                                     judged.outcomes.size(), issues))
                   .value());
    }
    keep(m, judged);
  }
}

// Runs [first, last) without a regime, a timeline or force: each model's
// forecast written straight into the table, without EvaluateRun's draw to
// copy from (measured: compromise on 10 actors, 1,000 draws on one thread,
// 1.12 to 1.09 times the bare runs on drawn inputs, taking turns with them),
// and one context for the chunk. A failing run leaves the rest to run.
void RunPlainIntoTable(const DrawJob& job, DrawBuffers& buffers, std::size_t first,
                       std::size_t last, int thread, FirstFailure& failure, DrawTable& draws) {
  const MonteCarloOptions& options = job.options;
  RunContext context;
  for (std::size_t run = first; run < last; ++run) {
    Scenario& drawn = buffers.DrawRun(thread, options.seed, run);
    context.seed = ModelSeed(options.seed, run);
    for (std::size_t m = 0; m < job.models.size(); ++m) {
      auto forecast = job.models[m].Run(drawn, context);
      if (!forecast) {
        failure.Record(run, forecast.error());
        break;
      }
      WriteDrawOutcomes(*forecast, job.evaluation.accept_round_cap, draws.Run(m, run));
    }
  }
}

// Every run straight into the table: nothing to encode or decode.
Status RunIntoTable(const DrawJob& job, DrawBuffers& buffers, DrawTable& draws,
                    RunJudgements& judgements) {
  const bool force = job.evaluation.force.has_value();
  const bool plain = !force && !job.evaluation.regime && !job.evaluation.timeline;
  return RunInBlocks(
      0, job.options.runs, job.options, job.pool,
      [&](std::size_t first, std::size_t last, int thread, FirstFailure& failure) {
        if (plain) return RunPlainIntoTable(job, buffers, first, last, thread, failure, draws);
        for (std::size_t run = first; run < last; ++run) {
          EvaluateRun(job, buffers, run, thread, failure, [&](std::size_t m, JudgedDraw& judged) {
            std::copy(judged.outcomes.begin(), judged.outcomes.end(), draws.Run(m, run).begin());
            if (force) judgements[m][run] = std::move(judged.force);
          });
        }
      });
}

// Every run as a record, computed where the executor chooses (a checkpoint's
// earlier process, MPI ranks) and merged in run order, then decoded.
Status RunThroughExecutor(const DrawJob& job, DrawBuffers& buffers, DrawTable& draws,
                          RunJudgements& judgements) {
  const bool force = job.evaluation.force.has_value();
  const std::size_t record_bytes =
      job.models.size() * job.scenario.issues.size() * kOutcomeRecordBytes;
  ComputeRuns compute = [&](std::size_t first, std::size_t last) -> Result<std::vector<RunRecord>> {
    std::vector<RunRecord> records(last - first);
    Status done = RunInBlocks(
        first, last, job.options, job.pool,
        [&](std::size_t chunk_first, std::size_t chunk_last, int thread, FirstFailure& failure) {
          for (std::size_t run = chunk_first; run < chunk_last; ++run) {
            RunRecord& record = records[run - first];
            record.reserve(record_bytes);
            EvaluateRun(job, buffers, run, thread, failure, [&](std::size_t, JudgedDraw& judged) {
              AppendOutcomes(judged.outcomes, record);
              if (force) AppendJudgements(judged.force, record);
            });
          }
        });
    if (!done) return tl::unexpected(done.error());
    return records;
  };
  auto records = job.options.executor->Execute(JobName(job), job.options.runs, compute);
  if (!records) return tl::unexpected(records.error());
  if (records->size() != job.options.runs) {
    return MakeError(ErrorCode::kInternal,
                     fmt::format("{} run records for {} runs", records->size(), job.options.runs));
  }
  return DecodeRuns(*records, force, draws, judgements, job.pool);
}

}  // namespace

Status RunDraws(const DrawJob& job, DrawBuffers& buffers, DrawTable& draws,
                RunJudgements& judgements) {
  if (job.options.executor == nullptr) return RunIntoTable(job, buffers, draws, judgements);
  return RunThroughExecutor(job, buffers, draws, judgements);
}

}  // namespace parley
