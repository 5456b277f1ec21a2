// A small fork-join pool of worker threads, shared by every model run that
// wants one (RunContext::pool): start it once, run thousands of models on it.
// ForEach hands out indices one at a time; every index writes only its own
// outputs, so results never depend on the number of threads or on scheduling.
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

  // Calls task(index, thread) for every index in [0, count) and returns when all
  // calls are done. `thread` in [0, ThreadCount()) identifies per-thread scratch.
  // Runs inline when there is one thread or one index. Not reentrant.
  void ForEach(std::size_t count, const std::function<void(std::size_t, int)>& task);

 private:
  void HelperLoop(int thread);
  void Drain(int thread);

  std::vector<std::thread> helpers_;
  std::mutex mutex_;
  std::condition_variable work_ready_;
  std::condition_variable work_done_;
  const std::function<void(std::size_t, int)>* task_ = nullptr;
  std::size_t count_ = 0;
  std::atomic<std::size_t> next_index_{0};
  std::size_t generation_ = 0;
  int active_helpers_ = 0;  // helpers inside the current round
  bool open_ = false;       // whether helpers may still join the current round
  bool stopping_ = false;
};

}  // namespace parley
