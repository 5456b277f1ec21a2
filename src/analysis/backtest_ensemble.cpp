// The ensemble rows of a backtest, combined from the member models' tracks.
#include <fmt/format.h>

#include <map>

#include "analysis/backtest_tracks.h"
#include "parley/ensemble.h"

namespace parley::backtest {
namespace {

// Combines the members' point and draws item by item; `weights(i)` gives the
// weights for item i (kWeighted only).
template <typename Weights>
Track Combined(std::string name, const std::vector<const Track*>& members, std::size_t items,
               Combination combination, Weights weights) {
  Track track;
  track.name = std::move(name);
  const bool draws = !members.empty() && !members.front()->runs.empty();
  if (draws) track.runs.resize(items);
  for (std::size_t i = 0; i < items; ++i) {
    const std::vector<double> w = weights(i);
    std::vector<std::optional<double>> points;
    for (const Track* member : members) points.push_back(member->point[i]);
    track.point.push_back(Combine(points, combination, w));
    if (!draws) continue;
    const std::size_t runs = members.front()->runs[i].size();
    for (std::size_t r = 0; r < runs; ++r) {
      std::vector<std::optional<double>> values;
      for (const Track* member : members) values.push_back(member->runs[i][r]);
      track.runs[i].push_back(Combine(values, combination, w));
    }
  }
  return track;
}

std::string WeightText(const std::vector<const Track*>& members, const std::vector<double>& w) {
  std::string text;
  for (std::size_t m = 0; m < members.size(); ++m) {
    text += fmt::format("{}{} {:.3f}", m ? ", " : "", members[m]->name, w[m]);
  }
  return text;
}

}  // namespace

std::vector<Track> EnsembleTracks(const std::vector<const Track*>& members,
                                  const std::vector<Item>& items, std::vector<std::string>& notes) {
  const auto none = [](std::size_t) { return std::vector<double>{}; };
  std::vector<Track> tracks;
  tracks.push_back(Combined("ensemble: mean", members, items.size(), Combination::kMean, none));
  tracks.push_back(Combined("ensemble: median", members, items.size(), Combination::kMedian, none));

  std::vector<std::vector<std::optional<double>>> f;
  for (const Track* member : members) f.push_back(member->point);
  const std::vector<double> y = OutcomesOf(items);
  const std::vector<std::string> groups = GroupsOf(items);
  std::map<std::string, std::vector<double>> fold_weights;  // held-out group -> weights
  for (const std::string& group : groups) {
    if (fold_weights.count(group)) continue;
    std::vector<bool> use(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) use[i] = groups[i] != group;
    fold_weights[group] = StackingWeights(f, y, use);
  }
  tracks.push_back(Combined("ensemble: stacked (LOPO CV)", members, items.size(),
                            Combination::kWeighted,
                            [&](std::size_t i) { return fold_weights[groups[i]]; }));
  const std::vector<double> all = StackingWeights(f, y, std::vector<bool>(items.size(), true));
  tracks.back().note = "stacking weights on all proposals: " + WeightText(members, all);
  std::string names;
  for (const Track* member : members) names += (names.empty() ? "" : ", ") + member->name;
  notes.push_back("ensemble members: " + names +
                  "; the stacked row uses weights fitted without the proposal it scores");
  return tracks;
}

}  // namespace parley::backtest
