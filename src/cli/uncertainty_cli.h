// Internal: the uncertainty commands (`parley uncertainty`, `sensitivity`,
// `tipping`) and their text, JSON and CSV renderings.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "cli/command.h"
#include "cli/scenario_source.h"
#include "parley/monte_carlo.h"
#include "parley/scenario.h"
#include "parley/uncertainty.h"

namespace parley::cli {

Command RegisterUncertaintyCommand(CLI::App& app, const ModelRegistry& models);
Command RegisterSensitivityCommand(CLI::App& app, const ModelRegistry& models);
Command RegisterTippingCommand(CLI::App& app, const ModelRegistry& models);

// --position-sd, --salience-sd and --capability-factor: the spread of every
// value without its own range, over the scenario's `uncertainty:` section.
void AddUncertaintyFlags(CLI::App* app, UncertaintyOverrides& overrides);

// The scenario with the flags' spreads applied over its `uncertainty:` section.
Result<Scenario> LoadUncertainScenario(const ScenarioSource& source,
                                       const UncertaintyOverrides& overrides);

// `parley uncertainty` output (uncertainty_format.cpp).
std::string UncertaintyTable(const Scenario& scenario, const MonteCarloResult& result);
std::string UncertaintyJson(const Scenario& scenario, const MonteCarloResult& result);
std::string UncertaintyCsv(const Scenario& scenario, const MonteCarloResult& result);
// Every draw: run, each input's value, each model's outcome per issue (or why none).
std::string DrawsCsv(const Scenario& scenario, const MonteCarloResult& result,
                     const std::vector<std::string>& model_names);

// The probability of imposition (uncertainty_force_format.cpp; rule F8 of
// docs/mechanisms/force.md), each "" or null when the draws were not judged:
// a note under the table's header, the lines under an issue's row ("force: P
// 0.53 of 1000 judged draws (AZE 0.53)", and per period on a timeline), and
// the issue's "imposition" object in the JSON.
std::string ImpositionHeader(const MonteCarloResult& result);
std::string ImpositionLines(const Scenario& scenario, const ModelSummary& model, std::size_t issue);
nlohmann::ordered_json ImpositionJson(const Scenario& scenario, const ModelSummary& model,
                                      std::size_t issue);

// A number for tables: at most `decimals` decimals, no trailing zeros.
std::string Short(double value, int decimals = 1);

}  // namespace parley::cli
