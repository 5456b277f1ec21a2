// The model registry, configuration and the issue-by-issue runner (model.h).
#include "parley/model.h"

#include <fmt/format.h>

#include <algorithm>
#include <utility>

namespace parley {
namespace {

// "a, b, c" from the option names of a spec.
std::string OptionNames(const ModelSpec& spec) {
  std::vector<std::string> names;
  for (const OptionSpec& option : spec.options) names.push_back(option.name);
  return names.empty() ? "none" : fmt::format("{}", fmt::join(names, ", "));
}

std::string_view Trim(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text;
}

}  // namespace

const OptionSpec* ModelSpec::FindOption(std::string_view option) const {
  for (const OptionSpec& spec : options) {
    if (spec.name == option) return &spec;
  }
  return nullptr;
}

ConfiguredModel::ConfiguredModel(std::shared_ptr<const ModelSpec> spec, std::any options)
    : spec_(std::move(spec)), options_(std::move(options)) {}

ModelSettings ConfiguredModel::Settings() const {
  ModelSettings settings;
  for (const OptionSpec& option : spec_->options) {
    settings[spec_->name + "." + option.name] = spec_->get(options_, option.name);
  }
  return settings;
}

Result<ConfiguredModel> ConfiguredModel::With(std::string_view option,
                                              std::string_view value) const {
  std::any options = options_;
  if (!spec_->FindOption(option)) {
    return InvalidArgument(fmt::format("model '{}' has no option '{}' (options: {})", name(),
                                       option, OptionNames(*spec_)));
  }
  if (auto set = spec_->set(options, option, value); !set) return tl::unexpected(set.error());
  if (auto valid = spec_->validate(options); !valid) return tl::unexpected(valid.error());
  return ConfiguredModel(spec_, std::move(options));
}

Result<ScenarioForecast> ConfiguredModel::Run(const Scenario& scenario,
                                              const RunContext& context) const {
  auto forecast = spec_->run(scenario, options_, context);
  if (!forecast) return forecast;
  forecast->model = spec_->name;
  return forecast;
}

Result<ConfiguredModel> Configure(std::shared_ptr<const ModelSpec> spec,
                                  const ModelSettings& settings) {
  std::any options = spec->defaults;
  const std::string prefix = spec->name + ".";
  for (const auto& [key, value] : settings) {
    if (key.compare(0, prefix.size(), prefix) != 0) continue;
    const std::string_view option = std::string_view(key).substr(prefix.size());
    if (!spec->FindOption(option)) {
      return InvalidArgument(fmt::format("model '{}' has no option '{}' (options: {})", spec->name,
                                         option, OptionNames(*spec)));
    }
    if (auto set = spec->set(options, option, value); !set) return tl::unexpected(set.error());
  }
  if (auto valid = spec->validate(options); !valid) return tl::unexpected(valid.error());
  return ConfiguredModel(std::move(spec), std::move(options));
}

Status ModelRegistry::Add(ModelSpec spec) {
  if (spec.name.empty() || spec.name.find('.') != std::string::npos ||
      spec.name.find(',') != std::string::npos || spec.name == "all") {
    return InvalidArgument(
        fmt::format("model name '{}' must be non-empty, not 'all', without '.' or ','", spec.name));
  }
  if (Find(spec.name)) {
    return InvalidArgument(fmt::format("model '{}' is registered already", spec.name));
  }
  if (!spec.run || !spec.set || !spec.get || !spec.validate) {
    return InvalidArgument(
        fmt::format("model '{}' lacks a run, set, get or validate function", spec.name));
  }
  models_.push_back(std::make_shared<const ModelSpec>(std::move(spec)));
  return Ok();
}

std::shared_ptr<const ModelSpec> ModelRegistry::Find(std::string_view name) const {
  for (const auto& spec : models_) {
    if (spec->name == name) return spec;
  }
  return nullptr;
}

std::string ModelRegistry::Names() const {
  std::vector<std::string> names;
  for (const auto& spec : models_) names.push_back(spec->name);
  return fmt::format("{}", fmt::join(names, ", "));
}

Result<std::vector<std::shared_ptr<const ModelSpec>>> ModelRegistry::Select(
    std::string_view text) const {
  if (Trim(text) == "all") {
    std::vector<std::shared_ptr<const ModelSpec>> every;
    for (const auto& spec : models_) {
      if (!spec->combines_models) every.push_back(spec);
    }
    return every;
  }
  std::vector<std::shared_ptr<const ModelSpec>> selected;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t comma = std::min(text.find(',', start), text.size());
    const std::string_view name = Trim(text.substr(start, comma - start));
    auto spec = Find(name);
    if (!spec) {
      return MakeError(ErrorCode::kNotFound,
                       fmt::format("unknown model '{}' (allowed: {}, all)", name, Names()));
    }
    if (std::find(selected.begin(), selected.end(), spec) == selected.end()) {
      selected.push_back(spec);
    }
    start = comma + 1;
  }
  return selected;
}

Result<std::vector<ConfiguredModel>> ConfigureModels(const ModelRegistry& registry,
                                                     std::string_view text,
                                                     const Scenario& scenario,
                                                     const ModelSettings& settings) {
  auto specs = registry.Select(text);
  if (!specs) return tl::unexpected(specs.error());
  ModelSettings merged(scenario.parameters.begin(), scenario.parameters.end());
  for (const auto& [key, value] : settings) merged[key] = value;
  std::vector<ConfiguredModel> models;
  for (const auto& spec : *specs) {
    auto model = Configure(spec, merged);
    if (!model) return tl::unexpected(model.error());
    models.push_back(std::move(*model));
  }
  return models;
}

Result<ScenarioForecast> ForecastIssueByIssue(const Scenario& scenario, std::string_view model,
                                              const IssueRun& run_issue,
                                              const RunContext& context) {
  ScenarioForecast result;
  result.model = std::string(model);
  result.issues.reserve(scenario.issues.size());
  bool stopped = false;
  for (std::size_t k = 0; k < scenario.issues.size(); ++k) {
    if (stopped) {
      result.skipped.push_back({k, "stopped by the caller"});
      continue;
    }
    auto problem = MakeIssueProblem(scenario, k);
    if (!problem) {
      result.skipped.push_back({k, problem.error().message});
      continue;
    }
    RoundObserver observer;
    if (context.observer) {
      observer = [&context, model, k](const Round& round) {
        return context.observer(RoundUpdate{model, k, &round});
      };
    }
    auto forecast = run_issue(*problem, observer);
    if (!forecast) {
      if (forecast.error().code != ErrorCode::kInvalidInput) {
        Error error = forecast.error();
        error.message = fmt::format("issue '{}': {}", scenario.issues[k].id, error.message);
        return tl::unexpected<Error>(std::move(error));
      }
      result.skipped.push_back({k, forecast.error().message});
      continue;
    }
    stopped = forecast->termination == Termination::kStopped;
    result.issues.push_back(IssueForecast{k, std::move(*problem), std::move(*forecast)});
  }
  return result;
}

}  // namespace parley
