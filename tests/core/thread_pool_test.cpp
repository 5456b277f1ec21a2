// ThreadPool::ForEach hands out chunks of indices: whatever the chunking and
// the thread count, every index is called exactly once, each call names a
// thread of the pool, and a pool survives many rounds back to back (the
// helpers spin between them) and rounds with fewer indices than threads.
// ForEachChunk's chunks cover the indices once. OnEachThread calls each
// thread number once, each on a thread of its own
// (0 on the caller's), sleeping helpers included.
#include "parley/thread_pool.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <cstddef>
#include <set>
#include <thread>
#include <utility>
#include <vector>

namespace parley::thread_pool_test {
namespace {

// Calls per index of one ForEach over `count` indices on `threads` threads.
std::vector<int> CallsPerIndex(ThreadPool& pool, std::size_t count) {
  std::vector<std::atomic<int>> calls(count);
  pool.ForEach(count, [&](std::size_t index, int thread) {
    EXPECT_GE(thread, 0);
    EXPECT_LT(thread, pool.ThreadCount());
    calls[index].fetch_add(1, std::memory_order_relaxed);
  });
  std::vector<int> counts;
  for (const std::atomic<int>& call : calls) counts.push_back(call.load());
  return counts;
}

TEST(ThreadPool, ForEachCallsEveryIndexExactlyOnceOnOneTwoAndThreeThreads) {
  for (int threads : {1, 2, 3}) {
    ThreadPool pool(threads);
    for (std::size_t count : {0u, 1u, 7u, 1000u}) {
      const std::vector<int> calls = CallsPerIndex(pool, count);
      ASSERT_EQ(calls.size(), count);
      for (std::size_t index = 0; index < count; ++index) {
        EXPECT_EQ(calls[index], 1)
            << "index " << index << " of " << count << " on " << threads << " threads";
      }
    }
  }
}

// 1,000 indices on 3 threads go out as chunks of a quarter of what is left
// per thread (ThreadPool::Drain): 83 first (1,000 / 12), so no chunk is
// larger, the chunks never overlap and they cover every index once; on one
// thread the whole range is one chunk.
TEST(ThreadPool, ForEachChunkCoversEveryIndexOnceInChunksOfAtMostATwelfthOnThreeThreads) {
  ThreadPool pool(3);
  std::vector<std::atomic<int>> calls(1000);
  std::atomic<std::size_t> largest{0};
  pool.ForEachChunk(calls.size(), [&](std::size_t first, std::size_t last, int thread) {
    EXPECT_LT(first, last);
    EXPECT_LT(thread, 3);
    std::size_t seen = largest.load();
    while (last - first > seen && !largest.compare_exchange_weak(seen, last - first)) {
    }
    for (std::size_t index = first; index < last; ++index) calls[index].fetch_add(1);
  });
  for (std::size_t index = 0; index < calls.size(); ++index) EXPECT_EQ(calls[index].load(), 1);
  EXPECT_EQ(largest.load(), 83u);
  ThreadPool one(1);
  std::vector<std::pair<std::size_t, std::size_t>> chunks;
  one.ForEachChunk(
      1000, [&](std::size_t first, std::size_t last, int) { chunks.emplace_back(first, last); });
  EXPECT_EQ(chunks, (std::vector<std::pair<std::size_t, std::size_t>>{{0, 1000}}));
}

TEST(ThreadPool, ManyRoundsBackToBackEachCoverEveryIndexOnce) {
  ThreadPool pool(2);
  // 2,000 rounds of 1 to 40 indices: rounds follow each other faster than a
  // helper falls asleep, and some end before a helper joins them.
  long long total = 0;
  for (std::size_t round = 0; round < 2000; ++round) {
    const std::size_t count = 1 + round % 40;
    std::atomic<long long> sum{0};
    pool.ForEach(count, [&](std::size_t index, int) {
      sum.fetch_add(static_cast<long long>(index) + 1, std::memory_order_relaxed);
    });
    // 1 + 2 + ... + count.
    EXPECT_EQ(sum.load(), static_cast<long long>(count * (count + 1) / 2)) << "round " << round;
    total += sum.load();
  }
  // Per 40 rounds, counts 1..40 give sum over c of c(c+1)/2 = 40*41*42/6 = 11,480; 50 such runs.
  EXPECT_EQ(total, 50LL * 11480);
}

TEST(ThreadPool, EachIndexWritesItsOwnSlotWhateverTheThreadCount) {
  std::vector<std::vector<double>> results;
  for (int threads : {1, 2, 3}) {
    ThreadPool pool(threads);
    std::vector<double> slots(1000);
    pool.ForEach(slots.size(),
                 [&](std::size_t index, int) { slots[index] = 0.5 * static_cast<double>(index); });
    results.push_back(slots);
  }
  EXPECT_EQ(results[0], results[1]);
  EXPECT_EQ(results[0], results[2]);
  EXPECT_DOUBLE_EQ(results[2][999], 499.5);
}

TEST(ThreadPool, OnEachThreadCallsEveryThreadNumberOnceOnAThreadOfItsOwn) {
  for (int threads : {1, 2, 3}) {
    ThreadPool pool(threads);
    const std::size_t count = static_cast<std::size_t>(threads);
    std::vector<int> calls(count, 0);
    std::vector<std::thread::id> seen(count);
    pool.OnEachThread([&](int thread) {
      calls[static_cast<std::size_t>(thread)] += 1;  // one call per number: no race
      seen[static_cast<std::size_t>(thread)] = std::this_thread::get_id();
    });
    for (std::size_t thread = 0; thread < count; ++thread) {
      EXPECT_EQ(calls[thread], 1) << "thread " << thread << " of " << threads;
    }
    EXPECT_EQ(seen[0], std::this_thread::get_id()) << "thread 0 is the caller";
    EXPECT_EQ(std::set<std::thread::id>(seen.begin(), seen.end()).size(), count)
        << "each number on its own thread";
  }
}

TEST(ThreadPool, OnEachThreadWakesHelpersThatFellAsleep) {
  ThreadPool pool(3);
  // Helpers spin a quarter of a millisecond, then sleep.
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  std::atomic<int> calls{0};
  pool.OnEachThread([&](int) { calls.fetch_add(1); });
  EXPECT_EQ(calls.load(), 3);
  // The pool still runs rounds afterwards.
  const std::vector<int> after = CallsPerIndex(pool, 100);
  for (int call : after) EXPECT_EQ(call, 1);
}

}  // namespace
}  // namespace parley::thread_pool_test
