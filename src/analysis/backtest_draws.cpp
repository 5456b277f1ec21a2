// Draws for the backtest: Monte Carlo per model, and the default perturbation
// whose spread is chosen by leave-one-group-out cross-validation.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "analysis/backtest_tracks.h"
#include "parley/monte_carlo.h"
#include "parley/scores.h"
#include "parley/uncertainty.h"

namespace parley {

Scenario PerturbedScenario(const Scenario& scenario, double spread) {
  if (spread <= 0.0) return scenario;
  double range = 0.0;
  for (const Issue& issue : scenario.issues) range = std::max(range, issue.scale.Range());
  UncertaintyOverrides overrides;
  overrides.position_sd = spread / 100.0 * range;
  overrides.salience_sd = spread / 100.0 * scenario.salience_scale;
  overrides.capability_factor = 1.0 + spread / 100.0;
  // Spread in (0, 100] gives values inside every override's range.
  return ApplyUncertaintyOverrides(scenario, overrides).value_or(scenario);
}

namespace backtest {
namespace {

using Draws = std::vector<std::vector<std::vector<std::optional<double>>>>;  // [m][item][run]

// `pass` of `passes`: where this call's draws sit in the progress total.
Result<Draws> DrawModels(const Scenario& scenario, const std::vector<ConfiguredModel>& models,
                         const std::vector<Item>& items, const BacktestOptions& options,
                         std::size_t pass = 0, std::size_t passes = 1) {
  MonteCarloOptions monte_carlo;
  monte_carlo.runs = options.runs;
  monte_carlo.seed = options.seed;
  monte_carlo.executor = options.executor;
  if (options.progress) {
    monte_carlo.progress = [&options, pass, passes](std::size_t done) {
      options.progress(pass * options.runs + done, passes * options.runs);
    };
  }
  auto result = RunMonteCarlo(scenario, models, monte_carlo, options.pool);
  if (!result) return tl::unexpected(result.error());
  Draws draws(models.size());
  for (std::size_t m = 0; m < models.size(); ++m) {
    for (const Item& item : items) {
      std::vector<std::optional<double>> runs;
      for (std::size_t r = 0; r < result->draws.Runs(); ++r) {
        const DrawOutcome& outcome = result->draws.At(m, r, item.issue);
        runs.push_back(outcome.HasOutcome() ? std::optional<double>(outcome.outcome)
                                            : std::nullopt);
      }
      draws[m].push_back(std::move(runs));
    }
  }
  return draws;
}

// CRPS of one item's draws; the issue's range when no draw has an outcome.
double Loss(const std::vector<std::optional<double>>& runs, const Item& item) {
  std::vector<double> values;
  for (const auto& value : runs) {
    if (value) values.push_back(*value);
  }
  if (values.empty()) return item.data->scale.Range();
  return SampleCrps(std::move(values), *item.data->outcome);
}

std::string ChoiceNote(const std::vector<double>& spreads, const std::vector<std::size_t>& chosen,
                       const std::vector<std::string>& groups) {
  std::map<std::size_t, std::set<std::string>> folds;  // spread index -> groups
  for (std::size_t i = 0; i < chosen.size(); ++i) folds[chosen[i]].insert(groups[i]);
  std::string note = "perturbation spread chosen by leave-one-proposal-out CV:";
  for (const auto& [c, names] : folds) {
    note += fmt::format(" {} ({} folds)", spreads[c], names.size());
  }
  return note;
}

}  // namespace

Status AddModelDraws(const Scenario& scenario, const std::vector<ConfiguredModel>& models,
                     const std::vector<Item>& items, const BacktestOptions& options,
                     std::vector<Track>& tracks, std::vector<std::string>& notes) {
  if (!ListUncertainInputs(scenario).empty() || options.spreads.empty()) {
    auto draws = DrawModels(scenario, models, items, options);
    if (!draws) return tl::unexpected(draws.error());
    for (std::size_t m = 0; m < models.size(); ++m) tracks[m].runs = std::move((*draws)[m]);
    notes.push_back("draws from the data's own uncertain inputs");
    return Ok();
  }
  for (double spread : options.spreads) {
    if (!(spread >= 0.0 && spread <= 100.0)) {
      return InvalidArgument(fmt::format("perturbation spread {} outside [0, 100]", spread));
    }
  }
  std::vector<Draws> by_spread;
  for (std::size_t c = 0; c < options.spreads.size(); ++c) {
    auto draws = DrawModels(PerturbedScenario(scenario, options.spreads[c]), models, items, options,
                            c, options.spreads.size());
    if (!draws) return tl::unexpected(draws.error());
    by_spread.push_back(std::move(*draws));
  }
  const std::vector<std::string> groups = GroupsOf(items);
  for (std::size_t m = 0; m < models.size(); ++m) {
    std::vector<std::vector<double>> loss(options.spreads.size());
    for (std::size_t c = 0; c < options.spreads.size(); ++c) {
      for (std::size_t i = 0; i < items.size(); ++i) {
        loss[c].push_back(Loss(by_spread[c][m][i], items[i]));
      }
    }
    const std::vector<std::size_t> chosen = ChooseLeaveOneGroupOut(loss, groups);
    tracks[m].runs.resize(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
      tracks[m].runs[i] = by_spread[chosen[i]][m][i];
    }
    tracks[m].note = ChoiceNote(options.spreads, chosen, groups);
  }
  notes.push_back(
      "the data have no uncertain inputs: each model's draws use the default perturbation, its "
      "spread chosen for each proposal on the other proposals (docs/validation.md)");
  return Ok();
}

Track ResidualTrack(const Track& compromise, const std::vector<Item>& items, std::string name) {
  Track track;
  track.name = std::move(name);
  track.point = compromise.point;
  track.runs.resize(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (!compromise.point[i]) continue;
    const Scale& scale = items[i].data->scale;
    for (std::size_t j = 0; j < items.size(); ++j) {
      if (items[j].data->group == items[i].data->group || !compromise.point[j]) continue;
      const double residual = *items[j].data->outcome - *compromise.point[j];
      track.runs[i].push_back(std::clamp(*compromise.point[i] + residual, scale.min, scale.max));
    }
  }
  return track;
}

}  // namespace backtest
}  // namespace parley
