// The `force:` section of a scenario file: what fighting costs each actor on
// each issue, who fights for whom (a patron's or guarantor's commitment to a
// client as a share of its strength) and which issues cannot be split. Each
// actor's military strength in the theatre is Actor::military. The mechanism
// that reads them is in force.h; docs/mechanisms/force.md states every rule.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "parley/provenance.h"
#include "parley/value_range.h"

namespace parley {

// The cost of fighting to one actor on one issue, on the utility scale [0, 1]
// (1 = the whole distance between the issue's two ends; Fearon 1995, c_A, c_B).
struct ForceCost {
  std::size_t actor = 0;  // index into Scenario::actors
  std::size_t issue = 0;  // index into Scenario::issues
  double cost = 0.0;      // in [0, 1]
  std::optional<ValueRange> cost_range = std::nullopt;
  Provenance provenance;  // keyed "cost"
  int line = 0;
};

// Patron `patron` fights for `client` with `share` of its military strength,
// wherever its own position lies (e.g. a peacekeeping force).
struct ForceCommitment {
  std::size_t patron = 0;  // index into Scenario::actors
  std::size_t client = 0;  // index into Scenario::actors
  double share = 0.0;      // in [0, 1]; a patron's shares sum to at most 1
  std::optional<ValueRange> share_range = std::nullopt;
  Provenance provenance;  // keyed "share"
  int line = 0;
};

struct ForceSettings {
  // The cost of fighting for every actor and issue without its own entry in
  // `costs`, on the utility scale [0, 1]. Unset: the mechanism's default.
  std::optional<double> default_cost;
  std::optional<ValueRange> default_cost_range = std::nullopt;
  std::vector<ForceCost> costs;
  std::vector<ForceCommitment> commitments;
  // Issues that cannot be split: only the two ends of the scale are possible
  // outcomes (Fearon 1995, section "Issue indivisibilities").
  std::vector<std::size_t> indivisible;
  Provenance provenance;  // keyed "cost", "indivisible"
  int line = 0;           // where the section starts in its file

  bool IsEmpty() const {
    return !default_cost && costs.empty() && commitments.empty() && indivisible.empty();
  }
};

}  // namespace parley
