#include "cli/scenario_source.h"

#include <filesystem>

#include "parley/builtin_scenarios.h"
#include "parley/io.h"

namespace parley::cli {

void AddScenarioArgument(CLI::App* app, ScenarioSource& source, bool required) {
  auto* option = app->add_option("scenario", source.name,
                                 "Scenario file (.yaml, .json, KTAB .csv/.xml, DEU .csv) or the "
                                 "id of a built-in scenario (see 'parley scenarios')");
  if (required) option->required();
  app->add_option("--input-format", source.input_format,
                  "Force the input format: yaml, json, ktab-csv, ktab-xml, deu-csv");
}

Result<Scenario> LoadScenarioFrom(const ScenarioSource& source) {
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

}  // namespace parley::cli
