// Type 7 quantiles, of sorted values and by selection (include/parley/monte_carlo.h).
#include <algorithm>
#include <array>
#include <cmath>
#include <span>
#include <utility>
#include <vector>

#include "analysis/bin_index.h"
#include "analysis/lanes.h"
#include "parley/monte_carlo.h"

namespace parley {

namespace {

// QuantileType7's h and x_low (0-based) for probability p of n values.
struct Type7Rank {
  double h;
  std::size_t low;
};

Type7Rank RankOf(std::size_t n, double p) {
  const double h = (static_cast<double>(n) - 1.0) * p;
  return {h, static_cast<std::size_t>(std::floor(h))};
}

// Q(p) from the order statistics at x_low and x_low+1.
double Interpolate(const Type7Rank& rank, double at_low, double at_next) {
  return at_low + (rank.h - std::floor(rank.h)) * (at_next - at_low);
}

// The least and the greatest of `values`, without a branch a value:
// std::minmax_element's comparisons mispredict on fresh draws (they took a
// quarter of the five summary quantiles' time), the ternaries here compile to
// minsd and maxsd, in lanes (lanes.h). Like one chain, the lanes keep the
// first value when it is NaN and skip every later NaN. REQUIRES: `values`
// non-empty.
std::pair<double, double> LeastAndGreatest(const std::vector<double>& values) {
  std::array<double, kLanes> least, greatest;
  least.fill(values.front());
  greatest.fill(values.front());
  const auto take = [&](std::size_t lane, double value) {
    least[lane] = value < least[lane] ? value : least[lane];
    greatest[lane] = value > greatest[lane] ? value : greatest[lane];
  };
  ForEachInLanes(values, take);
  for (std::size_t lane = 1; lane < kLanes; ++lane) take(0, least[lane]), take(0, greatest[lane]);
  return {least[0], greatest[0]};
}

// The most buckets OrderStatistics spreads values over: about 4 values a
// bucket at 1,000 draws, 40 at 10,000.
constexpr std::size_t kMostBuckets = 256;

// The order statistics of given ranks of unsorted values, by bucket selection:
// one pass finds the least and the greatest value, one counts the values in
// each of B equal buckets between them, and one copies out only the values of
// the buckets that hold a wanted rank, where std::nth_element finds it. A
// bucket's index, floor((x - least) B / (greatest - least)) clamped to the
// buckets, never decreases as x grows (every floating-point step is
// monotone), so every value of a bucket lies between those of the buckets
// either side, and rank r is the (r - values in lower buckets)-th of its
// bucket: the same order statistic a sort gives, to the bit. On 1,000 fresh
// draws the five summary quantiles take about a quarter of the time of
// selecting over all the values, whose branches the processor cannot learn.
// Values all equal, or spanning an infinite range, fall into one bucket.
class OrderStatistics {
 public:
  // REQUIRES: `values` non-empty; `ranks` ascending, unique, below its size.
  OrderStatistics(const std::vector<double>& values, std::span<const std::size_t> ranks)
      : buckets_(std::clamp<std::size_t>(values.size() / 4, 1, kMostBuckets)) {
    const auto [least, greatest] = LeastAndGreatest(values);
    least_ = least;
    const double range = greatest - least;
    scale_ = range > 0 ? static_cast<double>(buckets_) / range : 0.0;
    CountAndStart(values);
    CopyOutWantedBuckets(values, ranks);
  }

  // The order statistic of `rank` (REQUIRES: among those given).
  double At(std::size_t rank) {
    const std::size_t bucket = BucketOfRank(rank);
    const auto first = wanted_.begin() + static_cast<std::ptrdiff_t>(offset_[bucket]);
    const auto last = first + static_cast<std::ptrdiff_t>(count_[bucket]);
    const auto nth = first + static_cast<std::ptrdiff_t>(rank - start_[bucket]);
    std::nth_element(first, nth, last);
    return *nth;
  }

 private:
  // All below the first bucket (NaN too) goes to it, all above the last to it.
  std::size_t BucketOf(double value) const {
    return BinIndex((value - least_) * scale_, static_cast<double>(buckets_ - 1));
  }

  void CountAndStart(const std::vector<double>& values) {
    count_.fill(0);
    for (double value : values) ++count_[BucketOf(value)];
    start_[0] = 0;
    for (std::size_t b = 0; b < buckets_; ++b) start_[b + 1] = start_[b] + count_[b];
  }

  // The bucket whose ranks [start, start + count) hold `rank`.
  std::size_t BucketOfRank(std::size_t rank) const {
    const auto end = start_.begin() + static_cast<std::ptrdiff_t>(buckets_ + 1);
    return static_cast<std::size_t>(std::upper_bound(start_.begin(), end, rank) - start_.begin()) -
           1;
  }

  void CopyOutWantedBuckets(const std::vector<double>& values, std::span<const std::size_t> ranks) {
    std::array<bool, kMostBuckets> wanted{};
    std::size_t total = 0;
    for (std::size_t rank : ranks) {
      const std::size_t bucket = BucketOfRank(rank);
      if (wanted[bucket]) continue;
      wanted[bucket] = true;
      offset_[bucket] = total;
      total += count_[bucket];
    }
    wanted_.resize(total);
    // Without a branch a value: a bucket not wanted writes into one spare
    // place after the wanted values, over and over.
    wanted_.push_back(0.0);
    std::array<std::size_t, kMostBuckets> next;
    for (std::size_t b = 0; b < buckets_; ++b) next[b] = wanted[b] ? offset_[b] : total;
    for (double value : values) {
      const std::size_t bucket = BucketOf(value);
      wanted_[next[bucket]] = value;
      next[bucket] += wanted[bucket] ? 1 : 0;
    }
  }

  std::size_t buckets_;
  double least_ = 0.0;
  double scale_ = 0.0;
  std::array<std::size_t, kMostBuckets> count_;
  std::array<std::size_t, kMostBuckets + 1> start_;  // values in the buckets below
  std::array<std::size_t, kMostBuckets> offset_{};   // a wanted bucket's place in wanted_
  std::vector<double> wanted_;                       // the wanted buckets' values
};

}  // namespace

double QuantileType7(const std::vector<double>& sorted, double p) {
  const Type7Rank rank = RankOf(sorted.size(), p);
  if (rank.low + 1 >= sorted.size()) return sorted.back();
  return Interpolate(rank, sorted[rank.low], sorted[rank.low + 1]);
}

std::vector<double> SelectQuantilesType7(const std::vector<double>& values,
                                         const std::vector<double>& probabilities) {
  const std::size_t n = values.size();
  std::vector<std::size_t> ranks;
  for (double p : probabilities) {
    const std::size_t low = RankOf(n, p).low;
    ranks.push_back(std::min(low, n - 1));
    if (low + 1 < n) ranks.push_back(low + 1);
  }
  std::sort(ranks.begin(), ranks.end());
  ranks.erase(std::unique(ranks.begin(), ranks.end()), ranks.end());
  OrderStatistics statistics(values, ranks);
  std::vector<double> quantiles;
  quantiles.reserve(probabilities.size());
  for (double p : probabilities) {
    const Type7Rank rank = RankOf(n, p);
    if (rank.low + 1 >= n) {
      quantiles.push_back(statistics.At(n - 1));
    } else {
      quantiles.push_back(Interpolate(rank, statistics.At(rank.low), statistics.At(rank.low + 1)));
    }
  }
  return quantiles;
}

}  // namespace parley
