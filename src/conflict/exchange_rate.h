// Internal: the arithmetic of one exchange, shared by both presets: how far a
// supplier can move (models.md 4.4 item 4 limits, plus red lines) and how the
// two outcome shifts are set by the exchange rate (equal gain or random).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>

#include "exchange_table.h"

namespace parley::exchange_detail {

// i demands p and supplies q; j the reverse.
struct PairSaliences {
  double ip = 0.0, iq = 0.0, jp = 0.0, jq = 0.0;
  // s_ip s_jq - s_iq s_jp: > 0 when i cares relatively more about p.
  double Cross() const { return ip * jq - iq * jp; }
};

// Outcome shifts d_p, d_q (shares of the scale range) and each side's gain
// (salience x share of range): gain_i = s_ip d_p - s_iq d_q,
// gain_j = s_jq d_q - s_jp d_p.
struct Split {
  double delta_p = 0.0, delta_q = 0.0;
  double gain_i = 0.0, gain_j = 0.0;
};

// Sets d_q = r d_p, starting from d_p = max_p and scaling both back when d_q
// exceeds max_q. Equal gain (no draw): r = (s_ip + s_jp) / (s_iq + s_jq)
// (models.md 4.4 item 4); both gains are then d_p (s_ip s_jq - s_iq s_jp) /
// (s_iq + s_jq). Random rate (draw u in [0, 1)): r = r_j + u (r_i - r_j) with
// r_j = s_jp / s_jq (j gains nothing) and r_i = s_ip / s_iq (i gains nothing),
// Dijkstra et al. (2018). Empty when the saliences leave no surplus.
std::optional<Split> SplitExchange(const PairSaliences& s, double max_p, double max_q,
                                   std::optional<double> draw);

// A uniform draw in [0, 1) for one candidate exchange, from std::mt19937_64
// seeded by the run's seed mixed with the round and the candidate, so a
// candidate keeps its rate however often it is recomputed: the top 53 bits
// of the first output times 2^-53.
double CandidateDraw(std::uint64_t seed, int round, std::size_t i, std::size_t j, std::size_t p,
                     std::size_t q);

// The largest outcome shift (share of range) `supplier` can give on d moving
// its voting position from `from` toward `target`: not past the target, the
// outcome `outcome` not past `anchor` (the demander's position), and, when
// `respect_red_line`, not out of the supplier's red line.
double MaxShift(const Table& table, std::size_t supplier, std::size_t d, double from, double target,
                double outcome, double anchor, bool respect_red_line);

// The position `supplier` reaches on d from `from` toward `target` when the
// outcome shifts by `delta` (share of range): |dx| = delta R_d W_d / (c s).
double MovedPosition(const Table& table, std::size_t supplier, std::size_t d, double from,
                     double target, double delta);

}  // namespace parley::exchange_detail
