// Bueno de Mesquita's expected-utility ("challenge") model, as reconstructed by
// Scholz, Calbert & Smith (2011), with two presets (models.md section 3):
//  - kScholzCode: the variant that reproduces the published numbers (3.4);
//  - kPaper: the equations as printed (3.2).
// Each ambiguity of models.md 3.3 that changes numbers is a switch below; an
// unset switch takes the preset's choice. docs/models/eum.md lists every choice.
// Pure and thread-safe: the run depends only on its arguments.
#pragma once

#include <optional>
#include <string_view>

#include "parley/forecast.h"
#include "parley/issue_problem.h"
#include "parley/model.h"
#include "parley/result.h"

namespace parley {

enum class EumPreset {
  kScholzCode,  // models.md 3.4: viewer's r, triple-sum P normaliser, fixed initial range
  kPaper,       // models.md 3.2: printed eq. 31 for P, each actor's own r
};

std::string_view ToString(EumPreset preset);
Result<EumPreset> EumPresetFromString(std::string_view text);

enum class EumStopRule {
  kFixedRounds,   // run exactly max_rounds (Scholz; models.md 3.8)
  kMedianStable,  // stop when |mu(t) - mu(t-1)| <= stop_tolerance * R for stop_patience rounds
};

// A2: whose risk exponent prices E(U_ji), j challenging i, when i decides.
enum class EumPerspective {
  kViewer,  // i's own r_i for both axes, "view from i" (BDM 1994 charts; models.md 3.4 item 2)
  kOwn,     // each challenger's own r (BDM 1985 as quoted by Scholz 2011 eq. 25a)
};

// A4: the probability P(i beats j) that i prevails in a contest with j.
enum class EumProbability {
  kPrinted,           // Scholz 2011 eq. 31: P_i + P_j = 1, no risk exponent (models.md 3.2 step 5)
  kScholzNormaliser,  // risk-curved votes over the all-pairs sum G (models.md 3.4 item 3)
};

// A5: the range R that turns distances into [0, 1].
enum class EumRange {
  kInitialPositions,  // max - min of the round-0 positions, fixed (jmckib; BDM 1994 R = 6)
  kCurrentPositions,  // max - min of the positions of the current round
  kScale,             // the issue's scale_max - scale_min
};

// A7: which offer an actor accepts when several actors would move it.
enum class EumOfferSelection {
  kScholzCode,       // lost confrontations first (nearest target), then compromises by
                     // the key (|a| x_i + |b| x_j) / (|a| + |b|), then capitulations
                     // (models.md 3.4 item 5)
  kMostEnforceable,  // highest proposer expected utility b, then the smallest move
                     // (BDM 1997, "those better able to enforce their wishes ... make
                     // their proposals stick. Given equally enforceable proposals,
                     // players move the least"; models.md 3.2 step 11)
  kSmallestMove,     // the smallest move, then the highest b
};

std::string_view ToString(EumPerspective value);
std::string_view ToString(EumProbability value);
std::string_view ToString(EumRange value);
std::string_view ToString(EumOfferSelection value);
Result<EumPerspective> EumPerspectiveFromString(std::string_view text);
Result<EumProbability> EumProbabilityFromString(std::string_view text);
Result<EumRange> EumRangeFromString(std::string_view text);
Result<EumOfferSelection> EumOfferSelectionFromString(std::string_view text);

struct EumOptions {
  EumPreset preset = EumPreset::kScholzCode;
  // Probability the target stays put when not challenged (BDM 1985). Range
  // [0, 1]; default 1.0 as in Scholz's replication of the 1994 case. The
  // scholz_code preset supports only Q = 1 (models.md 3.4 item 4); the paper
  // preset adds the (1 - Q)[T U_b + (1 - T) U_w] term of eq. 25a for Q < 1.
  double q = 1.0;
  // Round cap tau (Scholz 2011 Appendix step 13; models.md 3.8). Range
  // [1, 10000]; default 1000, so that with cycle detection runs end on a fixed
  // point or an exact cycle: every DEU III issue does by 1000 (3 of 166 do not
  // by 100), and the BDM 1994 case cycles with period 70 from round 270.
  // Scholz and the BDM 1994 oracle use 10 with detect_cycles = false.
  int max_rounds = 1000;
  EumStopRule stop_rule = EumStopRule::kFixedRounds;
  // For kMedianStable: threshold as a share of R, range (0, 1); default 0.005
  // (0.5 units on a 0-100 scale, schelling's rule in models.md 3.8).
  double stop_tolerance = 0.005;
  // For kMedianStable: consecutive quiet rounds needed. Range [1, 100]; default 2.
  int stop_patience = 2;
  // Stop when a round's positions repeat an earlier round exactly
  // (models.md 3.8: "detect cycles (a repeated position vector)"). Repeating
  // the previous round (nobody moved) ends kConverged on its median; an earlier
  // round ends kCycle, and the forecast is then the mean of the medians of one
  // period, which does not depend on the cap. Default true; false runs
  // max_rounds and forecasts the last median, as Scholz 2011 (the BDM 1994
  // oracle).
  bool detect_cycles = true;

  // Switches for models.md 3.3. Unset = the preset's choice (scholz_code / paper).
  std::optional<EumPerspective> perspective;         // A2: kViewer / kOwn
  std::optional<EumProbability> probability;         // A4: kScholzNormaliser / kPrinted
  std::optional<EumRange> range;                     // A5: kInitialPositions / same
  std::optional<EumOfferSelection> offer_selection;  // A7: kScholzCode / kMostEnforceable
  // A8: a conflict (a > 0 and b > 0) moves the actor with the smaller expected
  // utility fully to its rival (jmckib, Masad; Scholz fig. 6). false = nobody
  // moves in a conflict (schelling's "uncertain outcome"). Default true / true.
  std::optional<bool> conflict_moves;
  // Capitulation region of Scholz fig. 6 (a < 0 < b, b < |a|): i moves fully to
  // x_j. jmckib writes the test as b < |b|, which never holds, so the
  // scholz_code preset leaves it off (models.md 3.4 item 5). Default false / true.
  std::optional<bool> capitulation;
};

// Checks every field against its range, and Q = 1 for the scholz_code preset.
// Returns a kInvalidArgument error naming the field, the value and the allowed range.
Status ValidateEumOptions(const EumOptions& options);

// Runs the model on one issue. Forecast::outcome is the weighted median of the
// final round (BDM's forecast under majority rule), except after a detected
// cycle, where it is the mean of the medians of one period (termination kCycle;
// the message gives the period, its rounds and the range of its medians). Each
// Round carries the median (outcome) and the c s weighted mean (mean). The observer, if set, is
// called with every Round as it is appended, rounds[0] (the initial state)
// included. Fails with kInvalidArgument for bad options and kInvalidInput for a problem
// with mismatched columns, non-finite values, negative capability, salience
// outside [0, 1] or zero total weight.
Result<Forecast> RunEum(const IssueProblem& problem, const EumOptions& options = {},
                        const RoundObserver& observer = {});

// Registry entry (model.h): "eum", run issue by issue; every EumOptions field
// is a setting ("eum.max_rounds", "eum.preset", "eum.perspective", ...).
ModelSpec EumModel();

}  // namespace parley
