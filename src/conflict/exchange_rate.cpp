#include "exchange_rate.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace parley::exchange_detail {

std::optional<Split> SplitExchange(const PairSaliences& s, double max_p, double max_q,
                                   std::optional<double> draw) {
  const double cross = s.Cross();
  if (!(cross > 0.0) || !(max_p > 0.0) || !(max_q > 0.0)) return std::nullopt;
  double rate = (s.ip + s.jp) / (s.iq + s.jq);
  if (draw) {
    const double rate_j = s.jp / s.jq;  // j's gain is 0 at this rate
    const double rate_i = s.iq > 0.0 ? s.ip / s.iq : rate_j + 2.0 * (rate - rate_j);
    rate = rate_j + *draw * (rate_i - rate_j);
    if (!(rate > 0.0)) return std::nullopt;
  }
  Split split{max_p, max_p * rate, 0.0, 0.0};
  if (split.delta_q > max_q) {
    split.delta_q = max_q;
    split.delta_p = max_q / rate;
  }
  if (draw) {
    split.gain_i = s.ip * split.delta_p - s.iq * split.delta_q;
    split.gain_j = s.jq * split.delta_q - s.jp * split.delta_p;
  } else {
    // Cop21 worked number (round 1, first exchange): USA and China, gain
    // 0.021907 each (Decide reports 2.1907 on its 0-100 scale).
    split.gain_i = split.delta_p * cross / (s.iq + s.jq);
    split.gain_j = split.gain_i;
  }
  return split;
}

double CandidateDraw(std::uint64_t seed, int round, std::size_t i, std::size_t j, std::size_t p,
                     std::size_t q) {
  std::uint64_t key = seed;
  for (const std::uint64_t part : {static_cast<std::uint64_t>(round), std::uint64_t{i},
                                   std::uint64_t{j}, std::uint64_t{p}, std::uint64_t{q}}) {
    key = (key ^ part) * 0x9E3779B97F4A7C15ULL;  // golden-ratio mixing of each part
    key ^= key >> 29;
  }
  std::mt19937_64 engine(key);
  return static_cast<double>(engine() >> 11) * 0x1.0p-53;
}

double MaxShift(const Table& table, std::size_t supplier, std::size_t d, double from, double target,
                double outcome, double anchor, bool respect_red_line) {
  double distance = std::abs(target - from);
  const auto& red_line = table.red_line[table.Cell(supplier, d)];
  if (respect_red_line && red_line) {
    const double room = target > from ? red_line->high - from : from - red_line->low;
    distance = std::min(distance, std::max(0.0, room));
  }
  const double by_move = distance * table.Weight(supplier, d) / table.total_weight[d];
  const double by_outcome = std::abs(outcome - anchor);
  return std::min(by_move, by_outcome) / table.range[d];
}

double MovedPosition(const Table& table, std::size_t supplier, std::size_t d, double from,
                     double target, double delta) {
  const double step = delta * table.range[d] * table.total_weight[d] / table.Weight(supplier, d);
  const double to = target > from ? from + step : from - step;
  // Never past the target (rounding only; MaxShift bounds the step).
  return target > from ? std::min(to, target) : std::max(to, target);
}

}  // namespace parley::exchange_detail
