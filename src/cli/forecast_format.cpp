#include "cli/forecast_format.h"

#include <fmt/format.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "cli/bottom_line_format.h"
#include "cli/conflict_cli.h"
#include "cli/smp_cli.h"
#include "cli/text_layout.h"
#include "io/csv.h"
#include "parley/monte_carlo.h"
#include "parley/smp.h"

namespace parley::cli {
namespace {

using Json = nlohmann::ordered_json;

std::string EndLabel(const Issue& issue, bool upper) {
  const std::string& label = upper ? issue.scale.max_label : issue.scale.min_label;
  if (!label.empty()) return label;
  return fmt::format("{:g}", upper ? issue.scale.max : issue.scale.min);
}

void AppendTrajectory(std::string& out, const Scenario& scenario, const IssueForecast& entry,
                      const ForecastView& view) {
  const Forecast& forecast = entry.forecast;
  if (forecast.rounds.size() <= 1 && !view.show_positions) return;
  out += Wrap(fmt::format("{} trajectory ({}):", forecast.model, forecast.message), "  ", "    ");
  out += fmt::format("    {:>5}  {:>9}  {:>9}", "round", "forecast", "mean");
  if (view.show_positions) {
    for (std::size_t a : entry.problem.actor)
      out += fmt::format("  {:>8.8}", scenario.actors[a].id);
  }
  out += "\n";
  for (const Round& round : forecast.rounds) {
    out += fmt::format("    {:>5}  {:>9}  {:>9}", round.round, Number(round.outcome),
                       Number(round.mean));
    if (view.show_positions) {
      for (double p : round.position) out += fmt::format("  {:>8}", Number(p));
    }
    out += "\n";
  }
}

// The forecast column of a model's row: the point and the nearer end, or why
// there is no point; with the model's message when the run did not simply
// end (gridlock, a cycle, a cap, a stop).
std::string ForecastCell(const Issue& issue, const Forecast& forecast, const DrawOutcome& outcome) {
  std::string cell;
  if (outcome.HasOutcome()) {
    cell = fmt::format("{}, {}", Number(forecast.outcome), NearerEnd(issue, forecast.outcome));
  } else {
    const NoPoint why{forecast.model, *outcome.reason, forecast.RoundCount(), forecast.outcome,
                      forecast.message};
    cell = why.reason == NoOutcomeReason::kInfeasible
               ? fmt::format("no point (gridlock, status quo {})", Number(forecast.outcome))
               : fmt::format("no point ({}, last state {})", NoPointLabel(why),
                             Number(forecast.outcome));
  }
  const bool plain = forecast.termination == Termination::kClosedForm ||
                     forecast.termination == Termination::kConverged;
  if (!plain && !forecast.message.empty()) cell += "; " + forecast.message;
  return cell;
}

Json CellJson(const DetailCell& cell) {
  if (const auto* text = std::get_if<std::string>(&cell)) return *text;
  return std::get<double>(cell);
}

std::string CellText(const DetailCell& cell) {
  if (const auto* text = std::get_if<std::string>(&cell)) return *text;
  return fmt::format("{:.4g}", std::get<double>(cell));
}

// A model's detail as JSON: notes, tables (one object per row) and, for the
// SMP, each negotiation's turns as parley.smp/1 gives them.
Json DetailJson(const ModelDetail& detail) {
  Json json = {{"notes", detail.notes}, {"tables", Json::object()}};
  for (const DetailTable& table : detail.tables) {
    Json rows = Json::array();
    for (const auto& row : table.rows) {
      Json object = Json::object();
      for (std::size_t c = 0; c < table.columns.size() && c < row.size(); ++c) {
        object[table.columns[c]] = CellJson(row[c]);
      }
      rows.push_back(std::move(object));
    }
    json["tables"][table.name] = std::move(rows);
  }
  if (const SmpDetail* smp = DetailData<SmpDetail>(detail)) {
    json["smp"] = Json::array();
    for (const SmpGroupRun& group : *smp) {
      json["smp"].push_back(SmpJson(group.problem, group.options, group.run));
    }
  }
  return json;
}

std::string DetailSection(const Scenario& scenario, const std::vector<ScenarioForecast>& forecasts,
                          const ForecastView& view) {
  std::string out;
  for (const ScenarioForecast& model : forecasts) {
    const SmpDetail* smp = DetailData<SmpDetail>(model.detail);
    const bool has_detail = !model.detail.tables.empty() || (smp && !smp->empty());
    if (model.detail.notes.empty() && !(view.show_detail && has_detail)) continue;
    out += fmt::format("\n{}:\n", model.model);
    for (const std::string& note : model.detail.notes) out += Wrap(note, "  note: ", "        ");
    if (!view.show_detail) continue;
    for (const DetailTable& table : model.detail.tables) out += DetailTableText(table);
    if (smp == nullptr) continue;
    for (const SmpGroupRun& group : *smp) {
      out += "\n" + SmpTable(scenario, group.problem, group.options, group.run);
    }
  }
  return out;
}

}  // namespace

std::string NearerEnd(const Issue& issue, double outcome) {
  const double middle = (issue.scale.min + issue.scale.max) / 2.0;
  if (std::abs(outcome - middle) < 1e-9 * issue.scale.Range()) return "midway";
  return fmt::format("toward '{}'", EndLabel(issue, outcome > middle));
}

std::string ForecastTable(const Scenario& scenario, const ForecastReport& report,
                          const std::vector<IssueBottomLine>& bottom_line,
                          const ForecastView& view) {
  std::vector<ScenarioForecast> forecasts;
  for (const ModelReport& model : report.models) forecasts.push_back(model.forecast);
  std::string out = Wrap(fmt::format("Scenario: {} ({})", scenario.name, scenario.id), "", "  ");
  if (!scenario.as_of.empty()) out += fmt::format("As of: {}\n", scenario.as_of);
  for (const std::string& note : report.notes) out += Wrap(note, "Note: ", "  ");
  out += "\n" + BottomLineText(scenario, bottom_line);
  for (std::size_t k = 0; k < scenario.issues.size(); ++k) {
    const Issue& issue = scenario.issues[k];
    out += "\n" + Wrap(fmt::format("Issue '{}': {}", issue.id, issue.name), "", "  ");
    std::string scale = fmt::format("scale {:g} = '{}' ... {:g} = '{}'", issue.scale.min,
                                    EndLabel(issue, false), issue.scale.max, EndLabel(issue, true));
    if (issue.status_quo) scale += fmt::format("; status quo {:g}", *issue.status_quo);
    out += Wrap(scale, "  ", "    ");
    std::vector<std::vector<std::string>> rows = {{"model", "rounds", "termination", "forecast"}};
    for (const ScenarioForecast& model : forecasts) {
      const IssueForecast* entry = model.Find(k);
      if (entry == nullptr) continue;
      const Forecast& f = entry->forecast;
      rows.push_back({model.model, std::to_string(f.RoundCount()), ToString(f.termination),
                      ForecastCell(issue, f, DrawOutcomesOf(scenario, model)[k])});
    }
    for (const ScenarioForecast& model : forecasts) {
      for (const SkippedIssue& skipped : model.skipped) {
        if (skipped.issue == k) rows.push_back({model.model, "-", "skipped", skipped.reason});
      }
    }
    out += RenderWrapped(rows, 2, "lrl");
    if (!view.show_trajectories && !view.show_positions) continue;
    for (const ScenarioForecast& model : forecasts) {
      if (const IssueForecast* entry = model.Find(k)) AppendTrajectory(out, scenario, *entry, view);
    }
  }
  return out + DetailSection(scenario, forecasts, view);
}

std::string ForecastJson(const Scenario& scenario, const ForecastReport& report,
                         const std::vector<IssueBottomLine>& bottom_line) {
  Json json = {
      {"schema", "parley.forecast/1"}, {"scenario", scenario.id}, {"as_of", scenario.as_of}};
  json["bottom_line"] = BottomLineJson(scenario, bottom_line);
  json["models"] = Json::array();
  Json red_lines = Json::array();
  for (const ModelReport& model_report : report.models) {
    const ScenarioForecast& model = model_report.forecast;
    Json model_red_lines = RedLinesJson(scenario, model_report.red_lines);
    model_red_lines["model"] = model.model;
    red_lines.push_back(std::move(model_red_lines));
    Json issues = Json::array();
    for (const IssueForecast& entry : model.issues) {
      const Issue& issue = scenario.issues[entry.issue];
      const Forecast& f = entry.forecast;
      Json actors = Json::array();
      for (std::size_t a : entry.problem.actor) actors.push_back(scenario.actors[a].id);
      Json veto_holders = Json::array();
      for (std::size_t a : f.veto_holders) veto_holders.push_back(scenario.actors[a].id);
      Json rounds = Json::array();
      for (const Round& round : f.rounds) {
        rounds.push_back({{"round", round.round},
                          {"outcome", round.outcome},
                          {"mean", round.mean},
                          {"positions", round.position}});
      }
      issues.push_back({{"issue", issue.id},
                        {"outcome", f.outcome},
                        {"nearer_end", NearerEnd(issue, f.outcome)},
                        {"termination", ToString(f.termination)},
                        {"rounds", f.RoundCount()},
                        {"message", f.message},
                        {"veto_holders", veto_holders},
                        {"actors", actors},
                        {"trajectory", rounds}});
    }
    Json skipped = Json::array();
    for (const SkippedIssue& entry : model.skipped) {
      skipped.push_back({{"issue", scenario.issues[entry.issue].id}, {"reason", entry.reason}});
    }
    json["models"].push_back({{"model", model.model},
                              {"issues", issues},
                              {"skipped", skipped},
                              {"detail", DetailJson(model.detail)}});
  }
  json["red_lines"] = std::move(red_lines);
  json["notes"] = report.notes;
  return json.dump(2) + "\n";
}

std::string ForecastCsv(const Scenario& scenario, const ForecastReport& report,
                        const std::vector<IssueBottomLine>& bottom_line) {
  std::string out =
      BottomLineCsv(scenario, bottom_line) + "\nmodel,issue,round,outcome,mean,termination\n";
  for (const ModelReport& model_report : report.models) {
    const ScenarioForecast& model = model_report.forecast;
    for (const IssueForecast& entry : model.issues) {
      for (const Round& round : entry.forecast.rounds) {
        out += fmt::format("{},{},{},{:.6f},{:.6f},{}\n", model.model,
                           csv::Quote(scenario.issues[entry.issue].id), round.round, round.outcome,
                           round.mean, ToString(entry.forecast.termination));
      }
    }
  }
  return out;
}

std::string DetailTableText(const DetailTable& table) {
  std::vector<std::vector<std::string>> rows = {table.columns};
  for (const auto& row : table.rows) {
    std::vector<std::string> cells;
    for (const DetailCell& cell : row) cells.push_back(CellText(cell));
    rows.push_back(std::move(cells));
  }
  return fmt::format("  {}\n", table.title) + RenderColumns(rows, 4);
}

}  // namespace parley::cli
