// SPEC 4.7 (SMPState::probEduChlg) and SPEC 4.8 steps 2-3 (bestChallenge).
//
// BestChallenge computes, for one initiator i, probEduChlg(i, i, i, j) for all
// targets j at once: the loop over third parties n is outside, the loop over
// targets j inside, so each j's coalition sums still add the third parties in
// KTAB's order n = 0, 1, ... while the inner loop runs over contiguous memory
// and vectorises. EvaluateChallenge is the plain one-(h, k, i, j) version.
#include <vector>

#include "smp/engine.h"

namespace parley::smp {
namespace {

constexpr double kChallengeMinimumCoalition = 1E-10;  // probEduChlg minCltn
constexpr double kMinimumGain = 1E-5;                 // bestChallenge minSigEDU

// The principals' coalitions (step 3): i votes between its own position and
// j's, j likewise, both as h sees their utilities.
template <SmpVotingRule kRule>
inline void PrincipalCoalitions(double weight_i, double u_ii, double u_ij, double weight_j,
                                double u_ji, double u_jj, double& for_i, double& for_j) {
  const double contribution_i = Vote<kRule>(weight_i, u_ii, u_ij);
  const double contribution_j = Vote<kRule>(weight_j, u_ji, u_jj);
  for_i = kChallengeMinimumCoalition;
  for_j = kChallengeMinimumCoalition;
  if (contribution_i > 0.0) for_i = for_i + contribution_i;
  if (contribution_i < 0.0) for_j = for_j - contribution_i;
  if (contribution_j > 0.0) for_i = for_i + contribution_j;
  if (contribution_j < 0.0) for_j = for_j - contribution_j;
}

// A third party's vote (step 4, SemiCommit): Actor::vProbLittle gives its
// estimate pi that i wins the little contest, Actor::thirdPartyVoteSU compares
// joining i (2u_ni + u_nn if i wins, 3u_nj if j wins) with joining j
// (3u_ni, 2u_nj + u_nn). Example: u_ni = 0.9, u_nj = 0.5, u_nn = 1, pi = 0.5:
// A = 0.5 * 2.8 + 0.5 * 1.5 = 2.15, B = 0.5 * 2.7 + 0.5 * 2.0 = 2.35; Prop votes w * (-0.2).
template <SmpVotingRule kRule, typename T>
[[gnu::always_inline]] inline T ThirdPartyVote(T weight, T u_ni, T u_nj, T u_nn, T base_i,
                                               T base_j) {
  const T zero = Splat<T>(0.0);
  const T little = Vote<kRule>(weight, u_ni, u_nj);
  const T with_i = Select(little > zero, base_i + little, base_i);
  const T with_j = Select(little < zero, base_j - little, base_j);
  const T p_i = with_i / (with_i + with_j);
  const T p_j = 1.0 - p_i;
  const T join_i_wins = u_ni + u_ni + u_nn;
  const T join_i_loses = u_nj + u_nj + u_nj;
  const T join_j_loses = u_ni + u_ni + u_ni;
  const T join_j_wins = u_nj + u_nj + u_nn;
  const T join_i = (p_i * join_i_wins) + (p_j * join_i_loses);
  const T join_j = (p_i * join_j_loses) + (p_j * join_j_wins);
  return Vote<kRule>(weight, join_i, join_j);
}

// What the third-party loop of BestChallenge reads for initiator i.
struct ThirdPartyInput {
  std::size_t initiator = 0;
  std::size_t count = 0;             // n
  const double* distance = nullptr;  // n x n
  const double* risk = nullptr;      // n: R^i_a
  const double* weight = nullptr;    // n: challenge weights
  const double* base_i = nullptr;    // n: the principals' coalition for i, per target
  const double* base_j = nullptr;    // n: the principals' coalition for j, per target
};

// Adds every third party's vote (in order third = 0, 1, ...) to the coalitions
// of every target j, `kLanes<V>` targets at a time; target j == third is left
// alone and target i is never read.
template <SmpVotingRule kRule, typename V>
[[gnu::always_inline]] inline void AddThirdParties(const ThirdPartyInput& in, double* for_i,
                                                   double* for_j) {
  const std::size_t n = in.count;
  for (std::size_t third = 0; third < n; ++third) {
    if (third == in.initiator) continue;
    const double* row = in.distance + third * n;
    const double risk = in.risk[third];
    const double weight = in.weight[third];
    const double u_ni = BasicUtility(row[in.initiator], risk);
    const double u_nn = BasicUtility(row[third], risk);
    const V zero = Splat<V>(0.0);
    const V third_lanes = Splat<V>(static_cast<double>(third));
    std::size_t j = 0;
    for (; j + kLanes<V> <= n; j += kLanes<V>) {
      const V vote = ThirdPartyVote<kRule, V>(
          Splat<V>(weight), Splat<V>(u_ni), BasicUtility(Load<V>(row + j), Splat<V>(risk)),
          Splat<V>(u_nn), Load<V>(in.base_i + j), Load<V>(in.base_j + j));
      const V sum_i = Load<V>(for_i + j);
      const V sum_j = Load<V>(for_j + j);
      auto add_i = vote > zero;
      auto add_j = vote < zero;
      if (third - j < kLanes<V>) {  // the block holds target j == third
        const auto counts = LaneIndices<V>(j) != third_lanes;
        add_i &= counts;
        add_j &= counts;
      }
      Store(for_i + j, Select(add_i, sum_i + vote, sum_i));
      Store(for_j + j, Select(add_j, sum_j - vote, sum_j));
    }
    for (; j < n; ++j) {
      const double vote = ThirdPartyVote<kRule, double>(weight, u_ni, BasicUtility(row[j], risk),
                                                        u_nn, in.base_i[j], in.base_j[j]);
      const bool counts = j != third;
      for_i[j] = Select(counts && vote > 0, for_i[j] + vote, for_i[j]);
      for_j[j] = Select(counts && vote < 0, for_j[j] - vote, for_j[j]);
    }
  }
}

template <SmpVotingRule kRule>
void AddThirdPartiesSse2(const ThirdPartyInput& in, double* for_i, double* for_j) {
  AddThirdParties<kRule, Vec2>(in, for_i, for_j);
}

#if PARLEY_SMP_HAS_AVX2_PATH
template <SmpVotingRule kRule>
PARLEY_SMP_AVX2_TARGET void AddThirdPartiesAvx2(const ThirdPartyInput& in, double* for_i,
                                                double* for_j) {
  AddThirdParties<kRule, Vec4>(in, for_i, for_j);
}
#endif

// Steps 5-6: phi and k's expected gain from the final coalitions.
inline std::pair<double, double> ChallengeOutcome(double for_i, double for_j, double u_ki,
                                                  double u_kj, double resolve_j) {
  const double phi = for_i / (for_i + for_j);
  const double phi_j = for_j / (for_i + for_j);
  const double status_quo = u_ki + u_kj;
  const double victory = u_ki + u_ki;
  const double defeat = u_kj + u_kj;
  const double contest = phi * victory + phi_j * defeat;
  const double challenge = (1 - resolve_j) * victory + resolve_j * contest;
  return {phi, challenge - status_quo};
}

template <SmpVotingRule kRule>
std::pair<double, double> EvaluateChallengeFor(const Actors& actors, const StateAnalysis& analysis,
                                               const SmpOptions& options, std::size_t h,
                                               std::size_t k, std::size_t i, std::size_t j) {
  const SmpBigRAdjust adjust = options.big_r_adjust;
  auto u = [&](std::size_t a, std::size_t b) {
    return PerceivedUtility(actors, analysis, adjust, h, a, b);
  };
  double for_i = 0;
  double for_j = 0;
  PrincipalCoalitions<kRule>(actors.challenge_weight[i], u(i, i), u(i, j),
                             actors.challenge_weight[j], u(j, i), u(j, j), for_i, for_j);
  if (options.third_party_commit == SmpThirdPartyCommit::kSemiCommit) {
    const double base_i = for_i;
    const double base_j = for_j;
    for (std::size_t n = 0; n < actors.count; ++n) {
      if (n == i || n == j) continue;
      const double vote = ThirdPartyVote<kRule>(actors.challenge_weight[n], u(n, i), u(n, j),
                                                u(n, n), base_i, base_j);
      for_i = (vote > 0) ? (for_i + vote) : for_i;
      for_j = (vote < 0) ? (for_j - vote) : for_j;
    }
  }
  // With NoCommit and FullCommit a third party's two sides have identical
  // utilities, so its vote is exactly 0 and the loop can be skipped.
  return ChallengeOutcome(for_i, for_j, u(k, i), u(k, j), actors.salience_sum[j]);
}

template <SmpVotingRule kRule>
Challenge BestChallengeFor(const Actors& actors, const StateAnalysis& analysis,
                           const SmpOptions& options, std::size_t i) {
  const std::size_t n = actors.count;
  const std::vector<double>& d = analysis.distance;
  // risk_i[a] = R^i_a: i's estimate of a's risk attitude.
  std::vector<double> risk_i(n);
  for (std::size_t a = 0; a < n; ++a) {
    risk_i[a] = EstimateRisk(analysis.risk[i], analysis.risk[a], options.big_r_adjust);
  }
  const double u_ii = BasicUtility(d[i * n + i], risk_i[i]);
  std::vector<double> base_i(n, 1.0), base_j(n, 1.0), u_ij(n, 0.0);
  for (std::size_t j = 0; j < n; ++j) {
    if (j == i) continue;
    u_ij[j] = BasicUtility(d[i * n + j], risk_i[i]);
    PrincipalCoalitions<kRule>(actors.challenge_weight[i], u_ii, u_ij[j],
                               actors.challenge_weight[j], BasicUtility(d[j * n + i], risk_i[j]),
                               BasicUtility(d[j * n + j], risk_i[j]), base_i[j], base_j[j]);
  }
  std::vector<double> for_i = base_i, for_j = base_j;
  if (options.third_party_commit == SmpThirdPartyCommit::kSemiCommit) {
    const ThirdPartyInput input{i,
                                n,
                                d.data(),
                                risk_i.data(),
                                actors.challenge_weight.data(),
                                base_i.data(),
                                base_j.data()};
#if PARLEY_SMP_HAS_AVX2_PATH
    if (actors.wide_lanes) {
      AddThirdPartiesAvx2<kRule>(input, for_i.data(), for_j.data());
    } else {
      AddThirdPartiesSse2<kRule>(input, for_i.data(), for_j.data());
    }
#else
    AddThirdPartiesSse2<kRule>(input, for_i.data(), for_j.data());
#endif
  }
  Challenge best;
  double best_gain = -1.00;
  for (std::size_t j = 0; j < n; ++j) {
    if (j == i) continue;
    const auto [phi, gain] =
        ChallengeOutcome(for_i[j], for_j[j], u_ii, u_ij[j], actors.salience_sum[j]);
    if ((kMinimumGain < gain) && (best_gain < gain)) {
      best = {true, j, phi, gain};
      best_gain = gain;
    }
  }
  return best;
}

}  // namespace

std::pair<double, double> EvaluateChallenge(const Actors& actors, const StateAnalysis& analysis,
                                            const SmpOptions& options, std::size_t h, std::size_t k,
                                            std::size_t i, std::size_t j) {
  return WithVotingRule(options.voting_rule, [&]<SmpVotingRule kRule>() {
    return EvaluateChallengeFor<kRule>(actors, analysis, options, h, k, i, j);
  });
}

Challenge BestChallenge(const Actors& actors, const StateAnalysis& analysis,
                        const SmpOptions& options, std::size_t i) {
  return WithVotingRule(options.voting_rule, [&]<SmpVotingRule kRule>() {
    return BestChallengeFor<kRule>(actors, analysis, options, i);
  });
}

}  // namespace parley::smp
