// `parley models [NAME] [--format table|json]`: every registered model, and
// each option with its default, range and reference (the settings
// `--set MODEL.OPTION=VALUE` and a scenario's `parameters:` accept).
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "cli/command.h"

namespace parley::cli {
namespace {

using Json = nlohmann::ordered_json;

struct ModelsRequest {
  std::string model = "all";
  std::string format = "table";
};

std::string SpecText(const ModelSpec& spec) {
  std::string out = fmt::format("{}: {}\n", spec.name, spec.description);
  if (!spec.rounds_option.empty()) {
    out += fmt::format("  iterative: --rounds sets {}.{}\n", spec.name, spec.rounds_option);
  }
  if (spec.joint) out += "  joint: negotiates each issue group at once\n";
  for (const OptionSpec& option : spec.options) {
    out += fmt::format("  {}.{} = {}\n      {}; allowed {}; {}\n", spec.name, option.name,
                       option.default_value, option.description, option.range, option.reference);
  }
  return out;
}

Json SpecJson(const ModelSpec& spec) {
  Json options = Json::array();
  for (const OptionSpec& option : spec.options) {
    options.push_back({{"name", option.name},
                       {"setting", spec.name + "." + option.name},
                       {"default", option.default_value},
                       {"range", option.range},
                       {"reference", option.reference},
                       {"description", option.description}});
  }
  return {{"name", spec.name},
          {"description", spec.description},
          {"rounds_option", spec.rounds_option},
          {"joint", spec.joint},
          {"options", std::move(options)}};
}

Result<std::string> RunModels(const ModelsRequest& request, const ModelRegistry& models) {
  if (auto s = CheckTableOrJsonFormat(request.format); !s) return tl::unexpected(s.error());
  auto specs = models.Select(request.model);
  if (!specs) return InvalidArgument(specs.error().message);
  if (request.format == "json") {
    Json json = {{"schema", "parley.models/1"}, {"models", Json::array()}};
    for (const auto& spec : *specs) json["models"].push_back(SpecJson(*spec));
    return json.dump(2) + "\n";
  }
  std::string out;
  for (const auto& spec : *specs) out += (out.empty() ? "" : "\n") + SpecText(*spec);
  return out;
}

}  // namespace

Command RegisterModelsCommand(CLI::App& app, const ModelRegistry& models) {
  auto request = std::make_shared<ModelsRequest>();
  CLI::App* sub = app.add_subcommand(
      "models", "List the models and every option (default, allowed range, reference)");
  sub->add_option("model", request->model, fmt::format("{} or all (default all)", models.Names()));
  sub->add_option("-f,--format", request->format, "table or json (default table)");
  auto output = AddOutputOption(sub);
  return Command{sub, [request, &models] { return RunModels(*request, models); }, output};
}

}  // namespace parley::cli
