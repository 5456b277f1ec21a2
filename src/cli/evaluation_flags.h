// Internal: the flags that say what each draw of `uncertainty`, `sensitivity`
// and `tipping` runs: the model alone, under a mediation regime (--regime and
// its flags), or over the scenario's timeline (--timeline), and whether a run
// cut off at its round cap counts (--accept-round-cap).
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "cli/conflict_cli.h"
#include "parley/draw_evaluation.h"
#include "parley/scenario.h"

namespace parley::cli {

struct EvaluationFlags {
  RegimeFlags regime;  // --regime and its flags (conflict_cli.h)
  bool timeline = false;
  int rounds_per_period = 1;
  int periods = 0;
  bool accept_round_cap = false;
};

void AddEvaluationFlags(CLI::App* app, EvaluationFlags& flags);

// The evaluation the flags ask for, prepared for `scenario` (PrepareEvaluation):
// a regime that does not apply is dropped with a line in `notes`.
Result<Evaluation> EvaluationFromFlags(const Scenario& scenario, const EvaluationFlags& flags,
                                       std::vector<std::string>& notes);

// "Draws ran under the hierarchical regime." / "... over the timeline ..." for
// a table's heading; empty for the model alone.
std::string EvaluationLine(const Evaluation& evaluation);

}  // namespace parley::cli
