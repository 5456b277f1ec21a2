#include "parley/builtin_scenarios.h"

#include <fmt/format.h>

#include <string_view>

#include "io/builtin_data.h"
#include "parley/io.h"

namespace parley {
namespace {

std::string IdOf(std::string_view file_name) {
  const auto dot = file_name.rfind('.');
  return std::string(file_name.substr(0, dot));
}

}  // namespace

std::string DefaultScenarioId() { return "lachin-2023"; }

std::vector<BuiltinScenarioInfo> ListBuiltinScenarios() {
  std::vector<BuiltinScenarioInfo> list;
  for (const detail::EmbeddedFile& file : detail::EmbeddedScenarioFiles()) {
    auto scenario = LoadBuiltinScenario(IdOf(file.name));
    if (scenario) list.push_back({IdOf(file.name), scenario->name, scenario->as_of});
  }
  return list;
}

Result<Scenario> LoadBuiltinScenario(const std::string& id) {
  for (const detail::EmbeddedFile& file : detail::EmbeddedScenarioFiles()) {
    if (IdOf(file.name) != id) continue;
    auto scenario = ParseScenarioText(file.content, fmt::format("builtin:{}", file.name));
    if (scenario && scenario->id.empty()) scenario->id = id;
    return scenario;
  }
  std::string known;
  for (const detail::EmbeddedFile& file : detail::EmbeddedScenarioFiles()) {
    known += (known.empty() ? "" : ", ") + IdOf(file.name);
  }
  return MakeError(ErrorCode::kNotFound,
                   fmt::format("no built-in scenario '{}' (built-ins: {})", id, known));
}

}  // namespace parley
