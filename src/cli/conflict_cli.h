// Internal: the CLI side of red lines, packages, the exchange model and the
// mediation regimes (issue 4, parts 1-3): the regime flags shared by
// `forecast --regime` and `compare-regimes`, model selection, and renderers.
#pragma once

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "cli/command.h"
#include "parley/models.h"
#include "parley/packages.h"
#include "parley/red_lines.h"
#include "parley/regimes.h"

namespace parley::cli {

// Flags that override the scenario file's `regimes:` section (regime_settings.h).
struct RegimeFlags {
  std::string regime;  // forecast only: inclusive, hierarchical or multipolar
  std::string mediator;
  std::vector<std::string> inclusive_excluded;
  std::string guarantor;
  std::vector<std::string> excluded;
  std::vector<std::string> proxies;
  std::vector<std::string> agenda;
  std::optional<double> coercion_factor;
  std::optional<double> force_shock;
  std::vector<std::string> regional_powers;
  std::vector<std::string> clients;  // "CLIENT=PATRON"
  std::optional<double> client_pull;
  std::vector<std::string> multipolar_excluded;
};

// Adds the regime flags; `with_regime` adds --regime too (for `forecast`).
void AddRegimeFlags(CLI::App* app, RegimeFlags& flags, bool with_regime);

// The scenario's settings with every given flag applied on top.
Result<RegimeSettings> MergeRegimeFlags(const RegimeSettings& from_file, const RegimeFlags& flags);

// A model for the regimes: weighted_median, compromise, nash, eum or exchange.
Result<ScenarioModel> RegimeModel(const std::string& name, const ModelOptions& options,
                                  int exchange_rounds);

// `forecast --regime R`: the regime's outcomes and metrics, one row per model.
Result<std::string> ForecastUnderRegime(const Scenario& scenario,
                                        const std::vector<ModelKind>& kinds,
                                        const ModelOptions& options, const RegimeFlags& flags,
                                        const std::string& format);

// The red lines each model's forecast crosses or binds, appended to `forecast`
// output: a table section, or a "red_lines" member added to the JSON text.
std::string RedLinesSection(const Scenario& scenario,
                            const std::vector<ScenarioForecast>& forecasts);
std::string WithRedLinesJson(const std::string& forecast_json, const Scenario& scenario,
                             const std::vector<ScenarioForecast>& forecasts);

// Renderers shared by the commands (conflict_format.cpp).
std::string RedLineText(const Scenario& scenario, const RedLineCheck& check, bool crossed);
nlohmann::ordered_json RedLinesJson(const Scenario& scenario, const RedLineReport& report);
std::string RegimeTable(const Scenario& scenario, const std::vector<std::string>& columns,
                        const std::vector<RegimeOutcome>& outcomes);
nlohmann::ordered_json RegimeJson(const Scenario& scenario, const RegimeOutcome& outcome);
// Columns padded to their widest cell; the first left-aligned, the rest right.
std::string RenderColumns(const std::vector<std::vector<std::string>>& rows, int indent);

Command RegisterPackagesCommand(CLI::App& app);
Command RegisterCompareRegimesCommand(CLI::App& app);
Command RegisterExchangeCommand(CLI::App& app);

}  // namespace parley::cli
