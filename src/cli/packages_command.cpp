// `parley packages [SCENARIO] [--objective joint|per_issue] [--nash-utility ...]
// [--weights capability|equal] [--format table|json]`
// (docs/mechanisms/red-lines-and-packages.md).
#include <fmt/format.h>

#include "cli/conflict_cli.h"
#include "cli/cost_warning.h"
#include "cli/forecast_format.h"
#include "cli/progress.h"
#include "cli/scenario_source.h"
#include "cli/text_layout.h"

namespace parley::cli {
namespace {

using Json = nlohmann::ordered_json;

struct PackagesRequest {
  ScenarioSource source;
  std::string objective = "joint";
  std::string utility = "linear";
  std::string weights = "capability";
  std::string format = "table";
  bool quiet = false;  // --quiet: no progress line
};

Result<PackageOptions> OptionsFor(const PackagesRequest& request) {
  PackageOptions options;
  auto objective = PackageObjectiveFromString(request.objective);
  if (!objective) return tl::unexpected(objective.error());
  options.objective = *objective;
  if (request.utility == "quadratic") {
    options.utility = NashUtility::kQuadratic;
  } else if (request.utility != "linear") {
    return InvalidArgument(
        fmt::format("--nash-utility '{}' must be linear or quadratic", request.utility));
  }
  if (request.weights == "equal") {
    options.weights = BargainingWeight::kEqual;
  } else if (request.weights != "capability") {
    return InvalidArgument(
        fmt::format("--weights '{}' must be capability or equal", request.weights));
  }
  if (auto s = CheckTableOrJsonFormat(request.format); !s) return tl::unexpected(s.error());
  return options;
}

std::string RedLineRefText(const Scenario& scenario, const RedLineRef& ref) {
  return fmt::format("'{}' [{:g}, {:g}]", scenario.actors[ref.actor].id, ref.red_line.low,
                     ref.red_line.high);
}

std::string Acceptable(const IssueFeasibility& issue) {
  if (!issue.acceptable) return "none";
  return fmt::format("[{:g}, {:g}]", issue.acceptable->low, issue.acceptable->high);
}

std::string ConflictText(const Scenario& scenario, const PackageResult& result) {
  std::string out;
  for (const IssueFeasibility& issue : result.issues) {
    if (issue.acceptable) continue;
    out += fmt::format("\nIssue '{}': the red lines have no point in common.\n",
                       scenario.issues[issue.issue].id);
    out += Wrap(fmt::format("Conflicting pair: {} and {} do not overlap.",
                            RedLineRefText(scenario, issue.conflicting_pair[0]),
                            RedLineRefText(scenario, issue.conflicting_pair[1])),
                "  ", "    ");
    out += Wrap(fmt::format("Smallest sets of red lines to drop ({} red line(s) each; {} set(s)):",
                            issue.minimal_removals.front().size(), issue.minimal_removal_total),
                "  ", "    ");
    for (const auto& removal : issue.minimal_removals) {
      std::string names;
      for (const RedLineRef& ref : removal)
        names += (names.empty() ? "" : " + ") + RedLineRefText(scenario, ref);
      out += Wrap(names, "    - ", "      ");
    }
  }
  return out;
}

// The package found, or for a red-line conflict the one on the open issues.
const std::vector<IssueOutcome>& Shown(const PackageResult& result) {
  return result.package.empty() ? result.open_package : result.package;
}

std::string PackageTable(const Scenario& scenario, const PackageResult& result) {
  const bool aside = result.status == PackageStatus::kRedLinesConflict;
  std::vector<std::vector<std::string>> rows = {
      {"issue", "acceptable", "status quo", aside ? "package (blocked issues aside)" : "package",
       ""}};
  for (const IssueFeasibility& issue : result.issues) {
    const Issue& source = scenario.issues[issue.issue];
    std::vector<std::string> row = {
        source.id, Acceptable(issue),
        source.status_quo ? fmt::format("{:g}", *source.status_quo) : "-", "-", ""};
    for (const IssueOutcome& point : Shown(result)) {
      if (point.issue != issue.issue) continue;
      row[3] = Number(point.outcome);
      row[4] = NearerEnd(source, point.outcome);
    }
    rows.push_back(std::move(row));
  }
  std::string out = RenderWrapped(rows, 2, "llrr");
  if (result.gains.empty()) return out;
  std::vector<std::vector<std::string>> gains = {
      {"actor", "weight", "gain", "best inside red lines"}};
  for (const ActorGain& gain : result.gains) {
    gains.push_back({scenario.actors[gain.actor].id, fmt::format("{:g}", gain.weight),
                     Shown(result).empty() ? "-" : fmt::format("{:.4f}", gain.gain),
                     fmt::format("{:.4f}", gain.best_gain)});
  }
  return out +
         fmt::format("\nGains over the status quo{} (salience x share of the scale)\n",
                     aside ? " on the open issues" : "") +
         RenderColumns(gains, 2);
}

Json PackageJson(const Scenario& scenario, const PackageResult& result) {
  Json issues = Json::array();
  for (const IssueFeasibility& issue : result.issues) {
    Json entry = {{"issue", scenario.issues[issue.issue].id}};
    entry["acceptable"] =
        issue.acceptable ? Json{issue.acceptable->low, issue.acceptable->high} : Json(nullptr);
    for (const IssueOutcome& point : result.package) {
      if (point.issue == issue.issue) entry["package"] = point.outcome;
    }
    for (const IssueOutcome& point : result.open_package) {
      if (point.issue == issue.issue) entry["open_package"] = point.outcome;
    }
    Json removals = Json::array();
    for (const auto& removal : issue.minimal_removals) {
      Json set = Json::array();
      for (const RedLineRef& ref : removal) {
        set.push_back({{"actor", scenario.actors[ref.actor].id},
                       {"red_line", {ref.red_line.low, ref.red_line.high}}});
      }
      removals.push_back(set);
    }
    if (!issue.acceptable) entry["minimal_removals"] = removals;
    issues.push_back(entry);
  }
  Json gains = Json::array();
  for (const ActorGain& gain : result.gains) {
    gains.push_back({{"actor", scenario.actors[gain.actor].id},
                     {"weight", gain.weight},
                     {"gain", gain.gain},
                     {"best_gain", gain.best_gain}});
  }
  return {{"schema", "parley.packages/1"},
          {"scenario", scenario.id},
          {"status", std::string(ToString(result.status))},
          {"message", result.message},
          {"minimal_removal_count", result.minimal_removal_count},
          {"log_nash_product", result.log_nash_product},
          {"issues", issues},
          {"gains", gains}};
}

Result<std::string> RunPackages(const PackagesRequest& request) {
  auto options = OptionsFor(request);
  if (!options) return tl::unexpected(options.error());
  auto scenario = LoadScenarioFrom(request.source);
  if (!scenario) return tl::unexpected(scenario.error());
  WarnAboutLongRuns(std::vector<std::string>{"packages"}, *scenario);
  Progress progress(0, "search steps", request.quiet);
  options->progress = progress.TotalCallback();
  auto result = FindPackage(*scenario, *options);
  if (!result) return tl::unexpected(result.error());
  if (request.format == "json") return PackageJson(*scenario, *result).dump(2) + "\n";
  std::string out = fmt::format("Scenario: {} ({})\n", scenario->name, scenario->id);
  out += Wrap(fmt::format("Package search: {} Nash product over the status quo, {} utilities, "
                          "{} weights, inside every actor's red lines",
                          request.objective, request.utility, request.weights),
              "", "  ") +
         "\n";
  out += PackageTable(*scenario, *result);
  out += ConflictText(*scenario, *result);
  return out + "\n" +
         Wrap(fmt::format("Result: {}: {}", ToString(result->status), result->message), "", "  ");
}

}  // namespace

Command RegisterPackagesCommand(CLI::App& app) {
  auto request = std::make_shared<PackagesRequest>();
  CLI::App* sub = app.add_subcommand(
      "packages",
      "Search a status-neutral package (one point per issue) inside every actor's red lines, or "
      "name the fewest red lines that block one");
  AddScenarioArgument(sub, request->source, /*required=*/false);
  sub->add_option("--objective", request->objective, "joint (default) or per_issue");
  sub->add_option("--nash-utility", request->utility, "linear (default) or quadratic");
  sub->add_option("--weights", request->weights, "capability (default) or equal");
  sub->add_option("-f,--format", request->format, "table or json (default table)");
  AddQuietFlag(sub, request->quiet);
  auto output = AddOutputOption(sub);
  return Command{sub, [request] { return RunPackages(*request); }, output};
}

}  // namespace parley::cli
