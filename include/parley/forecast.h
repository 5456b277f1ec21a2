// What every model returns: a forecast with its per-round trajectory and how
// the run ended. Not converging is a result (Termination), not an error.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace parley {

enum class Termination {
  kClosedForm,  // a one-shot model: no rounds to iterate
  kConverged,   // the stopping rule fired
  kMaxRounds,   // the round cap was reached without meeting the stopping rule
  kCycle,       // a state repeated: the dynamics cycle
  kInfeasible,  // no feasible outcome (e.g. an empty bargaining set); outcome = status quo
};

std::string ToString(Termination termination);

// The state after round t (t = 0 is the initial state).
struct Round {
  int round = 0;
  std::vector<double> position;  // participants' positions, IssueProblem order
  double outcome = 0.0;          // the model's forecast at this round
  double mean = 0.0;             // capability x salience weighted mean of positions
};

// Called after each round; lets callers watch a run without the library logging.
using RoundObserver = std::function<void(const Round&)>;

struct Forecast {
  std::string model;          // "weighted_median", "compromise", "nash", "eum", ...
  double outcome = 0.0;       // the forecast position on the scale
  std::vector<Round> rounds;  // rounds[0] is the initial state
  Termination termination = Termination::kClosedForm;
  std::string message;  // one line on how the run ended, for people

  int RoundCount() const { return rounds.empty() ? 0 : static_cast<int>(rounds.size()) - 1; }
};

}  // namespace parley
