// Internal: `--store FILE` on forecast, uncertainty, sensitivity, simulate and
// validate. Each command gathers its results into a StoredRun (plain values)
// and the results store (parley/store.h) appends it. docs/store.md.
#pragma once

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/evaluation_flags.h"
#include "parley/forecast_report.h"
#include "parley/model.h"
#include "parley/monte_carlo.h"
#include "parley/scenario.h"
#include "parley/sensitivity.h"
#include "parley/store.h"
#include "parley/timeline.h"

namespace parley {
struct BacktestResult;  // validation.h
}  // namespace parley

namespace parley::cli {

// Adds --store FILE to a subcommand.
void AddStoreOption(CLI::App* app, std::string& path);

// The flags as the `settings` JSON of a run: what was asked, so a run can be
// repeated (empty and default values left out).
nlohmann::ordered_json RegimeFlagsJson(const RegimeFlags& flags);
nlohmann::ordered_json EvaluationFlagsJson(const EvaluationFlags& flags);
nlohmann::ordered_json OverridesJson(const UncertaintyOverrides& overrides);

// The run's header: command, scenario and its digest, parley's version, the
// time, and the command's settings (a JSON object); with the scenario's issues.
StoredRun StoredRunFor(const std::string& command, const Scenario& scenario,
                       const nlohmann::ordered_json& settings);

// Appends the models with their settings.
void StoreModels(StoredRun& run, const std::vector<ConfiguredModel>& models);

// The point forecast of every model (report order = run.models order): the
// final outcome per issue and, without a regime, the state after every round.
void StoreForecastReport(StoredRun& run, const Scenario& scenario, const ForecastReport& report);

// Every draw of a Monte Carlo: the inputs' values and each model's outcome per
// issue; with `points`, the models' point outcomes too (forecast stores its own).
void StoreMonteCarlo(StoredRun& run, const Scenario& scenario, const MonteCarloResult& result,
                     bool points = true);

// A timeline: each period's outcome per issue (round = period), the last
// period's as the final outcome. run.models must hold the one model.
void StoreTrajectory(StoredRun& run, const Trajectory& trajectory);

// Every Sobol index of the one model (run.models[0]).
void StoreSensitivity(StoredRun& run, const Scenario& scenario, const SensitivityResult& result);

// A backtest: each predictor's forecast per issue, the observed outcomes,
// the error summaries and per-issue CRPS and PIT.
void StoreBacktest(StoredRun& run, const BacktestResult& result);

// Appends the run to `path`; the error names the store.
Status WriteStore(const std::string& path, const StoredRun& run);

}  // namespace parley::cli
