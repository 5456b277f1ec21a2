// Internal to the backtest: each predictor's forecasts of the scored issues.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "parley/issue_problem.h"
#include "parley/model.h"
#include "parley/result.h"
#include "parley/scenario.h"
#include "parley/validation.h"

namespace parley::backtest {

struct Item {             // one scored issue
  std::size_t issue = 0;  // index into Scenario::issues
  const Issue* data = nullptr;
  IssueProblem problem;
};

struct Track {
  std::string name;
  std::vector<std::optional<double>> point;  // per item
  // Per item, per run: the outcome of each draw (none: no outcome). Empty when
  // the predictor has no draws.
  std::vector<std::vector<std::optional<double>>> runs;
  std::string note;
};

std::vector<std::string> GroupsOf(const std::vector<Item>& items);
std::vector<double> OutcomesOf(const std::vector<Item>& items);

// Fills tracks[m].runs for models[m] (Monte Carlo; for data without uncertain
// inputs, PerturbedScenario at the spread chosen by leave-one-group-out CV).
Status AddModelDraws(const Scenario& scenario, const std::vector<ConfiguredModel>& models,
                     const std::vector<Item>& items, const BacktestOptions& options,
                     std::vector<Track>& tracks, std::vector<std::string>& notes);

// The ensemble rows from member tracks: mean, median and LOPO stacking.
std::vector<Track> EnsembleTracks(const std::vector<const Track*>& members,
                                  const std::vector<Item>& items, std::vector<std::string>& notes);

// A point forecast with its own residuals (outcome - forecast) on the other
// groups as its distribution, named `name`.
Track ResidualTrack(const Track& point, const std::vector<Item>& items, std::string name);

}  // namespace parley::backtest
