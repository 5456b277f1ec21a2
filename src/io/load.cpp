// Format names, detection and LoadScenario.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>
#include <utility>

#include "core/enum_table.h"
#include "io/actor_csv_header.h"
#include "io/input_checks.h"
#include "parley/io.h"

namespace parley {
namespace {

constexpr EnumTable<ScenarioFormat, 6> kFormatNames = {{
    {ScenarioFormat::kYaml, "yaml"},
    {ScenarioFormat::kJson, "json"},
    {ScenarioFormat::kKtabCsv, "ktab-csv"},
    {ScenarioFormat::kKtabXml, "ktab-xml"},
    {ScenarioFormat::kDeuCsv, "deu-csv"},
    {ScenarioFormat::kActorCsv, "actor-csv"},
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

// Records the first JSON error and its byte offset; refuses deep nesting
// before nlohmann builds anything.
class JsonChecker : public nlohmann::json_sax<nlohmann::json> {
 public:
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return Deeper(); }
  bool end_object() override { return Shallower(); }
  bool start_array(std::size_t) override { return Deeper(); }
  bool end_array() override { return Shallower(); }
  bool key(string_t&) override { return true; }
  bool parse_error(std::size_t position, const std::string& last_token,
                   const nlohmann::detail::exception& error) override {
    position_ = position;
    message_ = error.what();
    if (const auto at = message_.find("syntax error"); at != std::string::npos) {
      message_ = "malformed JSON: " + message_.substr(at);
    } else if (error.id == 406) {  // a number nlohmann cannot hold, such as 1e400
      message_ = fmt::format(
          "the number {} is outside the allowed range (magnitude at most "
          "1.8e308)",
          last_token);
    } else {
      message_ = "malformed JSON: " + message_;
    }
    return false;
  }

  std::size_t position() const { return position_; }
  const std::string& message() const { return message_; }

 private:
  bool Deeper() {
    if (++depth_ <= kMaxNestingDepth) return true;
    message_ =
        fmt::format("nesting deeper than {} levels (the most parley reads)", kMaxNestingDepth);
    return false;
  }
  bool Shallower() {
    --depth_;
    return true;
  }

  int depth_ = 0;
  std::size_t position_ = 0;
  std::string message_;
};

// Fails with the line of the first JSON syntax error.
Status CheckJsonSyntax(std::string_view text, const std::string& path) {
  JsonChecker checker;
  bool ok = false;
  try {
    ok = nlohmann::json::sax_parse(text, &checker);
  } catch (const nlohmann::json::exception& error) {  // not expected with a SAX handler
    return InvalidInput(fmt::format("malformed JSON: {}", error.what()), path, 0);
  }
  if (ok) return Ok();
  const std::size_t end = std::min<std::size_t>(checker.position(), text.size());
  const std::string_view before = text.substr(0, end == 0 ? 0 : end - 1);
  const int line = 1 + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
  return InvalidInput(checker.message(), path, line);
}

// The format a file's name (and, for .csv, its first data line) says.
Result<ScenarioFormat> FormatOf(const std::string& path, std::string_view text) {
  if (EndsWith(path, ".yaml") || EndsWith(path, ".yml")) return ScenarioFormat::kYaml;
  if (EndsWith(path, ".json")) return ScenarioFormat::kJson;
  if (EndsWith(path, ".xml")) return ScenarioFormat::kKtabXml;
  if (EndsWith(path, ".csv")) {
    if (FirstDataLine(text).rfind("issue_id,", 0) == 0) return ScenarioFormat::kDeuCsv;
    if (IsActorCsvHeader(FirstDataLine(text))) return ScenarioFormat::kActorCsv;
    return ScenarioFormat::kKtabCsv;
  }
  return MakeError(ErrorCode::kInvalidArgument,
                   "cannot tell the format from the file name (use .yaml, .json, .csv or .xml, "
                   "or --input-format)",
                   path);
}

// Parses text already read from `path` in `format`.
Result<Scenario> ParseAs(const std::string& path, std::string_view text, ScenarioFormat format) {
  switch (format) {
    case ScenarioFormat::kYaml:
      return ParseScenarioText(text, path);
    case ScenarioFormat::kJson:
      return ParseScenarioJson(text, path);
    case ScenarioFormat::kKtabCsv:
      return ParseKtabCsv(text, path);
    case ScenarioFormat::kKtabXml:
      return ParseKtabXml(text, path);
    case ScenarioFormat::kDeuCsv:
      return ParseDeuCsv(text, path);
    case ScenarioFormat::kActorCsv:
      return ParseActorCsv(text, path);
  }
  return MakeError(ErrorCode::kInternal, "unhandled scenario format");
}

}  // namespace

std::string_view ToString(ScenarioFormat format) { return NameOf(kFormatNames, format); }

Result<ScenarioFormat> ScenarioFormatFromString(std::string_view text) {
  if (auto format = ValueOf(kFormatNames, text)) return *format;
  return InvalidArgument(
      fmt::format("unknown scenario format '{}' (allowed: {})", text, AllowedNames(kFormatNames)));
}

Result<ScenarioFormat> DetectScenarioFormat(const std::string& path) {
  if (EndsWith(path, ".csv")) {
    auto text = ReadTextFile(path);
    if (!text) return tl::unexpected(text.error());
    return FormatOf(path, *text);
  }
  return FormatOf(path, "");
}

Result<Scenario> ParseScenarioJson(std::string_view text, const std::string& file) {
  // yaml-cpp would also take YAML-isms such as trailing commas: JSON text
  // must be JSON. UTF-8 first: nlohmann would report a bad byte less clearly.
  if (auto raw = CheckRawInput(text, file); !raw) return tl::unexpected(raw.error());
  if (auto syntax = CheckJsonSyntax(text, file); !syntax) return tl::unexpected(syntax.error());
  return ParseScenarioText(text, file);
}

Result<Scenario> LoadScenario(const std::string& path, ScenarioFormat format) {
  auto text = ReadTextFile(path);
  if (!text) return tl::unexpected(text.error());
  return ParseAs(path, *text, format);
}

// Reads the file once: the format comes from its name and, for .csv, its text.
Result<Scenario> LoadScenario(const std::string& path) {
  if (auto known = FormatOf(path, ""); !known && !EndsWith(path, ".csv")) {
    return tl::unexpected(known.error());
  }
  auto text = ReadTextFile(path);
  if (!text) return tl::unexpected(text.error());
  auto format = FormatOf(path, *text);
  if (!format) return tl::unexpected(format.error());
  return ParseAs(path, *text, *format);
}

}  // namespace parley
