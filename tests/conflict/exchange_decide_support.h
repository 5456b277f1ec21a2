// Decide's reference runs (shared/reference/exchange, GPL: read from
// PARLEY_SHARED_DIR, never copied into the repository) and the comparison of
// a `decide` preset run against them, on Decide's 0-100 scale.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "io/csv.h"
#include "parley/exchange.h"
#include "parley/io.h"

namespace parley::testing {

inline std::string DecideDir() { return std::string(PARLEY_SHARED_DIR) + "/reference/exchange/"; }

inline bool HaveDecideFiles() { return std::filesystem::exists(DecideDir() + "cop21.yaml"); }

// Positions within this of Decide's (0-100 scale) are the same move. The
// preset computes in Decide's own 28-digit decimal arithmetic, so the only
// slack is the conversion of both sides to doubles and of the scale to 0-100.
constexpr double kDecidePosition = 1e-9;
// Gains within this of Decide's (100 x a gain on 0-1) are the same gain.
constexpr double kDecideGain = 1e-12;

struct DecideMove {
  std::string actor, issue;
  double from = 0.0, to = 0.0;
};
struct DecideExchange {
  int round = 0;
  double gain = 0.0;  // 100 x a gain on 0-1
  DecideMove i, j;
};
struct DecideOutcome {
  int round = 0;
  std::string issue;
  double start = 0.0, after = 0.0;
};

inline std::vector<csv::Row> ReadRows(const std::string& path) {
  std::ifstream file(path);
  std::stringstream text;
  text << file.rdbuf();
  auto rows = csv::Parse(text.str(), path);
  if (!rows || rows->empty()) return {};
  rows->erase(rows->begin());  // the header
  return *rows;
}

inline std::vector<DecideExchange> DecideExchanges(const std::string& name) {
  std::vector<DecideExchange> out;
  for (const csv::Row& row : ReadRows(DecideDir() + name + ".decide-exchanges.csv")) {
    const auto& f = row.fields;
    out.push_back({std::stoi(f[0]),
                   std::stod(f[2]),
                   {f[3], f[4], std::stod(f[5]), std::stod(f[6])},
                   {f[7], f[8], std::stod(f[9]), std::stod(f[10])}});
  }
  return out;
}

inline std::vector<DecideOutcome> DecideOutcomes(const std::string& name) {
  std::vector<DecideOutcome> out;
  for (const csv::Row& row : ReadRows(DecideDir() + name + ".decide-outcomes.csv")) {
    out.push_back({std::stoi(row.fields[0]), row.fields[1], std::stod(row.fields[2]),
                   std::stod(row.fields[3])});
  }
  return out;
}

// A position on issue d in Decide's units: the issue's scale mapped to 0-100.
inline double ToDecide(const Scenario& scenario, std::size_t d, double x) {
  const Scale& scale = scenario.issues[d].scale;
  return (x - scale.min) / scale.Range() * 100.0;
}

inline bool SameMove(const Scenario& scenario, const ExchangeMove& move, const DecideMove& decide) {
  return scenario.actors[move.actor].id == decide.actor &&
         scenario.issues[move.issue].id == decide.issue &&
         std::abs(ToDecide(scenario, move.issue, move.from) - decide.from) <= kDecidePosition &&
         std::abs(ToDecide(scenario, move.issue, move.to) - decide.to) <= kDecidePosition;
}

inline bool SameExchange(const Scenario& scenario, const Exchange& e, const DecideExchange& d) {
  return e.round == d.round && std::abs(100.0 * e.gain - d.gain) <= kDecideGain &&
         ((SameMove(scenario, e.on_p, d.i) && SameMove(scenario, e.on_q, d.j)) ||
          (SameMove(scenario, e.on_p, d.j) && SameMove(scenario, e.on_q, d.i)));
}

struct DecideComparison {
  std::size_t exchanges = 0, decide_exchanges = 0;
  std::size_t opening = 0;   // exchanges identical from the first until the first difference
  std::size_t in_place = 0;  // exchanges identical at the same index
  std::size_t outcomes = 0, outcomes_matching = 0;  // start and after, per round and issue
  double max_outcome_deviation = 0.0;               // 0-100 scale
};

// Outcomes within this of Decide's count as matching (0-100 scale).
constexpr double kDecideOutcome = 1e-9;

inline DecideComparison CompareWithDecide(const std::string& name, const Scenario& scenario,
                                          const ExchangeResult& result) {
  DecideComparison c;
  const auto decide = DecideExchanges(name);
  c.exchanges = result.exchanges.size();
  c.decide_exchanges = decide.size();
  bool open = true;
  for (std::size_t n = 0; n < std::min(decide.size(), result.exchanges.size()); ++n) {
    const bool same = SameExchange(scenario, result.exchanges[n], decide[n]);
    c.in_place += same;
    open = open && same;
    c.opening += open;
  }
  for (const DecideOutcome& o : DecideOutcomes(name)) {
    if (o.round < 1 || static_cast<std::size_t>(o.round) > result.round_outcomes.size()) continue;
    const ExchangeRoundOutcomes& round = result.round_outcomes[o.round - 1];
    for (std::size_t k = 0; k < round.start.size(); ++k) {
      const std::size_t d = round.start[k].issue;
      if (scenario.issues[d].id != o.issue) continue;
      for (const auto& [ours, theirs] : {std::pair{round.start[k].outcome, o.start},
                                         std::pair{round.after[k].outcome, o.after}}) {
        const double deviation = std::abs(ToDecide(scenario, d, ours) - theirs);
        c.max_outcome_deviation = std::max(c.max_outcome_deviation, deviation);
        ++c.outcomes;
        c.outcomes_matching += deviation <= kDecideOutcome;
      }
    }
  }
  return c;
}

}  // namespace parley::testing
