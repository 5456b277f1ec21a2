// Internal: a number as error messages and notes print it.
#pragma once

#include <fmt/format.h>

#include <string>

namespace parley {

// The shortest general form ("{:g}", six significant digits): 0.35, 1e+300,
// 60. Messages quote inputs with it; results keep full precision elsewhere.
inline std::string NumberText(double value) { return fmt::format("{:g}", value); }

}  // namespace parley
