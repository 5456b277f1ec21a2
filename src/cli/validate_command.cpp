// `parley validate DATASET [--model NAME|all]`: backtest against real outcomes.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "cli/scenario_source.h"
#include "parley/validation.h"

namespace parley::cli {
namespace {

struct ValidateRequest {
  ScenarioSource source;
  std::string model = "all";
  std::string format = "table";
  int rounds = 10;
};

std::string Table(const Scenario& scenario, const std::vector<ErrorSummary>& rows) {
  std::string out = fmt::format("Backtest on {} ({} issues with a real outcome)\n", scenario.name,
                                rows.empty() ? 0 : rows.front().scored + rows.front().skipped);
  out += fmt::format("{:<36} {:>6} {:>8} {:>8} {:>10} {:>10}\n", "predictor", "issues", "MAE",
                     "RMSE", "median AE", "within 10%");
  for (const ErrorSummary& row : rows) {
    out += fmt::format("{:<36} {:>6} {:>8.3f} {:>8.3f} {:>10.3f} {:>10.3f}\n", row.predictor,
                       row.scored, row.mean_absolute_error, row.root_mean_squared_error,
                       row.median_absolute_error, row.share_within);
  }
  out +=
      "Errors on each issue's scale (DEU: 0-100). 'within 10%' = share of issues whose error is at "
      "most 10% of the scale range.\n";
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
  BacktestOptions options;
  options.model_options.eum.max_rounds = request.rounds;
  auto kinds = ModelKindsFromString(request.model);
  if (!kinds) return tl::unexpected(kinds.error());
  options.models = std::move(*kinds);
  auto scenario = LoadScenarioFrom(request.source);
  if (!scenario) return tl::unexpected(scenario.error());
  auto rows = Backtest(*scenario, options);
  if (!rows) return tl::unexpected(rows.error());
  return request.format == "json" ? Json(*scenario, *rows) : Table(*scenario, *rows);
}

}  // namespace

Command RegisterValidateCommand(CLI::App& app) {
  auto request = std::make_shared<ValidateRequest>();
  CLI::App* sub = app.add_subcommand(
      "validate",
      "Backtest models on issues with real outcomes (e.g. the DEU CSV) against baselines");
  AddScenarioArgument(sub, request->source, /*required=*/true);
  sub->add_option("-m,--model", request->model, "A model name or all (default all)");
  sub->add_option("-r,--rounds", request->rounds, "EUM round cap (default 10)")
      ->check(CLI::Range(1, 10000));
  sub->add_option("-f,--format", request->format, "table or json (default table)");
  auto output = AddOutputOption(sub);
  return Command{sub, [request] { return RunValidate(*request); }, output};
}

}  // namespace parley::cli
