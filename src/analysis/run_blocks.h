// Internal: the runs of a Monte Carlo job computed in blocks on a pool, with
// the stop flag polled, progress reported and a failing run's error kept
// between blocks (monte_carlo.cpp).
#pragma once

#include <atomic>
#include <cstddef>
#include <functional>
#include <mutex>
#include <optional>

#include "parley/monte_carlo.h"
#include "parley/result.h"
#include "parley/thread_pool.h"

namespace parley {

// The error of the lowest-numbered run that failed, whichever thread saw it
// first: every run of a block runs, so the error returned does not depend on
// the thread count. Runs rarely fail, so the lock is rarely taken; keeping one
// error instead of a slot per run saves the engine an array as long as the job.
class FirstFailure {
 public:
  void Record(std::size_t run, const Error& error);
  bool Failed() const { return failed_.load(std::memory_order_acquire); }
  // The error kept. REQUIRES: Failed().
  Error Take();

 private:
  std::mutex mutex_;
  std::atomic<bool> failed_{false};
  std::optional<std::size_t> run_;
  std::optional<Error> error_;
};

// Runs of the job: computes runs [first, last) on pool thread `thread`,
// recording an error, if any, in `failure`.
using BlockRuns =
    std::function<void(std::size_t first, std::size_t last, int thread, FirstFailure& failure)>;

// Calls run_chunk on chunks that together cover [first, last) once, on `pool`
// (inline when null),
// in blocks that start at 256 runs and grow (up to 16 times at a step) to what
// the last block's pace fits in 20 ms, so a progress line moves every few
// hundredths of a second and the pool's threads meet rarely. Between blocks:
// the first failing run's error ends the job; options.stop ends it with
// kCancelled; options.progress hears how many runs of the job (counted from 0)
// are done.
Status RunInBlocks(std::size_t first, std::size_t last, const MonteCarloOptions& options,
                   ThreadPool* pool, const BlockRuns& run_chunk);

}  // namespace parley
