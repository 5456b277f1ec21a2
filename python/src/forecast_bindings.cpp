// parley.forecast and friends: every selected model on a scenario through the
// analysis layer's forecast report and bottom line (forecast_report.h,
// bottom_line.h), the same values `parley forecast` prints, as tables.
#include <fmt/format.h>

#include <limits>

#include "bindings.h"
#include "parley/bottom_line.h"
#include "parley/draw_evaluation.h"
#include "parley/forecast_report.h"
#include "parley/monte_carlo.h"
#include "parley/uncertainty.h"

namespace parley::python {
namespace {

// The bottom line's interval: as `parley forecast` (200 draws, seed 20231201).
constexpr std::uint64_t kBottomLineSeed = 20231201;

struct ForecastRun {
  ForecastReport report;
  std::vector<IssueBottomLine> bottom_line;
};

ForecastRun RunForecast(const Scenario& scenario, const RunRequest& request, std::size_t runs) {
  ForecastRequest forecast_request;
  forecast_request.models = ModelsOf(scenario, request);
  auto pool = PoolOf(request);
  forecast_request.context.pool = pool.get();
  forecast_request.context.seed = request.seed;
  ForecastRun run;
  run.report = Unwrap(BuildForecastReport(scenario, forecast_request));
  if (runs == 0 || ListUncertainInputs(scenario).empty()) {
    run.bottom_line = Unwrap(BuildBottomLine(scenario, run.report));
    return run;
  }
  MonteCarloOptions options;
  options.runs = runs;
  options.seed = request.seed.value_or(kBottomLineSeed);
  const MonteCarloResult draws =
      Unwrap(RunMonteCarlo(scenario, forecast_request.models, options, pool.get()));
  run.bottom_line = Unwrap(BuildBottomLine(scenario, run.report, &draws));
  return run;
}

std::string Joined(const std::vector<std::string>& parts) {
  std::string text;
  for (const std::string& part : parts) text += (text.empty() ? "" : ";") + part;
  return text;
}

// The actors whose red line the model's outcome on `issue` crosses.
std::vector<std::string> CrossedBy(const Scenario& scenario, const RedLineReport& report,
                                   std::size_t issue) {
  std::vector<std::string> ids;
  for (const IssueRedLines& lines : report.issues) {
    if (lines.issue != issue) continue;
    for (const RedLineCheck& check : lines.crossed) ids.push_back(ActorId(scenario, check.actor));
  }
  return ids;
}

// One row per issue and model (issue order, then the report's model order).
py::dict ModelRows(const Scenario& scenario, const ForecastReport& report) {
  Table table({"issue", "model", "forecast", "no_point", "termination", "rounds",
               "red_lines_crossed", "veto_holders", "state", "message"});
  const double none = std::numeric_limits<double>::quiet_NaN();
  for (std::size_t k = 0; k < scenario.issues.size(); ++k) {
    for (const ModelReport& model : report.models) {
      const ScenarioForecast& forecast = model.forecast;
      const IssueForecast* entry = forecast.Find(k);
      if (entry == nullptr) {
        for (const SkippedIssue& skipped : forecast.skipped) {
          if (skipped.issue != k) continue;
          table.Row(IssueId(scenario, k), forecast.model, none, std::string("skipped"),
                    std::string("skipped"), 0, std::string(), std::string(), none, skipped.reason);
        }
        continue;
      }
      const Forecast& f = entry->forecast;
      const DrawOutcome outcome = DrawOutcomesOf(scenario, forecast)[k];
      std::optional<std::string> reason;
      if (!outcome.HasOutcome()) reason = std::string(ToString(*outcome.reason));
      table.Row(
          IssueId(scenario, k), forecast.model, outcome.HasOutcome() ? f.outcome : none, reason,
          ToString(f.termination), f.RoundCount(),
          outcome.HasOutcome() ? Joined(CrossedBy(scenario, model.red_lines, k)) : std::string(),
          Joined(ActorIds(scenario, f.veto_holders)), f.outcome, f.message);
    }
  }
  return table.ToDict();
}

std::optional<double> IntervalEnd(const IssueBottomLine& line, bool high) {
  if (!line.interval) return std::nullopt;
  return high ? line.interval->high : line.interval->low;
}

// One row per issue: the columns of `parley forecast --format csv`'s first part.
py::dict BottomLineRows(const Scenario& scenario, const std::vector<IssueBottomLine>& lines) {
  Table table({"issue", "central", "low", "high", "spread", "models", "models_with_point",
               "agreement_band", "within_band", "interval_low", "interval_high", "interval_draws",
               "red_lines_crossed", "no_point"});
  for (const IssueBottomLine& line : lines) {
    std::vector<std::string> no_point;
    for (const NoPoint& why : line.no_point) {
      no_point.push_back(fmt::format("{}={}", why.model, ToString(why.reason)));
    }
    std::optional<std::size_t> draws;
    if (line.interval) draws = line.interval->draws;
    table.Row(IssueId(scenario, line.issue), line.central, line.low, line.high, line.spread,
              line.models, line.points.size(), line.agreement_band, line.within_band,
              IntervalEnd(line, false), IntervalEnd(line, true), draws,
              Joined(ActorIds(scenario, line.red_lines_crossed)), Joined(no_point));
  }
  return table.ToDict();
}

// Every round of every model and issue, and each participant's position in it.
py::dict RoundRows(const Scenario& scenario, const ForecastReport& report) {
  Table rounds({"model", "issue", "round", "forecast", "mean", "termination"});
  Table positions({"model", "issue", "round", "actor", "position"});
  for (const ModelReport& model : report.models) {
    for (const IssueForecast& entry : model.forecast.issues) {
      const Forecast& f = entry.forecast;
      for (const Round& round : f.rounds) {
        rounds.Row(model.forecast.model, IssueId(scenario, entry.issue), round.round, round.outcome,
                   round.mean, ToString(f.termination));
        for (std::size_t p = 0; p < round.position.size() && p < entry.problem.actor.size(); ++p) {
          positions.Row(model.forecast.model, IssueId(scenario, entry.issue), round.round,
                        ActorId(scenario, entry.problem.actor[p]), round.position[p]);
        }
      }
    }
  }
  py::dict both;
  both["rounds"] = rounds.ToDict();
  both["positions"] = positions.ToDict();
  return both;
}

// A model's own tables (SMP's probabilities, the exchanges, ...), by "model.table".
py::dict DetailRows(const ForecastReport& report) {
  py::dict tables;
  for (const ModelReport& model : report.models) {
    for (const DetailTable& detail : model.forecast.detail.tables) {
      std::vector<py::list> columns(detail.columns.size());
      for (const auto& row : detail.rows) {
        for (std::size_t c = 0; c < columns.size() && c < row.size(); ++c) {
          std::visit([&](const auto& cell) { columns[c].append(py::cast(cell)); }, row[c]);
        }
      }
      py::dict table;
      for (std::size_t c = 0; c < columns.size(); ++c) {
        table[py::str(detail.columns[c])] = columns[c];
      }
      tables[py::str(model.forecast.model + "." + detail.name)] = table;
    }
  }
  return tables;
}

py::dict Forecast(const Scenario& scenario, const RunRequest& request, std::size_t runs) {
  ForecastRun run;
  {
    py::gil_scoped_release release;
    run = RunForecast(scenario, request, runs);
  }
  std::vector<std::string> notes = run.report.notes;
  for (const ModelReport& model : run.report.models) {
    for (const std::string& note : model.forecast.detail.notes) {
      notes.push_back(model.forecast.model + ": " + note);
    }
  }
  py::dict result;
  result["models"] = ModelRows(scenario, run.report);
  result["bottom_line"] = BottomLineRows(scenario, run.bottom_line);
  result["trajectories"] = RoundRows(scenario, run.report);
  result["details"] = DetailRows(run.report);
  result["notes"] = notes;
  return result;
}

}  // namespace

void BindForecast(py::module_& module) {
  module.def(
      "_forecast",
      [](const Scenario& scenario, const std::string& model,
         const std::map<std::string, std::string>& settings, std::optional<std::uint64_t> seed,
         int threads, std::size_t runs) {
        return Forecast(scenario, RunRequest{model, settings, seed, threads}, runs);
      },
      py::arg("scenario"), py::arg("model"), py::arg("settings"), py::arg("seed"),
      py::arg("threads"), py::arg("runs"));
}

}  // namespace parley::python
