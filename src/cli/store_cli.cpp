// Gathering a command's results into the results store's plain rows.
#include "cli/store_cli.h"

#include <fmt/format.h>

#include <map>

#include "cli/cluster.h"
#include "parley/draw_evaluation.h"
#include "parley/io.h"
#include "parley/sha256.h"
#include "parley/uncertainty.h"
#include "parley/validation.h"

namespace parley::cli {
namespace {

constexpr const char* kParleyVersion = "0.1.0";

StoredOutcome OutcomeRow(std::size_t model, std::size_t issue, const DrawOutcome& outcome) {
  StoredOutcome row;
  row.model = model;
  row.issue = issue;
  if (outcome.HasOutcome()) {
    row.value = outcome.outcome;
  } else {
    row.status = std::string(ToString(*outcome.reason));
  }
  return row;
}

StoredInput InputRow(const Scenario& scenario, const UncertainInput& input) {
  StoredInput row;
  row.label = InputLabel(scenario, input);
  row.actor = scenario.actors[input.actor].id;
  row.field = std::string(ToString(input.field));
  if (input.issue) row.issue = scenario.issues[*input.issue].id;
  row.distribution = std::string(ToString(input.distribution));
  row.point = input.value;
  row.low = input.low;
  row.high = input.high;
  return row;
}

std::size_t ModelIndex(StoredRun& run, const std::string& name) {
  for (std::size_t m = 0; m < run.models.size(); ++m) {
    if (run.models[m].name == name) return m;
  }
  run.models.push_back({name, "{}"});
  return run.models.size() - 1;
}

}  // namespace

void AddStoreOption(CLI::App* app, std::string& path) {
  app->add_option("--store", path,
                  "Append this run (settings, inputs drawn, outcomes) to the SQLite results "
                  "store FILE, created if missing (docs/store.md)");
}

nlohmann::ordered_json RegimeFlagsJson(const RegimeFlags& flags) {
  nlohmann::ordered_json json = nlohmann::ordered_json::object();
  const auto text = [&json](const char* key, const std::string& value) {
    if (!value.empty()) json[key] = value;
  };
  const auto list = [&json](const char* key, const std::vector<std::string>& values) {
    if (!values.empty()) json[key] = values;
  };
  const auto number = [&json](const char* key, const std::optional<double>& value) {
    if (value) json[key] = *value;
  };
  text("regime", flags.regime);
  text("mediator", flags.mediator);
  list("inclusive_excluded", flags.inclusive_excluded);
  text("guarantor", flags.guarantor);
  list("excluded", flags.excluded);
  list("proxies", flags.proxies);
  list("agenda", flags.agenda);
  number("coercion_factor", flags.coercion_factor);
  number("force_shock", flags.force_shock);
  if (flags.force_from_strength) json["force_from_strength"] = true;
  list("regional_powers", flags.regional_powers);
  list("clients", flags.clients);
  number("client_pull", flags.client_pull);
  list("multipolar_excluded", flags.multipolar_excluded);
  return json;
}

nlohmann::ordered_json EvaluationFlagsJson(const EvaluationFlags& flags) {
  nlohmann::ordered_json json = RegimeFlagsJson(flags.regime);
  if (flags.timeline) {
    json["timeline"] = true;
    json["rounds_per_period"] = flags.rounds_per_period;
    if (flags.periods > 0) json["periods"] = flags.periods;
  }
  if (flags.accept_round_cap) json["accept_round_cap"] = true;
  return json;
}

nlohmann::ordered_json OverridesJson(const UncertaintyOverrides& overrides) {
  nlohmann::ordered_json json = nlohmann::ordered_json::object();
  if (overrides.position_sd) json["position_sd"] = *overrides.position_sd;
  if (overrides.salience_sd) json["salience_sd"] = *overrides.salience_sd;
  if (overrides.capability_factor) json["capability_factor"] = *overrides.capability_factor;
  return json;
}

StoredRun StoredRunFor(const std::string& command, const Scenario& scenario,
                       const nlohmann::ordered_json& settings) {
  StoredRun run;
  run.command = command;
  run.scenario = scenario.id;
  run.scenario_digest = Sha256Hex(ScenarioToJson(scenario));
  run.parley_version = kParleyVersion;
  run.created_at = StoreTimestamp();
  run.settings_json = settings.is_object() ? settings.dump() : "{}";
  for (const Issue& issue : scenario.issues) {
    run.issues.push_back({issue.id, issue.name, issue.scale.min, issue.scale.max, std::nullopt});
  }
  return run;
}

void StoreModels(StoredRun& run, const std::vector<ConfiguredModel>& models) {
  for (const ConfiguredModel& model : models) {
    run.models.push_back({model.name(), nlohmann::ordered_json(model.Settings()).dump()});
  }
}

void StoreForecastReport(StoredRun& run, const Scenario& scenario, const ForecastReport& report) {
  const bool regime = report.regime_unavailable.empty() && !report.models.empty() &&
                      report.models.front().regime.has_value();
  for (std::size_t m = 0; m < report.models.size(); ++m) {
    const ModelReport& model = report.models[m];
    if (regime && model.regime) {
      for (const IssueOutcome& outcome : model.regime->outcomes) {
        run.outcomes.push_back(OutcomeRow(m, outcome.issue, DrawOutcome{outcome.outcome, {}}));
      }
      continue;
    }
    const std::vector<DrawOutcome> finals = DrawOutcomesOf(scenario, model.forecast);
    for (std::size_t k = 0; k < finals.size(); ++k) {
      run.outcomes.push_back(OutcomeRow(m, k, finals[k]));
    }
    for (const IssueForecast& issue : model.forecast.issues) {
      for (const Round& round : issue.forecast.rounds) {
        StoredOutcome row{m, issue.issue, std::nullopt, round.round, round.outcome, "state"};
        run.outcomes.push_back(row);
      }
    }
  }
}

void StoreMonteCarlo(StoredRun& run, const Scenario& scenario, const MonteCarloResult& result,
                     bool points) {
  run.seed = result.seed;
  run.draws = result.runs;
  for (const UncertainInput& input : result.inputs) run.inputs.push_back(InputRow(scenario, input));
  run.drawn.reserve(result.runs * result.inputs.size());
  for (std::size_t r = 0; r < result.runs; ++r) {
    const std::vector<double> values = DrawnInputValues(result.inputs, result.seed, r);
    run.drawn.insert(run.drawn.end(), values.begin(), values.end());
  }
  for (std::size_t m = 0; m < result.draws.Models(); ++m) {
    const std::size_t model = ModelIndex(run, result.models[m].model);
    for (const IssueSummary& summary : result.models[m].issues) {
      if (!points) break;
      StoredOutcome row{model, summary.issue, std::nullopt, std::nullopt, summary.point, "outcome"};
      if (summary.point_reason) row.status = std::string(ToString(*summary.point_reason));
      run.outcomes.push_back(row);
    }
    for (std::size_t r = 0; r < result.draws.Runs(); ++r) {
      for (std::size_t k = 0; k < result.draws.Issues(); ++k) {
        StoredOutcome row = OutcomeRow(model, k, result.draws.At(m, r, k));
        row.draw = static_cast<std::int64_t>(r);
        run.outcomes.push_back(row);
      }
    }
  }
}

void StoreTrajectory(StoredRun& run, const Trajectory& trajectory) {
  const std::size_t model = ModelIndex(run, trajectory.model);
  for (const TimelinePeriod& period : trajectory.periods) {
    for (const IssueOutcome& outcome : period.outcomes) {
      run.outcomes.push_back(
          {model, outcome.issue, std::nullopt, period.period, outcome.outcome, "state"});
    }
  }
  if (trajectory.periods.empty()) return;
  for (const IssueOutcome& outcome : trajectory.periods.back().outcomes) {
    run.outcomes.push_back(
        {model, outcome.issue, std::nullopt, std::nullopt, outcome.outcome, "outcome"});
  }
}

void StoreSensitivity(StoredRun& run, const Scenario& scenario, const SensitivityResult& result) {
  run.seed = result.seed;
  run.draws = result.base_runs;
  for (const UncertainInput& input : result.inputs) run.inputs.push_back(InputRow(scenario, input));
  for (const IssueSensitivity& issue : result.issues) {
    for (const SobolIndex& index : issue.indices) {
      run.sensitivity.push_back({0, issue.issue, index.input, index.first_order,
                                 index.first_order_low, index.first_order_high, index.total,
                                 index.total_low, index.total_high});
    }
  }
}

void StoreBacktest(StoredRun& run, const BacktestResult& result) {
  std::map<std::string, std::size_t> issue_of;
  for (std::size_t k = 0; k < run.issues.size(); ++k) issue_of[run.issues[k].id] = k;
  for (const IssueRecord& record : result.issues) {
    const auto found = issue_of.find(record.issue);
    if (found == issue_of.end()) continue;
    const std::size_t model = ModelIndex(run, record.predictor);
    run.issues[found->second].observed = record.outcome;
    StoredOutcome row{model, found->second, std::nullopt, std::nullopt, record.forecast, "outcome"};
    if (!record.forecast) row.status = "skipped";
    run.outcomes.push_back(row);
    if (record.crps) run.scores.push_back({model, found->second, "crps", *record.crps});
    if (record.pit) run.scores.push_back({model, found->second, "pit", *record.pit});
  }
  for (const ErrorSummary& summary : result.rows) {
    const std::size_t model = ModelIndex(run, summary.predictor);
    const std::pair<const char*, double> metrics[] = {
        {"scored", summary.scored},
        {"skipped", summary.skipped},
        {"mean_absolute_error", summary.mean_absolute_error},
        {"root_mean_squared_error", summary.root_mean_squared_error},
        {"median_absolute_error", summary.median_absolute_error},
        {"share_within", summary.share_within},
        {"mean_signed_error", summary.mean_signed_error}};
    for (const auto& [metric, value] : metrics) {
      run.scores.push_back({model, std::nullopt, metric, value});
    }
    if (summary.probabilistic) {
      run.scores.push_back({model, std::nullopt, "crps", summary.probabilistic->crps});
      const char* coverage[] = {"coverage_50", "coverage_80", "coverage_90"};
      for (std::size_t c = 0; c < summary.probabilistic->coverage.size(); ++c) {
        run.scores.push_back(
            {model, std::nullopt, coverage[c], summary.probabilistic->coverage[c]});
      }
    }
  }
  run.notes.insert(run.notes.end(), result.notes.begin(), result.notes.end());
}

Status WriteStore(const std::string& path, const StoredRun& run) {
  if (!WritesOutput()) return Ok();  // an MPI rank other than 0 (cluster.h) writes nothing
  auto id = AppendRun(path, run);
  if (!id) return tl::unexpected(id.error());
  return Ok();
}

}  // namespace parley::cli
