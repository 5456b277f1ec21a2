// `parley force [SCENARIO] [--model NAME] [--decisiveness M] [--cost C]
// [--format table|json] [-o FILE]`: the bargaining range of each issue and,
// with --model, whether the model's negotiated outcome lies in it.
#include <fmt/format.h>

#include "cli/force_cli.h"
#include "cli/model_flags.h"
#include "cli/progress.h"
#include "cli/scenario_source.h"
#include "parley/timeline.h"

namespace parley::cli {
namespace {

struct ForceArgs {
  ScenarioSource source;
  std::string format = "table";
  ModelFlags models;
  ForceFlags force;
  bool timeline = false;
  int draws = 0;
  bool quiet = false;  // --quiet: no progress line
};

// --draws N: the probability of imposition per issue (rule F8).
Result<std::string> RunForceDraws(const ForceArgs& args, const Scenario& scenario,
                                  const ConfiguredModel& model, const RunContext& context) {
  const std::uint64_t seed = args.models.seed.value_or(scenario.seed.value_or(1));
  Progress progress(static_cast<std::size_t>(args.draws), "draws", args.quiet);
  auto odds = ImpositionProbability(scenario, model, args.draws, seed, args.force.options, context,
                                    progress.Callback());
  if (!odds) return tl::unexpected(odds.error());
  nlohmann::ordered_json json = {{"schema", "parley.force-odds/1"},
                                 {"scenario", scenario.id},
                                 {"model", model.name()},
                                 {"draws", args.draws},
                                 {"seed", seed},
                                 {"issues", nlohmann::ordered_json::array()}};
  std::string out = fmt::format(
      "Probability of imposition: {} ({})\nModel {}, {} draws, seed {}.\n"
      "Strengths, costs, shares, capabilities, positions and saliences drawn from their ranges;\n"
      "each draw asks whether some armed actor prefers force to the model's outcome.\n\n"
      "{:<{}} {:>8} {:>12}  {}\n",
      scenario.name, scenario.id, model.name(), args.draws, seed, "issue",
      IssueColumnWidth(scenario), "judged", "P(force)", "would impose (share of judged draws)");
  for (const ImpositionOdds& issue : *odds) {
    std::string who;
    nlohmann::ordered_json by_actor = nlohmann::ordered_json::object();
    for (std::size_t a = 0; a < issue.imposer_count.size(); ++a) {
      if (issue.imposer_count[a] == 0) continue;
      const double share = double(issue.imposer_count[a]) / issue.judged;
      who += fmt::format("{}{} {:.2f}", who.empty() ? "" : ", ", scenario.actors[a].id, share);
      by_actor[scenario.actors[a].id] = share;
    }
    out += fmt::format("{:<{}} {:>8} {:>12.2f}  {}\n", scenario.issues[issue.issue].id,
                       IssueColumnWidth(scenario), issue.judged, issue.Probability(),
                       who.empty() ? "-" : who);
    json["issues"].push_back({{"issue", scenario.issues[issue.issue].id},
                              {"judged", issue.judged},
                              {"probability", issue.Probability()},
                              {"imposer_share", by_actor}});
  }
  if (args.format == "json") return json.dump(2) + "\n";
  return out;
}

// --timeline: the scenario's events period by period (rule F7).
Result<std::string> RunForceTimeline(const ForceArgs& args, const Scenario& scenario,
                                     const ConfiguredModel& model, const RunContext& context) {
  SimulationOptions options;
  options.model = model;
  options.context = context;
  Progress progress(0, "periods", args.quiet);
  options.progress = progress.TotalCallback();
  auto trajectory = SimulateTimeline(scenario, options);
  if (!trajectory) return tl::unexpected(trajectory.error());
  auto timeline = AnalyseForceTimeline(scenario, *trajectory, args.force.options);
  if (!timeline) return tl::unexpected(timeline.error());
  if (args.format == "json") {
    nlohmann::ordered_json json = ForceTimelineJson(scenario, *timeline);
    json["scenario"] = scenario.id;
    return json.dump(2) + "\n";
  }
  return fmt::format("Force over the timeline: {} ({})\n", scenario.name, scenario.id) +
         ForceTimelineText(scenario, *timeline);
}

Result<std::string> RunForce(const ForceArgs& args) {
  if (Status format = CheckTableOrJsonFormat(args.format); !format) {
    return tl::unexpected(format.error());
  }
  if (auto s = ValidateForceOptions(args.force.options); !s) return tl::unexpected(s.error());
  auto scenario = LoadScenarioFrom(args.source);
  if (!scenario) return tl::unexpected(scenario.error());
  if (!HasForce(*scenario)) {
    return InvalidInput(fmt::format("scenario '{}' gives no actor a military strength (add "
                                    "`military:` to the actors that can fight; "
                                    "docs/mechanisms/force.md)",
                                    scenario->id),
                        scenario->file, 0, "military");
  }
  auto models = ModelsFromFlags(args.models, *scenario);
  if (!models) return tl::unexpected(models.error());
  if (models->size() != 1) {
    return InvalidArgument("force judges one model: --model NAME (not all or a list)");
  }
  auto resources = ResourcesFromFlags(args.models);
  if (!resources) return tl::unexpected(resources.error());
  if (args.draws > 0) {
    return RunForceDraws(args, *scenario, models->front(), (*resources)->context);
  }
  if (args.timeline) {
    return RunForceTimeline(args, *scenario, models->front(), (*resources)->context);
  }
  auto forecast = models->front().Run(*scenario, (*resources)->context);
  if (!forecast) return tl::unexpected(forecast.error());
  auto report = AnalyseForce(*scenario, &*forecast, args.force.options);
  if (!report) return tl::unexpected(report.error());
  if (args.format == "json") return ForceReportJson(*scenario, *report).dump(2) + "\n";
  return ForceText(*scenario, *report);
}

}  // namespace

void AddForceFlags(CLI::App* app, ForceFlags& flags) {
  app->add_option("--decisiveness", flags.options.decisiveness,
                  "Contest decisiveness m, [0.1, 10] (default 1: win odds = strength ratio)");
  app->add_option("--cost", flags.options.default_cost,
                  "Cost of fighting where the scenario gives none, [0, 1] (default 0.1)");
  app->add_option("--discount", flags.options.discount,
                  "Weight of the next period in Powell's shifting-power test, [0, 0.999] "
                  "(default 0.9)");
}

Command RegisterForceCommand(CLI::App& app, const ModelRegistry& models) {
  auto args = std::make_shared<ForceArgs>();
  CLI::App* sub = app.add_subcommand(
      "force", "Who would impose an outcome by force: bargaining ranges and negotiated outcomes");
  AddScenarioArgument(sub, args->source, /*required=*/false);
  AddModelFlags(sub, args->models, models, "compromise");
  AddForceFlags(sub, args->force);
  sub->add_option("--draws", args->draws,
                  "Probability of imposition over N draws of the uncertain values (0: off)")
      ->check(CLI::Range(0, 100000));
  sub->add_flag("--timeline", args->timeline,
                "Judge every period of the scenario's timeline (events change strengths)");
  sub->add_option("-f,--format", args->format, "table or json (default table)");
  AddQuietFlag(sub, args->quiet);
  auto output = AddOutputOption(sub);
  return Command{sub, [args] { return RunForce(*args); }, output};
}

}  // namespace parley::cli
