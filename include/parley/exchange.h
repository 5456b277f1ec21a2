// Issue linkage: Stokman & Van Oosten's (1994) position-exchange model
// (models.md 4.4). Two actors on opposite sides of the expected outcome on two
// issues, who care about them in different proportions, each shift their
// voting position on the issue the other cares about more. Seed 001:
// Azerbaijan's "corridor for corridor" agenda, checkpoints on the Lachin
// corridor against a route through southern Armenia.
// docs/mechanisms/exchange-model.md states every rule of both presets.
//
// The model is multi-issue, so it is its own entry point rather than a
// ModelKind (which runs issue by issue). Pure and thread-safe; no I/O.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "parley/forecast.h"
#include "parley/model.h"
#include "parley/red_lines.h"
#include "parley/result.h"
#include "parley/scenario.h"

namespace parley {

// Which reading of the model runs (docs/mechanisms/exchange-model.md).
enum class ExchangePreset {
  // Stokman & Van Oosten (1994) without the defect of one position table:
  // gains against each actor's own positions, no demand of an issue conceded
  // in the round, no exchange that leaves a side worse off (rules S1-S8).
  kStokman,
  // Decide (foarsitter/decide-exchange-model @51dee66), the maintained open
  // implementation, reproduced exactly in its 28-digit decimal arithmetic:
  // sides fixed per round, linked candidates, partial adoption between rounds
  // (rules D1-D8). Equal-gain rate and list-order ties only; red lines ignored.
  kDecide,
};

// How the two sides of an exchange split its surplus (models.md 4.4 items 4, 6).
enum class ExchangeRate {
  kEqualGain,  // Stokman & Van Oosten (1994): both gain the same
  kRandom,     // Dijkstra, van Assen, Stokman & Draaijer (2018): a rate drawn between
               // the rate that gives all of the surplus to one side and the other
};

// How exact ties between the best gains are broken.
enum class ExchangeTieBreak {
  kListOrder,  // the first candidate in list order (issue pair, then actor pair)
  kRandom,     // uniformly among the tied candidates, from `seed`
};

struct ExchangeOptions {
  // The reading of the model. Default kStokman; kDecide reproduces Decide's
  // equal-gain runs (shared/reference/exchange/README.md).
  ExchangePreset preset = ExchangePreset::kStokman;
  // Round cap. Rounds run until a round realises no exchange; the cap stops a
  // run that has not ended (termination kMaxRounds). Range [1, 1000]; default
  // 100, ten times the 10 rounds Decide runs by default (models.md 4.4 item 5,
  // "Rounds can be iterated"; Stokman & Van Oosten 1994 ran one).
  int max_rounds = 100;
  // Gains at or below this are no exchange, in salience x share-of-range
  // units. Range [0, 1e-3]; default 1e-10 (Decide's cut-off, models.md 4.4).
  double min_gain = 1e-10;
  // Exchange rate. Default kEqualGain (Stokman & Van Oosten 1994); kRandom is
  // Dijkstra et al. (2018), models.md 4.4 item 6.
  ExchangeRate rate = ExchangeRate::kEqualGain;
  // Tie-breaking between candidates whose gains differ by at most
  // `tie_tolerance` x the best gain. Default kListOrder (deterministic, as the
  // Decide reference files were made); kRandom draws from `seed`.
  ExchangeTieBreak tie_break = ExchangeTieBreak::kListOrder;
  // Relative width of a tie: gains within tie_tolerance x the best tie with it.
  // Range [0, 1e-6]; default 0, exact ties only, as Decide compares gains (its
  // reference runs break them in list order, exchange/README.md). A positive
  // width also ties gains that differ only by rounding.
  double tie_tolerance = 0.0;
  // Seed of the random rate and of random tie-breaking (std::mt19937_64). Any
  // value; default 0. The same seed gives the same run.
  std::uint64_t seed = 0;
  // When false (default), no exchange moves an actor's voting position out of
  // its red line (Stance::red_line; seed 000 "red lines"); when true, moves
  // ignore red lines as in Stokman & Van Oosten (1994) and Decide, and the
  // result names every red line crossed.
  bool allow_red_line_crossing = false;
};

Status ValidateExchangeOptions(const ExchangeOptions& options);

// One actor's half of an exchange: it supplies a shift of its voting position
// on `issue` toward its partner's position there.
struct ExchangeMove {
  std::size_t actor = 0;          // the supplier (index into Scenario::actors)
  std::size_t partner = 0;        // the demander, toward whom it moves
  std::size_t issue = 0;          // index into Scenario::issues
  double from = 0.0;              // the supplier's voting position before
  double to = 0.0;                // ... and after
  double partner_position = 0.0;  // the position the supplier moves toward
  double outcome_before = 0.0;    // O_d = sum c s x / sum c s, before and after
  double outcome_after = 0.0;
  double supplier_salience = 0.0;
  double partner_salience = 0.0;
  // The supplier's gain from the whole exchange by its own (scenario)
  // positions: sum over both issues of s (|x_own - O_before| - |x_own - O_after|) / R,
  // with O the current outcomes. > 0: the exchange leaves it better off.
  double supplier_own_gain = 0.0;
  bool crosses_red_line = false;  // `to` lies outside the supplier's red line
};

// An exchange between i and j over issues p and q (models.md 4.4 items 3-4):
// i demands p and supplies q. `on_p` is j's move on p toward i; `on_q` is i's
// move on q toward j. With the equal-gain rate both gain `gain` =
// s_ip d_p - s_iq d_q = s_jq d_q - s_jp d_p, with d the outcome shifts as
// shares of each issue's scale range; with the random rate `gain` is i's
// share and `partner_gain` j's.
struct Exchange {
  int round = 1;
  ExchangeMove on_p;
  ExchangeMove on_q;
  double gain = 0.0;
  double partner_gain = 0.0;
};

// A red line an exchange took an actor across (allow_red_line_crossing only).
struct ExchangeRedLineCrossing {
  std::size_t exchange = 0;  // index into ExchangeResult::exchanges
  std::size_t actor = 0;
  std::size_t issue = 0;
  Interval red_line;
  double position = 0.0;  // the voting position after the move
};

// Outcomes at the start of a round and after its exchanges.
struct ExchangeRoundOutcomes {
  int round = 1;
  std::vector<IssueOutcome> start;
  std::vector<IssueOutcome> after;
  std::size_t exchanges = 0;
};

struct ExchangeResult {
  std::vector<IssueOutcome> initial;   // O_d at the scenario's positions
  std::vector<IssueOutcome> outcomes;  // O_d at the final voting positions: the forecast
  std::vector<Exchange> exchanges;     // in the order they were realised
  std::vector<double> positions;       // final voting position per Scenario::stances entry
  int rounds = 0;                      // rounds that realised at least one exchange
  Termination termination = Termination::kConverged;
  std::string message;
  std::vector<ExchangeRoundOutcomes> round_outcomes;  // one per round run
  std::vector<ExchangeRedLineCrossing> red_line_crossings;
  int cycle_period = 0;  // rounds between repeated states when termination is kCycle
};

// Sees each round's outcomes as the round ends (for a progress line; called on
// the calling thread). Returning false stops the run after that round
// (Termination::kStopped); an observer that returns true never changes the result.
using ExchangeObserver = std::function<bool(const ExchangeRoundOutcomes&)>;

// Runs the execution loop over every issue some actor with positive salience
// takes a stance on. Fails with kInvalidArgument for bad options and kInvalidInput when
// no issue has positive total weight.
Result<ExchangeResult> RunExchange(const Scenario& scenario, const ExchangeOptions& options = {},
                                   const ExchangeObserver& observer = {});

// Names for the command line and settings: "stokman"/"decide",
// "equal-gain"/"random", "list-order"/"random".
std::string ToString(ExchangePreset preset);
std::string ToString(ExchangeRate rate);
std::string ToString(ExchangeTieBreak tie_break);
Result<ExchangePreset> ExchangePresetFromString(const std::string& name);
Result<ExchangeRate> ExchangeRateFromString(const std::string& name);
Result<ExchangeTieBreak> ExchangeTieBreakFromString(const std::string& name);

// Registry entry (model.h): "exchange". Each issue group (Issue::group) is one
// negotiation. Per issue: rounds[0] the scenario's positions, rounds[1] the
// voting positions after the exchanges. Detail: the table "exchanges" and, as
// data, the std::vector<ExchangeResult> of the groups in order. A run
// context's seed, when set, replaces the seed option.
ModelSpec ExchangeModel();

}  // namespace parley
