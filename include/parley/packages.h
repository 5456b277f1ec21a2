// Status-neutral packages: one point per issue, inside every participating
// actor's red lines, that maximises the asymmetric Nash product over the
// status quo (Nash 1950; models.md 4.3). When the red lines leave no room on
// some issue, the search names the smallest sets of red lines whose removal
// would make room. Seed 000: "creative, status-neutral solutions would help
// 'sell' engagement to the de facto authorities without necessarily
// alienating the parent state". docs/mechanisms/red-lines-and-packages.md.
//
// Pure functions of their arguments; thread-safe, no I/O.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parley/classic_models.h"
#include "parley/red_lines.h"
#include "parley/result.h"
#include "parley/scenario.h"

namespace parley {

// How a multi-issue package is valued (docs/mechanisms/red-lines-and-packages.md, rule P2).
enum class PackageObjective {
  // One Nash product over package utilities U_i(x) = sum_k s_ik u_k(x_k), so
  // actors can trade across issues (default; Stokman & Van Oosten's
  // additive utility, models.md 4.4 item 2).
  kJoint,
  // The sum over issues of each issue's own Nash log-product: no trade across
  // issues; each issue is the one-dimensional Nash solution inside the red lines.
  kPerIssue,
};

enum class BargainingWeight {
  kCapability,  // w_i = c_i (models.md 4.3, "bargaining weights (capabilities)"; default)
  kEqual,       // w_i = 1: the symmetric Nash solution
};

std::string_view ToString(PackageObjective objective);
Result<PackageObjective> PackageObjectiveFromString(std::string_view text);

struct PackageOptions {
  PackageObjective objective = PackageObjective::kJoint;
  // Per-issue utility u_k(x) = -L(|x - x_ik| / range_k): linear L(d) = d or
  // quadratic L(d) = d^2 (models.md 4.3). Default linear, as RunNash.
  NashUtility utility = NashUtility::kLinear;
  BargainingWeight weights = BargainingWeight::kCapability;
  // Width, as a share of each issue's scale range, at which the search stops.
  // Range (0, 1e-3]; default 1e-9.
  double tolerance = 1e-9;
  // Cap on the ellipsoid method's steps. Range [100, 10000000]; default 1000000
  // (steps grow as n^2 ln(1 / tolerance) for n issues: 560,128 for 60 issues).
  int max_iterations = 1000000;
  // Called on the calling thread every 1024 steps of the ellipsoid method with
  // the steps done and the cap (max_iterations; the search usually ends
  // sooner: 560,000 steps for 2 actors x 60 issues), for a progress line;
  // never changes the result. Empty (default): not called.
  std::function<void(std::size_t done, std::size_t total)> progress;
};

Status ValidatePackageOptions(const PackageOptions& options);

// One actor's red line on one issue.
struct RedLineRef {
  std::size_t actor = 0;  // index into Scenario::actors
  std::size_t issue = 0;  // index into Scenario::issues
  Interval red_line;
};

// What the red lines leave open on one issue.
struct IssueFeasibility {
  std::size_t issue = 0;
  // The intersection of the scale and every red line on the issue;
  // std::nullopt when empty.
  std::optional<Interval> acceptable;
  // When empty: the red line with the highest low end and the one with the
  // lowest high end. They do not overlap, and in one dimension every set of
  // red lines with an empty intersection contains such a pair (Helly).
  std::vector<RedLineRef> conflicting_pair;
  // When empty: every smallest set of red lines whose removal leaves a
  // non-empty intersection (at most kMaxReportedRemovals, in actor order).
  std::vector<std::vector<RedLineRef>> minimal_removals;
  std::size_t minimal_removal_total = 0;  // how many such sets exist
};

inline constexpr std::size_t kMaxReportedRemovals = 10;

enum class PackageStatus {
  kFound,             // a package every actor prefers to the status quo
  kNoMutualGain,      // the red lines leave room, but no point in it helps everyone
  kRedLinesConflict,  // on some issue the red lines have an empty intersection
};

std::string_view ToString(PackageStatus status);

struct ActorGain {
  std::size_t actor = 0;
  double weight = 0.0;  // bargaining weight w_i
  // U_i(package) - U_i(status quo), in salience x scale-range units (rule P2);
  // for kPerIssue, summed over issues. Negative when the actor loses.
  double gain = 0.0;
  double best_gain = 0.0;  // the largest gain the actor could get inside the red lines
};

struct PackageResult {
  PackageStatus status = PackageStatus::kFound;
  std::vector<IssueOutcome> package;  // one point per issue; empty unless kFound
  // kRedLinesConflict: the package on the issues the red lines leave open, the
  // blocked ones set aside at their status quo (rule P5; seed 000, "think of
  // ways to sidestep the issue of status"). Empty when none helps everyone.
  std::vector<IssueOutcome> open_package;
  // Bargainers (actors with positive salience), actor order; for a conflict,
  // those of the open issues, with their gains from open_package.
  std::vector<ActorGain> gains;
  std::vector<IssueFeasibility> issues;  // every issue some actor takes a stance on
  double log_nash_product = 0.0;         // sum_i w_i ln(gain_i) at the (open) package
  // Red lines to drop, summed over the conflicting issues (kRedLinesConflict).
  std::size_t minimal_removal_count = 0;
  std::vector<std::size_t> actors_without_gain;  // kNoMutualGain: best_gain <= 0
  int iterations = 0;
  std::string message;  // one line for people
};

// The box each issue's red lines leave (rule P1), with minimal removal sets.
std::vector<IssueFeasibility> RedLineFeasibility(const Scenario& scenario);

// Searches the package (rules P1-P5). Participants are the actors with a
// stance; bargainers are those with positive salience on some issue. Fails
// with kInvalidArgument for bad options and kInvalidInput when no actor takes a stance.
Result<PackageResult> FindPackage(const Scenario& scenario, const PackageOptions& options = {});

}  // namespace parley
