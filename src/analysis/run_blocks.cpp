#include "analysis/run_blocks.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>

namespace parley {
namespace {

constexpr std::size_t kFirstBlock = 256;
constexpr std::size_t kLargestBlock = 65536;
constexpr std::chrono::duration<double> kBlockTime = std::chrono::milliseconds(20);
// The most a block grows over the last one.
constexpr double kLargestGrowth = 16.0;

// The block after one of `block` runs that took `took`: as many runs as the
// last one's pace fits in kBlockTime, between `block` and kLargestGrowth times
// it (compromise on 10 actors: 256 runs in 0.05 ms, then 4,096, so 1,000
// draws meet the pool's threads twice instead of three times; smp on 40
// actors: 256 runs in about 0.7 s on two threads, then 256 again).
std::size_t NextBlock(std::size_t block, std::chrono::duration<double> took) {
  const double growth =
      took.count() > 0 ? std::clamp(kBlockTime / took, 1.0, kLargestGrowth) : kLargestGrowth;
  return std::min(static_cast<std::size_t>(growth * static_cast<double>(block)), kLargestBlock);
}

}  // namespace

void FirstFailure::Record(std::size_t run, const Error& error) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (run_ && *run_ < run) return;
  run_ = run;
  error_ = error;
  failed_.store(true, std::memory_order_release);
}

Error FirstFailure::Take() {
  std::lock_guard<std::mutex> lock(mutex_);
  return *error_;
}

Status RunInBlocks(std::size_t first, std::size_t last, const MonteCarloOptions& options,
                   ThreadPool* pool, const BlockRuns& run_chunk) {
  FirstFailure failure;
  std::size_t block = kFirstBlock;
  for (std::size_t start = first; start < last;) {
    if (options.stop != nullptr && options.stop->load()) {
      return MakeError(ErrorCode::kCancelled,
                       fmt::format("stopped after {} of {} draws", start, options.runs));
    }
    const std::size_t count = std::min(block, last - start);
    const auto began = std::chrono::steady_clock::now();
    // By value: a helper runs its own copy of the task (ThreadPool::Drain),
    // so that it reads nothing beside what this thread writes in every run.
    const ThreadPool::ChunkTask task =
        [&failure, start, run_chunk](std::size_t chunk_first, std::size_t chunk_last, int thread) {
          run_chunk(start + chunk_first, start + chunk_last, thread, failure);
        };
    if (pool != nullptr) {
      pool->ForEachChunk(count, task);
    } else {
      task(0, count, 0);
    }
    if (failure.Failed()) return tl::unexpected(failure.Take());
    start += count;
    if (options.progress) options.progress(start);
    block = NextBlock(block, std::chrono::steady_clock::now() - began);
  }
  return Ok();
}

}  // namespace parley
