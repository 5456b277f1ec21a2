#include "parley/builtin_scenarios.h"

#include <fmt/format.h>

#include <algorithm>
#include <string_view>

#include "io/builtin_data.h"
#include "parley/io.h"

namespace parley {
namespace {

std::string IdOf(std::string_view file_name) {
  const auto dot = file_name.rfind('.');
  return std::string(file_name.substr(0, dot));
}

// The value of a top-level `key: value` line (quotes removed), read without
// parsing the whole file: listing the built-ins stays cheap.
std::string TopLevelValue(std::string_view text, std::string_view key) {
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t end = std::min(text.find('\n', at), text.size());
    const std::string_view line = text.substr(at, end - at);
    at = end + 1;
    if (line.size() <= key.size() || line.compare(0, key.size(), key) != 0 ||
        line[key.size()] != ':') {
      continue;
    }
    std::string_view value = line.substr(key.size() + 1);
    while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
    while (!value.empty() && (value.back() == ' ' || value.back() == '\r')) value.remove_suffix(1);
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
        value.back() == value.front()) {
      value = value.substr(1, value.size() - 2);
    }
    return std::string(value);
  }
  return {};
}

}  // namespace

std::string DefaultScenarioId() { return "lachin-2023"; }

std::vector<BuiltinScenarioInfo> ListBuiltinScenarios() {
  std::vector<BuiltinScenarioInfo> list;
  for (const detail::EmbeddedFile& file : detail::EmbeddedScenarioFiles()) {
    list.push_back({IdOf(file.name), TopLevelValue(file.content, "name"),
                    TopLevelValue(file.content, "as_of")});
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
