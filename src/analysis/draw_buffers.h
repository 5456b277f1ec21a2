// Internal: one scenario per thread that draws write their values into, so a
// Monte Carlo or Sobol run copies the scenario at most once per thread instead
// of once per draw (the copy, with its names and sources, costs more than a
// run of the closed-form models), and the inputs' inverse CDFs prepared once
// per run of the engine (core/input_sampler.h) instead of once per value drawn.
#pragma once

#include <atomic>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "core/input_sampler.h"
#include "parley/draw_evaluation.h"
#include "parley/scenario.h"
#include "parley/thread_pool.h"
#include "parley/uncertainty.h"

namespace parley {

class DrawBuffers {
 public:
  // One buffer for each thread of `pool` (one when it is null), each equal to
  // `undrawn` (WithoutUncertainty(scenario)), for drawing `inputs` (of
  // ListUncertainInputs(scenario)). The calling thread takes `undrawn`
  // itself: every draw overwrites every input, so no pristine copy needs to
  // stay behind (at 160 actors a copy and the kernel's handling of its memory
  // cost 0.3 to 1 ms an analysis). Each helper makes its buffer on its
  // first draw, by itself, from `scenario`, which no thread writes: its
  // memory then comes from that helper's allocator arena and shares no cache
  // line with another thread's buffer (two threads writing their draws into
  // one line would stall each other on every run), and a helper that never
  // draws never copies. `scenario` must outlive the buffers.
  DrawBuffers(const Scenario& scenario, Scenario undrawn, const std::vector<UncertainInput>& inputs,
              ThreadPool* pool)
      : sampler_(inputs),
        source_(scenario),
        pool_(pool != nullptr && pool->ThreadCount() > 1 ? pool : nullptr),
        threads_(pool_ != nullptr ? static_cast<std::size_t>(pool_->ThreadCount()) : 1) {
    threads_[0].thread.emplace(Thread{std::move(undrawn), {}, {}});
  }

  // Each thread frees its own buffer, as it made it: freed by the calling
  // thread, a helper's buffer would go to the caller's allocator cache, and
  // the next analysis would lay the two threads' buffers out side by side.
  // Measured: compromise on 40 actors, 1,000 draws on two threads, took
  // either 0.61 or 0.80 ms an analysis from one process to the next, as the
  // layout fell; with the buffers freed where they were made, 0.64 to 0.66 ms. Only
  // when a helper drew: waking a sleeping one costs more than the rest.
  ~DrawBuffers() {
    if (pool_ == nullptr || !helper_drew_.load(std::memory_order_relaxed)) return;
    pool_->OnEachThread(
        [this](int thread) { threads_[static_cast<std::size_t>(thread)].thread.reset(); });
  }
  DrawBuffers(const DrawBuffers&) = delete;
  DrawBuffers& operator=(const DrawBuffers&) = delete;

  // Thread `thread`'s buffer with every input set from `unit_values`
  // (SetDrawnValues): equal to DrawScenario(scenario, inputs, unit_values) when
  // unit_values has one value per input. Valid until the thread's next Draw.
  Scenario& Draw(int thread, const std::vector<double>& unit_values) {
    Scenario& buffer = Mine(thread).scenario;
    sampler_.Write(unit_values, buffer);
    return buffer;
  }

  // Thread `thread`'s buffer drawn as run `run` under `seed`: equal to
  // DrawScenario(scenario, seed, run). Valid until the thread's next Draw.
  Scenario& DrawRun(int thread, std::uint64_t seed, std::uint64_t run) {
    Thread& mine = Mine(thread);
    sampler_.WriteRun(seed, run, mine.units, mine.scenario);
    return mine.scenario;
  }

  // Thread `thread`'s draw to evaluate into (EvaluateJudgedDrawInto), its
  // vectors' memory kept from run to run.
  JudgedDraw& Judged(int thread) { return Mine(thread).judged; }

 private:
  struct Thread {
    Scenario scenario;          // WithoutUncertainty(scenario) with the last draw's values
    std::vector<double> units;  // the last run's unit values (scratch)
    JudgedDraw judged;          // the last run's outcomes (scratch)
  };
  // One cache line or more per thread, so that setting up one thread's buffer
  // never writes beside another's.
  struct alignas(64) Slot {
    std::optional<Thread> thread;
  };

  // Inline in every run; the copy a helper makes on its first draw is not.
  Thread& Mine(int thread) {
    Slot& slot = threads_[static_cast<std::size_t>(thread)];
    if (!slot.thread) [[unlikely]]
      return MakeMine(slot);
    return *slot.thread;
  }

  [[gnu::noinline]] Thread& MakeMine(Slot& slot) {
    slot.thread.emplace(Thread{WithoutUncertainty(source_), {}, {}});
    helper_drew_.store(true, std::memory_order_relaxed);
    return *slot.thread;
  }

  InputSampler sampler_;
  const Scenario& source_;     // what each helper's buffer is made from
  ThreadPool* pool_;           // null unless it has helpers
  std::vector<Slot> threads_;  // slot t only ever touched by thread t
  std::atomic<bool> helper_drew_{false};
};

}  // namespace parley
