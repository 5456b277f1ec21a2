// The results store: every run of a command appended to one SQLite file, so
// analysts keep runs and read them later (pandas.read_sql). docs/store.md
// describes the tables for analysts. The writer takes plain values (names,
// numbers, JSON text); the command line gathers them from its results.
//
// AppendRun writes one run in one transaction: the file is created with the
// schema when it does not exist; an existing store of the same schema version
// keeps every earlier run; a file that is not SQLite, a SQLite database that is
// not a parley store, or a store of another schema version is refused and left
// as it was.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "parley/result.h"

namespace parley {

// The schema this parley reads and writes (the `meta` table's schema_version).
inline constexpr int kStoreSchemaVersion = 1;

struct StoredModel {
  std::string name;          // a model's name or a backtest's baseline
  std::string options_json;  // its settings as a JSON object ("{}" when none)
};

struct StoredIssue {
  std::string id;
  std::string name;
  double scale_low = 0.0;
  double scale_high = 100.0;
  std::optional<double> observed;  // the real outcome (validate), when known
};

// One uncertain input of the scenario (uncertainty.h's UncertainInput, named).
struct StoredInput {
  std::string label;  // "AZE position on checkpoints"
  std::string actor;
  std::string field;  // capability, position or salience
  std::optional<std::string> issue;
  std::string distribution;
  double point = 0.0;
  double low = 0.0;
  double high = 0.0;
};

// A model's result on one issue: the final outcome of the point forecast
// (draw and round empty), of Monte Carlo draw `draw`, or the state after round
// (or timeline period) `round`. `value` is empty when there is no outcome to
// stand by; `status` is "outcome", "state" (a round's state) or the reason
// there is none (skipped, cycle, round_cap, infeasible, stopped).
struct StoredOutcome {
  std::size_t model = 0;  // index into StoredRun::models
  std::size_t issue = 0;  // index into StoredRun::issues
  std::optional<std::int64_t> draw;
  std::optional<int> round;
  std::optional<double> value;
  std::string status = "outcome";
};

// One Sobol index pair of one input on one issue, with 95% bootstrap bounds.
struct StoredSobol {
  std::size_t model = 0;
  std::size_t issue = 0;
  std::size_t input = 0;  // index into StoredRun::inputs
  double first_order = 0.0;
  double first_order_low = 0.0;
  double first_order_high = 0.0;
  double total = 0.0;
  double total_low = 0.0;
  double total_high = 0.0;
};

// A score of a predictor (validate): over every issue, or on one issue.
struct StoredScore {
  std::size_t model = 0;
  std::optional<std::size_t> issue;
  std::string metric;  // "mae", "rmse", "crps", ...
  double value = 0.0;
};

struct StoredRun {
  std::string command;  // "forecast", "uncertainty", ...
  std::string scenario;
  std::string scenario_digest;  // SHA-256 of the scenario's canonical JSON
  std::string parley_version;
  std::string created_at;  // UTC, "2026-12-01T21:04:05Z"
  std::optional<std::uint64_t> seed;
  std::size_t draws = 0;      // Monte Carlo draws (sensitivity: base rows); 0 when none
  std::string settings_json;  // the command's own settings as a JSON object
  std::vector<std::string> notes;
  std::vector<StoredModel> models;
  std::vector<StoredIssue> issues;
  std::vector<StoredInput> inputs;
  // The value of every input in every draw: drawn[r * inputs.size() + n].
  std::vector<double> drawn;
  std::vector<StoredOutcome> outcomes;
  std::vector<StoredSobol> sensitivity;
  std::vector<StoredScore> scores;
};

// Fails (nothing written) unless `path` is missing, empty, or a parley store of
// kStoreSchemaVersion: a command checks its --store before a long run.
Status CheckStore(const std::string& path);

// Appends `run` to the store at `path` in one transaction and returns its
// run_id (1 for the first run of a store). kIo when the file cannot be opened
// or written, kInvalidInput for a file that is not a parley store of this
// schema version, kInvalidArgument for an index out of range.
Result<std::int64_t> AppendRun(const std::string& path, const StoredRun& run);

// The current time as the store writes it: "2026-12-01T21:04:05Z".
std::string StoreTimestamp();

}  // namespace parley
