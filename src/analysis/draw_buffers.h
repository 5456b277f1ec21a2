// Internal: one scenario per thread that draws write their values into, so a
// Monte Carlo or Sobol run copies the scenario once per thread instead of once
// per draw (the copy, with its names and sources, costs more than a run of the
// closed-form models), and the inputs' inverse CDFs prepared once per run of
// the engine (core/input_sampler.h) instead of once per value drawn.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "core/input_sampler.h"
#include "parley/scenario.h"
#include "parley/thread_pool.h"
#include "parley/uncertainty.h"

namespace parley {

class DrawBuffers {
 public:
  // One buffer for each thread of `pool` (one when it is null), each a copy of
  // `undrawn` (WithoutUncertainty(scenario); the first buffer takes it over),
  // for drawing `inputs` (of ListUncertainInputs(scenario)).
  DrawBuffers(Scenario undrawn, const std::vector<UncertainInput>& inputs, const ThreadPool* pool)
      : sampler_(inputs) {
    const std::size_t count = pool != nullptr ? static_cast<std::size_t>(pool->ThreadCount()) : 1;
    threads_.reserve(count);
    for (std::size_t thread = 1; thread < count; ++thread) {
      threads_.push_back(Thread{undrawn, std::vector<double>(inputs.size())});
    }
    threads_.insert(threads_.begin(),
                    Thread{std::move(undrawn), std::vector<double>(inputs.size())});
  }

  // Thread `thread`'s buffer with every input set from `unit_values`
  // (SetDrawnValues): equal to DrawScenario(scenario, inputs, unit_values) when
  // unit_values has one value per input. Valid until the thread's next Draw.
  Scenario& Draw(int thread, const std::vector<double>& unit_values) {
    Scenario& buffer = threads_[static_cast<std::size_t>(thread)].scenario;
    sampler_.Write(unit_values, buffer);
    return buffer;
  }

  // Thread `thread`'s buffer drawn as run `run` under `seed`: equal to
  // DrawScenario(scenario, seed, run). Valid until the thread's next Draw.
  Scenario& DrawRun(int thread, std::uint64_t seed, std::uint64_t run) {
    Thread& mine = threads_[static_cast<std::size_t>(thread)];
    sampler_.WriteRun(seed, run, mine.units, mine.scenario);
    return mine.scenario;
  }

 private:
  struct Thread {
    Scenario scenario;          // WithoutUncertainty(scenario) with the last draw's values
    std::vector<double> units;  // the last run's unit values (scratch)
  };
  InputSampler sampler_;
  std::vector<Thread> threads_;
};

}  // namespace parley
