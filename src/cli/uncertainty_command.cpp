// `parley uncertainty [SCENARIO] --model NAME|all [--runs N] [--seed S] [--threads T]
//  [--position-sd X --salience-sd X --capability-factor X] [--format table|json|csv]
//  [--regime R | --timeline] [--decisiveness M --cost C] [--draws FILE] [--quiet] [-o FILE]`
#include <fmt/format.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iostream>

#include "cli/evaluation_flags.h"
#include "cli/force_cli.h"
#include "cli/interrupt.h"
#include "cli/model_flags.h"
#include "cli/scenario_source.h"
#include "cli/uncertainty_cli.h"
#include "parley/io.h"

namespace parley::cli {
namespace {

constexpr std::uint64_t kDefaultSeed = 20231201;

struct UncertaintyArgs {
  ScenarioSource source;
  std::string format = "table";
  std::size_t runs = 1000;
  std::string draws_path;
  bool quiet = false;
  UncertaintyOverrides overrides;
  EvaluationFlags evaluation;  // --regime, --timeline, --accept-round-cap
  ForceFlags force;            // --decisiveness, --cost, --discount
  ModelFlags models;
};

// A progress line on stderr, only when stderr is a terminal and the run has
// taken over a second: a bar, the draws done, the rate and the time left;
// cleared at the end.
class Progress {
 public:
  Progress(std::size_t total, bool quiet)
      : total_(total),
        enabled_(!quiet && isatty(fileno(stderr)) != 0),
        start_(std::chrono::steady_clock::now()) {}
  ~Progress() {
    if (shown_) std::cerr << "\r" << std::string(72, ' ') << "\r" << std::flush;
  }
  void Update(std::size_t done) {
    if (!enabled_ || done == 0) return;
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    if (seconds < 1.0) return;
    shown_ = true;
    constexpr int kWidth = 24;
    const double share = static_cast<double>(done) / static_cast<double>(total_);
    const int filled = static_cast<int>(share * kWidth);
    const double rate = static_cast<double>(done) / seconds;
    const double left = static_cast<double>(total_ - done) / rate;
    std::cerr << fmt::format("\r  [{}{}] {}/{} draws, {:.0f}/s, {:.0f} s left ",
                             std::string(static_cast<std::size_t>(filled), '#'),
                             std::string(static_cast<std::size_t>(kWidth - filled), '.'), done,
                             total_, rate, left)
              << std::flush;
  }

 private:
  std::size_t total_;
  bool enabled_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point start_;
};

Result<std::string> RunUncertainty(const UncertaintyArgs& args) {
  if (args.format != "table" && args.format != "json" && args.format != "csv") {
    return InvalidArgument(fmt::format("--format '{}' must be table, json or csv", args.format));
  }
  auto scenario = LoadUncertainScenario(args.source, args.overrides);
  if (!scenario) return tl::unexpected(scenario.error());
  auto models = ModelsFromFlags(args.models, *scenario);
  if (!models) return tl::unexpected(models.error());
  auto resources = ResourcesFromFlags(args.models);
  if (!resources) return tl::unexpected(resources.error());
  Progress progress(args.runs, args.quiet);
  MonteCarloOptions options;
  options.runs = args.runs;
  options.seed = args.models.seed.value_or(kDefaultSeed);
  std::vector<std::string> notes;
  auto evaluation = EvaluationFromFlags(*scenario, args.evaluation, notes);
  if (!evaluation) return tl::unexpected(evaluation.error());
  options.accept_round_cap = evaluation->accept_round_cap;
  options.regime = evaluation->regime;
  options.regime_settings = evaluation->regime_settings;
  options.timeline = evaluation->timeline;
  options.force = args.force.options;  // judged when some actor has a military strength
  options.stop = WatchInterrupts();
  options.progress = [&progress](std::size_t done) { progress.Update(done); };
  auto result = RunMonteCarlo(*scenario, *models, options, (*resources)->pool.get());
  if (!result) return tl::unexpected(result.error());
  result->notes.insert(result->notes.begin(), notes.begin(), notes.end());
  if (!args.draws_path.empty()) {
    std::vector<std::string> names;
    for (const ConfiguredModel& model : *models) names.push_back(model.name());
    auto written = WriteTextFileAtomically(args.draws_path, DrawsCsv(*scenario, *result, names));
    if (!written) return tl::unexpected(written.error());
  }
  if (args.format == "json") return UncertaintyJson(*scenario, *result);
  if (args.format == "csv") return UncertaintyCsv(*scenario, *result);
  return UncertaintyTable(*scenario, *result);
}

}  // namespace

Command RegisterUncertaintyCommand(CLI::App& app, const ModelRegistry& models) {
  auto args = std::make_shared<UncertaintyArgs>();
  CLI::App* sub = app.add_subcommand(
      "uncertainty",
      "Monte Carlo over the scenario's ranges: where each model's outcome lands, how often it "
      "crosses a red line");
  AddScenarioArgument(sub, args->source, /*required=*/false);
  AddModelFlags(sub, args->models, models, "all");
  sub->add_option("--runs", args->runs, "Draws, 1-10000000 (default 1000)");
  AddUncertaintyFlags(sub, args->overrides);
  sub->add_option("-f,--format", args->format, "table, json or csv (default table)");
  AddEvaluationFlags(sub, args->evaluation);
  AddForceFlags(sub, args->force);
  sub->add_option("--draws", args->draws_path,
                  "Write every draw's inputs and outcomes to FILE as CSV");
  sub->add_flag("-q,--quiet", args->quiet, "No progress line on stderr");
  auto output = AddOutputOption(sub);
  return Command{sub, [args] { return RunUncertainty(*args); }, output};
}

}  // namespace parley::cli
