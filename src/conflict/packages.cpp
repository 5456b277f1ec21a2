// The package search (docs/mechanisms/red-lines-and-packages.md, rules P1-P4).
#include "parley/packages.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

#include "core/enum_table.h"
#include "package_report.h"
#include "package_solver.h"

namespace parley {
namespace {

using package_detail::Bargainer;
using package_detail::Box;
using package_detail::GainTerm;

constexpr EnumTable<PackageObjective, 2> kObjectiveNames = {{
    {PackageObjective::kJoint, "joint"},
    {PackageObjective::kPerIssue, "per_issue"},
}};

// A gain at or below this (salience x scale-range units) is no gain.
constexpr double kNoGain = 1e-12;

double Normalise(const Issue& issue, double x) {
  return (x - issue.scale.min) / issue.scale.Range();
}

// One bargainer per actor with positive salience somewhere; dimension d is
// feasibility[d].issue. `actors` receives each bargainer's actor index.
std::vector<Bargainer> MakeBargainers(const Scenario& scenario,
                                      const std::vector<IssueFeasibility>& feasibility,
                                      const PackageOptions& options,
                                      std::vector<std::size_t>& actors) {
  std::vector<Bargainer> bargainers;
  for (std::size_t i = 0; i < scenario.actors.size(); ++i) {
    Bargainer bargainer;
    bargainer.weight =
        options.weights == BargainingWeight::kCapability ? scenario.actors[i].capability : 1.0;
    for (std::size_t d = 0; d < feasibility.size(); ++d) {
      const Issue& issue = scenario.issues[feasibility[d].issue];
      const Stance* stance = scenario.FindStance(i, feasibility[d].issue);
      if (stance == nullptr || stance->salience <= 0.0) continue;
      const double ideal = Normalise(issue, stance->position);
      const double reach = issue.status_quo ? std::abs(Normalise(issue, *issue.status_quo) - ideal)
                                            : std::max(ideal, 1.0 - ideal);
      bargainer.terms.push_back(GainTerm{d, ideal, reach, stance->salience});
    }
    if (bargainer.terms.empty()) continue;
    bargainers.push_back(std::move(bargainer));
    actors.push_back(i);
  }
  return bargainers;
}

Box MakeBox(const Scenario& scenario, const std::vector<IssueFeasibility>& feasibility) {
  Box box;
  for (const IssueFeasibility& issue : feasibility) {
    box.low.push_back(Normalise(scenario.issues[issue.issue], issue.acceptable->low));
    box.high.push_back(Normalise(scenario.issues[issue.issue], issue.acceptable->high));
  }
  return box;
}

// Only the terms on dimension d, renumbered to dimension 0.
std::vector<Bargainer> OnDimension(const std::vector<Bargainer>& bargainers, std::size_t d) {
  std::vector<Bargainer> projected;
  for (const Bargainer& bargainer : bargainers) {
    for (const GainTerm& term : bargainer.terms) {
      if (term.dimension != d) continue;
      projected.push_back({bargainer.weight, {GainTerm{0, term.ideal, term.reach, term.salience}}});
    }
  }
  return projected;
}

// Rule P4: each issue on its own; an issue where nobody can be made better off
// all round keeps its status quo when the red lines allow it.
std::optional<std::vector<double>> SolvePerIssue(const Scenario& scenario,
                                                 const std::vector<IssueFeasibility>& feasibility,
                                                 const std::vector<Bargainer>& bargainers,
                                                 const Box& box, const PackageOptions& options,
                                                 int& iterations) {
  std::vector<double> point(box.low.size());
  for (std::size_t d = 0; d < box.low.size(); ++d) {
    const Box line{{box.low[d]}, {box.high[d]}};
    const auto solution =
        package_detail::MaximiseNashProduct(OnDimension(bargainers, d), line, options.utility,
                                            options.tolerance, options.max_iterations);
    iterations += solution.iterations;
    const Issue& issue = scenario.issues[feasibility[d].issue];
    if (solution.found) {
      point[d] = solution.point[0];
    } else if (issue.status_quo && line.low[0] <= Normalise(issue, *issue.status_quo) &&
               Normalise(issue, *issue.status_quo) <= line.high[0]) {
      point[d] = Normalise(issue, *issue.status_quo);
    } else {
      return std::nullopt;
    }
  }
  return point;
}

struct Search {
  std::vector<Bargainer> bargainers;
  std::vector<std::size_t> actors;  // the actor of each bargainer
  Box box;
  std::optional<std::vector<double>> point;  // normalised; nullopt: no mutual gain
  int iterations = 0;
};

// Rules P2-P4 over the issues of `feasibility` (every one with an acceptable interval).
Search RunSearch(const Scenario& scenario, const std::vector<IssueFeasibility>& feasibility,
                 const PackageOptions& options) {
  Search search;
  search.bargainers = MakeBargainers(scenario, feasibility, options, search.actors);
  if (search.bargainers.empty()) return search;
  search.box = MakeBox(scenario, feasibility);
  if (options.objective == PackageObjective::kPerIssue) {
    search.point = SolvePerIssue(scenario, feasibility, search.bargainers, search.box, options,
                                 search.iterations);
    return search;
  }
  auto solution = package_detail::MaximiseNashProduct(search.bargainers, search.box,
                                                      options.utility, options.tolerance,
                                                      options.max_iterations, options.progress);
  search.iterations = solution.iterations;
  if (solution.found) search.point = std::move(solution.point);
  return search;
}

}  // namespace

std::string_view ToString(PackageObjective objective) { return NameOf(kObjectiveNames, objective); }

Result<PackageObjective> PackageObjectiveFromString(std::string_view text) {
  if (auto objective = ValueOf(kObjectiveNames, text)) return *objective;
  return InvalidArgument(fmt::format("unknown package objective '{}' (allowed: {})", text,
                                     AllowedNames(kObjectiveNames)));
}

std::string_view ToString(PackageStatus status) {
  switch (status) {
    case PackageStatus::kFound:
      return "found";
    case PackageStatus::kNoMutualGain:
      return "no_mutual_gain";
    case PackageStatus::kRedLinesConflict:
      return "red_lines_conflict";
  }
  return "unknown";
}

Status ValidatePackageOptions(const PackageOptions& options) {
  if (!(options.tolerance > 0.0 && options.tolerance <= 1e-3)) {
    return InvalidArgument(
        fmt::format("packages: tolerance {} outside (0, 0.001]", options.tolerance));
  }
  if (options.max_iterations < 100 || options.max_iterations > 10000000) {
    return InvalidArgument(
        fmt::format("packages: max_iterations {} outside [100, 10000000]", options.max_iterations));
  }
  return Ok();
}

Result<PackageResult> FindPackage(const Scenario& scenario, const PackageOptions& options) {
  if (auto s = ValidatePackageOptions(options); !s) return tl::unexpected(s.error());
  PackageResult result;
  result.issues = RedLineFeasibility(scenario);
  if (result.issues.empty()) {
    return InvalidInput("packages: no actor takes a stance on any issue", scenario.file, 0,
                        "stances");
  }
  std::vector<IssueFeasibility> open;
  for (const IssueFeasibility& issue : result.issues) {
    if (issue.acceptable) open.push_back(issue);
  }
  if (open.size() < result.issues.size()) {
    package_detail::DescribeConflict(scenario, result);
    if (open.empty()) return result;
    // Rule P5: set the blocked issues aside and search the open ones.
    PackageResult aside;
    aside.issues = std::move(open);
    const Search search = RunSearch(scenario, aside.issues, options);
    if (search.bargainers.empty()) return result;
    package_detail::DescribeSolution(scenario, search.bargainers, search.actors, search.box,
                                     search.point, options, aside);
    package_detail::DescribeOpenIssues(aside, result);
    return result;
  }
  const Search search = RunSearch(scenario, result.issues, options);
  if (search.bargainers.empty()) {
    return InvalidInput("packages: every actor has salience 0 on every issue", scenario.file, 0,
                        "salience");
  }
  result.iterations = search.iterations;
  package_detail::DescribeSolution(scenario, search.bargainers, search.actors, search.box,
                                   search.point, options, result);
  return result;
}

}  // namespace parley
