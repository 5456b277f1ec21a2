#include "parley/thread_pool.h"

#include <algorithm>
#include <chrono>

namespace parley {

namespace {

// How long a thread spins for the next round (a helper) or for the helpers'
// last chunks (the calling thread) before it sleeps: longer than the serial
// steps between a Monte Carlo's rounds, short enough not to matter on a busy
// machine.
constexpr std::chrono::microseconds kSpin{250};

// Yields rather than pauses: on a machine busy with other work, the thread
// that the spinner waits for may be waiting for this very core.
void Relax() { std::this_thread::yield(); }

// Spins until done() holds or kSpin has passed; whether done() held.
template <typename Done>
bool SpinUntil(Done done) {
  const auto until = std::chrono::steady_clock::now() + kSpin;
  for (unsigned spins = 1;; ++spins) {
    if (done()) return true;
    Relax();
    if (spins % 8 == 0 && std::chrono::steady_clock::now() >= until) return done();
  }
}

}  // namespace

ThreadPool::ThreadPool(int threads) {
  for (int thread = 1; thread < threads; ++thread) {
    helpers_.emplace_back([this, thread] { HelperLoop(thread); });
  }
}

ThreadPool::~ThreadPool() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_.store(true, std::memory_order_relaxed);
  }
  work_ready_.notify_all();
  for (std::thread& helper : helpers_) helper.join();
}

// Takes chunks of a quarter of the indices left per thread (at least one)
// until none are left: 7 indices on 2 threads go out one by one, 1000 as
// 125, 109, 95, ... and a last few ones.
void ThreadPool::Drain(int thread, const ChunkTask& task) {
  const std::size_t parts = 4 * static_cast<std::size_t>(ThreadCount());
  std::size_t first = next_index_.load(std::memory_order_relaxed);
  for (;;) {
    if (first >= count_) return;
    const std::size_t chunk = std::max<std::size_t>(1, (count_ - first) / parts);
    if (!next_index_.compare_exchange_weak(first, first + chunk, std::memory_order_relaxed)) {
      continue;  // `first` now holds the counter's current value
    }
    task(first, first + chunk, thread);
    first = next_index_.load(std::memory_order_relaxed);
  }
}

// A helper joins a round only while it is open; the calling thread closes it
// once it has run out of indices, so it never waits for a helper that the
// scheduler has not woken yet (the machine may be busy with other work).
void ThreadPool::HelperLoop(int thread) {
  std::size_t seen_generation = 0;
  for (;;) {
    SpinUntil([&] {
      return stopping_.load(std::memory_order_relaxed) ||
             generation_.load(std::memory_order_relaxed) != seen_generation;
    });
    {
      std::unique_lock<std::mutex> lock(mutex_);
      work_ready_.wait(lock, [&] {
        return stopping_.load(std::memory_order_relaxed) ||
               generation_.load(std::memory_order_relaxed) != seen_generation;
      });
      if (stopping_.load(std::memory_order_relaxed)) return;
      seen_generation = generation_.load(std::memory_order_relaxed);
      if (each_task_ != nullptr) {
        const std::function<void(int)>* task = each_task_;
        lock.unlock();
        RunOnce(*task, thread);
        continue;
      }
      if (!open_) continue;
      active_helpers_.fetch_add(1, std::memory_order_relaxed);
    }
    // The helper's own copy of the task: the caller's, on its stack or among
    // its small allocations, may share a cache line with what the caller
    // writes in every call, and reading it there stalls the helper on each
    // index (measured: compromise on 40 actors, 1,000 draws on two threads,
    // 0.77 to 0.71 ms an analysis, side by side).
    const ChunkTask task = *task_;
    Drain(thread, task);
    // Release: the calling thread, seeing the count reach zero, sees the outputs.
    if (active_helpers_.fetch_sub(1, std::memory_order_acq_rel) == 1) {
      std::lock_guard<std::mutex> lock(mutex_);  // the caller checks and sleeps under it
      work_done_.notify_one();
    }
  }
}

// A helper's call of OnEachThread's task; the last one wakes the caller.
void ThreadPool::RunOnce(const std::function<void(int)>& task, int thread) {
  task(thread);
  if (each_pending_.fetch_sub(1, std::memory_order_acq_rel) == 1) {
    std::lock_guard<std::mutex> lock(mutex_);  // the caller checks and sleeps under it
    work_done_.notify_one();
  }
}

// Every helper sees the new generation with each_task_ set: OnEachThread
// waits for all of them before another round can begin, so none can miss it.
void ThreadPool::OnEachThread(const std::function<void(int)>& task) {
  if (helpers_.empty()) {
    task(0);
    return;
  }
  {
    std::lock_guard<std::mutex> lock(mutex_);
    each_task_ = &task;
    each_pending_.store(helpers_.size(), std::memory_order_relaxed);
    generation_.fetch_add(1, std::memory_order_relaxed);
  }
  work_ready_.notify_all();
  task(0);
  const auto finished = [&] { return each_pending_.load(std::memory_order_acquire) == 0; };
  if (!SpinUntil(finished)) {
    std::unique_lock<std::mutex> lock(mutex_);
    work_done_.wait(lock, finished);
  }
  std::lock_guard<std::mutex> lock(mutex_);
  each_task_ = nullptr;
}

void ThreadPool::ForEach(std::size_t count, const std::function<void(std::size_t, int)>& task) {
  if (helpers_.empty() || count < 2) {
    for (std::size_t index = 0; index < count; ++index) task(index, 0);
    return;
  }
  // `task` by value: each helper then runs its own copy (HelperLoop).
  ForEachChunk(count, [task](std::size_t first, std::size_t last, int thread) {
    for (std::size_t index = first; index < last; ++index) task(index, thread);
  });
}

void ThreadPool::ForEachChunk(std::size_t count, const ChunkTask& task) {
  if (count == 0) return;
  if (helpers_.empty() || count < 2) {
    task(0, count, 0);
    return;
  }
  {
    std::lock_guard<std::mutex> lock(mutex_);
    task_ = &task;
    count_ = count;
    next_index_.store(0, std::memory_order_relaxed);
    open_ = true;
    generation_.fetch_add(1, std::memory_order_relaxed);
  }
  work_ready_.notify_all();
  Drain(0, task);
  {
    std::lock_guard<std::mutex> lock(mutex_);
    open_ = false;
  }
  const auto finished = [&] { return active_helpers_.load(std::memory_order_acquire) == 0; };
  if (!SpinUntil(finished)) {
    std::unique_lock<std::mutex> lock(mutex_);
    work_done_.wait(lock, finished);
  }
  task_ = nullptr;
}

}  // namespace parley
