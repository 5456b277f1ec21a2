// Format names, detection and LoadScenario.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>
#include <utility>

#include "core/enum_table.h"
#include "parley/io.h"

namespace parley {
namespace {

constexpr EnumTable<ScenarioFormat, 5> kFormatNames = {{
    {ScenarioFormat::kYaml, "yaml"},
    {ScenarioFormat::kJson, "json"},
    {ScenarioFormat::kKtabCsv, "ktab-csv"},
    {ScenarioFormat::kKtabXml, "ktab-xml"},
    {ScenarioFormat::kDeuCsv, "deu-csv"},
}};

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// The first line that is not a '#' comment.
std::string_view FirstDataLine(std::string_view text) {
  while (!text.empty()) {
    const auto newline = text.find('\n');
    std::string_view line = text.substr(0, newline);
    if (!line.empty() && line.front() != '#') return line;
    if (newline == std::string_view::npos) break;
    text.remove_prefix(newline + 1);
  }
  return {};
}

// Fails with the line of the first JSON syntax error.
Status CheckJsonSyntax(std::string_view text, const std::string& path) {
  try {
    [[maybe_unused]] const auto parsed = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& error) {
    const std::size_t end = std::min<std::size_t>(error.byte, text.size());
    const std::string_view before = text.substr(0, end == 0 ? 0 : end - 1);
    const int line = 1 + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
    std::string message = error.what();
    if (const auto at = message.find("syntax error"); at != std::string::npos) {
      message = message.substr(at);
    }
    return InvalidInput("malformed JSON: " + message, path, line);
  }
  return Ok();
}

}  // namespace

std::string_view ToString(ScenarioFormat format) { return NameOf(kFormatNames, format); }

Result<ScenarioFormat> ScenarioFormatFromString(std::string_view text) {
  if (auto format = ValueOf(kFormatNames, text)) return *format;
  return InvalidArgument(
      fmt::format("unknown scenario format '{}' (allowed: {})", text, AllowedNames(kFormatNames)));
}

Result<ScenarioFormat> DetectScenarioFormat(const std::string& path) {
  if (EndsWith(path, ".yaml") || EndsWith(path, ".yml")) return ScenarioFormat::kYaml;
  if (EndsWith(path, ".json")) return ScenarioFormat::kJson;
  if (EndsWith(path, ".xml")) return ScenarioFormat::kKtabXml;
  if (EndsWith(path, ".csv")) {
    auto text = ReadTextFile(path);
    if (!text) return tl::unexpected(text.error());
    if (FirstDataLine(*text).rfind("issue_id,", 0) == 0) return ScenarioFormat::kDeuCsv;
    return ScenarioFormat::kKtabCsv;
  }
  return MakeError(ErrorCode::kInvalidArgument,
                   "cannot tell the format from the file name (use .yaml, .json, .csv or .xml, "
                   "or --input-format)",
                   path);
}

Result<Scenario> LoadScenario(const std::string& path, ScenarioFormat format) {
  auto text = ReadTextFile(path);
  if (!text) return tl::unexpected(text.error());
  switch (format) {
    case ScenarioFormat::kYaml:
      return ParseScenarioText(*text, path);
    case ScenarioFormat::kJson: {
      // yaml-cpp would also take YAML-isms such as trailing commas: a .json
      // file must be JSON.
      if (auto syntax = CheckJsonSyntax(*text, path); !syntax) {
        return tl::unexpected(syntax.error());
      }
      return ParseScenarioText(*text, path);
    }
    case ScenarioFormat::kKtabCsv:
      return ParseKtabCsv(*text, path);
    case ScenarioFormat::kKtabXml:
      return ParseKtabXml(*text, path);
    case ScenarioFormat::kDeuCsv:
      return ParseDeuCsv(*text, path);
  }
  return MakeError(ErrorCode::kInternal, "unhandled scenario format");
}

Result<Scenario> LoadScenario(const std::string& path) {
  auto format = DetectScenarioFormat(path);
  if (!format) return tl::unexpected(format.error());
  return LoadScenario(path, *format);
}

}  // namespace parley
