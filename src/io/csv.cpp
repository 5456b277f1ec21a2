#include "io/csv.h"

#include <fmt/format.h>

#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdlib>

namespace parley::csv {
namespace {

bool IsBlank(const Row& row) {
  for (const std::string& field : row.fields) {
    if (!Trim(field).empty()) return false;
  }
  return true;
}

}  // namespace

std::string Quote(std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(field);
  std::string quoted = "\"";
  for (char c : field) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

std::string Trim(std::string_view text) {
  const char* spaces = " \t\r\n";
  const auto first = text.find_first_not_of(spaces);
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(spaces);
  return std::string(text.substr(first, last - first + 1));
}

std::string Lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

Result<double> ParseNumber(std::string_view text) {
  const std::string trimmed = Trim(text);
  if (trimmed.empty()) return InvalidInput("'' is empty where a number is expected");
  errno = 0;
  char* end = nullptr;
  const double value = std::strtod(trimmed.c_str(), &end);
  if (end != trimmed.c_str() + trimmed.size()) {
    return InvalidInput(fmt::format("'{}' is not a number", trimmed));
  }
  // ERANGE with a huge result is overflow; with a tiny one (a subnormal such as
  // 5e-324, or 1e-400 rounded to 0) the number is finite and kept as strtod rounds it.
  if (errno == ERANGE && std::fabs(value) > 1.0) {
    return InvalidInput(
        fmt::format("'{}' is outside the allowed range of numbers (magnitude at "
                    "most 1.8e308)",
                    trimmed));
  }
  if (!std::isfinite(value))
    return InvalidInput(fmt::format("'{}' is not a finite number", trimmed));
  return value;
}

std::string NumberProblem(const Error& error) {
  const std::size_t at = error.message.rfind("' is ");
  return at == std::string::npos ? error.message : error.message.substr(at + 2);
}

Result<std::vector<Row>> Parse(std::string_view text, const std::string& file,
                               const Options& options) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::vector<Row> rows;
  Row row;
  std::string field;
  int line = 1;
  row.line = 1;
  bool in_quotes = false, at_line_start = true, quote_line_set = false;
  int quote_line = 0;
  auto finish_row = [&] {
    row.fields.push_back(std::move(field));
    field.clear();
    if (!(options.skip_blank_lines && IsBlank(row))) rows.push_back(std::move(row));
    row = Row{};
  };
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    const char c = text[pos];
    if (at_line_start && !in_quotes && options.skip_comment_lines && c == '#') {
      const auto newline = text.find('\n', pos);
      pos = newline == std::string_view::npos ? text.size() : newline;
      ++line;
      continue;
    }
    if (at_line_start) row.line = line;
    at_line_start = false;
    if (in_quotes) {
      if (c == '"' && pos + 1 < text.size() && text[pos + 1] == '"') {
        field += '"';
        ++pos;
      } else if (c == '"') {
        in_quotes = false;
      } else {
        if (c == '\n') ++line;
        field += c;
      }
    } else if (c == '"') {
      in_quotes = true;
      quote_line = line;
      quote_line_set = true;
    } else if (c == options.delimiter) {
      row.fields.push_back(std::move(field));
      field.clear();
    } else if (c == '\n') {
      if (!field.empty() && field.back() == '\r') field.pop_back();
      finish_row();
      ++line;
      at_line_start = true;
    } else {
      field += c;
    }
  }
  if (in_quotes) {
    return InvalidInput("unterminated quoted field", file, quote_line_set ? quote_line : line);
  }
  if (!at_line_start) {
    if (!field.empty() && field.back() == '\r') field.pop_back();
    finish_row();
  }
  return rows;
}

}  // namespace parley::csv
