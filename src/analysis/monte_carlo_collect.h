// Internal: the Monte Carlo engine's steps after its runs (monte_carlo.cpp):
// a run record's force verdicts, decoding every run's record into its draws,
// and the summaries. Each run, and each (model, issue) summary, is a task of
// its own on the pool and writes only its own slot, so the results do not
// depend on the thread count.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "parley/model.h"
#include "parley/monte_carlo.h"
#include "parley/run_records.h"
#include "parley/thread_pool.h"

namespace parley {

// Calls task(index, thread) for every index in [0, count): on `pool`, or
// inline (thread 0) when there is none.
void ParallelFor(ThreadPool* pool, std::size_t count,
                 const std::function<void(std::size_t, int)>& task);

// judgements[m][r]: model m's force verdicts in run r.
using RunJudgements = std::vector<std::vector<std::vector<PeriodJudgement>>>;

// A draw's force verdicts, after its outcomes in the run's record.
void AppendJudgements(const std::vector<PeriodJudgement>& periods, RunRecord& record);

// Decodes one record per run (every model's outcomes, each followed by its
// force verdicts when `force`) into draws.Run(model, run) and
// judgements[model][run], and frees the records. The first run (in run order)
// whose record does not decode gives the error. REQUIRES: `draws` and, when
// `force`, `judgements` have a run per record.
Status DecodeRuns(std::vector<RunRecord>& records, bool force, DrawTable& draws,
                  RunJudgements& judgements, ThreadPool* pool);

// Every model's summary of its draws against its point forecast, in model
// order, then, when `ensemble`, the summary of every model's draws pooled.
std::vector<ModelSummary> SummariseModels(const Scenario& scenario,
                                          const std::vector<std::string>& names,
                                          const DrawTable& draws,
                                          const std::vector<std::vector<DrawOutcome>>& points,
                                          bool ensemble, ThreadPool* pool);

}  // namespace parley
