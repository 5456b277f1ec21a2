// `parley tipping [SCENARIO] --model NAME [--top K] [--format table|json] [-o FILE]`:
// the smallest single-input changes that move each point forecast across a
// red line end or the scale's midpoint.
#include <fmt/format.h>

#include <algorithm>

#include "cli/evaluation_flags.h"
#include "cli/model_flags.h"
#include "cli/progress.h"
#include "cli/scenario_source.h"
#include "cli/uncertainty_cli.h"
#include "parley/tipping.h"

namespace parley::cli {
namespace {

using Json = nlohmann::ordered_json;

struct TippingArgs {
  ScenarioSource source;
  std::string format = "table";
  std::size_t top = 3;
  EvaluationFlags evaluation;  // --regime, --timeline, --accept-round-cap
  ModelFlags models;
  bool quiet = false;  // --quiet: no progress line
};

// "AZE's red line at 60", "the midpoint and NKR's red line at 50".
std::string ThresholdWords(const Scenario& scenario, const TippingThreshold& threshold) {
  std::vector<std::string> parts;
  if (threshold.midpoint) parts.push_back("the midpoint");
  std::string owners;
  for (std::size_t n = 0; n < threshold.actors.size(); ++n) {
    owners += (n == 0                             ? ""
               : n + 1 == threshold.actors.size() ? " and "
                                                  : ", ") +
              scenario.actors[threshold.actors[n]].id + "'s";
  }
  if (!owners.empty()) {
    parts.push_back(owners + (threshold.actors.size() == 1 ? " red line" : " red lines"));
  }
  std::string text = parts[0];
  if (parts.size() > 1) text += " and " + parts[1];
  return text + " at " + Short(threshold.value, 2);
}

std::string ChangeWords(const Scenario& scenario, const TippingChange& change) {
  const std::string& actor = scenario.actors[change.actor].id;
  switch (change.field) {
    case UncertainField::kCapability:
      return fmt::format("{} capability x{}", actor, Short(change.factor, 2));
    case UncertainField::kSalience:
      return fmt::format("{} salience {} -> {}", actor,
                         Short(change.from * scenario.salience_scale, 1),
                         Short(change.to * scenario.salience_scale, 1));
    case UncertainField::kPosition:
      return fmt::format("{} position {} -> {}", actor, Short(change.from, 1), Short(change.to, 1));
  }
  return actor;
}

// What the runs evaluated and any note on it (a regime that does not apply).
struct TippingSetting {
  Evaluation evaluation;
  std::vector<std::string> notes;
};

std::string TippingTable(const Scenario& scenario, const std::string& model,
                         const std::vector<IssueTipping>& issues, const TippingSetting& setting,
                         std::size_t top) {
  std::string out = fmt::format("Tipping points: {}, model {}\n", scenario.id, model);
  out += EvaluationLine(setting.evaluation);
  for (const std::string& note : setting.notes) out += "Note: " + note + "\n";
  out += fmt::format(
      "The smallest change of one input that moves the point forecast across each threshold\n"
      "(capability x0.1..x10, salience 0..{}, position over the scale; {} shown per threshold).\n",
      Short(scenario.salience_scale), top == 0 ? std::string("all") : std::to_string(top));
  for (const IssueTipping& issue : issues) {
    const std::string& id = scenario.issues[issue.issue].id;
    if (!issue.point) {
      out += fmt::format("\n{}: no point forecast ({}): nothing to tip\n", id,
                         issue.point_reason ? ToString(*issue.point_reason) : "skipped");
      continue;
    }
    out += fmt::format("\n{}: forecast {}\n", id, Short(*issue.point, 2));
    for (const TippingThreshold& threshold : issue.thresholds) {
      const std::string what = ThresholdWords(scenario, threshold);
      if (threshold.on_threshold) {
        out += fmt::format("  the forecast sits on {}\n", what);
        continue;
      }
      if (threshold.changes.empty()) {
        out += fmt::format("  no single input within its range moves {} across {}\n", id, what);
        continue;
      }
      const std::size_t shown =
          top == 0 ? threshold.changes.size() : std::min(top, threshold.changes.size());
      for (std::size_t n = 0; n < shown; ++n) {
        out += fmt::format("  {} moves {} across {}\n", ChangeWords(scenario, threshold.changes[n]),
                           id, what);
      }
    }
  }
  return out;
}

std::string TippingJson(const Scenario& scenario, const std::string& model,
                        const std::vector<IssueTipping>& issues, const TippingSetting& setting) {
  Json json;
  json["schema"] = "parley.tipping/1";
  json["scenario"] = scenario.id;
  json["model"] = model;
  json["regime"] = setting.evaluation.regime
                       ? Json(std::string(ToString(*setting.evaluation.regime)))
                       : Json(nullptr);
  json["timeline"] = setting.evaluation.timeline.has_value();
  json["notes"] = setting.notes;
  Json list = Json::array();
  for (const IssueTipping& issue : issues) {
    Json thresholds = Json::array();
    for (const TippingThreshold& threshold : issue.thresholds) {
      Json actors = Json::array();
      for (std::size_t actor : threshold.actors) actors.push_back(scenario.actors[actor].id);
      Json changes = Json::array();
      for (const TippingChange& change : threshold.changes) {
        Json row;
        row["actor"] = scenario.actors[change.actor].id;
        row["field"] = ToString(change.field);
        row["from"] = change.from;
        row["to"] = change.to;
        if (change.field == UncertainField::kCapability) row["factor"] = change.factor;
        row["size"] = change.size;
        changes.push_back(row);
      }
      thresholds.push_back({{"value", threshold.value},
                            {"midpoint", threshold.midpoint},
                            {"red_line_of", actors},
                            {"forecast_above", threshold.forecast_above},
                            {"on_threshold", threshold.on_threshold},
                            {"changes", changes}});
    }
    Json row;
    row["issue"] = scenario.issues[issue.issue].id;
    row["point"] = issue.point ? Json(*issue.point) : Json(nullptr);
    if (issue.point_reason) row["point_no_outcome"] = ToString(*issue.point_reason);
    row["thresholds"] = thresholds;
    list.push_back(row);
  }
  json["issues"] = list;
  return json.dump(2) + "\n";
}

Result<std::string> RunTipping(const TippingArgs& args) {
  if (Status format = CheckTableOrJsonFormat(args.format); !format) {
    return tl::unexpected(format.error());
  }
  auto scenario = LoadScenarioFrom(args.source);
  if (!scenario) return tl::unexpected(scenario.error());
  auto models = ModelsFromFlags(args.models, *scenario);
  if (!models) return tl::unexpected(models.error());
  if (models->size() != 1) {
    return InvalidArgument("tipping takes one model: --model NAME (not all or a list)");
  }
  auto resources = ResourcesFromFlags(args.models);
  if (!resources) return tl::unexpected(resources.error());
  TippingSetting setting;
  auto evaluation = EvaluationFromFlags(*scenario, args.evaluation, setting.notes);
  if (!evaluation) return tl::unexpected(evaluation.error());
  setting.evaluation = *evaluation;
  TippingOptions options;
  options.evaluation = *evaluation;
  Progress progress(0, "searches", args.quiet);
  options.progress = [&progress](std::size_t done, std::size_t total) {
    progress.Update(done, total);
  };
  auto issues = FindTippingPoints(*scenario, models->front(), options, (*resources)->context,
                                  (*resources)->pool.get());
  if (!issues) return tl::unexpected(issues.error());
  const std::string& name = models->front().name();
  if (args.format == "json") return TippingJson(*scenario, name, *issues, setting);
  return TippingTable(*scenario, name, *issues, setting, args.top);
}

}  // namespace

Command RegisterTippingCommand(CLI::App& app, const ModelRegistry& models) {
  auto args = std::make_shared<TippingArgs>();
  CLI::App* sub = app.add_subcommand(
      "tipping",
      "The smallest single-input changes that move each forecast across a red line or the "
      "midpoint");
  AddScenarioArgument(sub, args->source, /*required=*/false);
  AddModelFlags(sub, args->models, models, "compromise");
  sub->add_option("--top", args->top, "Changes shown per threshold (default 3; 0 = all)");
  AddEvaluationFlags(sub, args->evaluation);
  sub->add_option("-f,--format", args->format, "table or json (default table)");
  AddQuietFlag(sub, args->quiet);
  auto output = AddOutputOption(sub);
  return Command{sub, [args] { return RunTipping(*args); }, output};
}

}  // namespace parley::cli
