// `parley engage [SCENARIO] --measure M... [--rhetoric ACTOR...] [--periods N]
// [--model NAME|all] [--format table|json]`: which parties accept or veto each
// measure and why, how trust moves, and what that does to the status issues
// and the forecast (docs/mechanisms/engagement.md).
#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "cli/dynamics_cli.h"
#include "cli/model_flags.h"
#include "cli/progress.h"
#include "cli/scenario_source.h"
#include "cli/text_layout.h"

namespace parley::cli {
namespace {

using Json = nlohmann::ordered_json;

struct EngageRequest {
  ScenarioSource source;
  std::vector<std::string> measures;
  std::vector<std::string> rhetoric;
  int periods = 1;
  ModelFlags models;  // --model and the shared model flags (model_flags.h)
  std::string format = "table";
  EngagementOptions options;
  bool quiet = false;  // --quiet: no progress line
};

struct EngageRun {
  Scenario scenario;
  std::vector<EngagementStep> steps;
  std::vector<EngagementPeriod> periods;
  std::set<std::size_t> involved;  // parties and rhetors: the trust pairs shown
  std::vector<ScenarioForecast> before;
  std::vector<ScenarioForecast> after;
  double rhetoric_factor = 1.0;  // 1 - rhetoric_trust_loss
};

Result<EngagementStep> StepFor(const Scenario& scenario, const EngageRequest& request) {
  EngagementStep step;
  for (const std::string& text : request.measures) {
    auto measure = ResolveMeasure(scenario, text);
    if (!measure) return tl::unexpected(measure.error());
    step.measures.push_back(std::move(*measure));
  }
  if (request.measures.empty()) step.measures = scenario.engagement.measures;
  if (step.measures.empty()) {
    return InvalidArgument(
        "no measure: give --measure, or use a scenario with engagement.measures");
  }
  for (const std::string& id : request.rhetoric) {
    auto actor = scenario.FindActor(id);
    if (!actor) return InvalidArgument(fmt::format("--rhetoric: unknown actor '{}'", id));
    step.bellicose.push_back(*actor);
  }
  return step;
}

// Every model on `scenario`; `progress` counts the model runs, `runs_before` done already.
Result<std::vector<ScenarioForecast>> Forecasts(const Scenario& scenario,
                                                const std::vector<ConfiguredModel>& models,
                                                const RunContext& context, Progress& progress,
                                                std::size_t runs_before) {
  std::vector<ScenarioForecast> forecasts;
  for (const ConfiguredModel& model : models) {
    auto forecast = model.Run(scenario, context);
    if (!forecast) return tl::unexpected(forecast.error());
    forecasts.push_back(std::move(*forecast));
    progress.Update(runs_before + forecasts.size());
  }
  return forecasts;
}

Result<EngageRun> Run(const EngageRequest& request) {
  auto scenario = LoadScenarioFrom(request.source);
  if (!scenario) return tl::unexpected(scenario.error());
  auto step = StepFor(*scenario, request);
  if (!step) return tl::unexpected(step.error());
  EngageRun run{*scenario,
                std::vector<EngagementStep>(request.periods, *step),
                {},
                {},
                {},
                {},
                1.0 - request.options.rhetoric_trust_loss};
  auto periods = SimulateEngagement(run.scenario, run.steps, request.options);
  if (!periods) return tl::unexpected(periods.error());
  run.periods = std::move(*periods);
  for (const EngagementMeasure& measure : step->measures) {
    run.involved.insert(measure.parties.begin(), measure.parties.end());
  }
  run.involved.insert(step->bellicose.begin(), step->bellicose.end());
  auto models = ModelsFromFlags(request.models, run.scenario);
  if (!models) return tl::unexpected(models.error());
  auto resources = ResourcesFromFlags(request.models);
  if (!resources) return tl::unexpected(resources.error());
  const RunContext& context = (*resources)->context;
  Progress progress(2 * models->size(), "model runs", request.quiet);  // before and after
  auto before = Forecasts(run.scenario, *models, context, progress, 0);
  if (!before) return tl::unexpected(before.error());
  auto after = Forecasts(run.periods.back().effective, *models, context, progress, models->size());
  if (!after) return tl::unexpected(after.error());
  run.before = std::move(*before);
  run.after = std::move(*after);
  return run;
}

std::string MeasureHeading(const Scenario& scenario, const EngagementMeasure& measure) {
  std::string parties;
  for (std::size_t actor : measure.parties) {
    parties += (parties.empty() ? "" : ", ") + scenario.actors[actor].id;
  }
  std::string attributes;
  for (std::string_view name : TrueAttributeNames(measure.attributes)) {
    attributes += fmt::format("; {}", name);
  }
  return fmt::format("'{}' ({}; parties {}{})", measure.id, ToString(measure.type), parties,
                     attributes);
}

std::string StanceText(const Scenario& scenario, const Stance& stance) {
  std::string red = "-";
  if (stance.red_line)
    red = fmt::format("[{:.1f}, {:.1f}]", stance.red_line->low, stance.red_line->high);
  return fmt::format("{:>8.1f}  {:>8.1f}  {}", stance.position,
                     stance.salience * scenario.salience_scale, red);
}

std::string StatusIssueTable(const EngageRun& run) {
  const Scenario& final_state = run.periods.back().effective;
  std::string out = "\nStatus issues (coded -> after engagement):\n";
  out += fmt::format("  {:<6} {:<24} {:>8}  {:>8}  {}\n", "actor", "issue", "position", "salience",
                     "red line");
  for (std::size_t s = 0; s < run.scenario.stances.size(); ++s) {
    const Stance& coded = run.scenario.stances[s];
    const auto& list = run.scenario.engagement.status_issues;
    if (std::find(list.begin(), list.end(), coded.issue) == list.end()) continue;
    const std::string who = fmt::format("  {:<6} {:<24} ", run.scenario.actors[coded.actor].id,
                                        run.scenario.issues[coded.issue].id);
    out += who + StanceText(run.scenario, coded) + "\n";
    out += fmt::format("  {:<6} {:<24} ", "", "  after") +
           StanceText(final_state, final_state.stances[s]) + "\n";
  }
  return out;
}

std::string ForecastRows(const EngageRun& run) {
  std::string out = "\nForecast before -> after engagement:\n";
  out += fmt::format("  {:<24} {:<16} {:>8}  {:>8}\n", "issue", "model", "before", "after");
  for (std::size_t m = 0; m < run.before.size(); ++m) {
    for (std::size_t k = 0; k < run.before[m].issues.size() && k < run.after[m].issues.size();
         ++k) {
      out += fmt::format("  {:<24} {:<16} {:>8.1f}  {:>8.1f}\n",
                         run.scenario.issues[run.before[m].issues[k].issue].id, run.before[m].model,
                         run.before[m].issues[k].forecast.outcome,
                         run.after[m].issues[k].forecast.outcome);
    }
  }
  return out;
}

std::string EngageTable(const EngageRun& run) {
  const Scenario& scenario = run.scenario;
  std::string out = Wrap(fmt::format("Engagement: {} ({}), {} period(s)", scenario.name,
                                     scenario.id, run.steps.size()),
                         "", "  ");
  for (std::size_t t = 1; t < run.periods.size(); ++t) {
    const EngagementPeriod& period = run.periods[t];
    out += fmt::format("\nPeriod {}\n", period.period);
    for (std::size_t actor : period.bellicose) {
      out += fmt::format("  {} uses bellicose rhetoric (its trust x{:g}, rule R)\n",
                         scenario.actors[actor].id, run.rhetoric_factor);
    }
    for (std::size_t m = 0; m < period.decisions.size(); ++m) {
      const MeasureDecision& decision = period.decisions[m];
      out +=
          Wrap(fmt::format("Measure {}: {}", MeasureHeading(scenario, run.steps[t - 1].measures[m]),
                           decision.accepted
                               ? fmt::format("accepted (trust gain {:.3f})", decision.trust_gain)
                               : std::string("vetoed")),
               "  ", "    ");
      out += DecisionText(scenario, decision, "    ");
    }
    std::string trust = "Trust:";
    for (auto i = run.involved.begin(); i != run.involved.end(); ++i) {
      for (auto j = std::next(i); j != run.involved.end(); ++j) {
        trust += fmt::format(" {} {:.3f}->{:.3f};", PairName(scenario, *i, *j),
                             run.periods[t - 1].trust[*i][*j], period.trust[*i][*j]);
      }
    }
    out += Wrap(trust, "  ", "    ");
  }
  return out + StatusIssueTable(run) + ForecastRows(run);
}

Json EngageJson(const EngageRun& run) {
  const Scenario& scenario = run.scenario;
  Json json = {
      {"schema", "parley.engage/1"}, {"scenario", scenario.id}, {"periods", Json::array()}};
  for (std::size_t t = 1; t < run.periods.size(); ++t) {
    const EngagementPeriod& period = run.periods[t];
    Json entry = {
        {"period", period.period}, {"decisions", Json::array()}, {"trust", Json::array()}};
    for (const MeasureDecision& decision : period.decisions) {
      Json parties = Json::array();
      for (const PartyDecision& party : decision.parties) {
        Json rules = Json::array();
        for (const Veto& veto : party.vetoes) rules.push_back(std::string(ToString(veto.rule)));
        parties.push_back({{"actor", scenario.actors[party.actor].id},
                           {"accepts", party.accepts},
                           {"vetoes", rules},
                           {"reason", party.reason}});
      }
      entry["decisions"].push_back({{"measure", decision.measure},
                                    {"accepted", decision.accepted},
                                    {"trust_gain", decision.trust_gain},
                                    {"parties", parties}});
    }
    for (auto i = run.involved.begin(); i != run.involved.end(); ++i) {
      for (auto j = std::next(i); j != run.involved.end(); ++j) {
        entry["trust"].push_back({{"between", {scenario.actors[*i].id, scenario.actors[*j].id}},
                                  {"trust", period.trust[*i][*j]}});
      }
    }
    json["periods"].push_back(entry);
  }
  json["forecasts"] = Json::array();
  for (std::size_t m = 0; m < run.before.size(); ++m) {
    for (std::size_t k = 0; k < run.before[m].issues.size() && k < run.after[m].issues.size();
         ++k) {
      json["forecasts"].push_back({{"model", run.before[m].model},
                                   {"issue", scenario.issues[run.before[m].issues[k].issue].id},
                                   {"before", run.before[m].issues[k].forecast.outcome},
                                   {"after", run.after[m].issues[k].forecast.outcome}});
    }
  }
  return json;
}

Result<std::string> RunEngage(const EngageRequest& request) {
  if (auto s = CheckTableOrJsonFormat(request.format); !s) return tl::unexpected(s.error());
  auto run = Run(request);
  if (!run) return tl::unexpected(run.error());
  if (request.format == "json") return EngageJson(*run).dump(2) + "\n";
  return EngageTable(*run);
}

}  // namespace

void AddEngagementFlags(CLI::App* app, EngagementOptions& options) {
  app->add_option("--trust-gain", options.trust_gain,
                  "Rule G: trust gain g per accepted measure, [0, 1] (default 0.1)");
  app->add_option("--rhetoric-loss", options.rhetoric_trust_loss,
                  "Rule R: share of trust bellicose rhetoric removes, [0, 1] (default 0.2)");
  app->add_option("--salience-elasticity", options.salience_elasticity,
                  "Rule S: e_s, [0, 1] (default 0.5)");
  app->add_option("--red-line-elasticity", options.red_line_elasticity,
                  "Rule W: e_r, [0, 1] (default 0.5)");
  app->add_option("--default-trust", options.default_trust,
                  "Trust of pairs the scenario does not set, [0, 1] (default 0.3)");
}

std::string PairName(const Scenario& scenario, std::size_t i, std::size_t j) {
  return scenario.actors[i].id + "-" + scenario.actors[j].id;
}

std::string DecisionText(const Scenario& scenario, const MeasureDecision& decision,
                         const std::string& indent) {
  std::string out;
  for (const PartyDecision& party : decision.parties) {
    const std::string hanging = indent + std::string(7, ' ');
    out += Wrap(party.reason, fmt::format("{}{:<6} ", indent, scenario.actors[party.actor].id),
                hanging);
    for (std::size_t v = 1; v < party.vetoes.size(); ++v) {
      out +=
          Wrap(fmt::format("also ({}): {}", ToString(party.vetoes[v].rule), party.vetoes[v].reason),
               indent + std::string(7, ' '), hanging);
    }
  }
  return out;
}

Command RegisterEngageCommand(CLI::App& app, const ModelRegistry& models) {
  auto request = std::make_shared<EngageRequest>();
  CLI::App* sub = app.add_subcommand(
      "engage", "Offer engagement measures: who accepts or vetoes and why, and how trust moves");
  AddScenarioArgument(sub, request->source, /*required=*/false);
  sub->add_option("--measure", request->measures,
                  "A measure id of the scenario, or TYPE@ACTOR+ACTOR[:attribute,...] "
                  "(repeatable; default: every measure of the scenario)");
  sub->add_option("--rhetoric", request->rhetoric,
                  "An actor using bellicose rhetoric every period (repeatable)");
  sub->add_option("-p,--periods", request->periods, "Periods the measures are offered (default 1)")
      ->check(CLI::Range(1, 1000));
  AddModelFlags(sub, request->models, models, "all");
  sub->add_option("-f,--format", request->format, "table or json (default table)");
  AddEngagementFlags(sub, request->options);
  AddQuietFlag(sub, request->quiet);
  auto output = AddOutputOption(sub);
  return Command{sub, [request] { return RunEngage(*request); }, output};
}

}  // namespace parley::cli
