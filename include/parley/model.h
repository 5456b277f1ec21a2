// One way to run any model. A model is a registry entry (ModelSpec): a name,
// a one-line description, its options (each with a default, a range and a
// paper reference), a check of those options and a run function from a
// Scenario and a RunContext to a ScenarioForecast. Configure a spec once
// (parse and check its settings), then run the ConfiguredModel as often as
// you like, on any thread: Monte Carlo, sensitivity, regimes and timelines
// all go through ConfiguredModel::Run.
//
// Settings are text, keyed "<model>.<option>" ("eum.max_rounds" -> "20"), the
// same keys a scenario's `parameters:` section uses ("smp.VictoryProbModel").
// docs/architecture.md has the recipe for adding a model.
#pragma once

#include <any>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parley/forecast.h"
#include "parley/result.h"
#include "parley/scenario.h"
#include "parley/thread_pool.h"

namespace parley {

// One round of one issue, as a run's observer sees it.
struct RoundUpdate {
  std::string_view model;
  std::size_t issue = 0;  // index into Scenario::issues
  const Round* round = nullptr;
};

// Sees every round of every issue; returning false stops the run (the issue
// being run ends with Termination::kStopped, later issues are skipped with
// "stopped by the caller").
using RunObserver = std::function<bool(const RoundUpdate&)>;

// What a run gets besides the scenario and the options. Cheap to copy.
struct RunContext {
  // Drives every random choice of stochastic models. Unset: each model's own
  // seed option (or the scenario's `seed:`) decides. Monte Carlo run r sets it
  // from the master seed and r.
  std::optional<std::uint64_t> seed;
  // Worker threads shared across runs; nullptr runs on the calling thread.
  // Results never depend on it.
  ThreadPool* pool = nullptr;
  RunObserver observer;
};

// One option of a model, for help, documents and checks.
struct OptionSpec {
  std::string name;           // "max_rounds": set as "eum.max_rounds"
  std::string default_value;  // the default, as text
  std::string range;          // "[1, 10000]", "linear, quadratic", "true, false"
  std::string reference;      // the paper (and equation) the option comes from
  std::string description;    // what it does, one line
};

// A registry entry. Build one with ModelBuilder (model_builder.h).
struct ModelSpec {
  std::string name;         // "eum"; lower case, no dots
  std::string description;  // one line, for `--help` and `parley models`
  std::vector<OptionSpec> options;
  // The option that caps an iterative model's rounds ("max_rounds"); empty
  // for closed-form models. Timelines set it to their rounds per period.
  std::string rounds_option;
  // The option that sets the fewest rounds before a stopping rule may fire
  // ("min_turns"); empty when there is none. A timeline lowers it to its
  // rounds per period when it is larger, so a short period stays valid.
  std::string min_rounds_option;
  // Whether the model negotiates the issues of a group jointly (SMP, the
  // exchange model) rather than issue by issue.
  bool joint = false;
  // Whether the model combines other models' forecasts (the ensemble): "all"
  // leaves it out, so that no model is run twice and an ensemble is never
  // counted as one more independent model; name it to run it.
  bool combines_models = false;

  std::any defaults;  // the model's options struct with every default
  // Sets one option (by OptionSpec::name) on an options value of this model;
  // kInvalidArgument naming the option and its range when the text is wrong.
  std::function<Status(std::any& options, std::string_view option, std::string_view value)> set;
  // The current value of one option as text (empty for an unknown option).
  std::function<std::string(const std::any& options, std::string_view option)> get;
  // Checks the whole options value (cross-field rules), as ceres' IsValid.
  std::function<Status(const std::any& options)> validate;
  std::function<Result<ScenarioForecast>(const Scenario&, const std::any& options,
                                         const RunContext&)>
      run;

  const OptionSpec* FindOption(std::string_view option) const;
};

// Settings "<model>.<option>" -> value text. A map, so they apply in a fixed order.
using ModelSettings = std::map<std::string, std::string>;

// A model with its options parsed and checked: run it as often as needed.
// Copyable; immutable; Run is thread-safe.
class ConfiguredModel {
 public:
  ConfiguredModel(std::shared_ptr<const ModelSpec> spec, std::any options);

  const ModelSpec& spec() const { return *spec_; }
  const std::string& name() const { return spec_->name; }
  const std::any& options() const { return options_; }
  // The current value of every option, as "<model>.<option>" -> text.
  ModelSettings Settings() const;

  // This model with one more setting; kInvalidArgument when it is wrong.
  Result<ConfiguredModel> With(std::string_view option, std::string_view value) const;

  // Runs the model. A model that cannot apply to the scenario at all (e.g.
  // SMP with no actor who cares about anything) returns a forecast whose
  // every issue is skipped with the reason, not an error; errors are kept for
  // bad options (kInvalidArgument) and broken invariants (kInternal).
  Result<ScenarioForecast> Run(const Scenario& scenario, const RunContext& context = {}) const;

 private:
  std::shared_ptr<const ModelSpec> spec_;
  std::any options_;
};

// Applies the settings whose key starts with "<spec.name>." on top of the
// defaults and checks the result. A key naming an option the model lacks is
// kInvalidArgument (listing the options); other models' keys are ignored.
Result<ConfiguredModel> Configure(std::shared_ptr<const ModelSpec> spec,
                                  const ModelSettings& settings = {});

// The set of models a program knows. Add each model once; look up by name.
class ModelRegistry {
 public:
  // kInvalidArgument when the name is taken, empty or has a dot.
  Status Add(ModelSpec spec);

  std::shared_ptr<const ModelSpec> Find(std::string_view name) const;
  const std::vector<std::shared_ptr<const ModelSpec>>& Models() const { return models_; }
  // "weighted_median, compromise, nash, eum, smp, exchange, ensemble".
  std::string Names() const;
  // "all" (every model that does not combine others, in registration order), a name, or a
  // comma-separated list of names; kNotFound naming the unknown model and the choices.
  Result<std::vector<std::shared_ptr<const ModelSpec>>> Select(std::string_view text) const;

 private:
  std::vector<std::shared_ptr<const ModelSpec>> models_;
};

// Configures every model that `text` selects with the scenario's
// `parameters:` and then `settings` (which win).
Result<std::vector<ConfiguredModel>> ConfigureModels(const ModelRegistry& registry,
                                                     std::string_view text,
                                                     const Scenario& scenario,
                                                     const ModelSettings& settings = {});

// The models that ship with parley: weighted_median, compromise, nash, eum,
// smp, exchange and ensemble (ensemble.h), registered once (src/analysis/builtin_models.cpp).
const ModelRegistry& BuiltinModels();

// For a model's run function: forecasts each issue of the scenario alone with
// `run_issue` (MakeIssueProblem, then the model), passing each round to the
// context's observer. An issue without a problem, or on which the model
// reports kInvalidInput, is skipped with the reason.
using IssueRun = std::function<Result<Forecast>(const IssueProblem&, const RoundObserver&)>;
Result<ScenarioForecast> ForecastIssueByIssue(const Scenario& scenario, std::string_view model,
                                              const IssueRun& run_issue, const RunContext& context);

}  // namespace parley
