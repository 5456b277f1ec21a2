// Text parsing for model options (model_builder.h).
#include "parley/model_builder.h"

#include <cmath>
#include <cstdlib>
#include <string>

namespace parley::model_builder_detail {

Result<double> ParseNumber(std::string_view text) {
  const std::string copy(text);
  char* end = nullptr;
  const double value = std::strtod(copy.c_str(), &end);
  if (copy.empty() || end != copy.c_str() + copy.size() || !std::isfinite(value)) {
    return InvalidArgument(fmt::format("'{}' is not a finite number", text));
  }
  return value;
}

Result<bool> ParseFlag(std::string_view text) {
  if (text == "true" || text == "1" || text == "yes" || text == "on") return true;
  if (text == "false" || text == "0" || text == "no" || text == "off") return false;
  return InvalidArgument(fmt::format("'{}' is not true or false", text));
}

tl::unexpected<Error> OutOfRange(std::string_view model, std::string_view option,
                                 std::string_view value, std::string_view range) {
  Error error;
  error.code = ErrorCode::kInvalidArgument;
  error.message = fmt::format("{}.{} '{}' outside {}", model, option, value, range);
  error.field = fmt::format("{}.{}", model, option);
  return tl::unexpected<Error>(std::move(error));
}

std::string FormatNumber(double value) { return fmt::format("{}", value); }

}  // namespace parley::model_builder_detail
