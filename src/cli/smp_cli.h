// Internal: the CLI side of KTAB's spatial model of politics: the --smp-*
// flags and the renderers of an SMP run (`parley forecast --model smp`).
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "parley/model.h"
#include "parley/result.h"
#include "parley/scenario.h"
#include "parley/smp.h"

namespace parley::cli {

// The --smp-* flags; unset ones leave the scenario's (or KTAB's default) value.
struct SmpCliFlags {
  // One value per KTAB parameter, in SmpParameterNames() order ("" = unset).
  std::vector<std::string> parameters = std::vector<std::string>(9);
  std::optional<std::uint64_t> seed;
  int threads = 1;
  std::optional<int> max_turns;
};

// Refuses a negative seed, which CLI11's strtoull would wrap to 2^64 - 1.
CLI::Validator SeedValidator();

// Adds --smp-victory-prob-model (alias --smp-VictoryProbModel), ...,
// --smp-bargn-model, --smp-seed, --smp-threads and --smp-max-turns.
void AddSmpFlags(CLI::App* app, SmpCliFlags& flags);

// The settings the flags give: "smp.<Parameter>", "smp.seed", "smp.max_turns".
// --smp-threads is a worker-thread count (model_flags.h).
ModelSettings SmpSettings(const SmpCliFlags& flags);

// Renderers of one SMP run (smp_format.cpp): "table" (per turn the positions
// and winning probabilities, then both histories), JSON (one object, the
// schema "parley.smp/1" members), "csv" (one row per state, actor and
// dimension) and "ktab" (KTAB's "Fractional change" lines, state count and
// closing blocks, exactly as smpc prints them, to diff against a KTAB log).
// Renderers (smp_format.cpp).
std::string SmpTable(const Scenario& scenario, const SmpProblem& problem, const SmpOptions& options,
                     const SmpRun& run);
nlohmann::ordered_json SmpJson(const SmpProblem& problem, const SmpOptions& options,
                               const SmpRun& run);
std::string SmpCsv(const SmpProblem& problem, const SmpRun& run);
std::string SmpKtab(const SmpProblem& problem, const SmpOptions& options, const SmpRun& run);

}  // namespace parley::cli
