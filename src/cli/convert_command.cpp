// `parley convert INPUT --to yaml|json [--output FILE]`.
#include <fmt/format.h>

#include "cli/command.h"
#include "cli/scenario_source.h"
#include "parley/io.h"

namespace parley::cli {
namespace {

Result<std::string> Render(const Scenario& scenario, const std::string& to) {
  if (to == "yaml") return ScenarioToYaml(scenario);
  if (to == "json") return ScenarioToJson(scenario);
  if (to == "ktab-csv") return ScenarioToKtabCsv(scenario);
  if (to == "deu-csv") return ScenarioToDeuCsv(scenario);
  return InvalidArgument(fmt::format("--to '{}' must be yaml, json, ktab-csv or deu-csv", to));
}

}  // namespace

Command RegisterConvertCommand(CLI::App& app) {
  struct Request {
    ScenarioSource source;
    std::string to = "yaml";
  };
  auto request = std::make_shared<Request>();
  CLI::App* sub = app.add_subcommand(
      "convert", "Convert a scenario between YAML, JSON, KTAB CSV (and XML input) and DEU CSV");
  AddScenarioArgument(sub, request->source, /*required=*/true);
  sub->add_option("-t,--to", request->to, "yaml (default), json, ktab-csv or deu-csv");
  auto output = AddOutputOption(sub);
  return Command{sub,
                 [request]() -> Result<std::string> {
                   auto scenario = LoadScenarioFrom(request->source);
                   if (!scenario) return tl::unexpected(scenario.error());
                   return Render(*scenario, request->to);
                 },
                 output};
}

}  // namespace parley::cli
