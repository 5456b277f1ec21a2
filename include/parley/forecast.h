// What every model returns. Per issue: the outcome point with its per-round
// trajectory and how the run ended; per scenario: a forecast for each issue
// the model could run, the issues it could not (with the reason), and the
// model's own detail. Not converging is a result (Termination), not an error.
#pragma once

#include <any>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "parley/issue_problem.h"

namespace parley {

enum class Termination {
  kClosedForm,  // a one-shot model: no rounds to iterate
  kConverged,   // the stopping rule fired
  kMaxRounds,   // the round cap was reached without meeting the stopping rule
  kCycle,       // a state repeated: the dynamics cycle
  kInfeasible,  // no feasible outcome (e.g. an empty bargaining set); outcome = status quo
  kStopped,     // the caller's observer stopped the run
};

std::string ToString(Termination termination);

// The state after round t (t = 0 is the initial state).
struct Round {
  int round = 0;
  std::vector<double> position;  // participants' positions, IssueProblem order
  double outcome = 0.0;          // the model's forecast at this round
  double mean = 0.0;             // capability x salience weighted mean of positions
};

// Called after each round; lets callers watch a run without the library
// logging. Returning false stops the run after that round
// (Termination::kStopped).
using RoundObserver = std::function<bool(const Round&)>;

struct Forecast {
  std::string model;          // "weighted_median", "compromise", "nash", "eum", ...
  double outcome = 0.0;       // the forecast position on the issue's scale
  std::vector<Round> rounds;  // rounds[0] is the initial state
  Termination termination = Termination::kClosedForm;
  // Whether `outcome` is a forecast the model stands by. A cycle whose point
  // the model defines (EUM: the mean of one period's medians) is; a state
  // where a run was cut off, or an undefined cycle, is not (false).
  bool point_defined = true;
  std::string message;  // one line on how the run ended, for people
  // When a bargaining model ends in gridlock (kInfeasible): the actors whose
  // veto keeps the status quo (Scenario::actors indices, ascending). Empty
  // otherwise.
  std::vector<std::size_t> veto_holders;

  // The last round's number: rounds run (0 for a closed-form model).
  int RoundCount() const { return rounds.empty() ? 0 : rounds.back().round; }
};

// One issue's forecast inside a scenario forecast.
struct IssueForecast {
  std::size_t issue = 0;  // index into the scenario's issues
  IssueProblem problem;   // the participants the model saw, and their inputs
  Forecast forecast;
};

// An issue a model gave no forecast for, and why: nobody takes a stance,
// every participant has salience 0, or the model does not apply.
struct SkippedIssue {
  std::size_t issue = 0;
  std::string reason;
};

// A cell of a detail table: text or a number.
using DetailCell = std::variant<std::string, double>;

// A table of a model's own detail (SMP's outcome probabilities, the exchange
// trace, ...), renderable without knowing the model: as text columns, JSON
// objects (one per row, keyed by column) or CSV.
struct DetailTable {
  std::string name;   // machine name, e.g. "exchanges"
  std::string title;  // for people, e.g. "Exchanges, in the order they were made"
  std::vector<std::string> columns;
  std::vector<std::vector<DetailCell>> rows;
};

// What a model adds beyond the per-issue outcomes. `data` holds the model's
// own result type behind a shared pointer (std::shared_ptr<const SmpRun>, ...)
// for callers that know the model; copying a detail is cheap.
struct ModelDetail {
  std::vector<std::string> notes;  // one line each, for people
  std::vector<DetailTable> tables;
  std::any data;
};

// The model's own result, when it is a T; nullptr otherwise.
template <typename T>
const T* DetailData(const ModelDetail& detail) {
  const auto* held = std::any_cast<std::shared_ptr<const T>>(&detail.data);
  return held ? held->get() : nullptr;
}

// One model's forecast of a whole scenario.
struct ScenarioForecast {
  std::string model;
  std::vector<IssueForecast> issues;  // in scenario order
  std::vector<SkippedIssue> skipped;  // in scenario order
  ModelDetail detail;

  // The forecast of issue k, or nullptr when the model skipped it.
  const IssueForecast* Find(std::size_t issue) const;
  // The largest round count over the issues (0 for closed-form models).
  int RoundCount() const;
};

}  // namespace parley
