// Mediation regimes: who sits at the table, with what weight, in what order
// (seed 002). Each regime transforms the scenario and runs any model on it,
// then reports the same metrics: outcome per issue, inclusiveness, the
// capability-weighted and worst-off distance from the ideal ("order over
// justice"), red lines crossed and rounds to settle.
// docs/mechanisms/mediation-regimes.md states every rule.
//
// Pure and thread-safe when the ScenarioModel is; no I/O.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parley/model.h"
#include "parley/red_lines.h"
#include "parley/regime_settings.h"
#include "parley/result.h"
#include "parley/scenario.h"

namespace parley {

// What one table of talks produces.
struct ModelRun {
  std::string model;
  std::vector<IssueOutcome> outcomes;  // issues the model could forecast
  int rounds = 1;                      // rounds of talks until the outcomes settled, >= 1
};

// Any model over a whole scenario. Must be pure for RunRegime to be thread-safe.
using ScenarioModel = std::function<Result<ModelRun>(const Scenario&)>;

// Any registered model at a regime's table. Rounds to settle: the first
// round after which every issue's outcome stays within `settle_tolerance`
// (share of the scale range, (0, 0.1]) of its final value; 1 for the
// closed-form models. Issues the model skips get their status quo (noted).
ScenarioModel TableModel(const ConfiguredModel& model, const RunContext& context = {},
                         double settle_tolerance = 1e-3);

struct ActorDistance {
  std::size_t actor = 0;
  // sum_k s_ik |O_k - x_ik| / range_k / sum_k s_ik over the issues with an
  // outcome: 0 = every outcome at the actor's ideal, 1 = at the far end.
  double distance = 0.0;
  bool at_table = true;
};

struct RegimeOutcome {
  RegimeKind regime = RegimeKind::kInclusive;
  std::string model;
  std::vector<IssueOutcome> outcomes;    // issue order; off-agenda issues at their status quo
  std::vector<std::size_t> off_agenda;   // issues not negotiated (status quo kept)
  std::vector<std::size_t> table;        // actors at the final table
  double actor_share = 1.0;              // |table| / |actors|
  double capability_share = 1.0;         // sum of c_i at the table / sum of all c_i (as given)
  std::vector<ActorDistance> distances;  // every actor with a stance
  double weighted_distance = 0.0;        // sum c_i d_i / sum c_i
  std::size_t worst_off = 0;             // the actor with the largest distance
  double worst_distance = 0.0;
  RedLineReport red_lines;         // spoilers: red lines crossed
  int rounds = 1;                  // rounds of talks, over every stage
  std::vector<std::string> notes;  // what the regime did, one line each
};

struct RegimeOptions {
  RedLineOptions red_lines;
  // CompareRegimes calls it on the calling thread after each regime with the
  // regimes done (run or skipped) and their total, for a progress line; never
  // changes the result. Empty (default): not called.
  std::function<void(std::size_t done, std::size_t total)> progress;
};

// Checks that every id in `settings` names an actor or issue of the scenario
// and every number is in range; kInvalidArgument errors name the field.
Status ValidateRegimeSettings(const Scenario& scenario, const RegimeSettings& settings);

// Runs `model` under `regime`. Fails with kInvalidArgument for bad settings (unknown
// ids, a hierarchical regime without a guarantor, a multipolar one without
// regional powers, a client whose patron is not a regional power).
Result<RegimeOutcome> RunRegime(const Scenario& scenario, RegimeKind regime,
                                const RegimeSettings& settings, const ScenarioModel& model,
                                const RegimeOptions& options = {});

// Why `regime` cannot run on the scenario (its key party is missing: no
// guarantor, no regional power), or nullopt when it can. kInvalidArgument for
// settings that name unknown ids.
Result<std::optional<std::string>> RegimeUnavailable(const Scenario& scenario, RegimeKind regime,
                                                     const RegimeSettings& settings);

struct SkippedRegime {
  RegimeKind regime = RegimeKind::kInclusive;
  std::string reason;  // e.g. no guarantor named and no actor with role `guarantor`
};

struct RegimeComparison {
  std::vector<RegimeOutcome> regimes;  // AllRegimes() order, minus the skipped ones
  std::vector<SkippedRegime> skipped;  // regimes the scenario lacks the parties for
};

// RunRegime for every regime. A regime whose key party is missing (no
// guarantor; no regional power) is skipped with its reason; any other error
// fails the comparison.
Result<RegimeComparison> CompareRegimes(const Scenario& scenario, const RegimeSettings& settings,
                                        const ScenarioModel& model,
                                        const RegimeOptions& options = {});

}  // namespace parley
