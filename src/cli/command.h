// Internal: how a CLI subcommand plugs into `parley`. Each subcommand lives in
// its own file with a Register...Command function listed in app.cpp. A
// command never prints: it returns the text to write, and the runner writes it
// to standard output or, atomically, to --output; errors go to stderr with
// exit code 1 (bad data) or 2 (bad usage).
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <memory>
#include <string>

#include "parley/model.h"
#include "parley/result.h"

namespace parley::cli {

struct Command {
  CLI::App* app = nullptr;                   // the CLI11 subcommand
  std::function<Result<std::string>()> run;  // produces the whole output text
  std::shared_ptr<std::string> output_path;  // --output, if the command has it
};

// Adds `--output FILE` to a subcommand and returns where its value lands.
std::shared_ptr<std::string> AddOutputOption(CLI::App* app);

// Ok when `format` is "table" or "json", the formats most commands offer;
// otherwise a kInvalidArgument error naming them.
Status CheckTableOrJsonFormat(const std::string& format);

// Subcommands that run models take the registry they choose from.
Command RegisterForecastCommand(CLI::App& app, const ModelRegistry& models);
Command RegisterValidateCommand(CLI::App& app, const ModelRegistry& models);
Command RegisterModelsCommand(CLI::App& app, const ModelRegistry& models);
Command RegisterScenariosCommand(CLI::App& app);
Command RegisterShowCommand(CLI::App& app);
Command RegisterConvertCommand(CLI::App& app);

}  // namespace parley::cli
