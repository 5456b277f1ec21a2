// Internal: how subcommands find the scenario they were given.
#pragma once

#include <CLI/CLI.hpp>
#include <ostream>
#include <string>
#include <vector>

#include "parley/result.h"
#include "parley/scenario.h"
#include "parley/scenario_warnings.h"

namespace parley::cli {

struct ScenarioSource {
  std::string name;          // a file path or a built-in id; empty = the default built-in
  std::string input_format;  // empty = detect from the file name
  bool no_warnings = false;  // --no-warnings: keep likely mistakes off stderr
};

// Adds the positional SCENARIO argument, --input-format and --no-warnings to a
// subcommand.
void AddScenarioArgument(CLI::App* app, ScenarioSource& source, bool required);

// A file path wins over a built-in id of the same name; no name means the
// default built-in scenario. The likely mistakes of the scenario
// (FindLikelyMistakes) go to the WarningScope of this thread, if any.
Result<Scenario> LoadScenarioFrom(const ScenarioSource& source);

// Collects the warnings of every scenario loaded on this thread while it lives
// (Run opens one per command). With a sink, each new warning is also printed
// there at once as "warning: ...", before any long run starts. Scopes nest; the
// innermost collects. Warnings repeated by a command that loads its scenario
// twice are kept (and printed) once.
class WarningScope {
 public:
  explicit WarningScope(std::ostream* sink = nullptr);
  ~WarningScope();
  WarningScope(const WarningScope&) = delete;
  WarningScope& operator=(const WarningScope&) = delete;

  const std::vector<ScenarioWarning>& warnings() const { return warnings_; }
  void Add(const ScenarioWarning& warning);

 private:
  std::vector<ScenarioWarning> warnings_;
  std::ostream* sink_ = nullptr;
  WarningScope* outer_ = nullptr;
};

// Adds a warning to this thread's innermost WarningScope; none: dropped.
void AddWarning(const ScenarioWarning& warning);

}  // namespace parley::cli
