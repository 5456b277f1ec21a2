// Internal: a long single model run (EUM on thousands of actors, the exchange
// model on hundreds of actors and issues) shown round by round on a Progress
// line, through the run's observer (RunContext::observer).
#pragma once

#include <cstddef>
#include <vector>

#include "cli/progress.h"
#include "parley/model.h"

namespace parley::cli {

// The round cap of an iterative model (the value of its rounds_option: EUM's
// and the exchange model's max_rounds, SMP's max_turns); 0 for closed-form models.
std::size_t RoundCap(const ConfiguredModel& model);

// An observer that shows `models`' rounds on `progress`: the line restarts for
// each model and issue ("eum rounds on 'corridor'") with the model's round cap
// as its total. It never stops a run; `progress` and `scenario` must outlive it.
RunObserver RoundProgress(Progress& progress, const Scenario& scenario,
                          const std::vector<ConfiguredModel>& models);

}  // namespace parley::cli
