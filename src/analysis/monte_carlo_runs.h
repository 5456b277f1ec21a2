// Internal: every draw of a Monte Carlo analysis (monte_carlo.cpp), computed
// here straight into the table of outcomes, or through a RunExecutor
// (checkpoints, MPI) as run records that are then decoded into it. Both give
// the same table, bit for bit (tests/analysis/run_records_test.cpp).
#pragma once

#include <cstddef>
#include <vector>

#include "analysis/draw_buffers.h"
#include "analysis/monte_carlo_collect.h"
#include "parley/draw_evaluation.h"
#include "parley/draw_table.h"
#include "parley/model.h"
#include "parley/monte_carlo.h"
#include "parley/thread_pool.h"
#include "parley/uncertainty.h"

namespace parley {

// What decides every run of an analysis.
struct DrawJob {
  const Scenario& scenario;
  const std::vector<ConfiguredModel>& models;
  const MonteCarloOptions& options;
  const Evaluation& evaluation;  // prepared (PrepareEvaluation)
  const std::vector<UncertainInput>& inputs;
  ThreadPool* pool = nullptr;
};

// Runs options.runs draws of `job`, each drawn in `buffers`, into `draws`
// (sized models x runs x issues) and, judging force, `judgements` (sized
// models x runs). The lowest failing run's error, or kCancelled when
// options.stop is set.
Status RunDraws(const DrawJob& job, DrawBuffers& buffers, DrawTable& draws,
                RunJudgements& judgements);

}  // namespace parley
