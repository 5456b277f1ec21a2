// Internal: the `parley` command-line program as a function, so tests can run it.
#pragma once

#include <ostream>

#include "parley/model.h"

namespace parley::cli {

// Runs parley with argv; writes output to `out` and messages to `err`.
// Returns the exit code: 0 ok, 1 bad data, 2 bad usage. `models` are the
// models every command can run (tests add their own to the built-in ones).
int Run(int argc, const char* const* argv, std::ostream& out, std::ostream& err,
        const ModelRegistry& models = BuiltinModels());

}  // namespace parley::cli
