#include "cli/forecast_format.h"

#include <fmt/format.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "io/csv.h"

namespace parley::cli {
namespace {

using Json = nlohmann::ordered_json;

std::string EndLabel(const Issue& issue, bool upper) {
  const std::string& label = upper ? issue.scale.max_label : issue.scale.min_label;
  if (!label.empty()) return label;
  return fmt::format("{:g}", upper ? issue.scale.max : issue.scale.min);
}

// The forecast of `model` for issue k, or nullptr when it has none.
const IssueForecast* Find(const ScenarioForecast& forecast, std::size_t k) {
  for (const IssueForecast& entry : forecast.issues) {
    if (entry.issue == k) return &entry;
  }
  return nullptr;
}

void AppendTrajectory(std::string& out, const Scenario& scenario, const IssueForecast& entry,
                      const ForecastView& view) {
  const Forecast& forecast = entry.forecast;
  if (forecast.rounds.size() <= 1 && !view.show_positions) return;
  out += fmt::format("  {} trajectory ({}):\n", forecast.model, forecast.message);
  out += fmt::format("    {:>5}  {:>9}  {:>9}", "round", "forecast", "mean");
  if (view.show_positions) {
    for (std::size_t a : entry.problem.actor)
      out += fmt::format("  {:>8.8}", scenario.actors[a].id);
  }
  out += "\n";
  for (const Round& round : forecast.rounds) {
    out += fmt::format("    {:>5}  {:>9.3f}  {:>9.3f}", round.round, round.outcome, round.mean);
    if (view.show_positions) {
      for (double p : round.position) out += fmt::format("  {:>8.2f}", p);
    }
    out += "\n";
  }
}

}  // namespace

std::string NearerEnd(const Issue& issue, double outcome) {
  const double middle = (issue.scale.min + issue.scale.max) / 2.0;
  if (std::abs(outcome - middle) < 1e-9 * issue.scale.Range()) return "midway";
  return fmt::format("toward '{}'", EndLabel(issue, outcome > middle));
}

std::string ForecastTable(const Scenario& scenario, const std::vector<ScenarioForecast>& forecasts,
                          const ForecastView& view) {
  std::string out = fmt::format("Scenario: {} ({})\n", scenario.name, scenario.id);
  if (!scenario.as_of.empty()) out += fmt::format("As of: {}\n", scenario.as_of);
  for (std::size_t k = 0; k < scenario.issues.size(); ++k) {
    const Issue& issue = scenario.issues[k];
    out += fmt::format("\nIssue '{}': {}\n  scale {:g} = '{}' ... {:g} = '{}'", issue.id,
                       issue.name, issue.scale.min, EndLabel(issue, false), issue.scale.max,
                       EndLabel(issue, true));
    if (issue.status_quo) out += fmt::format("; status quo {:g}", *issue.status_quo);
    out += "\n";
    out +=
        fmt::format("  {:<16} {:>6}  {:<12}  {}\n", "model", "rounds", "termination", "forecast");
    for (const ScenarioForecast& model : forecasts) {
      const IssueForecast* entry = Find(model, k);
      if (entry == nullptr) continue;
      const Forecast& f = entry->forecast;
      out += fmt::format("  {:<16} {:>6}  {:<12}  {:.1f}, {}\n", model.model, f.RoundCount(),
                         ToString(f.termination), f.outcome, NearerEnd(issue, f.outcome));
    }
    for (const ScenarioForecast& model : forecasts) {
      for (const SkippedIssue& skipped : model.skipped) {
        if (skipped.issue == k) {
          out += fmt::format("  {:<16} no forecast: {}\n", model.model, skipped.reason);
        }
      }
    }
    for (const ScenarioForecast& model : forecasts) {
      if (const IssueForecast* entry = Find(model, k))
        AppendTrajectory(out, scenario, *entry, view);
    }
  }
  return out;
}

std::string ForecastJson(const Scenario& scenario, const std::vector<ScenarioForecast>& forecasts) {
  Json json = {
      {"schema", "parley.forecast/1"}, {"scenario", scenario.id}, {"as_of", scenario.as_of}};
  json["models"] = Json::array();
  for (const ScenarioForecast& model : forecasts) {
    Json issues = Json::array();
    for (const IssueForecast& entry : model.issues) {
      const Issue& issue = scenario.issues[entry.issue];
      const Forecast& f = entry.forecast;
      Json actors = Json::array();
      for (std::size_t a : entry.problem.actor) actors.push_back(scenario.actors[a].id);
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
                        {"actors", actors},
                        {"trajectory", rounds}});
    }
    Json skipped = Json::array();
    for (const SkippedIssue& entry : model.skipped) {
      skipped.push_back({{"issue", scenario.issues[entry.issue].id}, {"reason", entry.reason}});
    }
    json["models"].push_back({{"model", model.model}, {"issues", issues}, {"skipped", skipped}});
  }
  return json.dump(2) + "\n";
}

std::string ForecastCsv(const Scenario& scenario, const std::vector<ScenarioForecast>& forecasts) {
  std::string out = "model,issue,round,outcome,mean,termination\n";
  for (const ScenarioForecast& model : forecasts) {
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

}  // namespace parley::cli
