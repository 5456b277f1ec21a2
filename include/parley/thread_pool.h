// A small fork-join pool of worker threads, shared by every model run that
// wants one (RunContext::pool): start it once, run thousands of models on it.
// ForEach hands out contiguous chunks of indices, large at first and smaller
// towards the end (a quarter of what is left per thread), so threads rarely
// touch the shared counter or each other's outputs, and finish together; every
// index writes only its own outputs, so results never depend on the number of
// threads or on scheduling. After a round, the helpers wait a quarter of a
// millisecond spinning before they sleep, and so does the calling thread for
// helpers still at work: a model run can take under a microsecond, and waking
// a sleeping thread can take tens.
//
// Thread-safety: ForEach is not reentrant. A task running inside ForEach must
// not call ForEach on the same pool (a Monte Carlo loop that runs models in
// parallel gives each model run a context without a pool).
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace parley {

class ThreadPool {
 public:
  // `threads` >= 1 counts the calling thread: threads - 1 helpers are started.
  explicit ThreadPool(int threads);
  ~ThreadPool();
  ThreadPool(const ThreadPool&) = delete;
  ThreadPool& operator=(const ThreadPool&) = delete;

  int ThreadCount() const { return static_cast<int>(helpers_.size()) + 1; }

  // Calls task(index, thread) for every index in [0, count) exactly once and
  // returns when all calls are done. `thread` in [0, ThreadCount()) identifies
  // per-thread scratch. Runs inline when there is one thread or one index.
  // Not reentrant.
  void ForEach(std::size_t count, const std::function<void(std::size_t, int)>& task);

  // As ForEach, with task(first, last, thread) called once for each chunk
  // [first, last) of indices that a thread takes (the whole range when it runs
  // inline): for work of well under a microsecond an index, whose per-index
  // call would weigh, and for state a thread sets up once for a chunk.
  using ChunkTask = std::function<void(std::size_t first, std::size_t last, int thread)>;
  void ForEachChunk(std::size_t count, const ChunkTask& task);

  // Calls task(thread) once on each of the pool's threads, the calling thread
  // being thread 0, and returns when all calls are done: waking a sleeping
  // helper if need be, unlike ForEach. For per-thread state that its own
  // thread should make or free: memory one thread frees for another goes to
  // the freeing thread's allocator cache, and that thread's next allocations
  // then sit beside the other's, on cache lines both write. Not reentrant.
  void OnEachThread(const std::function<void(int)>& task);

 private:
  void HelperLoop(int thread);
  void Drain(int thread, const ChunkTask& task);
  void RunOnce(const std::function<void(int)>& task, int thread);

  std::vector<std::thread> helpers_;
  std::mutex mutex_;
  std::condition_variable work_ready_;
  std::condition_variable work_done_;
  const ChunkTask* task_ = nullptr;
  std::size_t count_ = 0;
  // The next index to hand out, on a cache line of its own.
  alignas(64) std::atomic<std::size_t> next_index_{0};
  alignas(64) std::atomic<std::size_t> generation_{0};   // written under mutex_
  std::atomic<int> active_helpers_{0};                   // helpers inside the current round
  std::atomic<bool> stopping_{false};                    // written under mutex_
  const std::function<void(int)>* each_task_ = nullptr;  // set during OnEachThread
  std::atomic<std::size_t> each_pending_{0};             // helpers yet to run each_task_
  bool open_ = false;  // whether helpers may still join the current round
};

}  // namespace parley
