// Internal: a small RFC 4180 CSV reader that keeps line numbers for error
// messages. Handles quoted fields (with "" escapes and embedded newlines),
// CRLF, a UTF-8 byte-order mark, and '#' comment lines (as the reference files use).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "parley/result.h"

namespace parley::csv {

struct Row {
  int line = 0;  // 1-based line where the row starts
  std::vector<std::string> fields;
};

struct Options {
  char delimiter = ',';
  bool skip_comment_lines = true;  // lines whose first character is '#'
  bool skip_blank_lines = true;
};

// Splits `text` into rows. Fails on an unterminated quoted field.
Result<std::vector<Row>> Parse(std::string_view text, const std::string& file,
                               const Options& options = {});

// A field as RFC 4180 writes it: quoted (with "" for ") when it holds a
// comma, a quote or a line break; as it is otherwise.
std::string Quote(std::string_view field);

// Trims ASCII white space at both ends.
std::string Trim(std::string_view text);

// ASCII letters in lower case ("Position" -> "position"), for header names.
std::string Lower(std::string text);

// Parses a whole field as a finite double ("12", " 3.5 ", "1e2"). Fails on
// empty text, trailing garbage, NaN, infinities and overflow ("1e400",
// "outside the allowed range"); subnormals such as 5e-324 are numbers.
Result<double> ParseNumber(std::string_view text);
// The predicate of a ParseNumber error without the quoted text: "is not a
// number", "is outside the allowed range of numbers (...)".
std::string NumberProblem(const Error& error);

}  // namespace parley::csv
