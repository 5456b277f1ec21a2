// Renderings of a Monte Carlo result (docs/uncertainty.md explains each figure).
#include <fmt/format.h>

#include <algorithm>

#include "cli/uncertainty_cli.h"

namespace parley::cli {
namespace {

using Json = nlohmann::ordered_json;

constexpr std::array<const char*, 5> kQuantileNames = {"p05", "p25", "p50", "p75", "p95"};

double NoOutcomeShare(const IssueSummary& issue) {
  return issue.draws == 0 ? 0.0
                          : static_cast<double>(issue.draws - issue.with_outcome) /
                                static_cast<double>(issue.draws);
}

// The histogram as 20 characters, darker for fuller bins (relative to the fullest).
std::string Sparkline(const std::vector<std::size_t>& bins) {
  static constexpr std::string_view kShades = " .:-=+*#%@";
  const std::size_t fullest = bins.empty() ? 0 : *std::max_element(bins.begin(), bins.end());
  std::string line;
  for (std::size_t count : bins) {
    std::size_t shade = 0;
    if (count > 0 && fullest > 0) shade = 1 + (count * (kShades.size() - 2)) / fullest;
    line += kShades[std::min(shade, kShades.size() - 1)];
  }
  return line;
}

std::string Reasons(const IssueSummary& issue) {
  std::string text;
  for (std::size_t r = 0; r < kNoOutcomeReasonCount; ++r) {
    if (issue.no_outcome[r] == 0) continue;
    text += fmt::format("{}{} {}", text.empty() ? "" : ", ",
                        ToString(static_cast<NoOutcomeReason>(r)), issue.no_outcome[r]);
  }
  return text;
}

// `text` wrapped at word boundaries to lines of at most 98 characters.
std::string Wrapped(const std::string& text, const std::string& indent) {
  std::string out, line;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    const std::string word = text.substr(start, end - start);
    if (!line.empty() && line.size() + 1 + word.size() > 98) {
      out += line + "\n";
      line = indent;
    }
    line += (line.empty() || line == indent ? "" : " ") + word;
    start = end + 1;
  }
  return out + line + "\n";
}

std::string PointText(const IssueSummary& issue) {
  if (issue.point) return Short(*issue.point);
  if (issue.point_reason) return std::string(ToString(*issue.point_reason));
  return "-";
}

}  // namespace

void AddUncertaintyFlags(CLI::App* app, UncertaintyOverrides& overrides) {
  app->add_option("--position-sd", overrides.position_sd,
                  "Every position without its own range: normal sd on the issue's scale");
  app->add_option("--salience-sd", overrides.salience_sd,
                  "Every salience without its own range: normal sd on the file's salience scale");
  app->add_option("--capability-factor", overrides.capability_factor,
                  "Every capability without its own range: log-normal, one sd multiplies by X");
}

Result<Scenario> LoadUncertainScenario(const ScenarioSource& source,
                                       const UncertaintyOverrides& overrides) {
  auto loaded = LoadScenarioFrom(source);
  if (!loaded) return loaded;
  return ApplyUncertaintyOverrides(std::move(*loaded), overrides);
}

std::string Short(double value, int decimals) {
  std::string text = fmt::format("{:.{}f}", value, decimals);
  if (text.find('.') != std::string::npos) {
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
  }
  if (text == "-0") text = "0";
  return text;
}

std::string UncertaintyTable(const Scenario& scenario, const MonteCarloResult& result) {
  std::string out = fmt::format("Uncertainty: {}, {} draws, seed {}, {} uncertain input{}\n",
                                scenario.id, result.runs, result.seed, result.inputs.size(),
                                result.inputs.size() == 1 ? "" : "s");
  if (result.regime) {
    out += fmt::format("Every model at the table of the {} regime.\n", ToString(*result.regime));
  }
  if (result.timeline) {
    out += "Each draw runs the scenario's timeline; the outcome is the last period's.\n";
  }
  for (const std::string& note : result.notes) out += Wrapped("Note: " + note, "  ");
  if (result.inputs.empty()) {
    out +=
        "No input carries a range and there is no uncertainty section: every draw equals "
        "the point forecast.\n";
  }
  out += ImpositionHeader(result);
  out +=
      "Quantiles p05..p95 (type 7); histogram: 20 bins over the scale, ' ' empty to '@' "
      "fullest.\n";
  bool any_round_cap = false;
  for (const ModelSummary& model : result.models) {
    out += fmt::format("\n{}{}\n", model.model,
                       model.model == "ensemble" ? " (every model's draws pooled)" : "");
    out +=
        fmt::format("  {:<13} {:>6} {:>6} {:>5} {:>6} {:>6} {:>6} {:>6} {:>6} {:>5}  {}\n", "issue",
                    "point", "mean", "sd", "p05", "p25", "p50", "p75", "p95", "none", "histogram");
    for (const IssueSummary& issue : model.issues) {
      const std::string id = scenario.issues[issue.issue].id.substr(0, 13);
      if (issue.with_outcome == 0) {
        out += fmt::format("  {:<13} {:>6}  no outcome in any draw ({})\n", id, PointText(issue),
                           Reasons(issue));
        out += ImpositionLines(scenario, model, issue.issue);
        any_round_cap = any_round_cap ||
                        issue.no_outcome[static_cast<std::size_t>(NoOutcomeReason::kRoundCap)] > 0;
        continue;
      }
      out += fmt::format("  {:<13} {:>6} {:>6} {:>5} {:>6} {:>6} {:>6} {:>6} {:>6} {:>4}%  |{}|\n",
                         id, PointText(issue), Short(issue.mean), Short(issue.sd),
                         Short(issue.quantiles[0]), Short(issue.quantiles[1]),
                         Short(issue.quantiles[2]), Short(issue.quantiles[3]),
                         Short(issue.quantiles[4]), Short(100.0 * NoOutcomeShare(issue), 0),
                         Sparkline(issue.histogram));
      if (issue.with_outcome < issue.draws) {
        out += fmt::format("    no outcome: {}\n", Reasons(issue));
        any_round_cap = any_round_cap ||
                        issue.no_outcome[static_cast<std::size_t>(NoOutcomeReason::kRoundCap)] > 0;
      }
      for (const RedLineRisk& risk : issue.red_lines) {
        out += fmt::format("    {} red line [{}, {}]: crossed in {}% of draws\n",
                           scenario.actors[risk.actor].id, Short(risk.red_line.low),
                           Short(risk.red_line.high), Short(100.0 * risk.p_crossed));
      }
      out += ImpositionLines(scenario, model, issue.issue);
    }
  }
  if (any_round_cap) {
    out +=
        "\nround_cap: the run reached its round cap before its stopping rule fired; for a "
        "model\nrun for a fixed horizon by design, --accept-round-cap counts the state at "
        "the cap.\n";
  }
  return out;
}

std::string UncertaintyJson(const Scenario& scenario, const MonteCarloResult& result) {
  Json json;
  json["schema"] = "parley.uncertainty/1";
  json["scenario"] = scenario.id;
  json["runs"] = result.runs;
  json["seed"] = result.seed;
  json["quantile_rule"] = "type 7 (Hyndman & Fan 1996)";
  json["regime"] = result.regime ? Json(std::string(ToString(*result.regime))) : Json(nullptr);
  json["timeline"] = result.timeline;
  json["force"] = result.force ? Json{{"decisiveness", result.force->decisiveness},
                                      {"default_cost", result.force->default_cost}}
                               : Json(nullptr);
  json["notes"] = result.notes;
  Json inputs = Json::array();
  for (const UncertainInput& input : result.inputs) inputs.push_back(InputLabel(scenario, input));
  json["inputs"] = inputs;
  Json models = Json::array();
  for (const ModelSummary& model : result.models) {
    Json issues = Json::array();
    for (const IssueSummary& issue : model.issues) {
      const Scale& scale = scenario.issues[issue.issue].scale;
      Json row;
      row["issue"] = scenario.issues[issue.issue].id;
      row["point"] = issue.point ? Json(*issue.point) : Json(nullptr);
      if (issue.point_reason) row["point_no_outcome"] = ToString(*issue.point_reason);
      row["draws"] = issue.draws;
      row["with_outcome"] = issue.with_outcome;
      const bool any = issue.with_outcome > 0;
      row["mean"] = any ? Json(issue.mean) : Json(nullptr);
      row["sd"] = any ? Json(issue.sd) : Json(nullptr);
      Json quantiles;
      for (std::size_t q = 0; q < kQuantileNames.size(); ++q) {
        quantiles[kQuantileNames[q]] = any ? Json(issue.quantiles[q]) : Json(nullptr);
      }
      row["quantiles"] = quantiles;
      row["histogram"] = {{"min", scale.min}, {"max", scale.max}, {"counts", issue.histogram}};
      Json no_outcome;
      no_outcome["share"] = NoOutcomeShare(issue);
      for (std::size_t r = 0; r < kNoOutcomeReasonCount; ++r) {
        no_outcome[std::string(ToString(static_cast<NoOutcomeReason>(r)))] = issue.no_outcome[r];
      }
      row["no_outcome"] = no_outcome;
      Json red_lines = Json::array();
      for (const RedLineRisk& risk : issue.red_lines) {
        red_lines.push_back({{"actor", scenario.actors[risk.actor].id},
                             {"red_line", {risk.red_line.low, risk.red_line.high}},
                             {"p_crossed", risk.p_crossed}});
      }
      row["red_lines"] = red_lines;
      row["imposition"] = ImpositionJson(scenario, model, issue.issue);
      issues.push_back(row);
    }
    models.push_back({{"model", model.model}, {"issues", issues}});
  }
  json["models"] = models;
  return json.dump(2) + "\n";
}

std::string UncertaintyCsv(const Scenario& scenario, const MonteCarloResult& result) {
  std::string out = "model,issue,point,mean,sd,p05,p25,p50,p75,p95,no_outcome_share\n";
  for (const ModelSummary& model : result.models) {
    for (const IssueSummary& issue : model.issues) {
      out += fmt::format("{},{},{}", model.model, scenario.issues[issue.issue].id,
                         issue.point ? fmt::format("{}", *issue.point) : "");
      const bool any = issue.with_outcome > 0;
      out += any ? fmt::format(",{},{}", issue.mean, issue.sd) : std::string(",,");
      for (double q : issue.quantiles) out += any ? fmt::format(",{}", q) : std::string(",");
      out += fmt::format(",{}\n", NoOutcomeShare(issue));
    }
  }
  return out;
}

std::string DrawsCsv(const Scenario& scenario, const MonteCarloResult& result,
                     const std::vector<std::string>& model_names) {
  std::string out = "run";
  for (const UncertainInput& input : result.inputs) {
    out += ",\"" + InputLabel(scenario, input) + "\"";
  }
  for (const std::string& model : model_names) {
    for (const Issue& issue : scenario.issues) out += fmt::format(",{}:{}", model, issue.id);
  }
  out += "\n";
  for (std::size_t run = 0; run < result.runs; ++run) {
    out += fmt::format("{}", run);
    for (double value : DrawnInputValues(result.inputs, result.seed, run)) {
      out += fmt::format(",{}", value);
    }
    for (std::size_t m = 0; m < result.draws.Models(); ++m) {
      for (const DrawOutcome& draw : result.draws.Run(m, run)) {
        out += draw.HasOutcome() ? fmt::format(",{}", draw.outcome)
                                 : fmt::format(",{}", ToString(*draw.reason));
      }
    }
    out += "\n";
  }
  return out;
}

}  // namespace parley::cli
