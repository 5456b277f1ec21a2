// SPEC 4.5 (distances, risk attitudes, the checks on the utility matrices) and
// SPEC 4.12 (winning probabilities of the actors' positions).
#include <fmt/format.h>

#include <cmath>
#include <string>

#include "smp/engine.h"
#include "smp/pce.h"

namespace parley::smp {
namespace {

// KTAB's smallest acceptable Frobenius norm of a change of utility matrix.
constexpr double kUtilityChangeTolerance = 1E-6;
// Positions closer than this (Euclidean, [0, 1] scale) are one position (SMPModel::posTol).
constexpr double kPositionTolerance = 1E-3;

std::vector<double> Distances(const Actors& actors, const std::vector<double>& position,
                              const std::vector<double>& ideal, ThreadPool& pool) {
  const std::size_t n = actors.count;
  const std::size_t m = actors.dimensions;
  std::vector<double> distance(n * n);
  pool.ForEach(n, [&](std::size_t i, int) {
    for (std::size_t j = 0; j < n; ++j) {
      distance[i * n + j] =
          SalienceDistance(&ideal[i * m], &position[j * m], &actors.salience[i * m], m,
                           actors.salience_square_sum[i]);
    }
  });
  return distance;
}

// Model::bigRfromProb (SPEC 4.5 step 4). Example, Mid with p = (0.1, 0.3, 0.6):
// R = (-0.5, 0.1, 1.0).
Result<std::vector<double>> RiskFromProbabilities(const std::vector<double>& p,
                                                  SmpBigRRange range) {
  double p_min = 1.0;
  double p_max = 0.0;
  double sum = 0.0;
  for (double pi : p) {
    if (0.0 > pi) return InvalidInput("SMP: a negative probability in the risk estimate");
    p_min = (pi < p_min) ? pi : p_min;
    p_max = (pi > p_max) ? pi : p_max;
    sum = sum + pi;
  }
  if (std::fabs(1 - sum) >= 1E-8) return InvalidInput("SMP: probabilities do not sum to 1");
  std::vector<double> risk(p.size());
  for (std::size_t i = 0; i < p.size(); ++i) {
    switch (range) {
      case SmpBigRRange::kMin:
        risk[i] = (p[i] - p_min) / (p_max - p_min);
        break;
      case SmpBigRRange::kMid:
        risk[i] = (3 * p[i] - (p_max + 2 * p_min)) / (2 * (p_max - p_min));
        break;
      case SmpBigRRange::kMax:
        risk[i] = (2 * p[i] - (p_max + p_min)) / (p_max - p_min);
        break;
    }
  }
  return risk;
}

tl::unexpected<Error> DegenerateState(std::string whose) {
  return InvalidInput(
      fmt::format("the {} utility matrix does not differ from the reference one (Frobenius norm <= "
                  "1e-6), so the risk attitudes carry no information",
                  whose));
}

// Why a state fails KTAB's checks, in the analyst's terms. U - U0 = (1 - d) d R
// (SPEC 4.4), so it vanishes when no risk attitude can be computed, or when
// every distance is 0 or 1: positions only at the ends of the scales (or all
// shared), as with yes/no issues coded 0 and 100.
std::string DegenerateReason(const StateAnalysis& analysis, const std::string& check) {
  bool finite = true;
  for (double r : analysis.risk) finite = finite && std::isfinite(r);
  if (!finite) {
    return "every position is equally likely to win, so no risk attitude can be told apart; "
           "every actor is taken as risk neutral";
  }
  bool ends_only = true;
  for (double d : analysis.distance) {
    ends_only = ends_only && (std::fabs(d) < 1e-9 || std::fabs(d - 1.0) < 1e-9);
  }
  if (ends_only) {
    return "every actor is at distance 0 or 1 from every position (positions only at the ends "
           "of the scales, or shared), so risk attitudes change no utility";
  }
  return check;
}

// KTAB requires ||U - U0||_F > 1e-6 (risk-aware vs risk-neutral) and
// ||U^h - U||_F > 1e-6 for every h. U^h - U = (1 - d) d (R^h_i - R_i) for
// d <= 1, so the squared norm is about sum_i (R^h_i - R_i)^2 S_i with
// S_i = sum_j ((1 - d) d)^2: an O(n) estimate per h. Rounding moves the true
// norm by at most n * 1e-14, so an estimate above 2e-6 proves the check passes;
// otherwise the O(n^2) sum is done exactly as KTAB does it.
Status CheckUtilityChanges(const Actors& actors, const StateAnalysis& analysis,
                           const SmpOptions& options) {
  const std::size_t n = actors.count;
  const std::vector<double>& d = analysis.distance;
  const std::vector<double>& risk = analysis.risk;
  double neutral_change = 0.0;
  std::vector<double> spread(n, 0.0);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < n; ++j) {
      const double distance = d[i * n + j];
      const double change = BasicUtility(distance, 0.0) - BasicUtility(distance, risk[i]);
      neutral_change = neutral_change + (change * change);
      const double factor = distance <= 1 ? (1 - distance) * distance : (1 - distance);
      spread[i] += factor * factor;
    }
  }
  if (!(kUtilityChangeTolerance < std::sqrt(neutral_change))) return DegenerateState("risk-aware");
  const SmpBigRAdjust adjust = options.big_r_adjust;
  for (std::size_t h = 0; h < n; ++h) {
    double estimate = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
      const double gap = EstimateRisk(risk[h], risk[i], adjust) - risk[i];
      estimate += gap * gap * spread[i];
    }
    if (std::sqrt(estimate) > 2 * kUtilityChangeTolerance) continue;
    double exact = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
      const double estimated_risk = EstimateRisk(risk[h], risk[i], adjust);
      for (std::size_t j = 0; j < n; ++j) {
        const double change =
            BasicUtility(d[i * n + j], estimated_risk) - BasicUtility(d[i * n + j], risk[i]);
        exact = exact + (change * change);
      }
    }
    if (!(kUtilityChangeTolerance < std::sqrt(exact))) {
      return DegenerateState(fmt::format("perceived (by actor {})", h));
    }
  }
  return Ok();
}

}  // namespace

Actors PrepareActors(const SmpProblem& problem) {
  Actors actors;
  actors.count = problem.ActorCount();
  actors.dimensions = problem.DimensionCount();
  actors.capability = problem.capability;
  actors.salience = problem.salience;
  const std::size_t n = actors.count;
  const std::size_t m = actors.dimensions;
  for (std::size_t i = 0; i < n; ++i) {
    double sum = 0.0;
    double square_sum = 0;
    for (std::size_t k = 0; k < m; ++k) {
      const double s = problem.salience[i * m + k];
      sum = sum + s;
      square_sum = square_sum + (s * s);
    }
    actors.salience_sum.push_back(sum);
    actors.salience_square_sum.push_back(square_sum);
    actors.challenge_weight.push_back(sum * problem.capability[i]);
  }
  actors.wide_lanes = HasAvx2();
  actors.identity_accommodation = true;
  actors.accommodation.assign(n, {});
  if (!problem.accommodation.empty()) {
    for (std::size_t i = 0; i < n; ++i) {
      for (std::size_t j = 0; j < n; ++j) {
        const double weight = problem.accommodation[i * n + j];
        if (weight != 0.0) actors.accommodation[i].push_back({j, weight});
        if (weight != (i == j ? 1.0 : 0.0)) actors.identity_accommodation = false;
      }
    }
  }
  return actors;
}

Result<StateAnalysis> AnalyseState(const Actors& actors, const std::vector<double>& position,
                                   const std::vector<double>& ideal, const SmpOptions& options,
                                   ThreadPool& pool) {
  const std::size_t n = actors.count;
  StateAnalysis analysis;
  analysis.distance = Distances(actors, position, ideal, pool);
  // Risk-neutral utilities U0(i, j) = bsUtil(d, 0), over all n positions (duplicates included).
  std::vector<double> neutral(n * n);
  for (std::size_t index = 0; index < n * n; ++index) {
    neutral[index] = BasicUtility(analysis.distance[index], 0.0);
  }
  auto p = ScalarPce(options, actors.capability, neutral, n, actors.wide_lanes, pool);
  if (!p) return tl::unexpected<Error>(p.error());
  auto risk = RiskFromProbabilities(*p, options.big_r_range);
  if (!risk) return tl::unexpected<Error>(risk.error());
  analysis.risk = std::move(*risk);
  if (auto checked = CheckUtilityChanges(actors, analysis, options); !checked) {
    analysis.degenerate = DegenerateReason(analysis, checked.error().message);
    for (double& r : analysis.risk) r = std::isfinite(r) ? r : 0.0;
  }
  return analysis;
}

Result<std::vector<double>> WinningProbabilities(const Actors& actors,
                                                 const std::vector<double>& position,
                                                 const StateAnalysis& analysis,
                                                 const SmpOptions& options, ThreadPool& pool) {
  const std::size_t n = actors.count;
  const std::size_t m = actors.dimensions;
  auto same = [&](std::size_t a, std::size_t b) {
    return EuclideanDistance(&position[a * m], &position[b * m], m) < kPositionTolerance;
  };
  // State::setUENdx: greedy in actor order, first equivalent unique position.
  std::vector<std::size_t> unique;
  for (std::size_t i = 0; i < n; ++i) {
    bool found = false;
    for (std::size_t q = 0; !found && q < unique.size(); ++q) found = same(i, unique[q]);
    if (!found) unique.push_back(i);
  }
  // u(i, q) = U^i(i, unique_q): each actor's own view.
  const std::size_t options_count = unique.size();
  std::vector<double> utility(n * options_count);
  for (std::size_t i = 0; i < n; ++i) {
    const double own_risk = EstimateRisk(analysis.risk[i], analysis.risk[i], options.big_r_adjust);
    for (std::size_t q = 0; q < options_count; ++q) {
      utility[i * options_count + q] = BasicUtility(analysis.distance[i * n + unique[q]], own_risk);
    }
  }
  auto p = ScalarPce(options, actors.capability, utility, options_count, actors.wide_lanes, pool);
  if (!p) return p;
  // State::posProb: the last unique position equivalent to the actor's.
  std::vector<double> winning(n, 0.0);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t q = 0; q < options_count; ++q) {
      if (same(i, unique[q])) winning[i] = (*p)[q];
    }
  }
  return winning;
}

}  // namespace parley::smp
