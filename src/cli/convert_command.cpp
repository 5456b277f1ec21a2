// `parley convert INPUT --to yaml|json [--output FILE]`.
#include <fmt/format.h>

#include "cli/command.h"
#include "cli/scenario_source.h"
#include "parley/io.h"

namespace parley::cli {

Command RegisterConvertCommand(CLI::App& app) {
  struct Request {
    ScenarioSource source;
    std::string to = "yaml";
  };
  auto request = std::make_shared<Request>();
  CLI::App* sub = app.add_subcommand(
      "convert", "Convert a scenario (YAML, JSON, KTAB CSV/XML, DEU CSV) to parley YAML or JSON");
  AddScenarioArgument(sub, request->source, /*required=*/true);
  sub->add_option("-t,--to", request->to, "yaml (default) or json");
  auto output = AddOutputOption(sub);
  return Command{sub,
                 [request]() -> Result<std::string> {
                   if (request->to != "yaml" && request->to != "json") {
                     return UsageError(
                         fmt::format("--to '{}' must be yaml or json", request->to));
                   }
                   auto scenario = LoadScenarioFrom(request->source);
                   if (!scenario) return tl::unexpected(scenario.error());
                   return request->to == "json" ? ScenarioToJson(*scenario)
                                                : ScenarioToYaml(*scenario);
                 },
                 output};
}

}  // namespace parley::cli
