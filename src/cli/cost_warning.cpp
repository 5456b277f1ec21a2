#include "cli/cost_warning.h"

#include <fmt/format.h>

#include <cmath>

#include "cli/scenario_source.h"

namespace parley::cli {
namespace {

// Seconds per unit of work, measured with ./build/parley on generated
// scenarios (random positions, saliences and capabilities) on one core:
//   eum:      250 actors, 1 issue: 2.25 s      -> 1.44e-7 x n^3 per issue
//   smp:      250 actors, 1 issue: 1.81 s      -> 1.16e-7 x n^3 per issue
//   exchange: 50 actors x 20 issues: 5.15 s;
//             100 actors x 10 issues: 4.38 s   -> 5e-9 x n^3 m^3 per issue group
//   packages: 2 actors x 60 issues: 1.59 s;
//             10 x 30: 0.34 s; 20 x 30: 0.47 s -> 8.8e-8 x m^4 x (1 + n / 5)
// They are orders of magnitude, for a warning, not a benchmark (bench/ has those).
constexpr double kEumPerCube = 1.44e-7;
constexpr double kSmpPerCube = 1.16e-7;
constexpr double kExchangePerCubes = 5e-9;
constexpr double kPackagesPerFourth = 8.8e-8;

double Cube(double x) { return x * x * x; }

std::optional<CostEstimate> Estimate(std::string_view model, const Scenario& scenario) {
  const double actors = static_cast<double>(scenario.actors.size());
  const double issues = static_cast<double>(scenario.issues.size());
  if (model == "eum") {
    return CostEstimate{kEumPerCube * Cube(actors) * issues, "the cube of the actors, per issue"};
  }
  if (model == "smp") {
    return CostEstimate{kSmpPerCube * Cube(actors) * issues, "the cube of the actors, per issue"};
  }
  if (model == "exchange") {
    double seconds = 0.0;
    for (const auto& group : IssueGroups(scenario)) {
      seconds += kExchangePerCubes * Cube(actors) * Cube(static_cast<double>(group.size()));
    }
    return CostEstimate{seconds, "the cube of the actors times the cube of the linked issues"};
  }
  if (model == "packages") {
    return CostEstimate{kPackagesPerFourth * std::pow(issues, 4.0) * (1.0 + actors / 5.0),
                        "the fourth power of the issues"};
  }
  return std::nullopt;
}

}  // namespace

std::optional<CostEstimate> EstimateRunCost(std::string_view model, const Scenario& scenario) {
  return Estimate(model, scenario);
}

std::string RoughDuration(double seconds) {
  if (seconds < 90.0) return fmt::format("about {:.0f} seconds", seconds);
  if (seconds < 90.0 * 60.0) return fmt::format("about {:.0f} minutes", seconds / 60.0);
  if (seconds < 48.0 * 3600.0) return fmt::format("about {:.0f} hours", seconds / 3600.0);
  return fmt::format("about {:.0f} days", seconds / 86400.0);
}

void WarnAboutLongRuns(const std::vector<std::string>& models, const Scenario& scenario,
                       std::size_t runs) {
  for (const std::string& model : models) {
    auto estimate = Estimate(model, scenario);
    if (!estimate) continue;
    const double seconds = estimate->seconds * static_cast<double>(runs);
    if (seconds <= kLongRunSeconds) continue;
    ScenarioWarning warning;
    warning.field = "size";
    warning.message = fmt::format(
        "{} on {} actors and {} issues{} may take {} on one core (its work grows with {}); "
        "Ctrl-C stops it{}",
        model, scenario.actors.size(), scenario.issues.size(),
        runs > 1 ? fmt::format(", {} runs,", runs) : "", RoughDuration(seconds), estimate->growth,
        model == "packages" ? "" : ", and --rounds caps its rounds");
    AddWarning(warning);
  }
}

void WarnAboutLongRuns(const std::vector<ConfiguredModel>& models, const Scenario& scenario,
                       std::size_t runs) {
  std::vector<std::string> names;
  for (const ConfiguredModel& model : models) names.push_back(model.name());
  WarnAboutLongRuns(names, scenario, runs);
}

}  // namespace parley::cli
