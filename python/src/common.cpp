// The shared pieces of bindings.h.
#include <fmt/format.h>

#include "bindings.h"

namespace parley::python {

std::string CodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidInput:
      return "invalid_input";
    case ErrorCode::kInvalidArgument:
      return "invalid_argument";
    case ErrorCode::kNotFound:
      return "not_found";
    case ErrorCode::kIo:
      return "io";
    case ErrorCode::kNotSupported:
      return "not_supported";
    case ErrorCode::kInternal:
      return "internal";
    case ErrorCode::kCancelled:
      return "cancelled";
  }
  return "internal";
}

Table::Table(std::vector<std::string> columns)
    : names_(std::move(columns)), columns_(names_.size()) {}

void Table::Add(std::size_t column, py::object cell) { columns_.at(column).append(cell); }

py::dict Table::ToDict() const {
  py::dict dict;
  for (std::size_t c = 0; c < names_.size(); ++c) dict[py::str(names_[c])] = columns_[c];
  return dict;
}

std::vector<ConfiguredModel> ModelsOf(const Scenario& scenario, const RunRequest& request) {
  const ModelRegistry& registry = BuiltinModels();
  for (const auto& [key, value] : request.settings) {
    const std::size_t dot = key.find('.');
    if (dot == std::string::npos || dot == 0 || dot + 1 == key.size()) {
      Fail(ErrorCode::kInvalidArgument,
           fmt::format("setting '{}' must be MODEL.OPTION, e.g. eum.max_rounds "
                       "(parley.model_options() lists every option)",
                       key));
    }
    if (!registry.Find(key.substr(0, dot))) {
      Fail(ErrorCode::kInvalidArgument, fmt::format("setting '{}': unknown model '{}' "
                                                    "(allowed: {})",
                                                    key, key.substr(0, dot), registry.Names()));
    }
  }
  return Unwrap(ConfigureModels(registry, request.model, scenario, request.settings));
}

std::unique_ptr<ThreadPool> PoolOf(const RunRequest& request) {
  if (request.threads < 1 || request.threads > 256) {
    Fail(ErrorCode::kInvalidArgument, fmt::format("threads {} outside [1, 256]", request.threads));
  }
  if (request.threads == 1) return nullptr;
  return std::make_unique<ThreadPool>(request.threads);
}

std::string IssueId(const Scenario& scenario, std::size_t issue) {
  return scenario.issues.at(issue).id;
}

std::string ActorId(const Scenario& scenario, std::size_t actor) {
  return scenario.actors.at(actor).id;
}

std::vector<std::string> ActorIds(const Scenario& scenario,
                                  const std::vector<std::size_t>& actors) {
  std::vector<std::string> ids;
  for (std::size_t actor : actors) ids.push_back(ActorId(scenario, actor));
  return ids;
}

}  // namespace parley::python
