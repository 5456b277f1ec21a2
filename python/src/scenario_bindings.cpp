// Scenarios and models: load a scenario (a file in any format parley reads,
// or a built-in id), look inside it as tables, list built-ins and models.
#include <fmt/format.h>

#include <filesystem>

#include "bindings.h"
#include "parley/builtin_scenarios.h"
#include "parley/io.h"
#include "parley/uncertainty.h"

namespace parley::python {
namespace {

// As the command line reads its SCENARIO argument: an existing file, else a
// built-in id; neither is kNotFound naming the text.
Scenario LoadScenarioFrom(const std::string& source, const std::string& input_format) {
  std::error_code error;
  if (!std::filesystem::exists(source, error)) {
    auto builtin = LoadBuiltinScenario(source);
    if (builtin || builtin.error().code != ErrorCode::kNotFound) return Unwrap(std::move(builtin));
    throw LibraryError(MakeError(ErrorCode::kNotFound,
                                 "no such file, and no built-in scenario of that name (see "
                                 "parley.builtin_scenarios())",
                                 source)
                           .value());
  }
  if (input_format.empty()) return Unwrap(LoadScenario(source));
  return Unwrap(LoadScenario(source, Unwrap(ScenarioFormatFromString(input_format))));
}

std::optional<double> RangeLow(const std::optional<ValueRange>& range) {
  if (!range) return std::nullopt;
  return range->low;
}

std::optional<double> RangeHigh(const std::optional<ValueRange>& range) {
  if (!range) return std::nullopt;
  return range->high;
}

py::dict ActorTable(const Scenario& scenario) {
  Table table({"actor", "name", "role", "capability", "capability_low", "capability_high"});
  for (const Actor& actor : scenario.actors) {
    table.Row(actor.id, actor.name, std::string(ToString(actor.role)), actor.capability,
              RangeLow(actor.capability_range), RangeHigh(actor.capability_range));
  }
  return table.ToDict();
}

py::dict IssueTable(const Scenario& scenario) {
  Table table({"issue", "name", "scale_min", "scale_max", "min_label", "max_label", "status_quo",
               "outcome", "group"});
  for (const Issue& issue : scenario.issues) {
    table.Row(issue.id, issue.name, issue.scale.min, issue.scale.max, issue.scale.min_label,
              issue.scale.max_label, issue.status_quo, issue.outcome, issue.group);
  }
  return table.ToDict();
}

py::dict StanceTable(const Scenario& scenario) {
  Table table({"actor", "issue", "position", "salience", "red_line_low", "red_line_high"});
  for (const Stance& stance : scenario.stances) {
    std::optional<double> low;
    std::optional<double> high;
    if (stance.red_line) {
      low = stance.red_line->low;
      high = stance.red_line->high;
    }
    table.Row(ActorId(scenario, stance.actor), IssueId(scenario, stance.issue), stance.position,
              stance.salience, low, high);
  }
  return table.ToDict();
}

py::dict UncertainInputTable(const Scenario& scenario) {
  Table table({"input", "field", "actor", "issue", "distribution", "value", "low", "high", "spread",
               "scenario_wide"});
  for (const UncertainInput& input : ListUncertainInputs(scenario)) {
    std::optional<std::string> issue;
    if (input.issue) issue = IssueId(scenario, *input.issue);
    table.Row(InputLabel(scenario, input), std::string(ToString(input.field)),
              ActorId(scenario, input.actor), issue, std::string(ToString(input.distribution)),
              input.value, input.low, input.high, input.spread, input.scenario_wide);
  }
  return table.ToDict();
}

py::dict BuiltinTable() {
  Table table({"id", "name", "as_of"});
  for (const BuiltinScenarioInfo& info : ListBuiltinScenarios())
    table.Row(info.id, info.name, info.as_of);
  return table.ToDict();
}

py::dict ModelTable() {
  Table table({"model", "description", "iterative", "joint", "combines_models"});
  for (const auto& spec : BuiltinModels().Models()) {
    table.Row(spec->name, spec->description, !spec->rounds_option.empty(), spec->joint,
              spec->combines_models);
  }
  return table.ToDict();
}

py::dict OptionTable() {
  Table table({"key", "model", "option", "default", "range", "reference", "description"});
  for (const auto& spec : BuiltinModels().Models()) {
    for (const OptionSpec& option : spec->options) {
      table.Row(spec->name + "." + option.name, spec->name, option.name, option.default_value,
                option.range, option.reference, option.description);
    }
  }
  return table.ToDict();
}

}  // namespace

void BindScenario(py::module_& module) {
  py::class_<Scenario>(module, "Scenario", "A negotiation: actors, issues and stances.")
      .def_readonly("id", &Scenario::id)
      .def_readonly("name", &Scenario::name)
      .def_readonly("description", &Scenario::description)
      .def_readonly("as_of", &Scenario::as_of)
      .def_readonly("file", &Scenario::file)
      .def("_actors", &ActorTable)
      .def("_issues", &IssueTable)
      .def("_stances", &StanceTable)
      .def("_uncertain_inputs", &UncertainInputTable)
      .def("to_yaml", &ScenarioToYaml, "The scenario in parley's YAML schema.")
      .def("to_json", &ScenarioToJson, "The scenario in parley's JSON schema.")
      .def("__repr__", [](const Scenario& scenario) {
        return fmt::format("<parley.Scenario '{}': {} actors, {} issues>", scenario.id,
                           scenario.actors.size(), scenario.issues.size());
      });
  module.def("_load_scenario", &LoadScenarioFrom, py::arg("source"), py::arg("input_format") = "");
  module.def("default_scenario_id", &DefaultScenarioId);
  module.def("_builtin_scenarios", &BuiltinTable);
  module.def("_models", &ModelTable);
  module.def("_model_options", &OptionTable);
}

}  // namespace parley::python
