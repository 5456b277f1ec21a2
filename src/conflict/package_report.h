// Internal: turns a package search's raw solution into a PackageResult with
// its status, gains and one-line message.
#pragma once

#include <optional>
#include <vector>

#include "package_solver.h"
#include "parley/packages.h"

namespace parley::package_detail {

// Status kRedLinesConflict, the removal count and the message.
void DescribeConflict(const Scenario& scenario, PackageResult& result);

// `point` (normalised, dimension d = result.issues[d]) is the package found,
// or std::nullopt when no point helps every bargainer.
void DescribeSolution(const Scenario& scenario, const std::vector<Bargainer>& bargainers,
                      const std::vector<std::size_t>& actors, const Box& box,
                      const std::optional<std::vector<double>>& point,
                      const PackageOptions& options, PackageResult& result);

// Rule P5: copies the package `aside` found on the open issues (and its
// gains) into `result`, a red-line conflict, and extends its message.
void DescribeOpenIssues(const PackageResult& aside, PackageResult& result);

}  // namespace parley::package_detail
