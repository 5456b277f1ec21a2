// Renderers of an SMP run: table, JSON ("parley.smp/1"), CSV and KTAB's blocks.
#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "cli/smp_cli.h"
#include "io/csv.h"
#include "parley/smp_options.h"

namespace parley::cli {
namespace {

using Json = nlohmann::ordered_json;

// A coordinate on its issue's own scale (0-100 for KTAB inputs: 100 x).
double OnScale(const SmpProblem& problem, std::size_t k, double x) {
  return problem.scale_min[k] + x * (problem.scale_max[k] - problem.scale_min[k]);
}

std::string ParameterLine(const SmpOptions& options) {
  std::string line;
  for (std::string_view name : SmpParameterNames()) {
    line += fmt::format("{}={} ", name, SmpParameterValue(options, name));
  }
  return line + fmt::format("seed={}", options.seed);
}

// Column headings: the issue ids when the scenario has them (shorter than names).
std::vector<std::string> DimensionLabels(const Scenario& scenario, const SmpProblem& problem) {
  if (scenario.issues.size() != problem.DimensionCount()) return problem.dimension_names;
  std::vector<std::string> labels;
  for (const Issue& issue : scenario.issues) labels.push_back(issue.id);
  return labels;
}

std::string StateTable(const SmpProblem& problem, const std::vector<std::string>& labels,
                       const SmpState& state, std::size_t width) {
  const std::size_t m = problem.DimensionCount();
  std::string text = state.turn == 0 ? "Turn 0 (initial state)\n"
                                     : fmt::format("Turn {} (fractional change {:.4f})\n",
                                                   state.turn, state.fractional_change);
  text += fmt::format("  {:<{}}", "actor", width);
  for (const std::string& label : labels) text += fmt::format(" {:>12.12}", label);
  text += "  P(win)\n";
  for (std::size_t i = 0; i < problem.ActorCount(); ++i) {
    text += fmt::format("  {:<{}}", problem.actor_names[i], width);
    for (std::size_t k = 0; k < m; ++k) {
      text += fmt::format(" {:>12.1f}", OnScale(problem, k, state.position[i * m + k]));
    }
    text += fmt::format("  {:.4f}\n", state.winning_probability[i]);
  }
  return text + "\n";
}

}  // namespace

std::string SmpTable(const Scenario& scenario, const SmpProblem& problem, const SmpOptions& options,
                     const SmpRun& run) {
  std::size_t width = 5;
  for (const std::string& name : problem.actor_names) width = std::max(width, name.size());
  std::string text = fmt::format("SMP forecast: {} ({} actors, {} dimensions)\n",
                                 scenario.name.empty() ? scenario.id : scenario.name,
                                 problem.ActorCount(), problem.DimensionCount());
  text += "Parameters: " + ParameterLine(options) + "\n";
  for (const std::string& note : problem.notes) text += "Note: " + note + "\n";
  text += "\n";
  const std::vector<std::string> labels = DimensionLabels(scenario, problem);
  for (const SmpState& state : run.states) text += StateTable(problem, labels, state, width);
  text += fmt::format("{} ({}).\n\n", run.message, FormatKtabStateCount(run));
  return text + FormatKtabHistory(problem, run);
}

nlohmann::ordered_json SmpJson(const SmpProblem& problem, const SmpOptions& options,
                               const SmpRun& run) {
  const std::size_t n = problem.ActorCount();
  const std::size_t m = problem.DimensionCount();
  Json parameters = Json::object();
  for (std::string_view name : SmpParameterNames()) {
    parameters[std::string(name)] = std::string(SmpParameterValue(options, name));
  }
  Json dimensions = Json::array();
  for (std::size_t k = 0; k < m; ++k) {
    dimensions.push_back({{"name", problem.dimension_names[k]},
                          {"scale_min", problem.scale_min[k]},
                          {"scale_max", problem.scale_max[k]}});
  }
  Json states = Json::array();
  Json position_history = Json::array();
  Json probability_history = Json::array();
  for (std::size_t i = 0; i < n; ++i) {
    position_history.push_back(Json::array());
    for (std::size_t k = 0; k < m; ++k) position_history[i].push_back(Json::array());
    probability_history.push_back(Json::array());
  }
  for (const SmpState& state : run.states) {
    Json positions = Json::array();
    for (std::size_t i = 0; i < n; ++i) {
      Json row = Json::array();
      for (std::size_t k = 0; k < m; ++k) {
        const double value = OnScale(problem, k, state.position[i * m + k]);
        row.push_back(value);
        position_history[i][k].push_back(value);
      }
      positions.push_back(std::move(row));
      probability_history[i].push_back(state.winning_probability[i]);
    }
    Json entry = {{"turn", state.turn},
                  {"positions", std::move(positions)},
                  {"winning_probability", state.winning_probability}};
    if (state.turn > 0) entry["fractional_change"] = state.fractional_change;
    states.push_back(std::move(entry));
  }
  Json json = {{"parameters", std::move(parameters)},
               {"seed", options.seed},
               {"actors", problem.actor_names},
               {"dimensions", std::move(dimensions)},
               {"notes", problem.notes},
               {"turns", run.StepCount()},
               {"termination", ToString(run.termination)},
               {"message", run.message},
               {"states", std::move(states)},
               {"position_history", std::move(position_history)},
               {"winning_probability_history", std::move(probability_history)}};
  return json;
}

std::string SmpCsv(const SmpProblem& problem, const SmpRun& run) {
  const std::size_t m = problem.DimensionCount();
  std::string text = "turn,actor,dimension,position,winning_probability,fractional_change\n";
  for (const SmpState& state : run.states) {
    for (std::size_t i = 0; i < problem.ActorCount(); ++i) {
      for (std::size_t k = 0; k < m; ++k) {
        text += fmt::format(
            "{},{},{},{:.4f},{:.4f},{:.4f}\n", state.turn, csv::Quote(problem.actor_names[i]),
            csv::Quote(problem.dimension_names[k]), OnScale(problem, k, state.position[i * m + k]),
            state.winning_probability[i], state.fractional_change);
      }
    }
  }
  return text;
}

std::string SmpKtab(const SmpProblem& problem, const SmpOptions& options, const SmpRun& run) {
  std::string text;
  for (std::size_t t = 1; t < run.states.size(); ++t) {
    text +=
        FormatKtabFractionalChange(run.states[t].fractional_change, options.min_delta_ratio) + "\n";
  }
  return text + FormatKtabStateCount(run) + "\n" + FormatKtabHistory(problem, run);
}

}  // namespace parley::cli
