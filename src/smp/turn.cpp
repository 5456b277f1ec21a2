// One SMP turn: challenges and proposals (SPEC 4.8), then every actor resolves
// the bargains on its queue (SPEC 4.9). Returns the positions of the next state.
#include "smp/turn.h"

#include <cmath>
#include <optional>

#include "smp/pce.h"

namespace parley::smp {
namespace {

// Every bargain of the turn, in canonical queue order (SPEC 4.8, "Queue order"):
// proposer 0's bargains first, each proposer's in the order it queues them.
std::vector<Bargain> ProposeAll(const Actors& actors, const StateAnalysis& analysis,
                                const std::vector<double>& position, const SmpOptions& options,
                                ThreadPool& pool) {
  const std::size_t n = actors.count;
  std::vector<std::vector<Bargain>> by_proposer(n);
  pool.ForEach(n, [&](std::size_t i, int) {
    const Challenge challenge = BestChallenge(actors, analysis, options, i);
    if (challenge.found) {
      by_proposer[i] = ProposeBargains(actors, analysis, position, options, i, challenge);
    }
  });
  std::vector<Bargain> bargains;
  for (std::vector<Bargain>& proposed : by_proposer) {
    for (Bargain& bargain : proposed) bargains.push_back(std::move(bargain));
  }
  return bargains;
}

// What the utility sums of one actor read: its distances to every actor,
// its own risk estimate, and the two actors of each bargain (as doubles).
struct SumInput {
  std::size_t actors = 0;
  const double* distance = nullptr;
  double own_view = 0.0;
  std::size_t bargains = 0;
  const double* initiator = nullptr;
  const double* receiver = nullptr;
};

// Adds U^a(a, x) for x = 0, 1, ... to every bargain's sum except where x is
// one of the bargain's actors (adding 0.0 then, which leaves a positive sum
// unchanged), kLanes<V> bargains at a time. Returns the status quo sum.
template <typename V>
[[gnu::always_inline]] inline double SumUtilities(const SumInput& in, double* sums) {
  double status_quo = 0.0;
  for (std::size_t x = 0; x < in.actors; ++x) {
    const double u = BasicUtility(in.distance[x], in.own_view);
    status_quo = status_quo + u;
    const double actor = static_cast<double>(x);
    const V actor_lanes = Splat<V>(actor);
    std::size_t b = 0;
    for (; b + kLanes<V> <= in.bargains; b += kLanes<V>) {
      const auto involved =
          (Load<V>(in.initiator + b) == actor_lanes) | (Load<V>(in.receiver + b) == actor_lanes);
      Store(sums + b, Load<V>(sums + b) + Select(involved, Splat<V>(0.0), Splat<V>(u)));
    }
    for (; b < in.bargains; ++b) {
      sums[b] = sums[b] + ((actor == in.initiator[b] || actor == in.receiver[b]) ? 0.0 : u);
    }
  }
  return status_quo;
}

double SumUtilitiesSse2(const SumInput& in, double* sums) { return SumUtilities<Vec2>(in, sums); }

#if PARLEY_SMP_HAS_AVX2_PATH
PARLEY_SMP_AVX2_TARGET double SumUtilitiesAvx2(const SumInput& in, double* sums) {
  return SumUtilities<Vec4>(in, sums);
}
#endif

// Utility to every actor a of the state each bargain would create (SPEC 4.9
// step 1), in KTAB's order: 0 + posUtil(b_I) + posUtil(b_J), then U^a(a, x) for
// the other actors x ascending, divided by n. Adding 0.0 for x in {I, J}
// leaves a positive sum unchanged, so the inner loop over bargains has no
// branch. Column 0 is the status quo, bargain b is column b + 1.
std::vector<double> BargainUtilities(const Actors& actors, const StateAnalysis& analysis,
                                     const std::vector<double>& ideal,
                                     const std::vector<Bargain>& bargains,
                                     const SmpOptions& options, ThreadPool& pool) {
  const std::size_t n = actors.count;
  const std::size_t m = actors.dimensions;
  const std::size_t columns = bargains.size() + 1;
  // Actor indices as doubles, to compare them lane by lane.
  std::vector<double> initiator(bargains.size()), receiver(bargains.size());
  for (std::size_t b = 0; b < bargains.size(); ++b) {
    initiator[b] = static_cast<double>(bargains[b].initiator);
    receiver[b] = static_cast<double>(bargains[b].receiver);
  }
  std::vector<double> utility(n * columns);
  pool.ForEach(n, [&](std::size_t a, int) {
    const double risk = analysis.risk[a];
    const double own_view = EstimateRisk(risk, risk, options.big_r_adjust);
    auto position_utility = [&](const std::vector<double>& p) {
      return BasicUtility(SalienceDistance(&ideal[a * m], p.data(), &actors.salience[a * m], m,
                                           actors.salience_square_sum[a]),
                          risk);
    };
    double* row = &utility[a * columns];
    double* sums = row + 1;
    for (std::size_t b = 0; b < bargains.size(); ++b) {
      sums[b] = (0.0 + position_utility(bargains[b].initiator_position)) +
                position_utility(bargains[b].receiver_position);
    }
    const double* distance = &analysis.distance[a * n];
    const SumInput input{n, distance, own_view, bargains.size(), initiator.data(), receiver.data()};
#if PARLEY_SMP_HAS_AVX2_PATH
    const double status_quo =
        actors.wide_lanes ? SumUtilitiesAvx2(input, sums) : SumUtilitiesSse2(input, sums);
#else
    const double status_quo = SumUtilitiesSse2(input, sums);
#endif
    row[0] = status_quo;
    for (std::size_t column = 0; column < columns; ++column) {
      row[column] = row[column] / static_cast<double>(n);
    }
  });
  return utility;
}

// Model::scalarPCE over actor k's queue: its status quo and the bargains involving it.
Result<std::vector<double>> QueueProbabilities(const Actors& actors,
                                               const std::vector<double>& utility,
                                               std::size_t columns,
                                               const std::vector<std::size_t>& queue,
                                               const SmpOptions& options) {
  const std::size_t n = actors.count;
  const std::size_t q = queue.size() + 1;
  std::vector<double> queue_utility(n * q);
  for (std::size_t a = 0; a < n; ++a) {
    queue_utility[a * q] = utility[a * columns];
    for (std::size_t c = 1; c < q; ++c) {
      queue_utility[a * q + c] = utility[a * columns + queue[c - 1] + 1];
    }
  }
  ThreadPool serial(1);
  return ScalarPce(options, actors.capability, queue_utility, q, actors.wide_lanes, serial);
}

// ndxMaxAbs: the first index of the largest |p|.
std::size_t FirstMaximum(const std::vector<double>& p) {
  double best = -1.0;
  std::size_t index = 0;
  for (std::size_t m = 0; m < p.size(); ++m) {
    const double value = std::fabs(p[m]);
    if (best < value) {
      best = value;
      index = m;
    }
  }
  return index;
}

}  // namespace

Result<std::vector<double>> NextPositions(const Actors& actors, const std::vector<double>& position,
                                          const std::vector<double>& ideal,
                                          const StateAnalysis& analysis, const SmpOptions& options,
                                          ThreadPool& pool, KtabRandom& random) {
  const std::size_t n = actors.count;
  const std::size_t m = actors.dimensions;
  const std::vector<Bargain> bargains = ProposeAll(actors, analysis, position, options, pool);
  const std::size_t columns = bargains.size() + 1;
  const std::vector<double> utility =
      BargainUtilities(actors, analysis, ideal, bargains, options, pool);
  std::vector<std::vector<std::size_t>> queue(n);
  for (std::size_t b = 0; b < bargains.size(); ++b) {
    queue[bargains[b].initiator].push_back(b);
    queue[bargains[b].receiver].push_back(b);
  }
  std::vector<std::optional<Result<std::vector<double>>>> probabilities(n);
  pool.ForEach(n, [&](std::size_t k, int) {
    probabilities[k] = QueueProbabilities(actors, utility, columns, queue[k], options);
  });
  std::vector<double> next = position;
  for (std::size_t k = 0; k < n; ++k) {
    const Result<std::vector<double>>& p = *probabilities[k];
    if (!p) return tl::unexpected<Error>(p.error());
    const std::size_t chosen = options.state_transitions == SmpStateTransitions::kStochastic
                                   ? random.Select(*p)
                                   : FirstMaximum(*p);
    if (chosen == 0) continue;  // status quo
    const Bargain& bargain = bargains[queue[k][chosen - 1]];
    const std::vector<double>& adopted =
        bargain.initiator == k ? bargain.initiator_position : bargain.receiver_position;
    for (std::size_t d = 0; d < m; ++d) next[k * m + d] = adopted[d];
  }
  return next;
}

std::vector<double> NextIdeals(const Actors& actors, const std::vector<double>& position,
                               const std::vector<double>& ideal) {
  if (actors.identity_accommodation) return position;
  const std::size_t m = actors.dimensions;
  std::vector<double> next(ideal.size());
  for (std::size_t i = 0; i < actors.count; ++i) {
    // ideal_i = sum_j A_ij x_j + (1 - min(1, sum_j A_ij)) ideal_i (SPEC 4.10);
    // zero entries add +0.0, which changes nothing, so only nonzero ones are visited.
    double row_sum = 0.0;
    std::vector<double> sum(m, 0.0);
    for (const AccommodationEntry& entry : actors.accommodation[i]) {
      row_sum = row_sum + entry.weight;
      for (std::size_t k = 0; k < m; ++k) {
        sum[k] = sum[k] + (entry.weight * position[entry.column * m + k]);
      }
    }
    row_sum = (1.0 < row_sum) ? 1.0 : row_sum;
    const double lag = 1.0 - row_sum;
    for (std::size_t k = 0; k < m; ++k) next[i * m + k] = sum[k] + (lag * ideal[i * m + k]);
  }
  return next;
}

}  // namespace parley::smp
