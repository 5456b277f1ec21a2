#include "cli/scenario_source.h"

#include <algorithm>
#include <filesystem>

#include "parley/builtin_scenarios.h"
#include "parley/io.h"

namespace parley::cli {
namespace {

thread_local WarningScope* current_scope = nullptr;

Result<Scenario> Load(const ScenarioSource& source) {
  if (source.name.empty()) return LoadBuiltinScenario(DefaultScenarioId());
  std::error_code error;
  const bool is_file = std::filesystem::exists(source.name, error);
  if (!is_file) {
    auto builtin = LoadBuiltinScenario(source.name);
    if (builtin || builtin.error().code != ErrorCode::kNotFound) return builtin;
    return MakeError(ErrorCode::kNotFound,
                     "no such file, and no built-in scenario of that name (see 'parley scenarios')",
                     source.name);
  }
  if (source.input_format.empty()) return LoadScenario(source.name);
  auto format = ScenarioFormatFromString(source.input_format);
  if (!format) return tl::unexpected(format.error());
  return LoadScenario(source.name, *format);
}

}  // namespace

WarningScope::WarningScope(std::ostream* sink) : sink_(sink), outer_(current_scope) {
  current_scope = this;
}

WarningScope::~WarningScope() { current_scope = outer_; }

void WarningScope::Add(const ScenarioWarning& warning) {
  const auto same = [&](const ScenarioWarning& seen) {
    return seen.file == warning.file && seen.line == warning.line &&
           seen.message == warning.message;
  };
  if (std::any_of(warnings_.begin(), warnings_.end(), same)) return;
  warnings_.push_back(warning);
  if (sink_ != nullptr) *sink_ << "warning: " << warning.ToString() << "\n" << std::flush;
}

void AddWarning(const ScenarioWarning& warning) {
  if (current_scope != nullptr) current_scope->Add(warning);
}

void AddScenarioArgument(CLI::App* app, ScenarioSource& source, bool required) {
  auto* option = app->add_option(
      "scenario", source.name,
      "Scenario file (.yaml, .json, KTAB .csv/.xml, DEU .csv, actor-table .csv) or the "
      "id of a built-in scenario (see 'parley scenarios')");
  if (required) option->required();
  app->add_option("--input-format", source.input_format,
                  "Force the input format: yaml, json, ktab-csv, ktab-xml, deu-csv, actor-csv");
  app->add_flag("--no-warnings", source.no_warnings,
                "Do not print warnings about likely mistakes in the scenario");
}

Result<Scenario> LoadScenarioFrom(const ScenarioSource& source) {
  auto scenario = Load(source);
  if (scenario && current_scope != nullptr && !source.no_warnings) {
    for (const ScenarioWarning& warning : FindLikelyMistakes(*scenario))
      current_scope->Add(warning);
  }
  return scenario;
}

}  // namespace parley::cli
