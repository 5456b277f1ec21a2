// Internal: the data the SMP turn loop shares between its stages. Actors are
// fixed for a run; a StateAnalysis caches what SPEC 4.5 derives from one state
// (distances and risk attitudes), from which every utility U^h(i, j) of KTAB's
// n perceived n x n matrices is recomputed on demand in a few flops instead of
// being stored (n^3 doubles would not fit for n = 1000).
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "parley/result.h"
#include "parley/smp.h"
#include "parley/thread_pool.h"
#include "smp/kernels.h"

namespace parley::smp {

// One nonzero entry of a row of the accommodation matrix.
struct AccommodationEntry {
  std::size_t column = 0;
  double weight = 0.0;
};

struct Actors {
  std::size_t count = 0;                    // n
  std::size_t dimensions = 0;               // m
  std::vector<double> capability;           // n; the vote weight in SPEC 4.5 and 4.9
  std::vector<double> salience;             // n x m
  std::vector<double> salience_sum;         // n; sum_k s_ik, k in order (KBase::sum)
  std::vector<double> salience_square_sum;  // n; sum_k s_ik^2, the bvDiff denominator
  std::vector<double> challenge_weight;     // n; salience_sum * capability (SPEC 4.7 step 2)
  // Nonzero entries of each row of A, columns ascending; empty rows list when A = I.
  std::vector<std::vector<AccommodationEntry>> accommodation;
  bool identity_accommodation = true;
  // Run the inner loops 4 lanes wide (AVX2) instead of 2 (SSE2). Both give
  // the same bits; PrepareActors sets it from the processor.
  bool wide_lanes = false;
};

Actors PrepareActors(const SmpProblem& problem);

// What SPEC 4.5 derives from a state.
struct StateAnalysis {
  std::vector<double> distance;  // n x n: d(i, j) = bvDiff(ideal_i - position_j, salience_i)
  std::vector<double> risk;      // n: R_i
  // Why KTAB would abort on this state (its SPEC 4.5 checks fail), for people;
  // empty when it would not. parley goes on: the state's utilities are well
  // defined, the risk attitudes just change none of them.
  std::string degenerate;
};

// SPEC 4.5: distances, risk-neutral PCE, risk attitudes, and KTAB's sanity
// checks on the utility matrices. Where KTAB aborts (the checks fail) the
// analysis says why in `degenerate`; when no risk attitude can be computed
// (every position equally likely to win: R = 0/0) every actor is risk neutral.
Result<StateAnalysis> AnalyseState(const Actors& actors, const std::vector<double>& position,
                                   const std::vector<double>& ideal, const SmpOptions& options,
                                   ThreadPool& pool);

// SPEC 4.12: each actor's probability that its position wins.
Result<std::vector<double>> WinningProbabilities(const Actors& actors,
                                                 const std::vector<double>& position,
                                                 const StateAnalysis& analysis,
                                                 const SmpOptions& options, ThreadPool& pool);

// U^h(a, b) = bsUtil(d(a, b), estNRA(R_h, R_a)): h's estimate of a's utility for
// b's position (SPEC 4.5 step 6).
inline double PerceivedUtility(const Actors& actors, const StateAnalysis& analysis,
                               SmpBigRAdjust adjust, std::size_t h, std::size_t a, std::size_t b) {
  const double risk = EstimateRisk(analysis.risk[h], analysis.risk[a], adjust);
  return BasicUtility(analysis.distance[a * actors.count + b], risk);
}

// SPEC 4.7: h's estimate of the probability that i beats j, and of k's expected
// gain if i challenges j. Returns (phi, gain).
std::pair<double, double> EvaluateChallenge(const Actors& actors, const StateAnalysis& analysis,
                                            const SmpOptions& options, std::size_t h, std::size_t k,
                                            std::size_t i, std::size_t j);

// SPEC 4.8 steps 2-3: actor i's most advantageous target.
struct Challenge {
  bool found = false;
  std::size_t target = 0;
  double probability = 0.0;  // i's estimate that it beats the target
  double gain = 0.0;         // i's expected gain
};

// The same numbers as EvaluateChallenge(i, i, i, j) for every j, in one O(n^2)
// pass vectorised over j.
Challenge BestChallenge(const Actors& actors, const StateAnalysis& analysis,
                        const SmpOptions& options, std::size_t i);

// A bargain: initiator I adopts initiator_position, receiver J receiver_position.
struct Bargain {
  std::size_t initiator = 0;
  std::size_t receiver = 0;
  std::vector<double> initiator_position;  // m
  std::vector<double> receiver_position;   // m
};

// SPEC 4.8 steps 4-5: the bargains actor i puts on both queues after choosing
// `challenge` (one, or two for InitRcvrInterp).
std::vector<Bargain> ProposeBargains(const Actors& actors, const StateAnalysis& analysis,
                                     const std::vector<double>& position, const SmpOptions& options,
                                     std::size_t i, const Challenge& challenge);

}  // namespace parley::smp
