#include "smp/pce.h"

#include <fmt/format.h>

#include <cmath>
#include <string>

#include "smp/kernels.h"

namespace parley::smp {
namespace {

constexpr double kPceMinimumCoalition = 1E-8;  // Model::coalitions minC
constexpr double kSumTolerance = 1E-8;         // probCE2 pTol
constexpr unsigned kMaximumIterations = 1000;  // Markov PCE iMax

// Adds voter k's votes on (a, b) to both coalitions, kLanes<T> options b at a time.
template <SmpVotingRule kRule, typename T>
[[gnu::always_inline]] inline void AddVotes(T weight, T utility_a, T utility_b, T& for_a,
                                            T& for_b) {
  const T zero = Splat<T>(0.0);
  const T vote = Vote<kRule>(weight, utility_a, utility_b);
  for_a = for_a + Select(vote > zero, vote, zero);
  for_b = for_b - Select(vote < zero, vote, zero);
}

// One row a of Model::coalitions: C(a, b) and C(b, a) for every b < a, each
// sum over voters k in order (the lanes run over b). for_a, for_b: a values.
template <SmpVotingRule kRule, typename V>
[[gnu::always_inline]] inline void CoalitionRow(std::size_t a, const std::vector<double>& weight,
                                                const std::vector<double>& utility,
                                                std::size_t options, double* for_a, double* for_b) {
  for (std::size_t b = 0; b < a; ++b) for_a[b] = for_b[b] = kPceMinimumCoalition;
  for (std::size_t k = 0; k < weight.size(); ++k) {
    const double* row = utility.data() + k * options;
    std::size_t b = 0;
    for (; b + kLanes<V> <= a; b += kLanes<V>) {
      V sum_a = Load<V>(for_a + b);
      V sum_b = Load<V>(for_b + b);
      AddVotes<kRule, V>(Splat<V>(weight[k]), Splat<V>(row[a]), Load<V>(row + b), sum_a, sum_b);
      Store(for_a + b, sum_a);
      Store(for_b + b, sum_b);
    }
    for (; b < a; ++b) AddVotes<kRule, double>(weight[k], row[a], row[b], for_a[b], for_b[b]);
  }
}

template <SmpVotingRule kRule>
void CoalitionRowSse2(std::size_t a, const std::vector<double>& weight,
                      const std::vector<double>& utility, std::size_t options, double* for_a,
                      double* for_b) {
  CoalitionRow<kRule, Vec2>(a, weight, utility, options, for_a, for_b);
}

#if PARLEY_SMP_HAS_AVX2_PATH
template <SmpVotingRule kRule>
PARLEY_SMP_AVX2_TARGET void CoalitionRowAvx2(std::size_t a, const std::vector<double>& weight,
                                             const std::vector<double>& utility,
                                             std::size_t options, double* for_a, double* for_b) {
  CoalitionRow<kRule, Vec4>(a, weight, utility, options, for_a, for_b);
}
#endif

template <SmpVotingRule kRule>
void FillCoalitionRow(std::size_t a, const std::vector<double>& weight,
                      const std::vector<double>& utility, std::size_t options, bool wide_lanes,
                      std::vector<double>& coalitions) {
  std::vector<double> for_a(a), for_b(a);
#if PARLEY_SMP_HAS_AVX2_PATH
  if (wide_lanes) {
    CoalitionRowAvx2<kRule>(a, weight, utility, options, for_a.data(), for_b.data());
  } else {
    CoalitionRowSse2<kRule>(a, weight, utility, options, for_a.data(), for_b.data());
  }
#else
  (void)wide_lanes;
  CoalitionRowSse2<kRule>(a, weight, utility, options, for_a.data(), for_b.data());
#endif
  for (std::size_t b = 0; b < a; ++b) {
    coalitions[a * options + b] = for_a[b];
    coalitions[b * options + a] = for_b[b];
  }
  coalitions[a * options + a] = kPceMinimumCoalition;
}

double Sum(const std::vector<double>& values) {
  double sum = 0.0;
  for (double value : values) sum = sum + value;
  return sum;
}

tl::unexpected<Error> PceFailure(std::string what) {
  return InvalidInput(
      fmt::format("probabilistic Condorcet election failed: {} (KTAB aborts here)", what));
}

// Model::condPCE: q_a = prod_b P(a > b) (diagonal 0.5 included), p = q / sum q.
Result<std::vector<double>> ConditionalPce(const std::vector<double>& victory, std::size_t n) {
  std::vector<double> p(n);
  for (std::size_t a = 0; a < n; ++a) {
    double product = 1.0;
    for (std::size_t b = 0; b < n; ++b) product = product * victory[a * n + b];
    if (0 > product || 1 < product) return PceFailure("a product of probabilities left [0, 1]");
    p[a] = product;
  }
  const double total = Sum(p);
  for (double& value : p) value = value / total;
  return p;
}

// The fixed point both Markov PCEs share (Model::markovIncentivePCE,
// markovUniformPCE): from uniform p, step(p, q) fills q, then p = (p + q) / 2,
// until max_a |q_a - p_a| <= tolerance; at most kMaximumIterations rounds.
template <typename Step>
Result<std::vector<double>> MarkovFixedPoint(std::size_t n, double tolerance,
                                             const char* not_settled, Step step) {
  std::vector<double> p(n, 1.0 / static_cast<double>(n)), q(n);
  double change = 1.0;
  unsigned iterations = 0;
  while (tolerance < change) {
    if (iterations >= kMaximumIterations) return PceFailure(not_settled);
    step(p, q);
    change = 0.0;
    for (std::size_t a = 0; a < n; ++a) {
      const double difference = std::fabs(q[a] - p[a]);
      change = (difference > change) ? difference : change;
    }
    for (std::size_t a = 0; a < n; ++a) p[a] = (p[a] + q[a]) / 2.0;
    ++iterations;
    if (std::fabs(Sum(p) - 1.0) >= kSumTolerance) return PceFailure("probabilities lost their sum");
  }
  if (iterations >= kMaximumIterations) return PceFailure("Markov PCE needed 1000 iterations");
  return p;
}

// Model::markovIncentivePCE: challenges in proportion to incentive C(a,b) P(a>b).
Result<std::vector<double>> MarkovIncentivePce(const std::vector<double>& coalitions,
                                               const std::vector<double>& victory, std::size_t n) {
  std::vector<double> incentive(n * n);
  for (std::size_t a = 0; a < n; ++a) {
    for (std::size_t b = 0; b < n; ++b) {
      double value = coalitions[a * n + b] * victory[a * n + b];
      if (a == b) value = value + 1E-10;
      incentive[a * n + b] = value;
    }
  }
  std::vector<double> column_sum(n, 0.0);
  for (std::size_t b = 0; b < n; ++b) {
    double sum = 0.0;
    for (std::size_t k = 0; k < n; ++k) sum = sum + incentive[k * n + b];
    column_sum[b] = sum;
  }
  // challenge(a, b) = P[a challenges b | b is the favourite].
  std::vector<double> challenge(n * n);
  for (std::size_t a = 0; a < n; ++a) {
    for (std::size_t b = 0; b < n; ++b) challenge[a * n + b] = incentive[a * n + b] / column_sum[b];
  }
  std::vector<double> flow(n * n);
  auto step = [&](const std::vector<double>& p, std::vector<double>& q) {
    for (std::size_t a = 0; a < n; ++a) {
      for (std::size_t b = 0; b < n; ++b) flow[a * n + b] = p[a] * challenge[b * n + a];
    }
    for (std::size_t a = 0; a < n; ++a) {
      double qa = 0.0;
      for (std::size_t b = 0; b < n; ++b) {
        qa = qa + victory[a * n + b] * (flow[a * n + b] + flow[b * n + a]);
      }
      q[a] = qa;
    }
  };
  return MarkovFixedPoint(n, kSumTolerance, "Markov incentive PCE did not settle", step);
}

// Model::markovUniformPCE: uniform challenges; tolerance 1e-6.
Result<std::vector<double>> MarkovUniformPce(const std::vector<double>& victory, std::size_t n) {
  const double kTolerance = 1E-6;
  auto step = [&](const std::vector<double>& p, std::vector<double>& q) {
    for (std::size_t a = 0; a < n; ++a) {
      double sum = 0.0;
      for (std::size_t b = 0; b < n; ++b) sum = sum + victory[a * n + b] * (p[a] + p[b]);
      q[a] = sum / static_cast<double>(n);
    }
  };
  return MarkovFixedPoint(n, kTolerance, "Markov uniform PCE did not settle", step);
}

}  // namespace

std::vector<double> Coalitions(SmpVotingRule rule, const std::vector<double>& weight,
                               const std::vector<double>& utility, std::size_t options,
                               bool wide_lanes, ThreadPool& pool) {
  std::vector<double> coalitions(options * options);
  WithVotingRule(rule, [&]<SmpVotingRule kRule>() {
    pool.ForEach(options, [&](std::size_t index, int) {
      // Hand out the long rows first: row a costs O(a).
      FillCoalitionRow<kRule>(options - 1 - index, weight, utility, options, wide_lanes,
                              coalitions);
    });
  });
  return coalitions;
}

std::vector<double> VictoryMatrix(SmpVictoryProbModel model, const std::vector<double>& coalitions,
                                  std::size_t options) {
  std::vector<double> victory(options * options);
  for (std::size_t a = 0; a < options; ++a) {
    for (std::size_t b = 0; b < a; ++b) {
      const auto [p_ab, p_ba] =
          VictoryPair(model, coalitions[a * options + b], coalitions[b * options + a]);
      victory[a * options + b] = p_ab;
      victory[b * options + a] = p_ba;
    }
    victory[a * options + a] = 0.5;
  }
  return victory;
}

Result<std::vector<double>> OptionProbabilities(SmpPceModel pce, SmpVictoryProbModel model,
                                                const std::vector<double>& coalitions,
                                                std::size_t options) {
  const std::vector<double> victory = VictoryMatrix(model, coalitions, options);
  Result<std::vector<double>> p;
  switch (pce) {
    case SmpPceModel::kConditional:
      p = ConditionalPce(victory, options);
      break;
    case SmpPceModel::kMarkovIncentive:
      p = MarkovIncentivePce(coalitions, victory, options);
      break;
    case SmpPceModel::kMarkovUniform:
      p = MarkovUniformPce(victory, options);
      break;
  }
  if (p && std::fabs(Sum(*p) - 1.0) >= kSumTolerance) {
    return PceFailure("option probabilities do not sum to 1");
  }
  return p;
}

Result<std::vector<double>> ScalarPce(const SmpOptions& options, const std::vector<double>& weight,
                                      const std::vector<double>& utility, std::size_t option_count,
                                      bool wide_lanes, ThreadPool& pool) {
  const std::vector<double> coalitions =
      Coalitions(options.voting_rule, weight, utility, option_count, wide_lanes, pool);
  return OptionProbabilities(options.pce_model, options.victory_prob_model, coalitions,
                             option_count);
}

}  // namespace parley::smp
