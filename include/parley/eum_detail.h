// The intermediate numbers of the expected-utility model (eum.h), for tests,
// diagnostics and charts: the round's state, the risk step, the probability of
// winning, expected utilities, the "view from i" and one round's moves.
// RunEum is a loop over EumStep; nothing here is needed to run the model.
//
// Index conventions (models.md 3.2): i is the actor deciding (the "viewer" or
// the one who may move), j the other actor of the dyad, k a third party who
// votes. a = E(i challenges j), b = E(j challenges i).
//
// Every function is pure and thread-safe. REQUIRES: ValidateEumOptions(options)
// succeeds and the problem is one RunEum accepts; actor indices < ActorCount().
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "parley/eum.h"
#include "parley/issue_problem.h"

namespace parley {

// The switches of EumOptions with the preset's choices filled in.
struct EumSettings {
  double q = 1.0;
  EumPerspective perspective = EumPerspective::kViewer;
  EumProbability probability = EumProbability::kScholzNormaliser;
  EumRange range = EumRange::kInitialPositions;
  EumOfferSelection offer_selection = EumOfferSelection::kScholzCode;
  bool conflict_moves = true;
  bool capitulation = false;
};
EumSettings ResolveEumSettings(const EumOptions& options);

// What the formulas of one round see besides the fixed c and s columns.
struct EumSnapshot {
  std::vector<double> position;  // x_i(t), IssueProblem order
  double range = 0.0;            // R (A5); 0 only when every actor holds one position
  double median = 0.0;           // mu(t): weighted median of position, weights c s
};
// The state before round 1 (positions of the problem).
EumSnapshot EumInitialSnapshot(const IssueProblem& problem, const EumOptions& options);
// The state at `position` (a later round); R follows options' range rule (A5).
EumSnapshot EumSnapshotAt(const IssueProblem& problem, const EumOptions& options,
                          std::vector<double> position);

// The risk step (Scholz 2011 eqs. 32-34; models.md 3.2 steps 8-9), all r = 1.
struct EumRisk {
  // Sec_i = sum over j != i of E(j challenges i): what i's adversaries expect.
  // BDM 1994, Belgium: 1.4283.
  std::vector<double> security;
  // R_i = (2 Sec_i - max Sec - min Sec) / (max Sec - min Sec), in [-1, 1];
  // 0 for everyone when all Sec are equal. Belgium: 0.4204.
  std::vector<double> score;
  // r_i = (1 - R_i / 3) / (1 + R_i / 3), in [0.5, 2]. Belgium: 0.754196.
  std::vector<double> exponent;
};
EumRisk EumRiskExponents(const IssueProblem& problem, const EumOptions& options,
                         const EumSnapshot& snapshot);

// P(i beats j) under the options' probability rule (A4) when the voters have
// risk exponents `exponent` (one per actor; only kScholzNormaliser uses them).
// 0 when x_i = x_j. BDM 1994 paper preset: P(Netherlands beats Belgium) = 0.3663.
double EumProbabilityOfWinning(const IssueProblem& problem, const EumOptions& options,
                               const EumSnapshot& snapshot, const std::vector<double>& exponent,
                               std::size_t i, std::size_t j);

// E(challenger challenges target) (Scholz 2011 eq. 25a) priced with the risk
// exponent `risk` (the challenger's own or the viewer's; see A2), while
// P uses the voters' `exponent`. BDM 1994 paper preset, Belgium against the
// Netherlands with r = 1.0044: +0.413.
double EumExpectedUtility(const IssueProblem& problem, const EumOptions& options,
                          const EumSnapshot& snapshot, const std::vector<double>& exponent,
                          std::size_t challenger, std::size_t target, double risk);

// One point of the "view from i" chart (BDM 1994 p. 91; Scholz fig. 6).
struct EumViewPoint {
  std::size_t other = 0;  // j
  double x = 0.0;         // a = E(i challenges j), with r_i
  double y = 0.0;         // b = E(j challenges i), with r_i (kViewer) or r_j (kOwn)
};
// The view from `viewer` against every other actor, in actor order, given the
// round's risk exponents (e.g. EumRiskExponents(...).exponent).
// BDM 1994 scholz_code, view from Belgium, Luxembourg: (+0.606, +0.242).
std::vector<EumViewPoint> EumView(const IssueProblem& problem, const EumOptions& options,
                                  const EumSnapshot& snapshot, const std::vector<double>& exponent,
                                  std::size_t viewer);

enum class EumMoveKind {
  kConfrontationLost,  // b > a > 0: i moves fully to x_j (A8)
  kCompromise,         // a < 0 < b, b > |a|: x_i + (x_j - x_i) |a / b| (eq. 36)
  kCapitulation,       // a < 0 < b, b < |a|: i moves fully to x_j
};

// The offer an actor accepted in a round.
struct EumMove {
  std::size_t mover = 0;     // i
  std::size_t proposer = 0;  // j
  EumMoveKind kind = EumMoveKind::kCompromise;
  double mover_utility = 0.0;     // a = E(i challenges j)
  double proposer_utility = 0.0;  // b = E(j challenges i)
  double position = 0.0;          // i's new position
};

// One round of the model (models.md 3.2 steps 2-11): the risk step, then each
// actor's accepted offer (nullopt: it stays), applied simultaneously.
// BDM 1994 round 1: Belgium compromises with France and moves to 8.415932.
struct EumStepResult {
  EumRisk risk;
  std::vector<std::optional<EumMove>> move;  // one per actor
  std::vector<double> position;              // x_i(t + 1)
};
EumStepResult EumStep(const IssueProblem& problem, const EumOptions& options,
                      const EumSnapshot& snapshot);

}  // namespace parley
