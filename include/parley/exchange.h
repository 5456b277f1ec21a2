// Issue linkage: Stokman & Van Oosten's (1994) position-exchange model with
// the equal-gain exchange rate (models.md 4.4). Two actors on opposite sides
// of the expected outcome on two issues, who care about them in different
// proportions, each shift their voting position on the issue the other cares
// about more. Seed 001: Azerbaijan's "corridor for corridor" agenda, checkpoints
// on the Lachin corridor against a route through southern Armenia.
// docs/mechanisms/exchange-model.md states every rule.
//
// The model is multi-issue, so it is its own entry point rather than a
// ModelKind (which runs issue by issue). Pure and thread-safe; no I/O.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "parley/forecast.h"
#include "parley/model.h"
#include "parley/red_lines.h"
#include "parley/result.h"
#include "parley/scenario.h"

namespace parley {

struct ExchangeOptions {
  // Rounds of the execution loop. A round realises exchanges, best first,
  // until none with a positive gain remains; the next round starts from the
  // new voting positions with every actor free to supply again. A round
  // without an exchange ends the run (kConverged). Range [1, 100]; default 1,
  // the single round of Stokman & Van Oosten (1994) (models.md 4.4 item 5,
  // "Rounds can be iterated").
  int max_rounds = 1;
  // Gains at or below this are no exchange, in salience x share-of-range
  // units. Range [0, 1e-3]; default 1e-10 (Decide's cut-off, models.md 4.4).
  double min_gain = 1e-10;
};

Status ValidateExchangeOptions(const ExchangeOptions& options);

// One actor's half of an exchange: it supplies a shift of its voting position
// on `issue` toward its partner's position there.
struct ExchangeMove {
  std::size_t actor = 0;    // the supplier (index into Scenario::actors)
  std::size_t partner = 0;  // the demander, toward whom it moves
  std::size_t issue = 0;    // index into Scenario::issues
  double from = 0.0;        // the supplier's voting position before
  double to = 0.0;          // ... and after
  double partner_position = 0.0;
  double outcome_before = 0.0;  // O_d = sum c s x / sum c s, before and after
  double outcome_after = 0.0;
  double supplier_salience = 0.0;
  double partner_salience = 0.0;
};

// An exchange between i and j over issues p and q (models.md 4.4 items 3-4):
// i demands p and supplies q. `on_p` is j's move on p toward i; `on_q` is i's
// move on q toward j. Both gain `gain` = s_ip d_p - s_iq d_q = s_jq d_q - s_jp d_p,
// with d the outcome shifts as shares of each issue's scale range.
struct Exchange {
  int round = 1;
  ExchangeMove on_p;
  ExchangeMove on_q;
  double gain = 0.0;
};

struct ExchangeResult {
  std::vector<IssueOutcome> initial;   // O_d at the scenario's positions
  std::vector<IssueOutcome> outcomes;  // O_d at the final voting positions: the forecast
  std::vector<Exchange> exchanges;     // in the order they were realised
  std::vector<double> positions;       // final voting position per Scenario::stances entry
  int rounds = 0;                      // rounds that realised at least one exchange
  Termination termination = Termination::kConverged;
  std::string message;
};

// Runs the execution loop over every issue some actor with positive salience
// takes a stance on. Fails with kInvalidArgument for bad options and kInvalidInput when
// no issue has positive total weight.
Result<ExchangeResult> RunExchange(const Scenario& scenario, const ExchangeOptions& options = {});

// Registry entry (model.h): "exchange". Each issue group (Issue::group) is one
// negotiation. Per issue: rounds[0] the scenario's positions, rounds[1] the
// voting positions after the exchanges. Detail: the table "exchanges" and, as
// data, the std::vector<ExchangeResult> of the groups in order.
ModelSpec ExchangeModel();

}  // namespace parley
