// Internal: the CLI side of KTAB's spatial model of politics (issue 3):
// `parley forecast --model smp [--smp-OPTION VALUE ...] [--format table|json|csv|ktab]`.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

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

// Adds --smp-victory-prob-model (alias --smp-VictoryProbModel), ...,
// --smp-bargn-model, --smp-seed, --smp-threads and --smp-max-turns.
void AddSmpFlags(CLI::App* app, SmpCliFlags& flags);

// Runs the SMP on a scenario and renders it: "table" (per turn the positions
// and winning probabilities, then both histories), "json" (schema
// "parley.smp/1"), "csv" (one row per state, actor and dimension) or "ktab"
// (KTAB's "Fractional change" lines, state count and closing blocks, exactly
// as smpc prints them, to diff against a KTAB log).
Result<std::string> RunSmpForecast(const Scenario& scenario, const SmpCliFlags& flags,
                                   const std::string& format);

// Renderers (smp_format.cpp).
std::string SmpTable(const Scenario& scenario, const SmpProblem& problem, const SmpOptions& options,
                     const SmpRun& run);
std::string SmpJson(const Scenario& scenario, const SmpProblem& problem, const SmpOptions& options,
                    const SmpRun& run);
std::string SmpCsv(const SmpProblem& problem, const SmpRun& run);
std::string SmpKtab(const SmpProblem& problem, const SmpOptions& options, const SmpRun& run);

}  // namespace parley::cli
