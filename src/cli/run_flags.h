// Internal: how the long commands (uncertainty, sensitivity, validate) run
// their draws: --checkpoint FILE, --resume, --checkpoint-runs N,
// --checkpoint-seconds S (checkpoint.h), and across MPI ranks when started by
// mpirun (cluster.h).
#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <string>

#include "cli/checkpoint.h"
#include "parley/run_records.h"
#include "parley/scenario.h"

namespace parley::cli {

struct RunFlags {
  CheckpointSettings checkpoint;
};

void AddRunFlags(CLI::App* app, RunFlags& flags);

// The executors the flags ask for; `executor` is what the engine gets
// (nullptr: every run here, in one go).
struct RunExecution {
  std::unique_ptr<RunExecutor> checkpoint;
  std::unique_ptr<RunExecutor> cluster;
  RunExecutor* executor = nullptr;
};

// Opens the checkpoint (under MPI, one file per rank: FILE.rank-R-of-K) and
// the cluster executor. kInvalidArgument for --resume without --checkpoint
// and for a checkpoint that does not match `command` on `scenario`.
Result<std::unique_ptr<RunExecution>> ExecutionFromFlags(const RunFlags& flags,
                                                         const CLI::App& command,
                                                         const Scenario& scenario);

}  // namespace parley::cli
