// Internal: how subcommands find the scenario they were given.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "parley/result.h"
#include "parley/scenario.h"

namespace parley::cli {

struct ScenarioSource {
  std::string name;          // a file path or a built-in id; empty = the default built-in
  std::string input_format;  // empty = detect from the file name
};

// Adds the positional SCENARIO argument and --input-format to a subcommand.
void AddScenarioArgument(CLI::App* app, ScenarioSource& source, bool required);

// A file path wins over a built-in id of the same name; no name means the
// default built-in scenario.
Result<Scenario> LoadScenarioFrom(const ScenarioSource& source);

}  // namespace parley::cli
