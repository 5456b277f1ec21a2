// The one-shot models of models.md section 4: weighted median, compromise and
// asymmetric Nash bargaining. Each is a pure function of an IssueProblem and
// its options; thread-safe, no I/O.
#pragma once

#include "parley/forecast.h"
#include "parley/issue_problem.h"
#include "parley/model.h"
#include "parley/result.h"

namespace parley {

// What multiplies into each actor's weight.
enum class WeightSource {
  kCapabilityTimesSalience,  // w_i = c_i s_i (models.md section 2; default)
  kCapability,               // w_i = c_i
  kSalience,                 // w_i = s_i
};

struct WeightedMedianOptions {
  // Default c_i s_i: the Condorcet winner of BDM's cardinal votes (models.md 3.2 step 3).
  WeightSource weights = WeightSource::kCapabilityTimesSalience;
};

// The first position, in ascending order, at which the cumulative weight
// reaches half the total (the lower weighted median; models.md 4.2). In one
// dimension it is the Condorcet winner among the actors' positions.
// Worked number: positions 4/7/10 with weights 24.8/9.3/33.6 give 7 (BDM 1994).
Result<Forecast> RunWeightedMedian(const IssueProblem& problem,
                                   const WeightedMedianOptions& options = {});

struct CompromiseOptions {
  WeightSource weights = WeightSource::kCapabilityTimesSalience;
};

// O = sum_i w_i x_i / sum_i w_i (Van den Bos 1991; models.md 4.1).
// Worked number: the BDM 1994 case gives 500.3 / 67.7 = 7.389956.
Result<Forecast> RunCompromise(const IssueProblem& problem, const CompromiseOptions& options = {});

enum class NashUtility {
  kLinear,     // u_i(x) = -s_i |x - x_i|
  kQuadratic,  // u_i(x) = -s_i (x - x_i)^2
};

// Whose consent the Nash model's move from the status quo needs.
enum class NashRule {
  kScenario,           // the issue's voting_rule; unanimity when the scenario gives none
  kUnanimity,          // every actor who cares (Nash 1950 with the status quo as disagreement)
  kQualifiedMajority,  // the smallest winning coalition at the qualified_majority share
  kSimpleMajority,     // the smallest winning coalition at more than half
};

struct NashOptions {
  // Shape of each actor's utility (models.md 4.3). Default linear, as in the
  // DEU literature's NBS with distance utilities.
  NashUtility utility = NashUtility::kLinear;
  // Bargaining weights w_i: default capability (models.md 4.3, "w_i = c_i").
  WeightSource weights = WeightSource::kCapability;
  // Convergence of the bisection on the objective's derivative, as a share of
  // the scale range.
  // Range (0, 1e-3]; default 1e-12.
  double tolerance = 1e-12;
  // Whose consent a move needs (models.md 4.3, "or all members of the
  // coalition required by the decision rule"). Default: the issue's voting rule.
  NashRule rule = NashRule::kScenario;
  // The qualified majority as a share of the participants' total capability.
  // Range [0.5, 1]; default 62/87 = 0.7126, the Council's QMV threshold for
  // EU-15 (62 of 87 weighted votes, TEC Art. 205(2) as of the Amsterdam
  // Treaty), the Council of most DEU proposals (Thomson et al. 2006).
  double qualified_majority = 62.0 / 87.0;
};

// x* = argmax over the feasible set F of prod_i (u_i(x) - u_i(q))^{w_i}, with q
// the status quo (Nash 1950; asymmetric form, models.md 4.3). F is the set of
// points every participant weakly prefers to q. When the issue has no status
// quo, each actor's disagreement utility is that of the scale end farthest
// from its position (breakdown is as bad as the worst outcome on the scale).
// When F is a single point the forecast is q with Termination::kInfeasible
// ("gridlock") and Forecast::veto_holders names the actors whose veto makes it
// so. Actors with zero salience do not bargain.
// Worked number: linear utilities, q = 0, equal weights, actors at 40 and 100
// give x* = 40 (the 40-actor's gain 40 - |x - 40| caps the product).
// Under a majority rule (NashOptions::rule) with a status quo, the product
// runs over the smallest winning coalition on the side of q that holds the
// majority: the actors farthest from q, added in order of distance until their
// capability reaches the threshold (the last one added is the pivot), and F is
// the points they all prefer to q. No winning side: gridlock, with the
// blocking actors as veto_holders. docs/models/nash.md has the sources.
// Worked number: q = 0, actors at 0, 40, 100 with capability 1, 1, 3:
// unanimity gives gridlock (the actor at 0 vetoes); qualified majority
// (3.563 of 5 needed) bargains between 40 and 100 over [0, 80]: x* = 60.
Result<Forecast> RunNash(const IssueProblem& problem, const NashOptions& options = {});

// The lower weighted median of `position` under `weight` (same length, weights
// >= 0, total > 0): the first position in ascending order whose cumulative
// weight reaches half the total. Ties in position are one candidate.
double WeightedMedianPosition(const std::vector<double>& position,
                              const std::vector<double>& weight);

// The weight of actor i under a WeightSource.
double ActorWeight(const IssueProblem& problem, std::size_t i, WeightSource source);

// The c_i s_i weighted mean of `position` (used for Round::mean); falls back
// to the plain mean when all weights are zero.
double WeightedMean(const IssueProblem& problem, const std::vector<double>& position);

// Registry entries (model.h): "weighted_median", "compromise" and "nash",
// run issue by issue, with their options as settings ("nash.utility").
ModelSpec WeightedMedianModel();
ModelSpec CompromiseModel();
ModelSpec NashModel();

}  // namespace parley
