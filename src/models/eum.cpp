// RunEum: the round loop of Bueno de Mesquita's expected-utility model with its
// stopping rules (Scholz 2011 Appendix steps 12-13; models.md 3.8).
#include "parley/eum.h"

#include <fmt/format.h>

#include <cmath>
#include <optional>
#include <utility>

#include "models/eum_round.h"
#include "models/eum_stopping.h"
#include "parley/classic_models.h"
#include "parley/eum_detail.h"

namespace parley {
namespace {

Status ValidateColumn(const std::vector<double>& column, std::size_t size, std::string_view field,
                      double low, double high) {
  if (column.size() != size) {
    return InvalidInput(
        fmt::format("eum: {} column has {} entries for {} actors", field, column.size(), size), {},
        0, std::string(field));
  }
  for (std::size_t i = 0; i < size; ++i) {
    if (!(column[i] >= low && column[i] <= high)) {  // false for NaN
      return InvalidInput(
          fmt::format("eum: {} {} of actor #{} outside [{}, {}]", field, column[i], i, low, high),
          {}, 0, std::string(field));
    }
  }
  return Ok();
}

Status ValidateProblem(const IssueProblem& problem, const EumSettings& settings) {
  const std::size_t n = problem.ActorCount();
  if (n == 0) return InvalidInput("eum: the issue has no actors");
  const double infinity = HUGE_VAL;
  const bool on_scale = settings.range == EumRange::kScale;
  if (on_scale && !(problem.scale_max > problem.scale_min)) {
    return InvalidInput(fmt::format("eum: range rule 'scale' needs scale_max {} > scale_min {}",
                                    problem.scale_max, problem.scale_min));
  }
  const double low = on_scale ? problem.scale_min : -infinity;
  const double high = on_scale ? problem.scale_max : infinity;
  if (auto status = ValidateColumn(problem.position, n, "position", low, high); !status) {
    return status;
  }
  if (auto status = ValidateColumn(problem.capability, n, "capability", 0.0, infinity); !status) {
    return status;
  }
  if (auto status = ValidateColumn(problem.salience, n, "salience", 0.0, 1.0); !status) {
    return status;
  }
  double total_weight = 0.0;
  for (std::size_t i = 0; i < n; ++i) total_weight += problem.Weight(i);
  if (!(total_weight > 0.0 && std::isfinite(total_weight))) {
    return InvalidInput("eum: total capability x salience must be positive and finite");
  }
  return Ok();
}

Round MakeRound(int round, const EumSnapshot& snapshot, const IssueProblem& problem) {
  return Round{round, snapshot.position, snapshot.median, WeightedMean(problem, snapshot.position)};
}

}  // namespace

Result<Forecast> RunEum(const IssueProblem& problem, const EumOptions& options,
                        const RoundObserver& observer) {
  if (auto status = ValidateEumOptions(options); !status) return tl::unexpected(status.error());
  const EumSettings settings = ResolveEumSettings(options);
  if (auto status = ValidateProblem(problem, settings); !status) {
    return tl::unexpected(status.error());
  }
  Forecast forecast;
  forecast.model = "eum";
  // Appends a round; false when the caller's observer asks to stop.
  const auto append = [&](Round round) {
    forecast.rounds.push_back(std::move(round));
    return !observer || observer(forecast.rounds.back());
  };
  const auto stopped = [&] {
    forecast.termination = Termination::kStopped;
    forecast.message = fmt::format("stopped by the caller after {} rounds", forecast.RoundCount());
    forecast.outcome = forecast.rounds.back().outcome;
    return forecast;
  };
  EumSnapshot snapshot = eum::MakeSnapshot(problem, settings, problem.position);
  if (!append(MakeRound(0, snapshot, problem))) return stopped();
  eum::RepeatFinder repeats;
  if (options.detect_cycles) repeats.Add(forecast);
  int quiet_rounds = 0;
  eum::PassStorage storage;  // buffers reused by every pass of the run
  for (int t = 1; t <= options.max_rounds; ++t) {
    EumStepResult step = eum::ComputeStep(problem, settings, snapshot, storage);
    EumSnapshot next = eum::MakeSnapshot(problem, settings, std::move(step.position));
    const double median_shift = std::abs(next.median - snapshot.median);
    snapshot = std::move(next);
    if (!append(MakeRound(t, snapshot, problem))) return stopped();
    if (options.detect_cycles) {
      if (const std::optional<int> earlier = repeats.Add(forecast)) {
        eum::EndOnRepeat(forecast, *earlier, t);
        return forecast;
      }
    }
    if (options.stop_rule == EumStopRule::kMedianStable) {
      const bool quiet = median_shift <= options.stop_tolerance * snapshot.range;
      quiet_rounds = quiet ? quiet_rounds + 1 : 0;
      if (quiet_rounds >= options.stop_patience) {
        forecast.termination = Termination::kConverged;
        forecast.outcome = snapshot.median;
        forecast.message = fmt::format("median moved <= {} x R for {} rounds (round {})",
                                       options.stop_tolerance, quiet_rounds, t);
        return forecast;
      }
    }
  }
  eum::EndOnCap(forecast, options);
  return forecast;
}

}  // namespace parley
