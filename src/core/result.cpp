#include "parley/result.h"

#include <fmt/format.h>

namespace parley {

std::string Error::ToString() const {
  if (file.empty()) return message;
  if (line <= 0) return fmt::format("{}: {}", file, message);
  return fmt::format("{}:{}: {}", file, line, message);
}

tl::unexpected<Error> MakeError(ErrorCode code, std::string message, std::string file, int line,
                                std::string field) {
  return tl::unexpected<Error>(
      Error{code, std::move(message), std::move(file), line, std::move(field)});
}

}  // namespace parley
