// `parley simulate [SCENARIO] [--model NAME] [--periods N] [--regime R]
// [--rounds-per-period N] [--format table|json]`: runs the scenario's
// timeline and prints the trajectory with the events marked
// (docs/mechanisms/timeline-events.md).
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "cli/dynamics_cli.h"
#include "cli/force_cli.h"
#include "cli/model_flags.h"
#include "cli/progress.h"
#include "cli/scenario_source.h"
#include "cli/store_cli.h"
#include "cli/text_layout.h"
#include "parley/timeline.h"

namespace parley::cli {
namespace {

using Json = nlohmann::ordered_json;

struct SimulateRequest {
  ScenarioSource source;
  ModelFlags models;  // one model (model_flags.h)
  std::string regime;
  int periods = 0;
  int rounds_per_period = 1;
  std::string format = "table";
  std::string store_path;  // --store (store_cli.h)
  EngagementOptions engagement;
  bool quiet = false;  // --quiet: no progress line
};

// --store: each period's outcome per issue.
Status StoreSimulation(const SimulateRequest& request, const Scenario& scenario,
                       const SimulationOptions& options, const Trajectory& trajectory) {
  nlohmann::ordered_json settings = {{"model", request.models.model},
                                     {"periods", request.periods},
                                     {"rounds_per_period", request.rounds_per_period}};
  if (!request.regime.empty()) settings["regime"] = request.regime;
  StoredRun run = StoredRunFor("simulate", scenario, settings);
  if (options.model) StoreModels(run, {*options.model});
  StoreTrajectory(run, trajectory);
  return WriteStore(request.store_path, run);
}

// The options and the run's resources (a pool must outlive the run).
Result<SimulationOptions> OptionsFor(const SimulateRequest& request, const Scenario& scenario,
                                     const RunResources& resources) {
  SimulationOptions options;
  auto models = ModelsFromFlags(request.models, scenario);
  if (!models) return tl::unexpected(models.error());
  if (models->size() != 1) {
    return InvalidArgument(
        fmt::format("simulate runs one model at a time, not '{}'", request.models.model));
  }
  options.model = models->front();
  options.context = resources.context;
  options.periods = request.periods;
  options.rounds_per_period = request.rounds_per_period;
  options.engagement = request.engagement;
  if (!request.regime.empty()) {
    auto regime = RegimeKindFromString(request.regime);
    if (!regime) return InvalidArgument(regime.error().message);
    options.regime = *regime;
  }
  if (auto s = ValidateSimulationOptions(options); !s) return tl::unexpected(s.error());
  return options;
}

const IssueOutcome* OutcomeFor(const TimelinePeriod& period, std::size_t issue) {
  for (const IssueOutcome& outcome : period.outcomes) {
    if (outcome.issue == issue) return &outcome;
  }
  return nullptr;
}

std::string TrajectoryRows(const Scenario& scenario, const Trajectory& trajectory) {
  std::vector<std::vector<std::string>> rows = {{"period", "date"}};
  std::string align = "rl";
  for (const Issue& issue : scenario.issues) {
    rows[0].push_back(issue.id);
    align += 'r';
  }
  rows[0].push_back("regime");
  rows[0].push_back("events");
  for (const TimelinePeriod& period : trajectory.periods) {
    std::vector<std::string> row = {std::to_string(period.period),
                                    period.date.empty() ? "-" : period.date};
    for (std::size_t k = 0; k < scenario.issues.size(); ++k) {
      const IssueOutcome* outcome = OutcomeFor(period, k);
      row.push_back(outcome ? Number(outcome->outcome) : "-");
    }
    std::string events;
    for (const std::string& id : period.events) events += (events.empty() ? "* " : ", ") + id;
    row.push_back(period.regime.empty() ? "-" : period.regime);
    row.push_back(events);
    rows.push_back(std::move(row));
  }
  return RenderWrapped(rows, 2, align + "l");
}

std::string EventDetails(const Scenario& scenario, const Trajectory& trajectory) {
  std::string out;
  std::string last_regime;
  for (const TimelinePeriod& period : trajectory.periods) {
    const bool regime_changed = period.regime != last_regime;
    last_regime = period.regime;
    if (period.events.empty() && period.decisions.empty() && !regime_changed) continue;
    out += fmt::format("\n  period {}{}:\n", period.period,
                       period.date.empty() ? "" : fmt::format(" ({})", period.date));
    for (const std::string& note : period.notes) {
      const bool regime_note = note.rfind("regime: ", 0) == 0;
      if (!regime_note || regime_changed) out += Wrap(note, "    ", "      ");
    }
    for (const MeasureDecision& decision : period.decisions) {
      out += Wrap(fmt::format("measure {}: {}", decision.measure,
                              decision.accepted ? "accepted" : "vetoed"),
                  "    ", "      ");
      out += DecisionText(scenario, decision, "      ");
    }
  }
  return out;
}

std::string SimulationTable(const Scenario& scenario, const Trajectory& trajectory) {
  std::string out =
      fmt::format("Model: {}{}; {} periods", trajectory.model,
                  trajectory.rounds_per_period > 0
                      ? fmt::format(" ({} round(s) per period, positions carried forward)",
                                    trajectory.rounds_per_period)
                      : "",
                  trajectory.periods.size() - 1);
  const TimelineCalendar& calendar = scenario.timeline.calendar;
  if (!calendar.start.empty()) {
    out += fmt::format(" of {} days from {}", calendar.period_days, calendar.start);
  }
  out = Wrap(fmt::format("Simulation: {} ({})", scenario.name, scenario.id), "", "  ") +
        Wrap(out, "", "  ");
  out += "\nTrajectory (forecast per issue; * marks the periods with events):\n";
  out += TrajectoryRows(scenario, trajectory);
  const std::string details = EventDetails(scenario, trajectory);
  if (!details.empty()) out += "\nEvents and their effects:" + details;
  return out;
}

Json SimulationJson(const Scenario& scenario, const Trajectory& trajectory) {
  Json json = {{"schema", "parley.simulate/1"},
               {"scenario", scenario.id},
               {"model", trajectory.model},
               {"periods", Json::array()}};
  for (const TimelinePeriod& period : trajectory.periods) {
    Json outcomes = Json::object();
    for (const IssueOutcome& outcome : period.outcomes) {
      outcomes[scenario.issues[outcome.issue].id] = outcome.outcome;
    }
    Json active = Json::array();
    for (std::size_t actor : period.active) active.push_back(scenario.actors[actor].id);
    Json decisions = Json::array();
    for (const MeasureDecision& decision : period.decisions) {
      Json vetoed_by = Json::array();
      for (const PartyDecision& party : decision.parties) {
        if (!party.accepts) vetoed_by.push_back(scenario.actors[party.actor].id);
      }
      decisions.push_back({{"measure", decision.measure},
                           {"accepted", decision.accepted},
                           {"vetoed_by", vetoed_by}});
    }
    json["periods"].push_back({{"period", period.period},
                               {"date", period.date},
                               {"events", period.events},
                               {"notes", period.notes},
                               {"regime", period.regime},
                               {"outcomes", outcomes},
                               {"active", active},
                               {"decisions", decisions}});
  }
  return json;
}

Result<std::string> RunSimulate(const SimulateRequest& request) {
  if (auto s = CheckTableOrJsonFormat(request.format); !s) return tl::unexpected(s.error());
  auto scenario = LoadScenarioFrom(request.source);
  if (!scenario) return tl::unexpected(scenario.error());
  auto resources = ResourcesFromFlags(request.models);
  if (!resources) return tl::unexpected(resources.error());
  auto options = OptionsFor(request, *scenario, **resources);
  if (!options) return tl::unexpected(options.error());
  if (!request.store_path.empty()) {
    if (auto store = CheckStore(request.store_path); !store) return tl::unexpected(store.error());
  }
  Progress progress(0, "periods", request.quiet);
  options->progress = progress.TotalCallback();
  auto trajectory = SimulateTimeline(*scenario, *options);
  if (!trajectory) return tl::unexpected(trajectory.error());
  if (!request.store_path.empty()) {
    auto stored = StoreSimulation(request, *scenario, *options, *trajectory);
    if (!stored) return tl::unexpected(stored.error());
  }
  if (!HasForce(*scenario)) {
    if (request.format == "json") return SimulationJson(*scenario, *trajectory).dump(2) + "\n";
    return SimulationTable(*scenario, *trajectory);
  }
  // Actors with military strength: who prefers force, period by period (force.md, F7).
  auto force = AnalyseForceTimeline(*scenario, *trajectory, ForceOptions{});
  if (!force) return tl::unexpected(force.error());
  if (request.format == "json") {
    Json json = SimulationJson(*scenario, *trajectory);
    json["force"] = ForceTimelineJson(*scenario, *force);
    return json.dump(2) + "\n";
  }
  return SimulationTable(*scenario, *trajectory) + ForceTimelineText(*scenario, *force);
}

}  // namespace

Command RegisterSimulateCommand(CLI::App& app, const ModelRegistry& models) {
  auto request = std::make_shared<SimulateRequest>();
  CLI::App* sub = app.add_subcommand(
      "simulate", "Run a scenario's timeline of events period by period and print the trajectory");
  AddScenarioArgument(sub, request->source, /*required=*/false);
  AddModelFlags(sub, request->models, models, "eum");
  sub->add_option("-p,--periods", request->periods,
                  "Periods to run (default: the calendar's, else the last event's round)")
      ->check(CLI::Range(0, 10000));
  sub->add_option("--regime", request->regime,
                  "Mediation regime from period 0: inclusive, hierarchical or multipolar");
  sub->add_option("--rounds-per-period,--eum-rounds-per-period", request->rounds_per_period,
                  "Rounds an iterative model (eum, smp, exchange) runs each period; its "
                  "positions carry forward (default 1)")
      ->check(CLI::Range(1, 100));
  sub->add_option("-f,--format", request->format, "table or json (default table)");
  AddEngagementFlags(sub, request->engagement);
  AddStoreOption(sub, request->store_path);
  AddQuietFlag(sub, request->quiet);
  auto output = AddOutputOption(sub);
  return Command{sub, [request] { return RunSimulate(*request); }, output};
}

}  // namespace parley::cli
