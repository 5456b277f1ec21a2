// Internal: the whole `parley` command line as a value: every subcommand with
// its options, and what runs each. cli::Run parses with it; the completion and
// man page generators and the short-flag test walk it.
#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <vector>

#include "cli/command.h"
#include "parley/model.h"

namespace parley::cli {

struct CommandLine {
  std::unique_ptr<CLI::App> app;
  std::vector<Command> commands;
};

CommandLine BuildCommandLine(const ModelRegistry& models = BuiltinModels());

}  // namespace parley::cli
