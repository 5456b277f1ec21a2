// `parley validate DATASET [--model NAME|all]`: backtest against real outcomes.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "cli/model_flags.h"
#include "cli/scenario_source.h"
#include "parley/validation.h"

namespace parley::cli {
namespace {

struct ValidateRequest {
  ScenarioSource source;
  ModelFlags models;  // model_flags.h
  std::string format = "table";
};

std::string Table(const Scenario& scenario, const std::vector<ErrorSummary>& rows) {
  std::string out = fmt::format("Backtest on {} ({} issues with a real outcome)\n", scenario.name,
                                rows.empty() ? 0 : rows.front().scored + rows.front().skipped);
  out += fmt::format("{:<36} {:>6} {:>7} {:>8} {:>8} {:>10} {:>10}\n", "predictor", "issues",
                     "skipped", "MAE", "RMSE", "median AE", "within 10%");
  for (const ErrorSummary& row : rows) {
    out += fmt::format("{:<36} {:>6} {:>7} {:>8.3f} {:>8.3f} {:>10.3f} {:>10.3f}\n", row.predictor,
                       row.scored, row.skipped, row.mean_absolute_error,
                       row.root_mean_squared_error, row.median_absolute_error, row.share_within);
  }
  out +=
      "Errors on each issue's scale (DEU: 0-100). 'within 10%' = share of issues whose error is at "
      "most 10% of the scale range.\n'skipped' = issues with an outcome the predictor gave no "
      "forecast for ('parley forecast --format json' lists each reason).\n";
  return out;
}

std::string Json(const Scenario& scenario, const std::vector<ErrorSummary>& rows) {
  nlohmann::ordered_json json = {{"schema", "parley.validate/1"}, {"dataset", scenario.file}};
  json["predictors"] = nlohmann::ordered_json::array();
  for (const ErrorSummary& row : rows) {
    json["predictors"].push_back({{"predictor", row.predictor},
                                  {"issues", row.scored},
                                  {"skipped", row.skipped},
                                  {"mae", row.mean_absolute_error},
                                  {"rmse", row.root_mean_squared_error},
                                  {"median_ae", row.median_absolute_error},
                                  {"share_within_10_percent", row.share_within}});
  }
  return json.dump(2) + "\n";
}

Result<std::string> RunValidate(const ValidateRequest& request) {
  if (auto s = CheckTableOrJsonFormat(request.format); !s) return tl::unexpected(s.error());
  auto scenario = LoadScenarioFrom(request.source);
  if (!scenario) return tl::unexpected(scenario.error());
  BacktestOptions options;
  auto models = ModelsFromFlags(request.models, *scenario);
  if (!models) return tl::unexpected(models.error());
  options.models = std::move(*models);
  auto resources = ResourcesFromFlags(request.models);
  if (!resources) return tl::unexpected(resources.error());
  options.context = (*resources)->context;
  auto rows = Backtest(*scenario, options);
  if (!rows) return tl::unexpected(rows.error());
  return request.format == "json" ? Json(*scenario, *rows) : Table(*scenario, *rows);
}

}  // namespace

Command RegisterValidateCommand(CLI::App& app, const ModelRegistry& models) {
  auto request = std::make_shared<ValidateRequest>();
  CLI::App* sub = app.add_subcommand(
      "validate",
      "Backtest models on issues with real outcomes (e.g. the DEU CSV) against baselines");
  AddScenarioArgument(sub, request->source, /*required=*/true);
  AddModelFlags(sub, request->models, models, "all");
  sub->add_option("-f,--format", request->format, "table or json (default table)");
  auto output = AddOutputOption(sub);
  return Command{sub, [request] { return RunValidate(*request); }, output};
}

}  // namespace parley::cli
