// Tipping points: for every issue and every threshold that matters on it (each
// end of an actor's red line, and the scale's midpoint), the smallest change
// of one input at a time (an actor's capability, by a factor; its salience or
// its position on the issue) that moves the model's point forecast across the
// threshold. Found by scanning from the current value toward each end of the
// input's allowed range and bisecting the first step that crosses, so a
// non-monotone model yields the nearest crossing on the scan grid, not
// necessarily the nearest crossing overall. docs/uncertainty.md.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "parley/model.h"
#include "parley/monte_carlo.h"
#include "parley/result.h"
#include "parley/scenario.h"
#include "parley/uncertainty.h"

namespace parley {

struct TippingChange {
  std::size_t actor = 0;
  UncertainField field = UncertainField::kCapability;
  double from = 0.0;  // the current value (capability, salience in [0, 1], position)
  double to = 0.0;    // the value at which the forecast reaches the threshold
  // to / from for a capability; 1 otherwise.
  double factor = 1.0;
  // Comparable size of the change: |log10 factor| for a capability (x10 = 1),
  // |to - from| / scale range for a position, |to - from| for a salience.
  double size = 0.0;
};

struct TippingThreshold {
  double value = 0.0;
  bool midpoint = false;               // the scale's midpoint
  std::vector<std::size_t> actors;     // whose red line ends here (ascending)
  bool forecast_above = false;         // the point forecast lies above the value
  bool on_threshold = false;           // the forecast sits on it (within 1e-9 of the range)
  std::vector<TippingChange> changes;  // ascending size; inputs that can cross it
};

struct IssueTipping {
  std::size_t issue = 0;
  std::optional<double> point;  // none when the model gave no outcome
  std::optional<NoOutcomeReason> point_reason;
  std::vector<TippingThreshold> thresholds;  // ascending value
};

struct TippingOptions {
  double capability_min_factor = 0.1;   // capability searched in [x min, x max], (0, 1)
  double capability_max_factor = 10.0;  // (1, 1000]
  int scan_steps = 24;                  // grid steps toward each end, [2, 1000]
  int bisection_steps = 48;             // halvings of the crossing step, [1, 200]
  // What each run evaluates: the model alone (default), under a regime, or
  // over the timeline (draw_evaluation.h); accept_round_cap as MonteCarloOptions.
  Evaluation evaluation;
  // Called on the calling thread between blocks of searches (one per threshold,
  // actor and input) with the searches done and their total; never changes the result.
  std::function<void(std::size_t done, std::size_t total)> progress;
};

// kInvalidArgument for options out of range; a model error is returned.
// options.evaluation as PrepareEvaluation leaves it (a regime that applies).
Result<std::vector<IssueTipping>> FindTippingPoints(const Scenario& scenario,
                                                    const ConfiguredModel& model,
                                                    const TippingOptions& options,
                                                    const RunContext& context, ThreadPool* pool);

}  // namespace parley
