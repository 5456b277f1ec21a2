// How a run of the expected-utility model ends and what it then forecasts
// (models.md 3.8; docs/models/eum.md "How a run ends").
#include "models/eum_stopping.h"

#include <fmt/format.h>

#include <algorithm>
#include <bit>
#include <cstddef>
#include <string>

namespace parley::eum {
namespace {

// Rounds whose medians a run cut by the cap averages: BDM's customary
// horizon of 10 rounds (BDM 1994; Scholz 2011 Table 2), which holds whole
// periods of the period-2 swaps common on DEU III and of the period-5 style
// oscillation of the BDM 1994 case (models.md 3.8).
constexpr int kCapWindow = 10;

struct MedianSummary {
  double low = 0.0;
  double high = 0.0;
  double mean = 0.0;
};

// Range and mean of the medians of rounds first..last (inclusive), summed in
// round order.
MedianSummary SummariseMedians(const Forecast& forecast, int first, int last) {
  MedianSummary summary{forecast.rounds[first].outcome, forecast.rounds[first].outcome, 0.0};
  double sum = 0.0;
  for (int t = first; t <= last; ++t) {
    const double median = forecast.rounds[t].outcome;
    summary.low = std::min(summary.low, median);
    summary.high = std::max(summary.high, median);
    sum += median;
  }
  summary.mean = sum / static_cast<double>(last - first + 1);
  return summary;
}

}  // namespace

std::optional<int> RepeatFinder::Add(const Forecast& forecast) {
  const std::vector<double>& position = forecast.rounds.back().position;
  std::uint64_t hash = 14695981039346656037ull;  // FNV-1a
  for (double x : position) {
    hash ^= std::bit_cast<std::uint64_t>(x + 0.0);  // + 0.0: -0.0 and 0.0 hash alike
    hash *= 1099511628211ull;
  }
  for (std::size_t s = fingerprint_.size(); s-- > 0;) {
    if (fingerprint_[s] == hash && forecast.rounds[s].position == position) {
      fingerprint_.push_back(hash);
      return forecast.rounds[s].round;
    }
  }
  fingerprint_.push_back(hash);
  return std::nullopt;
}

// A cycle visits the medians of one period over and over; cut at an arbitrary
// round it would forecast whichever of them the cap happens to land on (the
// BDM 1994 case gives 7.0 at 10 rounds). The mean of one period is the
// forecast's expected value when talks end at a round drawn uniformly from the
// cycle, and it does not depend on the cap. Example (tests/models/eum_run_test):
// a period-2 swap between medians 40 and 90 forecasts 65 at every cap.
void EndOnRepeat(Forecast& forecast, int first, int last) {
  const int period = last - first;
  if (period == 1) {
    forecast.termination = Termination::kConverged;
    forecast.outcome = forecast.rounds[last].outcome;
    forecast.message = fmt::format("converged: no actor moved in round {}", last);
    return;
  }
  const MedianSummary medians = SummariseMedians(forecast, first + 1, last);
  forecast.termination = Termination::kCycle;
  forecast.outcome = medians.mean;
  forecast.message = fmt::format(
      "cycle of period {} between rounds {} and {}: the medians of one period range over [{:g}, "
      "{:g}]; the forecast is their mean {:g}",
      period, first, last, medians.low, medians.high, medians.mean);
}

// Without cycle detection this is Scholz's fixed-round run: the last median.
// With it, the run is still moving at the cap (a long transient, a cycle
// longer than the cap allows to see twice, or a drift); the forecast is the
// mean of the medians of the last kCapWindow rounds, which does not flip with
// the parity of the cap in a near-cycle, and the message says how much the
// median still moved. Example: rounds 91-100 with medians alternating 0 and
// 91.0 forecast 45.5, not whichever the cap lands on.
void EndOnCap(Forecast& forecast, const EumOptions& options) {
  const int last = forecast.RoundCount();
  forecast.termination = Termination::kMaxRounds;
  if (!options.detect_cycles) {
    forecast.outcome = forecast.rounds.back().outcome;
    forecast.message = fmt::format("ran the fixed {} rounds ({}); the forecast is the last median",
                                   options.max_rounds, ToString(options.preset));
    return;
  }
  const int first = std::max(1, last - kCapWindow + 1);
  const MedianSummary medians = SummariseMedians(forecast, first, last);
  forecast.outcome = medians.mean;
  const std::string movement =
      medians.high > medians.low
          ? fmt::format("the median still moved by {:g} over rounds {}-{} (range [{:g}, {:g}])",
                        medians.high - medians.low, first, last, medians.low, medians.high)
          : fmt::format("the median stayed at {:g} over rounds {}-{} while positions still moved",
                        medians.low, first, last);
  forecast.message = fmt::format(
      "no convergence and no repeated state within the cap of {} rounds: {}; the forecast is the "
      "mean of those medians, {:g}",
      options.max_rounds, movement, medians.mean);
}

}  // namespace parley::eum
