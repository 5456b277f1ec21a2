// Internal: the actors x issues table the exchange model works on: voting
// positions (which exchanges move), the scenario's own positions, saliences,
// capabilities, red lines, and each issue's total weight W_d = sum_k c_k s_kd
// and scale range.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "decimal28.h"
#include "parley/scenario.h"

namespace parley::exchange_detail {

struct Table {
  std::size_t actors = 0;
  std::size_t issues = 0;
  std::vector<double> position;  // actors x issues, row-major by actor: voting positions
  std::vector<double> own;       // the scenario's positions (never moved)
  std::vector<double> salience;
  std::vector<char> takes;  // 1 when the actor has a stance on the issue
  std::vector<std::optional<Interval>> red_line;
  // Per cell, the direction (+1 up, -1 down) in which the actor has supplied
  // the issue so far in the run; 0 before its first supply (rule S5).
  std::vector<signed char> committed;
  std::vector<double> capability;    // per actor
  std::vector<double> range;         // per issue
  std::vector<double> lower;         // per issue: the scale's minimum
  std::vector<double> total_weight;  // per issue
  // The `decide` preset only: each cell's position at the start of the next
  // round on Decide's 0-100 scale, in its decimal arithmetic (rule D8).
  std::vector<Decimal28> decide_start;

  std::size_t Cell(std::size_t i, std::size_t d) const { return i * issues + d; }
  double Position(std::size_t i, std::size_t d) const { return position[Cell(i, d)]; }
  double Own(std::size_t i, std::size_t d) const { return own[Cell(i, d)]; }
  double Salience(std::size_t i, std::size_t d) const { return salience[Cell(i, d)]; }
  bool Takes(std::size_t i, std::size_t d) const { return takes[Cell(i, d)] != 0; }
  double Weight(std::size_t i, std::size_t d) const { return capability[i] * Salience(i, d); }
  void SetPosition(std::size_t i, std::size_t d, double x) { position[Cell(i, d)] = x; }

  // O_d = sum_k c_k s_kd x_kd / W_d (models.md 4.4 item 1); 0 when W_d = 0.
  double Outcome(std::size_t d) const;
  std::vector<double> Outcomes() const;
  // The current voting position of each Scenario::stances entry.
  std::vector<double> StancePositions(const Scenario& scenario) const;
};

Table MakeTable(const Scenario& scenario);

}  // namespace parley::exchange_detail
