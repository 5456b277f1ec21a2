// Internal: the scalar formulas of KTAB's SMP, written with KTAB's exact
// floating-point operation order (SPEC 4.15) so that results agree to the bit.
// All inline: they sit in the innermost loops.
#pragma once

#include <cmath>
#include <utility>

#include "parley/smp_options.h"
#include "smp/simd.h"

namespace parley::smp {

// Model::vote (SPEC 4.6): the vote of an actor of weight w > 0 for option a over
// b, given its utilities u_a and u_b. Example: Prop with w = 2, u_a = 0.9,
// u_b = 0.6 gives 2 * 0.3 = 0.6 (up to rounding of 0.9 - 0.6). T is double or
// Vec (one vote per lane).
template <SmpVotingRule kRule, typename T>
[[gnu::always_inline]] inline T Vote(T weight, T utility_a, T utility_b) {
  const T difference = utility_a - utility_b;
  if constexpr (kRule == SmpVotingRule::kProp) {
    return weight * difference;
  } else if constexpr (kRule == SmpVotingRule::kCubic) {
    return weight * (difference * difference * difference);
  } else if constexpr (kRule == SmpVotingRule::kPropCbc) {
    const double kCubicShare = 0.5;  // KTAB's rpc
    const T cubic = difference * difference * difference;
    return weight * ((1 - kCubicShare) * difference + kCubicShare * cubic);
  } else if constexpr (kRule == SmpVotingRule::kASymProsp) {
    // Losses count in full, gains two thirds; no difference, no vote.
    const T zero = Splat<T>(0.0);
    return Select(difference < zero, weight * difference,
                  Select(zero < difference, (2.0 * weight * difference) / 3.0, zero));
  } else {
    // Binary response: difference / 1e-8 clipped to [-1, 1].
    const double kStepTolerance = 1E-8;
    T binary = difference / kStepTolerance;
    binary = Select(binary > Splat<T>(+1), Splat<T>(+1), binary);
    binary = Select(binary < Splat<T>(-1), Splat<T>(-1), binary);
    if constexpr (kRule == SmpVotingRule::kBinary) {
      return weight * binary;
    } else {
      const double kBinaryShare = 0.2;  // KTAB's rbp
      return weight * ((1 - kBinaryShare) * difference + kBinaryShare * binary);
    }
  }
}

// Calls `body.template operator()<kRule>()` with the rule as a compile-time constant,
// so that inner loops are compiled once per rule.
template <typename Body>
inline decltype(auto) WithVotingRule(SmpVotingRule rule, Body&& body) {
  switch (rule) {
    case SmpVotingRule::kBinary:
      return body.template operator()<SmpVotingRule::kBinary>();
    case SmpVotingRule::kPropBin:
      return body.template operator()<SmpVotingRule::kPropBin>();
    case SmpVotingRule::kPropCbc:
      return body.template operator()<SmpVotingRule::kPropCbc>();
    case SmpVotingRule::kCubic:
      return body.template operator()<SmpVotingRule::kCubic>();
    case SmpVotingRule::kASymProsp:
      return body.template operator()<SmpVotingRule::kASymProsp>();
    case SmpVotingRule::kProp:
      break;
  }
  return body.template operator()<SmpVotingRule::kProp>();
}

// SMPModel::bsUtil (SPEC 4.4): u(d, R) = (1 - d)(1 + d R) for a distance
// d in [0, 1] and risk attitude R. Example: d = 0.5, R = 1 gives 0.5 * 1.5 = 0.75;
// R = 0 gives 0.5. (A d above 1 from round-off uses (1 - d)(1 + R).)
template <typename T>
[[gnu::always_inline]] inline T BasicUtility(T distance, T risk) {
  return Select(distance <= Splat<T>(1), (1 - distance) * (1 + distance * risk),
                (1 - distance) * (1 + risk));
}
inline double BasicUtility(double distance, double risk) {
  return BasicUtility<double>(distance, risk);
}

// Model::estNRA (SPEC 4.5 step 6): h's estimate of i's risk attitude, written
// exactly as KTAB does. Example, OneThird: R_h = 1, R_i = -0.5 gives 1.5 / 3 = 0.5.
inline double EstimateRisk(double risk_h, double risk_i, SmpBigRAdjust adjust) {
  switch (adjust) {
    case SmpBigRAdjust::kFull:
      return risk_i;
    case SmpBigRAdjust::kTwoThirds:
      return (risk_h + (2.0 * risk_i)) / 3.0;
    case SmpBigRAdjust::kHalf:
      return (risk_h + risk_i) / 2;
    case SmpBigRAdjust::kOneThird:
      return ((2.0 * risk_h) + risk_i) / 3.0;
    case SmpBigRAdjust::kNone:
      break;
  }
  return risk_h;
}

// Model::vProb for one pair (SPEC 4.6): victory probabilities of two options
// with coalition strengths s1, s2. Example, Linear: (3, 1) gives (0.75, 0.25);
// Square gives (0.9, 0.1).
inline std::pair<double, double> VictoryPair(SmpVictoryProbModel model, double s1, double s2) {
  double x1 = s1;
  double x2 = s2;
  switch (model) {
    case SmpVictoryProbModel::kLinear:
      break;
    case SmpVictoryProbModel::kSquare:
      x1 = s1 * s1;
      x2 = s2 * s2;
      break;
    case SmpVictoryProbModel::kQuartic:
      x1 = s1 * s1 * s1 * s1;
      x2 = s2 * s2 * s2 * s2;
      break;
    case SmpVictoryProbModel::kOctic: {
      const double q1 = s1 * s1 * s1 * s1;
      const double q2 = s2 * s2 * s2 * s2;
      x1 = q1 * q1;
      x2 = q2 * q2;
      break;
    }
    case SmpVictoryProbModel::kBinary: {
      // A 10% advantage either way is decisive; linear ramp in between.
      const double kThreshold = 1.10;
      const double kMinimum = 1E-6;
      if (s1 >= kThreshold * s2) {
        x1 = 1.0;
        x2 = kMinimum;
      } else if (s2 >= kThreshold * s1) {
        x1 = kMinimum;
        x2 = 1.0;
      } else {
        const double ratio = s1 / (s1 + s2);
        const double p12 = (ratio * (kThreshold + 1.0) - 1.0) / (kThreshold - 1.0);
        x1 = p12;
        x2 = 1 - p12;
      }
      break;
    }
  }
  return {x1 / (x1 + x2), x2 / (x1 + x2)};
}

// SMPModel::bvDiff (SPEC 4.4) given the precomputed sum of squared saliences:
// d = sqrt(sum_k (s_k (a_k - b_k))^2 / sum_k s_k^2), accumulated in k order.
// Example: one dimension, |a - b| = 0.3, any s > 0: d = 0.3.
inline double SalienceDistance(const double* a, const double* b, const double* salience,
                               std::size_t dimensions, double salience_square_sum) {
  double weighted_square_sum = 0;
  for (std::size_t k = 0; k < dimensions; ++k) {
    const double weighted = (a[k] - b[k]) * salience[k];
    weighted_square_sum = weighted_square_sum + (weighted * weighted);
  }
  return std::sqrt(weighted_square_sum / salience_square_sum);
}

// KBase::norm of a difference: sqrt(sum_k (a_k - b_k)^2), k in order.
inline double EuclideanDistance(const double* a, const double* b, std::size_t dimensions) {
  double square_sum = 0.0;
  for (std::size_t k = 0; k < dimensions; ++k) {
    const double difference = a[k] - b[k];
    square_sum = square_sum + (difference * difference);
  }
  return std::sqrt(square_sum);
}

}  // namespace parley::smp
