// Internal: Ctrl-C for long runs. The first SIGINT sets a flag the run polls
// between blocks of work (it then returns ErrorCode::kCancelled and nothing is
// written); a second SIGINT ends the process at once, as usual.
#pragma once

#include <atomic>

namespace parley::cli {

// Installs the handler (once) and returns the flag it sets.
const std::atomic<bool>* WatchInterrupts();

}  // namespace parley::cli
