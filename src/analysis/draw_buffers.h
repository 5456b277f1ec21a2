// Internal: one scenario per thread that draws write their values into, so a
// Monte Carlo or Sobol run copies the scenario once per thread instead of once
// per draw (the copy, with its names and sources, costs more than a run of the
// closed-form models).
#pragma once

#include <vector>

#include "parley/scenario.h"
#include "parley/thread_pool.h"
#include "parley/uncertainty.h"

namespace parley {

class DrawBuffers {
 public:
  // One buffer for each thread of `pool` (one when it is null), each a copy of
  // WithoutUncertainty(scenario).
  DrawBuffers(const Scenario& scenario, const ThreadPool* pool)
      : buffers_(pool != nullptr ? static_cast<std::size_t>(pool->ThreadCount()) : 1,
                 WithoutUncertainty(scenario)) {}

  // Thread `thread`'s buffer with every input set from `unit_values`
  // (SetDrawnValues): equal to DrawScenario(scenario, inputs, unit_values) when
  // unit_values has one value per input. Valid until the thread's next Draw.
  Scenario& Draw(int thread, const std::vector<UncertainInput>& inputs,
                 const std::vector<double>& unit_values) {
    Scenario& buffer = buffers_[static_cast<std::size_t>(thread)];
    SetDrawnValues(buffer, inputs, unit_values);
    return buffer;
  }

 private:
  std::vector<Scenario> buffers_;
};

}  // namespace parley
