// parley.uncertainty and parley.sensitivity: Monte Carlo over the scenario's
// uncertain inputs (monte_carlo.h) and Sobol indices (sensitivity.h), as
// `parley uncertainty` and `parley sensitivity` run them, as tables.
#include <fmt/format.h>

#include <array>
#include <limits>

#include "bindings.h"
#include "parley/monte_carlo.h"
#include "parley/sensitivity.h"
#include "parley/uncertainty.h"

namespace parley::python {
namespace {

// The master seed of `parley uncertainty` and `parley sensitivity`.
constexpr std::uint64_t kDefaultSeed = 20231201;

std::optional<std::string> IssueOf(const Scenario& scenario, const UncertainInput& input) {
  if (!input.issue) return std::nullopt;
  return IssueId(scenario, *input.issue);
}

py::dict SummaryRows(const Scenario& scenario, const MonteCarloResult& result) {
  Table table({"model", "issue", "point", "no_point", "draws", "with_outcome", "mean", "sd", "p05",
               "p25", "p50", "p75", "p95", "skipped", "cycle", "round_cap", "infeasible",
               "stopped"});
  for (const ModelSummary& model : result.models) {
    for (const IssueSummary& issue : model.issues) {
      std::optional<std::string> reason;
      if (issue.point_reason) reason = std::string(ToString(*issue.point_reason));
      // No draw with an outcome: no mean, sd or quantiles (NaN), as the CLI's null.
      const double none = std::numeric_limits<double>::quiet_NaN();
      const bool any = issue.with_outcome > 0;
      std::array<double, 5> q = issue.quantiles;
      if (!any) q.fill(none);
      const auto& n = issue.no_outcome;
      table.Row(model.model, IssueId(scenario, issue.issue), issue.point, reason, issue.draws,
                issue.with_outcome, any ? issue.mean : none, any ? issue.sd : none, q[0], q[1],
                q[2], q[3], q[4], n[0], n[1], n[2], n[3], n[4]);
    }
  }
  return table.ToDict();
}

py::dict RedLineRows(const Scenario& scenario, const MonteCarloResult& result) {
  Table table({"model", "issue", "actor", "red_line_low", "red_line_high", "crossed", "p_crossed"});
  for (const ModelSummary& model : result.models) {
    for (const IssueSummary& issue : model.issues) {
      for (const RedLineRisk& risk : issue.red_lines) {
        table.Row(model.model, IssueId(scenario, issue.issue), ActorId(scenario, risk.actor),
                  risk.red_line.low, risk.red_line.high, risk.crossed, risk.p_crossed);
      }
    }
  }
  return table.ToDict();
}

py::dict HistogramRows(const Scenario& scenario, const MonteCarloResult& result) {
  Table table({"model", "issue", "bin_low", "bin_high", "count"});
  for (const ModelSummary& model : result.models) {
    for (const IssueSummary& issue : model.issues) {
      const Scale& scale = scenario.issues[issue.issue].scale;
      const double width = scale.Range() / static_cast<double>(kHistogramBins);
      for (std::size_t b = 0; b < issue.histogram.size(); ++b) {
        table.Row(model.model, IssueId(scenario, issue.issue),
                  scale.min + static_cast<double>(b) * width,
                  scale.min + static_cast<double>(b + 1) * width, issue.histogram[b]);
      }
    }
  }
  return table.ToDict();
}

// Every draw's outcome: one row per model, run and issue.
py::dict DrawRows(const Scenario& scenario, const MonteCarloResult& result) {
  Table table({"model", "run", "issue", "outcome", "no_point"});
  const double none = std::numeric_limits<double>::quiet_NaN();
  for (std::size_t m = 0; m < result.draws.Models(); ++m) {
    const std::string& model = result.models[m].model;
    for (std::size_t r = 0; r < result.draws.Runs(); ++r) {
      for (std::size_t k = 0; k < result.draws.Issues(); ++k) {
        const DrawOutcome& draw = result.draws.At(m, r, k);
        std::optional<std::string> reason;
        if (!draw.HasOutcome()) reason = std::string(ToString(*draw.reason));
        table.Row(model, r, IssueId(scenario, k), draw.HasOutcome() ? draw.outcome : none, reason);
      }
    }
  }
  return table.ToDict();
}

// The inputs each run drew: one row per run, one column per input.
py::dict DrawnInputRows(const Scenario& scenario, const MonteCarloResult& result) {
  std::vector<std::string> columns = {"run"};
  for (const UncertainInput& input : result.inputs) columns.push_back(InputLabel(scenario, input));
  py::list runs;
  std::vector<py::list> values(result.inputs.size());
  for (std::size_t r = 0; r < result.runs; ++r) {
    runs.append(r);
    const std::vector<double> drawn = DrawnInputValues(result.inputs, result.seed, r);
    for (std::size_t n = 0; n < drawn.size(); ++n) values[n].append(drawn[n]);
  }
  py::dict table;
  table["run"] = runs;
  for (std::size_t n = 0; n < values.size(); ++n) table[py::str(columns[n + 1])] = values[n];
  return table;
}

py::dict InputRows(const Scenario& scenario, const std::vector<UncertainInput>& inputs) {
  Table table(
      {"input", "field", "actor", "issue", "distribution", "value", "low", "high", "spread"});
  for (const UncertainInput& input : inputs) {
    table.Row(InputLabel(scenario, input), std::string(ToString(input.field)),
              ActorId(scenario, input.actor), IssueOf(scenario, input),
              std::string(ToString(input.distribution)), input.value, input.low, input.high,
              input.spread);
  }
  return table.ToDict();
}

Scenario WithOverrides(const Scenario& scenario, const UncertaintyOverrides& overrides) {
  if (overrides.IsEmpty()) return scenario;
  return Unwrap(ApplyUncertaintyOverrides(scenario, overrides));
}

py::dict Uncertainty(const Scenario& given, const RunRequest& request, std::size_t runs,
                     bool accept_round_cap, const UncertaintyOverrides& overrides) {
  const Scenario scenario = WithOverrides(given, overrides);
  MonteCarloResult result;
  {
    py::gil_scoped_release release;
    const std::vector<ConfiguredModel> models = ModelsOf(scenario, request);
    auto pool = PoolOf(request);
    MonteCarloOptions options;
    options.runs = runs;
    options.seed = request.seed.value_or(kDefaultSeed);
    options.accept_round_cap = accept_round_cap;
    result = Unwrap(RunMonteCarlo(scenario, models, options, pool.get()));
  }
  py::dict tables;
  tables["summary"] = SummaryRows(scenario, result);
  tables["red_lines"] = RedLineRows(scenario, result);
  tables["histogram"] = HistogramRows(scenario, result);
  tables["draws"] = DrawRows(scenario, result);
  tables["inputs"] = InputRows(scenario, result.inputs);
  tables["drawn_inputs"] = DrawnInputRows(scenario, result);
  tables["notes"] = result.notes;
  tables["seed"] = result.seed;
  tables["runs"] = result.runs;
  return tables;
}

py::dict Sensitivity(const Scenario& given, const RunRequest& request, std::size_t base_runs,
                     std::size_t bootstrap, const UncertaintyOverrides& overrides) {
  const Scenario scenario = WithOverrides(given, overrides);
  SensitivityResult result;
  std::string model_name;
  {
    py::gil_scoped_release release;
    const std::vector<ConfiguredModel> models = ModelsOf(scenario, request);
    if (models.size() != 1) {
      Fail(ErrorCode::kInvalidArgument,
           "sensitivity takes one model: model='NAME' (not all or a list)");
    }
    model_name = models.front().name();
    auto pool = PoolOf(request);
    SensitivityOptions options;
    options.base_runs = base_runs;
    options.seed = request.seed.value_or(kDefaultSeed);
    options.bootstrap = bootstrap;
    result = Unwrap(RunSensitivity(scenario, models.front(), options, pool.get()));
  }
  Table indices({"model", "issue", "rank", "input", "first_order", "first_order_low",
                 "first_order_high", "total", "total_low", "total_high"});
  Table issues({"model", "issue", "rows_used", "base_runs", "variance"});
  for (const IssueSensitivity& issue : result.issues) {
    issues.Row(model_name, IssueId(scenario, issue.issue), issue.rows_used, result.base_runs,
               issue.variance);
    for (std::size_t rank = 0; rank < issue.indices.size(); ++rank) {
      const SobolIndex& index = issue.indices[rank];
      indices.Row(model_name, IssueId(scenario, issue.issue), rank + 1,
                  InputLabel(scenario, result.inputs[index.input]), index.first_order,
                  index.first_order_low, index.first_order_high, index.total, index.total_low,
                  index.total_high);
    }
  }
  py::dict tables;
  tables["indices"] = indices.ToDict();
  tables["issues"] = issues.ToDict();
  tables["inputs"] = InputRows(scenario, result.inputs);
  tables["notes"] = result.notes;
  return tables;
}

UncertaintyOverrides OverridesOf(std::optional<double> position_sd,
                                 std::optional<double> salience_sd,
                                 std::optional<double> capability_factor) {
  return UncertaintyOverrides{position_sd, salience_sd, capability_factor};
}

}  // namespace

void BindUncertainty(py::module_& module) {
  module.def(
      "_uncertainty",
      [](const Scenario& scenario, const std::string& model,
         const std::map<std::string, std::string>& settings, std::optional<std::uint64_t> seed,
         int threads, std::size_t runs, bool accept_round_cap, std::optional<double> position_sd,
         std::optional<double> salience_sd, std::optional<double> capability_factor) {
        return Uncertainty(scenario, RunRequest{model, settings, seed, threads}, runs,
                           accept_round_cap,
                           OverridesOf(position_sd, salience_sd, capability_factor));
      },
      py::arg("scenario"), py::arg("model"), py::arg("settings"), py::arg("seed"),
      py::arg("threads"), py::arg("runs"), py::arg("accept_round_cap"), py::arg("position_sd"),
      py::arg("salience_sd"), py::arg("capability_factor"));
  module.def(
      "_sensitivity",
      [](const Scenario& scenario, const std::string& model,
         const std::map<std::string, std::string>& settings, std::optional<std::uint64_t> seed,
         int threads, std::size_t base_runs, std::size_t bootstrap,
         std::optional<double> position_sd, std::optional<double> salience_sd,
         std::optional<double> capability_factor) {
        return Sensitivity(scenario, RunRequest{model, settings, seed, threads}, base_runs,
                           bootstrap, OverridesOf(position_sd, salience_sd, capability_factor));
      },
      py::arg("scenario"), py::arg("model"), py::arg("settings"), py::arg("seed"),
      py::arg("threads"), py::arg("base_runs"), py::arg("bootstrap"), py::arg("position_sd"),
      py::arg("salience_sd"), py::arg("capability_factor"));
}

}  // namespace parley::python
