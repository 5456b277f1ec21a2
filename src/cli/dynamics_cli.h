// Internal: the CLI side of engagement and timelines:
// `parley engage` and `parley simulate`, and what they share.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "cli/command.h"
#include "parley/engagement.h"
#include "parley/model.h"
#include "parley/scenario.h"

namespace parley::cli {

Command RegisterEngageCommand(CLI::App& app, const ModelRegistry& models);
Command RegisterSimulateCommand(CLI::App& app, const ModelRegistry& models);

// Engagement option flags shared by both commands.
void AddEngagementFlags(CLI::App* app, EngagementOptions& options);

// "AZE-NKR": the ids of a pair of actors.
std::string PairName(const Scenario& scenario, std::size_t i, std::size_t j);

// "AZE vetoes (E6 conditionality): ..." lines for one decision, indented.
std::string DecisionText(const Scenario& scenario, const MeasureDecision& decision,
                         const std::string& indent);

}  // namespace parley::cli
