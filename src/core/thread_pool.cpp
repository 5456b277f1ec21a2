#include "parley/thread_pool.h"

namespace parley {

ThreadPool::ThreadPool(int threads) {
  for (int thread = 1; thread < threads; ++thread) {
    helpers_.emplace_back([this, thread] { HelperLoop(thread); });
  }
}

ThreadPool::~ThreadPool() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  work_ready_.notify_all();
  for (std::thread& helper : helpers_) helper.join();
}

void ThreadPool::Drain(int thread) {
  for (;;) {
    const std::size_t index = next_index_.fetch_add(1, std::memory_order_relaxed);
    if (index >= count_) return;
    (*task_)(index, thread);
  }
}

// A helper joins a round only while it is open; the calling thread closes it
// once it has run out of indices, so it never waits for a helper that the
// scheduler has not woken yet (the machine may be busy with other work).
void ThreadPool::HelperLoop(int thread) {
  std::size_t seen_generation = 0;
  for (;;) {
    {
      std::unique_lock<std::mutex> lock(mutex_);
      work_ready_.wait(lock, [&] { return stopping_ || generation_ != seen_generation; });
      if (stopping_) return;
      seen_generation = generation_;
      if (!open_) continue;
      ++active_helpers_;
    }
    Drain(thread);
    bool last = false;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      last = --active_helpers_ == 0;
    }
    if (last) work_done_.notify_one();
  }
}

void ThreadPool::ForEach(std::size_t count, const std::function<void(std::size_t, int)>& task) {
  if (helpers_.empty() || count < 2) {
    for (std::size_t index = 0; index < count; ++index) task(index, 0);
    return;
  }
  {
    std::lock_guard<std::mutex> lock(mutex_);
    task_ = &task;
    count_ = count;
    next_index_.store(0, std::memory_order_relaxed);
    open_ = true;
    ++generation_;
  }
  work_ready_.notify_all();
  Drain(0);
  std::unique_lock<std::mutex> lock(mutex_);
  open_ = false;
  work_done_.wait(lock, [&] { return active_helpers_ == 0; });
  task_ = nullptr;
}

}  // namespace parley
