// SPEC 4.8 steps 4-5: interpolated bargains (SMPActor::interpolateBrgn).
#include <vector>

#include "smp/engine.h"

namespace parley::smp {
namespace {

constexpr double kMinimumWeight = 1e-6;  // interpBrgnSnPm / S2PMax minW

// round4: to four decimals, i.e. multiples of 0.01 on the 0-100 scale.
// Example: 0.123456 -> (int)(0.5 + 1234.56) / 10000 = 0.1235.
inline double RoundToFourDecimals(double x) {
  const double kScale = 10000.0;
  const int scaled = static_cast<int>(0.5 + (x * kScale));
  return static_cast<double>(scaled) / kScale;
}

// interpBrgnSnPm with n = m = 1 (S1P1) or 2 (S2P2): weights s^n p^m; example
// S1P1, t_i = 0.2, t_j = 0.6, s_i = s_j = 0.5, p_i = 0.75, p_j = 0.25: w_i = 0.375,
// w_j = 0.125, both adopt about 0.3 (= (0.375 * 0.2 + 0.125 * 0.6) / 0.5).
void InterpolatePowers(bool squares, double t_i, double s_i, double p_i, double t_j, double s_j,
                       double p_j, double& b_i, double& b_j) {
  // pow(x, 1) is x and pow(x, 2) is x * x, as KTAB's pow calls evaluate.
  const double w_i = squares ? (s_i * s_i) * (p_i * p_i) : s_i * p_i;
  const double w_j = squares ? (s_j * s_j) * (p_j * p_j) : s_j * p_j;
  b_i = RoundToFourDecimals(((w_i + kMinimumWeight) * t_i + w_j * t_j) /
                            (w_i + kMinimumWeight + w_j));
  b_j = RoundToFourDecimals((w_i * t_i + (kMinimumWeight + w_j) * t_j) /
                            (w_i + kMinimumWeight + w_j));
}

// interpBrgnS2PMax: the likely loser moves toward the winner by a share that
// grows with the gap in probabilities and with the winner's salience.
void InterpolateS2PMax(double t_i, double s_i, double p_i, double t_j, double s_j, double p_j,
                       double& b_i, double& b_j) {
  const double gap_i = (p_j > p_i) ? (p_j - p_i) : 0;
  const double gap_j = (p_i > p_j) ? (p_i - p_j) : 0;
  const double s_i2 = s_i * s_i;
  const double s_j2 = s_j * s_j;
  const double share_i = (gap_i * s_j2) / ((gap_i * s_j2) + kMinimumWeight + ((1 - gap_i) * s_i2));
  const double share_j = (gap_j * s_i2) / ((gap_j * s_i2) + kMinimumWeight + ((1 - gap_j) * s_j2));
  b_i = t_i + share_i * (t_j - t_i);
  b_j = t_j + share_j * (t_i - t_j);
}

Bargain Interpolate(const Actors& actors, const std::vector<double>& position,
                    SmpInterVecBargain method, std::size_t i, std::size_t j, double p_i,
                    double p_j) {
  const std::size_t m = actors.dimensions;
  Bargain bargain{i, j, std::vector<double>(m), std::vector<double>(m)};
  for (std::size_t k = 0; k < m; ++k) {
    const double t_i = position[i * m + k];
    const double s_i = actors.salience[i * m + k];
    const double t_j = position[j * m + k];
    const double s_j = actors.salience[j * m + k];
    double& b_i = bargain.initiator_position[k];
    double& b_j = bargain.receiver_position[k];
    if (method == SmpInterVecBargain::kS2PMax) {
      InterpolateS2PMax(t_i, s_i, p_i, t_j, s_j, p_j, b_i, b_j);
    } else {
      InterpolatePowers(method == SmpInterVecBargain::kS2P2, t_i, s_i, p_i, t_j, s_j, p_j, b_i,
                        b_j);
    }
  }
  return bargain;
}

// brgnIJ: the capability x total-salience weighted mean of the two
// interpolations, with KTAB's weights w_i = c_i sum s_i and w_j = c_i sum s_j
// (the initiator's capability twice, SPEC 4.8).
Bargain PowerWeightedCompromise(const Actors& actors, const Bargain& by_i, const Bargain& by_j) {
  const std::size_t i = by_i.initiator;
  const std::size_t j = by_i.receiver;
  const double w_i = actors.capability[i] * actors.salience_sum[i];
  const double w_j = actors.capability[i] * actors.salience_sum[j];
  Bargain mean = by_i;
  for (std::size_t k = 0; k < actors.dimensions; ++k) {
    mean.initiator_position[k] =
        (w_i * by_i.initiator_position[k] + w_j * by_j.initiator_position[k]) / (w_i + w_j);
    mean.receiver_position[k] =
        (w_i * by_i.receiver_position[k] + w_j * by_j.receiver_position[k]) / (w_i + w_j);
  }
  return mean;
}

}  // namespace

std::vector<Bargain> ProposeBargains(const Actors& actors, const StateAnalysis& analysis,
                                     const std::vector<double>& position, const SmpOptions& options,
                                     std::size_t i, const Challenge& challenge) {
  const std::size_t j = challenge.target;
  const SmpInterVecBargain method = options.inter_vec_bargain;
  const double p_i = challenge.probability;
  Bargain by_i = Interpolate(actors, position, method, i, j, p_i, 1 - p_i);
  if (options.bargain_model == SmpBargainModel::kInitOnlyInterp) return {std::move(by_i)};
  // brgnJIJ uses j's estimate of i's expected gain where a probability is
  // expected (KTAB reads get<1> of probEduChlg(j, i, i, j); SPEC 4.8).
  const double g = EvaluateChallenge(actors, analysis, options, j, i, i, j).second;
  Bargain by_j = Interpolate(actors, position, method, i, j, g, 1 - g);
  if (options.bargain_model == SmpBargainModel::kInitRcvrInterp) {
    return {std::move(by_i), std::move(by_j)};
  }
  return {PowerWeightedCompromise(actors, by_i, by_j)};
}

}  // namespace parley::smp
