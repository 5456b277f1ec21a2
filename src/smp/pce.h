// Internal: coalitions, victory probabilities and the three probabilistic
// Condorcet election (PCE) models of KTAB (SPEC 4.6, kmodel.cpp), in KTAB's
// floating-point order. Matrices are row-major std::vector<double>.
#pragma once

#include <cstddef>
#include <vector>

#include "parley/result.h"
#include "parley/smp_options.h"
#include "parley/thread_pool.h"

namespace parley::smp {

// Model::coalitions over votes vote(rule, w_k, u(k, a), u(k, b)):
// for a > b, C(a,b) = 1e-8 + sum_k max(v_k, 0) and C(b,a) = 1e-8 + sum_k max(-v_k, 0),
// k ascending; C(a,a) = 1e-8. `utility` is actors x options (u(k, a) at
// k * options + a). O(actors * options^2 / 2); rows are spread over `pool`;
// wide_lanes picks the AVX2 loops (same results).
// Example: one voter of weight 2 with u = (0.9, 0.6), Prop: C(1,0) = 1e-8,
// C(0,1) = 1e-8 + 0.6.
std::vector<double> Coalitions(SmpVotingRule rule, const std::vector<double>& weight,
                               const std::vector<double>& utility, std::size_t options,
                               bool wide_lanes, ThreadPool& pool);

// Model::vProb: P(a beats b) for every pair from coalition strengths; P(a,a) = 0.5.
std::vector<double> VictoryMatrix(SmpVictoryProbModel model, const std::vector<double>& coalitions,
                                  std::size_t options);

// Model::probCE2: the probability of each option. Fails (kInvalidInput) where
// KTAB throws: a Markov iteration that does not settle within 1000 steps, or
// probabilities that stop summing to 1 within 1e-8.
Result<std::vector<double>> OptionProbabilities(SmpPceModel pce, SmpVictoryProbModel model,
                                                const std::vector<double>& coalitions,
                                                std::size_t options);

// Model::scalarPCE: votes -> coalitions -> probCE2.
Result<std::vector<double>> ScalarPce(const SmpOptions& options, const std::vector<double>& weight,
                                      const std::vector<double>& utility, std::size_t option_count,
                                      bool wide_lanes, ThreadPool& pool);

}  // namespace parley::smp
