// Registry entry of KTAB's spatial model of politics (smp.h). Each issue
// group is one multi-dimensional negotiation. The point forecast on each
// dimension is the expected outcome of the final state: the distinct final
// positions weighted by their probability of winning (SPEC 4.12).
#include <fmt/format.h>

#include <map>
#include <set>

#include "parley/classic_models.h"
#include "parley/model_builder.h"
#include "parley/smp.h"

namespace parley {
namespace {

// The scenario without the actors in `dropped` (stances and accommodation re-indexed).
Scenario WithoutActors(const Scenario& scenario, const std::set<std::size_t>& dropped,
                       std::vector<std::size_t>& kept) {
  Scenario result = scenario;
  result.actors.clear();
  result.stances.clear();
  result.accommodation.clear();
  std::vector<std::size_t> index(scenario.actors.size(), scenario.actors.size());
  for (std::size_t i = 0; i < scenario.actors.size(); ++i) {
    if (dropped.count(i)) continue;
    index[i] = result.actors.size();
    kept.push_back(i);
    result.actors.push_back(scenario.actors[i]);
  }
  for (Stance stance : scenario.stances) {
    if (index[stance.actor] == scenario.actors.size()) continue;
    stance.actor = index[stance.actor];
    result.stances.push_back(stance);
  }
  for (AccommodationPair pair : scenario.accommodation) {
    if (index[pair.adjusting] == scenario.actors.size()) continue;
    if (index[pair.reference] == scenario.actors.size()) continue;
    pair.adjusting = index[pair.adjusting];
    pair.reference = index[pair.reference];
    result.accommodation.push_back(pair);
  }
  return result;
}

// Actors with salience 0 (or no stance) on every issue of the group: they
// cannot enter SMP's distances (KTAB refuses them), and do not care anyway.
std::set<std::size_t> IndifferentActors(const Scenario& group) {
  std::set<std::size_t> indifferent;
  for (std::size_t i = 0; i < group.actors.size(); ++i) indifferent.insert(i);
  for (const Stance& stance : group.stances) {
    if (stance.salience > 0.0) indifferent.erase(stance.actor);
  }
  return indifferent;
}

// Sum_u P_u x_uk / sum_u P_u over the distinct positions u of a state (actors
// sharing a position share one probability), on the [0, 1] scale.
std::vector<double> ExpectedOutcome(const SmpState& state, std::size_t n, std::size_t m) {
  std::map<std::vector<double>, double> distinct;
  for (std::size_t i = 0; i < n; ++i) {
    std::vector<double> point(state.position.begin() + i * m, state.position.begin() + (i + 1) * m);
    distinct.emplace(std::move(point), state.winning_probability[i]);
  }
  std::vector<double> expected(m, 0.0);
  double total = 0.0;
  for (const auto& [point, probability] : distinct) {
    total += probability;
    for (std::size_t k = 0; k < m; ++k) expected[k] += probability * point[k];
  }
  for (double& value : expected) value = total > 0.0 ? value / total : value;
  return expected;
}

double ToScale(const SmpProblem& problem, std::size_t k, double x) {
  return problem.scale_min[k] + x * (problem.scale_max[k] - problem.scale_min[k]);
}

// The per-issue forecast of dimension d of a group run.
IssueForecast IssueFromGroup(const SmpGroupRun& group, std::size_t d, IssueProblem problem,
                             const std::vector<std::vector<double>>& expected) {
  const std::size_t m = group.problem.DimensionCount();
  std::map<std::size_t, std::size_t> smp_actor;  // scenario actor -> SMP actor
  for (std::size_t a = 0; a < group.actors.size(); ++a) smp_actor[group.actors[a]] = a;
  Forecast forecast;
  forecast.model = "smp";
  for (std::size_t t = 0; t < group.run.states.size(); ++t) {
    const SmpState& state = group.run.states[t];
    Round round;
    round.round = state.turn;
    for (std::size_t p = 0; p < problem.actor.size(); ++p) {
      const auto found = smp_actor.find(problem.actor[p]);
      round.position.push_back(
          found == smp_actor.end()
              ? problem.position[p]
              : ToScale(group.problem, d, state.position[found->second * m + d]));
    }
    round.outcome = ToScale(group.problem, d, expected[t][d]);
    round.mean = WeightedMean(problem, round.position);
    forecast.rounds.push_back(std::move(round));
  }
  forecast.outcome = forecast.rounds.back().outcome;
  forecast.termination = group.run.termination;
  forecast.message = group.run.message;
  if (!group.run.notes.empty()) {
    forecast.message += "; KTAB would have aborted on a degenerate state (see the notes)";
  }
  return IssueForecast{group.issues[d], std::move(problem), std::move(forecast)};
}

std::uint64_t SeedFor(const Scenario& scenario, const SmpOptions& options,
                      const RunContext& context) {
  if (context.seed) return *context.seed;
  if (options.seed != kKtabDefaultSeed) return options.seed;
  return scenario.seed.value_or(kKtabDefaultSeed);
}

// Runs one group; an input SMP cannot take skips the group's issues with the reason.
Status RunGroup(const Scenario& scenario, const std::vector<std::size_t>& issues,
                const SmpOptions& options, const RunContext& context, ThreadPool& pool,
                ScenarioForecast& forecast, SmpDetail& runs) {
  const Scenario restricted = RestrictToIssues(scenario, issues);
  const std::set<std::size_t> indifferent = IndifferentActors(restricted);
  SmpGroupRun group;
  group.issues = issues;
  const Scenario table = WithoutActors(restricted, indifferent, group.actors);
  for (std::size_t i : indifferent) {
    forecast.detail.notes.push_back(
        fmt::format("actor '{}' has salience 0 on every issue of this negotiation: left out of SMP",
                    scenario.actors[i].id));
  }
  const auto skip_all = [&](const std::string& reason) {
    for (std::size_t k : issues) forecast.skipped.push_back({k, reason});
    return Ok();
  };
  if (table.actors.size() < 2) return skip_all("fewer than two actors care about this issue");
  auto problem = SmpProblemFromScenario(table);
  if (!problem) return skip_all(problem.error().message);
  group.problem = std::move(*problem);
  for (const std::string& note : group.problem.notes) forecast.detail.notes.push_back(note);
  SmpObserver observer;
  if (context.observer) {
    observer = [&](const SmpState& state) {
      Round round{state.turn, {}, 0.0, 0.0};
      const auto expected =
          ExpectedOutcome(state, group.problem.ActorCount(), group.problem.DimensionCount());
      bool go_on = true;
      for (std::size_t d = 0; d < issues.size(); ++d) {
        round.outcome = ToScale(group.problem, d, expected[d]);
        go_on = context.observer(RoundUpdate{"smp", issues[d], &round}) && go_on;
      }
      return go_on;
    };
  }
  SmpOptions seeded = options;
  seeded.seed = SeedFor(scenario, options, context);
  group.options = seeded;
  auto run = RunSmp(group.problem, seeded, pool, observer);
  if (!run) {
    if (run.error().code != ErrorCode::kInvalidInput) return tl::unexpected(run.error());
    return skip_all(run.error().message);
  }
  group.run = std::move(*run);
  for (const std::string& note : group.run.notes) {
    forecast.detail.notes.push_back(
        fmt::format("negotiation of '{}': {}", scenario.issues[issues.front()].id, note));
  }
  std::vector<std::vector<double>> expected;  // per state, per dimension, on [0, 1]
  for (const SmpState& state : group.run.states) {
    expected.push_back(
        ExpectedOutcome(state, group.problem.ActorCount(), group.problem.DimensionCount()));
  }
  for (std::size_t d = 0; d < issues.size(); ++d) {
    auto issue_problem = MakeIssueProblem(scenario, issues[d]);
    if (!issue_problem) {
      forecast.skipped.push_back({issues[d], issue_problem.error().message});
      continue;
    }
    forecast.issues.push_back(IssueFromGroup(group, d, std::move(*issue_problem), expected));
  }
  runs.push_back(std::move(group));
  return Ok();
}

Result<ScenarioForecast> RunSmpModel(const Scenario& scenario, const SmpOptions& options,
                                     const RunContext& context) {
  ThreadPool serial(1);
  ThreadPool& pool = context.pool ? *context.pool : serial;
  ScenarioForecast forecast;
  forecast.model = "smp";
  auto runs = std::make_shared<SmpDetail>();
  for (const std::vector<std::size_t>& issues : IssueGroups(scenario)) {
    if (auto s = RunGroup(scenario, issues, options, context, pool, forecast, *runs); !s) {
      return tl::unexpected(s.error());
    }
  }
  std::sort(forecast.issues.begin(), forecast.issues.end(),
            [](const IssueForecast& a, const IssueForecast& b) { return a.issue < b.issue; });
  std::sort(forecast.skipped.begin(), forecast.skipped.end(),
            [](const SkippedIssue& a, const SkippedIssue& b) { return a.issue < b.issue; });
  forecast.detail.data = std::shared_ptr<const SmpDetail>(runs);
  return forecast;
}

}  // namespace

ModelSpec SmpModel() {
  ModelBuilder<SmpOptions> builder(
      "smp",
      "KTAB's spatial model of politics: probabilistic Condorcet bargaining, all issues "
      "of a group at once");
  for (std::string_view parameter : SmpParameterNames()) {
    const std::string name(parameter);
    builder.Option(
        name, fmt::format("{}", fmt::join(SmpParameterChoices(parameter), ", ")),
        "KTAB SPEC 4.3 (reference/ktab/SPEC.md)", fmt::format("KTAB's {} parameter", name),
        [name](SmpOptions& options, std::string_view value) {
          return SetSmpParameter(options, name, value);
        },
        [name](const SmpOptions& options) {
          return std::string(SmpParameterValue(options, name));
        });
  }
  return builder
      .Integer("seed", &SmpOptions::seed, std::uint64_t{1}, ~std::uint64_t{0}, "KTAB SPEC 4.13",
               "seed of stochastic transitions (a run's seed, or the scenario's, wins)")
      .Integer("max_turns", &SmpOptions::max_turns, 1, 100000, "KTAB SPEC 4.11", "turn cap")
      .Integer("min_turns", &SmpOptions::min_turns, 1, 100000, "KTAB SPEC 4.11",
               "turns before the stopping rule may fire")
      .Number("min_delta_ratio", &SmpOptions::min_delta_ratio, 0.0, 1.0, "KTAB SPEC 4.11",
              "stop when the fractional change falls below this")
      .Number("min_significant_delta", &SmpOptions::min_significant_delta, 1e-12, 1.0,
              "KTAB SPEC 4.11", "added to the first step's distance")
      .Integer("min_actors_for_threads", &SmpOptions::min_actors_for_threads, 0, 100000,
               "measured (bench/smp_bench.cpp)", "smaller problems run on one thread")
      .RoundsOption("max_turns")
      .MinRoundsOption("min_turns")
      .Joint()
      .Check(ValidateSmpOptions)
      .Run(RunSmpModel);
}

}  // namespace parley
