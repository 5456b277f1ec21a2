#include "parley/validation.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <functional>

#include "analysis/backtest_tracks.h"
#include "parley/classic_models.h"
#include "parley/ensemble.h"

namespace parley {
namespace backtest {

std::vector<std::string> GroupsOf(const std::vector<Item>& items) {
  std::vector<std::string> groups;
  for (const Item& item : items) groups.push_back(item.data->group);
  return groups;
}

std::vector<double> OutcomesOf(const std::vector<Item>& items) {
  std::vector<double> outcomes;
  for (const Item& item : items) outcomes.push_back(*item.data->outcome);
  return outcomes;
}

namespace {

Track PointTrack(std::string name, const std::vector<Item>& items,
                 const std::function<std::optional<double>(const Item&)>& forecast) {
  Track track;
  track.name = std::move(name);
  for (const Item& item : items) track.point.push_back(forecast(item));
  return track;
}

std::vector<Track> Baselines(const std::vector<Item>& items) {
  std::vector<Track> tracks;
  tracks.push_back(PointTrack(
      "baseline: salience-weighted mean", items, [](const Item& item) -> std::optional<double> {
        auto forecast = RunCompromise(item.problem, {WeightSource::kSalience});
        if (!forecast) return std::nullopt;
        return forecast->outcome;
      }));
  tracks.push_back(PointTrack("baseline: status quo", items,
                              [](const Item& item) { return item.data->status_quo; }));
  tracks.push_back(PointTrack("baseline: scale midpoint", items, [](const Item& item) {
    return std::optional<double>{(item.data->scale.min + item.data->scale.max) / 2.0};
  }));
  return tracks;
}

// The models to run: every model but "ensemble", then the ensemble's members
// not already there. `members` gets the ensemble's member names (empty when
// no ensemble was asked for).
Result<std::vector<ConfiguredModel>> ModelsToRun(const Scenario& scenario,
                                                 const std::vector<ConfiguredModel>& models,
                                                 std::vector<std::string>& members) {
  std::vector<ConfiguredModel> run;
  for (const ConfiguredModel& model : models) {
    if (model.name() == "ensemble") {
      members = SplitNames(std::any_cast<const EnsembleOptions&>(model.options()).members);
    } else {
      run.push_back(model);
    }
  }
  for (const std::string& name : members) {
    const bool present = std::any_of(run.begin(), run.end(),
                                     [&](const ConfiguredModel& m) { return m.name() == name; });
    if (present) continue;
    auto configured = ConfigureModels(BuiltinModels(), name, scenario);
    if (!configured) return tl::unexpected(configured.error());
    run.push_back(configured->front());
  }
  return run;
}

void Score(const Track& track, const std::vector<Item>& items, double within_share,
           BacktestResult& result) {
  std::vector<double> errors, ranges;
  int skipped = 0;
  ProbabilisticScorer scorer;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const double outcome = *items[i].data->outcome;
    IssueRecord record{track.name, items[i].data->id, items[i].data->group, track.point[i], outcome,
                       {},         std::nullopt,      std::nullopt};
    if (track.point[i]) {
      errors.push_back(*track.point[i] - outcome);
      ranges.push_back(items[i].data->scale.Range());
    } else {
      ++skipped;
    }
    std::vector<double> draws;
    if (!track.runs.empty()) {
      for (const auto& value : track.runs[i]) {
        if (value) draws.push_back(*value);
      }
    }
    if (!draws.empty()) {
      record.crps = scorer.Add(draws, outcome);
      record.pit = MidPit(draws, outcome);
      std::sort(draws.begin(), draws.end());
      for (double level : kCentralLevels)
        record.intervals.push_back(CentralIntervalOf(draws, level));
    }
    result.issues.push_back(std::move(record));
  }
  ErrorSummary summary = SummariseErrors(track.name, errors, ranges, within_share, skipped);
  if (!track.runs.empty()) summary.probabilistic = scorer.Finish();
  summary.note = track.note;
  result.rows.push_back(std::move(summary));
}

}  // namespace
}  // namespace backtest

ErrorSummary SummariseErrors(std::string predictor, const std::vector<double>& errors,
                             const std::vector<double>& ranges, double within_share, int skipped) {
  ErrorSummary summary;
  summary.predictor = std::move(predictor);
  summary.scored = static_cast<int>(errors.size());
  summary.skipped = skipped;
  if (errors.empty()) return summary;
  std::vector<double> absolute;
  double sum = 0.0, squares = 0.0, signed_sum = 0.0;
  int within = 0;
  for (std::size_t e = 0; e < errors.size(); ++e) {
    const double magnitude = std::abs(errors[e]);
    absolute.push_back(magnitude);
    sum += magnitude;
    signed_sum += errors[e];
    squares += magnitude * magnitude;
    if (magnitude <= within_share * ranges[e] + 1e-9) ++within;
  }
  const double n = static_cast<double>(errors.size());
  std::sort(absolute.begin(), absolute.end());
  const std::size_t middle = absolute.size() / 2;
  summary.mean_absolute_error = sum / n;
  summary.root_mean_squared_error = std::sqrt(squares / n);
  summary.median_absolute_error =
      absolute.size() % 2 == 1 ? absolute[middle] : (absolute[middle - 1] + absolute[middle]) / 2.0;
  summary.share_within = within / n;
  summary.mean_signed_error = signed_sum / n;
  return summary;
}

Result<BacktestResult> RunBacktest(const Scenario& scenario, const BacktestOptions& options) {
  using namespace backtest;
  if (!(options.within_share > 0.0 && options.within_share <= 1.0)) {
    return InvalidArgument(fmt::format("within share {} outside (0, 1]", options.within_share));
  }
  if (options.runs > 100000) {
    return InvalidArgument(fmt::format("runs {} outside [0, 100000]", options.runs));
  }
  std::vector<Item> items;
  for (std::size_t k = 0; k < scenario.issues.size(); ++k) {
    if (!scenario.issues[k].outcome) continue;
    auto problem = MakeIssueProblem(scenario, k);
    if (problem) items.push_back({k, &scenario.issues[k], std::move(*problem)});
  }
  if (items.empty()) {
    return InvalidInput("no issue has both a real outcome and an actor with a stance",
                        scenario.file, 0, "outcome");
  }
  std::vector<std::string> member_names;
  auto models = ModelsToRun(scenario, options.models, member_names);
  if (!models) return tl::unexpected(models.error());
  BacktestResult result;
  std::vector<Track> tracks;
  for (const ConfiguredModel& model : *models) {
    auto forecast = model.Run(scenario, options.context);
    if (!forecast) return tl::unexpected(forecast.error());
    tracks.push_back(
        PointTrack(model.name(), items, [&](const Item& item) -> std::optional<double> {
          const IssueForecast* issue = forecast->Find(item.issue);
          if (!issue) return std::nullopt;
          return issue->forecast.outcome;
        }));
  }
  if (options.runs > 0 && !models->empty()) {
    if (auto status = AddModelDraws(scenario, *models, items, options, tracks, result.notes);
        !status) {
      return tl::unexpected(status.error());
    }
  }
  if (!member_names.empty()) {
    std::vector<const Track*> members;
    for (const std::string& name : member_names) {
      for (const Track& track : tracks) {
        if (track.name == name) members.push_back(&track);
      }
    }
    for (Track& track : EnsembleTracks(members, items, result.notes)) {
      tracks.push_back(std::move(track));
    }
  }
  if (options.runs > 0) {
    // Each model's and ensemble's point with its own out-of-proposal residuals.
    const std::size_t predictors = tracks.size();
    for (std::size_t t = 0; t < predictors; ++t) {
      tracks.push_back(ResidualTrack(tracks[t], items, tracks[t].name + " + LOPO residuals"));
    }
  }
  if (options.include_baselines) {
    for (Track& baseline : Baselines(items)) tracks.push_back(std::move(baseline));
    if (options.runs > 0) {
      auto compromise = ConfigureModels(BuiltinModels(), "compromise", scenario);
      if (!compromise) return tl::unexpected(compromise.error());
      auto forecast = compromise->front().Run(scenario, options.context);
      if (!forecast) return tl::unexpected(forecast.error());
      const Track point = PointTrack("compromise", items, [&](const Item& item) {
        const IssueForecast* issue = forecast->Find(item.issue);
        return issue ? std::optional<double>(issue->forecast.outcome) : std::nullopt;
      });
      tracks.push_back(ResidualTrack(point, items, "baseline: compromise + LOPO residuals"));
    }
  }
  for (const Track& track : tracks) Score(track, items, options.within_share, result);
  return result;
}

Result<std::vector<ErrorSummary>> Backtest(const Scenario& scenario,
                                           const BacktestOptions& options) {
  auto result = RunBacktest(scenario, options);
  if (!result) return tl::unexpected(result.error());
  return std::move(result->rows);
}

}  // namespace parley
