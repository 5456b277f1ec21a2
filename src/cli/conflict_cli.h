// Internal: the CLI side of red lines, packages, the exchange model and the
// mediation regimes: the regime flags shared by `forecast --regime` and
// `compare-regimes`, and renderers.
#pragma once

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "cli/command.h"
#include "parley/forecast_report.h"
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
  bool force_from_strength = false;
  std::vector<std::string> regional_powers;
  std::vector<std::string> clients;  // "CLIENT=PATRON"
  std::optional<double> client_pull;
  std::vector<std::string> multipolar_excluded;
};

// Adds the regime flags; `with_regime` adds --regime too (for `forecast`).
void AddRegimeFlags(CLI::App* app, RegimeFlags& flags, bool with_regime);

// The scenario's settings with every given flag applied on top.
Result<RegimeSettings> MergeRegimeFlags(const RegimeSettings& from_file, const RegimeFlags& flags);

// The red lines each model's forecast crosses or binds, for the table.
std::string RedLinesSection(const Scenario& scenario, const ForecastReport& report);

// `forecast --regime R`: the regime's outcomes and metrics, one column per model.
Result<std::string> RegimeReportText(const Scenario& scenario, const ForecastReport& report,
                                     RegimeKind regime, const std::string& format);

// Renderers shared by the commands (conflict_format.cpp).
std::string RedLineText(const Scenario& scenario, const RedLineCheck& check, bool crossed);
nlohmann::ordered_json RedLinesJson(const Scenario& scenario, const RedLineReport& report);
std::string RegimeTable(const Scenario& scenario, const std::vector<std::string>& columns,
                        const std::vector<RegimeOutcome>& outcomes);
nlohmann::ordered_json RegimeJson(const Scenario& scenario, const RegimeOutcome& outcome);
// Columns padded to their widest cell; the first left-aligned, the rest right.
std::string RenderColumns(const std::vector<std::vector<std::string>>& rows, int indent);

Command RegisterPackagesCommand(CLI::App& app);
Command RegisterCompareRegimesCommand(CLI::App& app, const ModelRegistry& models);
Command RegisterExchangeCommand(CLI::App& app);

}  // namespace parley::cli
