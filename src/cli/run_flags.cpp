// The long commands' run flags (cli/run_flags.h).
#include "cli/run_flags.h"

#include <fmt/format.h>

#include "cli/cluster.h"

namespace parley::cli {

void AddRunFlags(CLI::App* app, RunFlags& flags) {
  CheckpointSettings& settings = flags.checkpoint;
  app->add_option("--checkpoint", settings.path,
                  "Record completed runs in FILE (rewritten atomically) so that --resume can "
                  "continue after a crash or kill");
  app->add_flag("--resume", settings.resume,
                "Continue from the --checkpoint FILE (refused if another command wrote it)");
  app->add_option("--checkpoint-runs", settings.every_runs,
                  "Save the checkpoint after this many new runs (default 1000)");
  app->add_option("--checkpoint-seconds", settings.every_seconds,
                  "... or after this many seconds, whichever comes first (default 60)");
}

Result<std::unique_ptr<RunExecution>> ExecutionFromFlags(const RunFlags& flags,
                                                         const CLI::App& command,
                                                         const Scenario& scenario) {
  auto execution = std::make_unique<RunExecution>();
  CheckpointSettings settings = flags.checkpoint;
  if (settings.path.empty() && settings.resume) {
    return InvalidArgument("--resume needs --checkpoint FILE (the checkpoint to continue)");
  }
  if (!settings.path.empty()) {
    if (ClusterSize() > 1) {
      settings.path += fmt::format(".rank-{}-of-{}", ClusterRank(), ClusterSize());
    }
    auto checkpoint = CheckpointExecutor::Open(settings, FingerprintOf(command, scenario));
    if (!checkpoint) return tl::unexpected(checkpoint.error());
    execution->checkpoint = std::move(*checkpoint);
    execution->executor = execution->checkpoint.get();
  }
  execution->cluster = MakeClusterExecutor(execution->checkpoint.get());
  if (execution->cluster) execution->executor = execution->cluster.get();
  return execution;
}

}  // namespace parley::cli
