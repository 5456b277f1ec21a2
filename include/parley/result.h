// Errors as values. Every fallible library call returns Result<T>: either a
// value or an Error that says what is wrong, where (file, line, field) and,
// through the message, which actor and what range is allowed. The library
// never prints or exits; the CLI maps ErrorCode to an exit status.
#pragma once

#include <string>
#include <tl/expected.hpp>
#include <utility>

namespace parley {

enum class ErrorCode {
  kInvalidInput,     // the data is wrong: a file, a scenario value, an input column
  kInvalidArgument,  // the request is wrong: an unknown option, a value out of range, a bad
                     // combination of options
  kNotFound,         // a named file, scenario, model, actor or issue does not exist
  kIo,               // reading or writing failed
  kNotSupported,     // a valid request this version or this model cannot do
  kInternal,         // a broken invariant; a bug in parley
  kCancelled,        // the caller stopped a long run (Ctrl-C); nothing was written
};
// Only the CLI turns codes into exit statuses (kInvalidArgument 2, the rest 1).

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;  // what is wrong, naming the value, actor and allowed range
  std::string file;     // empty when the error is not tied to a file
  int line = 0;         // 1-based; 0 when unknown
  std::string field;    // the offending field, e.g. "salience"; may be empty

  // Compiler-style text: "file:line: message" (parts that are unknown are left out).
  std::string ToString() const;
};

template <typename T>
using Result = tl::expected<T, Error>;

// Builds the unexpected value for a failed Result<T>.
tl::unexpected<Error> MakeError(ErrorCode code, std::string message, std::string file = {},
                                int line = 0, std::string field = {});

// Shorthand for the most common error: bad input data.
inline tl::unexpected<Error> InvalidInput(std::string message, std::string file = {}, int line = 0,
                                          std::string field = {}) {
  return MakeError(ErrorCode::kInvalidInput, std::move(message), std::move(file), line,
                   std::move(field));
}

inline tl::unexpected<Error> InvalidArgument(std::string message) {
  return MakeError(ErrorCode::kInvalidArgument, std::move(message));
}

// Result<void> is spelled Status for readability.
using Status = Result<void>;
inline Status Ok() { return {}; }

}  // namespace parley
