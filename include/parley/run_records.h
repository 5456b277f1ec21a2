// The seam that lets the runs of a Monte Carlo or Sobol job be computed
// anywhere and merged in run order: in this process, in an earlier process
// (a checkpoint) or in other processes (MPI ranks). Each run's generator
// depends only on (seed, run index), so a run range [first, last) computed
// elsewhere is the very same range computed here; its results travel as
// records, bytes that hold every double as its 64 bits (no decimal
// rounding), so the merged result is bit for bit the single-process one.
//
// The engines (monte_carlo.h, sensitivity.h, validation.h) call a
// RunExecutor when their options name one, and otherwise compute every run
// here. The executors themselves live with the command line (checkpoints,
// MPI): the models and engines never do I/O.
#pragma once

#include <cstddef>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "parley/draw_evaluation.h"
#include "parley/result.h"
#include "parley/uncertainty.h"

namespace parley {

// One run's result as bytes (see EncodeOutcomes).
using RunRecord = std::string;

// 9 bytes per outcome: the reason (0 = an outcome, 1 + NoOutcomeReason
// otherwise), then the outcome's IEEE 754 bits, little-endian. The value is
// kept even without an outcome (DrawOutcomesOf keeps it). 0.5 with an
// outcome is 00 00 00 00 00 00 00 e0 3f.
inline constexpr std::size_t kOutcomeRecordBytes = 9;
void AppendOutcomes(const std::vector<DrawOutcome>& outcomes, RunRecord& record);
RunRecord EncodeOutcomes(const std::vector<DrawOutcome>& outcomes);
// `count` outcomes from `record` starting at byte `offset` (advanced past
// them). kInvalidInput when the record is too short or a reason is unknown.
Result<std::vector<DrawOutcome>> DecodeOutcomes(std::string_view record, std::size_t& offset,
                                                std::size_t count);
// The same into `outcomes` (one per outcome to decode), without allocating.
Status DecodeOutcomesInto(std::string_view record, std::size_t& offset,
                          std::span<DrawOutcome> outcomes);

// Computes runs [first, last) of a job: one record per run, in run order.
using ComputeRuns =
    std::function<Result<std::vector<RunRecord>>(std::size_t first, std::size_t last)>;

// Where the runs of a job are computed. Execute returns the records of runs
// [0, runs) in run order, computing those it needs through `compute` (in
// ranges of its choosing, in any process). `job` names the job exactly
// (engine, runs, seed, models, inputs): an executor that keeps records across
// processes must never mix records of different jobs. An engine may run
// several jobs one after the other (validate draws once per spread), each with
// its own Execute call.
class RunExecutor {
 public:
  virtual ~RunExecutor() = default;
  virtual Result<std::vector<RunRecord>> Execute(std::string_view job, std::size_t runs,
                                                 const ComputeRuns& compute) = 0;
};

// A short digest of the uncertain inputs' distributions (field, actor, issue,
// support, spread, each double as its bits): part of an engine's job name, so
// a job on another scenario or spread never matches.
std::string InputsDigest(const std::vector<UncertainInput>& inputs);

}  // namespace parley
