// Ctrl-C for long runs (interrupt.h).
#include "cli/interrupt.h"

#include <csignal>

namespace parley::cli {
namespace {

// A signal handler can only reach static storage; lock-free, so safe to set there.
std::atomic<bool> interrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free);

extern "C" void OnInterrupt(int /*signal*/) {
  interrupted.store(true);
  std::signal(SIGINT, SIG_DFL);  // a second Ctrl-C ends the process
}

}  // namespace

const std::atomic<bool>* WatchInterrupts() {
  static const bool installed = [] {
    std::signal(SIGINT, OnInterrupt);
    return true;
  }();
  (void)installed;
  return &interrupted;
}

}  // namespace parley::cli
