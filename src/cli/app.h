// Internal: the `parley` command-line program as a function, so tests can run it.
#pragma once

#include <ostream>

namespace parley::cli {

// Runs parley with argv; writes output to `out` and messages to `err`.
// Returns the exit code: 0 ok, 1 bad data, 2 bad usage.
int Run(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

}  // namespace parley::cli
