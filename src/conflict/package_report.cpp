#include "package_report.h"

#include <fmt/format.h>

#include <cmath>

namespace parley::package_detail {
namespace {

constexpr double kNoGain = 1e-12;  // gains at or below this count as none

std::string IssueList(const Scenario& scenario, const std::vector<std::size_t>& issues) {
  std::string text;
  for (std::size_t k : issues)
    text += fmt::format("{}'{}'", text.empty() ? "" : ", ", scenario.issues[k].id);
  return text;
}

std::string ActorList(const Scenario& scenario, const std::vector<std::size_t>& actors) {
  std::string text;
  for (std::size_t i : actors)
    text += fmt::format("{}'{}'", text.empty() ? "" : ", ", scenario.actors[i].id);
  return text;
}

// The log Nash product of rule P2 (joint) or P4 (per issue).
double LogNashProduct(const std::vector<Bargainer>& bargainers, const std::vector<double>& point,
                      const PackageOptions& options) {
  double sum = 0.0;
  for (const Bargainer& bargainer : bargainers) {
    if (options.objective == PackageObjective::kJoint) {
      sum += bargainer.weight * std::log(Gain(bargainer, point, options.utility));
      continue;
    }
    for (const GainTerm& term : bargainer.terms) {
      const double gain = Gain(Bargainer{1.0, {term}}, point, options.utility);
      if (gain > kNoGain) sum += bargainer.weight * std::log(gain);
    }
  }
  return sum;
}

std::size_t CountGaining(const std::vector<ActorGain>& gains) {
  std::size_t gaining = 0;
  for (const ActorGain& gain : gains) gaining += gain.gain > kNoGain ? 1 : 0;
  return gaining;
}

}  // namespace

void DescribeConflict(const Scenario& scenario, PackageResult& result) {
  result.status = PackageStatus::kRedLinesConflict;
  std::vector<std::size_t> closed;
  for (const IssueFeasibility& issue : result.issues) {
    if (issue.acceptable) continue;
    closed.push_back(issue.issue);
    result.minimal_removal_count += issue.minimal_removals.front().size();
  }
  result.message = fmt::format(
      "no package: the red lines leave no acceptable point on {} issue(s) ({}); dropping at least "
      "{} red line(s) would reopen them",
      closed.size(), IssueList(scenario, closed), result.minimal_removal_count);
}

void DescribeSolution(const Scenario& scenario, const std::vector<Bargainer>& bargainers,
                      const std::vector<std::size_t>& actors, const Box& box,
                      const std::optional<std::vector<double>>& point,
                      const PackageOptions& options, PackageResult& result) {
  for (std::size_t b = 0; b < bargainers.size(); ++b) {
    const double best = BestGain(bargainers[b], box, options.utility);
    const double gain = point ? Gain(bargainers[b], *point, options.utility) : 0.0;
    result.gains.push_back(ActorGain{actors[b], bargainers[b].weight, gain, best});
    if (best <= kNoGain) result.actors_without_gain.push_back(actors[b]);
  }
  if (!point) {
    result.status = PackageStatus::kNoMutualGain;
    result.message =
        "no package inside the red lines leaves every actor better off than the status quo";
    if (!result.actors_without_gain.empty()) {
      result.message += fmt::format(" ({} cannot gain anywhere inside the red lines)",
                                    ActorList(scenario, result.actors_without_gain));
    }
    return;
  }
  result.status = PackageStatus::kFound;
  for (std::size_t d = 0; d < point->size(); ++d) {
    const Issue& issue = scenario.issues[result.issues[d].issue];
    result.package.push_back(
        {result.issues[d].issue, issue.scale.min + (*point)[d] * issue.scale.Range()});
  }
  result.log_nash_product = LogNashProduct(bargainers, *point, options);
  const std::size_t gaining = CountGaining(result.gains);
  result.message = fmt::format(
      "package inside every red line on {} issue(s), better than the status quo for {} of {} "
      "bargainers ({} objective)",
      point->size(), gaining, bargainers.size(), ToString(options.objective));
}

void DescribeOpenIssues(const PackageResult& aside, PackageResult& result) {
  result.open_package = aside.package;
  result.gains = aside.gains;
  result.log_nash_product = aside.log_nash_product;
  result.iterations = aside.iterations;
  if (aside.status == PackageStatus::kFound) {
    result.message += fmt::format(
        "; setting them aside, a package on the {} open issue(s) is better than the status quo "
        "for {} of {} bargainers",
        aside.package.size(), CountGaining(aside.gains), aside.gains.size());
  } else {
    result.message += "; setting them aside, " + aside.message;
  }
}

}  // namespace parley::package_detail
