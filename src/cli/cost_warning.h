// Internal: a warning before a run that will take long. parley refuses inputs
// past its limits (docs/errors.md), but inside them some models grow fast
// (the expected-utility model and SMP with the cube of the actors, the
// exchange model with the cube of actors times the cube of issues, the package
// search with the fourth power of the issues). Before such a run starts, the
// user learns roughly how long it will take and how to shorten or stop it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parley/model.h"
#include "parley/scenario.h"

namespace parley::cli {

// A rough single-core run time and the law it follows.
struct CostEstimate {
  double seconds = 0.0;
  std::string growth;  // "the cube of the actors per issue"
};

// The estimate for one run of `model` (a registry name, or "packages" for the
// package search) on `scenario`; none for models whose cost never matters.
// Constants measured on the CI machine's class (2-core x86-64, Release build):
// docs/errors.md, "Long runs".
std::optional<CostEstimate> EstimateRunCost(std::string_view model, const Scenario& scenario);

// "about 40 minutes", "about 2 hours": the order of magnitude, no more.
std::string RoughDuration(double seconds);

// Adds a warning to this thread's WarningScope (printed at once) for each
// model whose estimate for `runs` runs exceeds kLongRunSeconds.
inline constexpr double kLongRunSeconds = 30.0;
void WarnAboutLongRuns(const std::vector<std::string>& models, const Scenario& scenario,
                       std::size_t runs = 1);
void WarnAboutLongRuns(const std::vector<ConfiguredModel>& models, const Scenario& scenario,
                       std::size_t runs = 1);

}  // namespace parley::cli
