// Internal: checkpoints of long uncertainty, sensitivity and validate runs.
// A checkpoint file records the command that wrote it (its options, the
// scenario's digest) and every run completed so far, each run's outcomes as
// exact bytes (run_records.h). It is rewritten atomically (a fresh file,
// fsync, rename) every so many runs or seconds, so a kill -9 loses at most one
// interval of work; `--resume` continues from it, and the output is byte for
// byte the uninterrupted run's. A checkpoint of another command is refused
// with every difference named.
#pragma once

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstddef>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "parley/result.h"
#include "parley/run_records.h"
#include "parley/scenario.h"

namespace parley::cli {

// What identifies a command for its checkpoint: ("command", "uncertainty"),
// ("scenario", id and digest), then every option that can change a run's
// result, as given ("(not given)" otherwise).
using CommandFingerprint = std::vector<std::pair<std::string, std::string>>;
CommandFingerprint FingerprintOf(const CLI::App& command, const Scenario& scenario);

// The differences of two fingerprints, "--seed is 8 in the checkpoint, 7
// here", one per field that differs; empty when they match.
std::vector<std::string> FingerprintDifferences(const CommandFingerprint& stored,
                                                const CommandFingerprint& here);

struct CheckpointSettings {
  std::string path;
  bool resume = false;            // continue from `path` if it exists
  std::size_t every_runs = 1000;  // save after this many new runs, [1, 10^7]
  double every_seconds = 60.0;    // or after this many seconds, [0.1, 86400]
};

// One job's records as a checkpoint holds them.
struct CheckpointJob {
  std::string name;  // the engine's job name (RunExecutor::Execute)
  std::size_t runs = 0;
  std::vector<RunRecord> records;  // runs [0, records.size()) done
};

// The checkpoint file's text, and back. Records are hex, one run a line.
std::string CheckpointText(const CommandFingerprint& fingerprint,
                           const std::vector<CheckpointJob>& jobs);
struct CheckpointContent {
  CommandFingerprint fingerprint;
  std::vector<CheckpointJob> jobs;
};
// kInvalidInput naming the file and line when the text is not a checkpoint.
Result<CheckpointContent> ParseCheckpoint(std::string_view text, const std::string& path);

class CheckpointExecutor : public RunExecutor {
 public:
  // Refuses (kInvalidArgument) an existing file without --resume, and a file
  // whose fingerprint differs from this command's.
  static Result<std::unique_ptr<CheckpointExecutor>> Open(CheckpointSettings settings,
                                                          CommandFingerprint fingerprint);
  Result<std::vector<RunRecord>> Execute(std::string_view job, std::size_t runs,
                                         const ComputeRuns& compute) override;

 private:
  CheckpointExecutor(CheckpointSettings settings, CommandFingerprint fingerprint)
      : settings_(std::move(settings)), fingerprint_(std::move(fingerprint)) {}
  Status Save();

  CheckpointSettings settings_;
  CommandFingerprint fingerprint_;
  std::vector<CheckpointJob> stored_;  // read from the file (jobs not yet reached)
  std::vector<CheckpointJob> jobs_;    // this process's jobs, in order
};

}  // namespace parley::cli
