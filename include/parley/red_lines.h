// Red lines against an outcome: which actors' acceptable intervals an outcome
// crosses (those actors become spoilers) and which it touches (those red lines
// bind). Seed 000: parties insist on "red lines" ("the Azerbaijani government
// is likely to insist on important 'red lines'"). docs/mechanisms/
// red-lines-and-packages.md states the rules.
//
// Pure functions of their arguments; thread-safe, no I/O.
#pragma once

#include <cstddef>
#include <vector>

#include "parley/result.h"
#include "parley/scenario.h"

namespace parley {

// The outcome of one issue, on the issue's scale.
struct IssueOutcome {
  std::size_t issue = 0;  // index into Scenario::issues
  double outcome = 0.0;
};

// One actor's red line on one issue, and where the outcome sits against it.
struct RedLineCheck {
  std::size_t actor = 0;  // index into Scenario::actors
  Interval red_line;
  // Distance from the outcome to the nearest end of the red line, on the
  // issue's scale: > 0 outside the red line (crossed), 0 on or inside.
  double excess = 0.0;
  // Distance from the outcome to the nearest end when inside (0 when outside).
  double margin = 0.0;
};

struct IssueRedLines {
  std::size_t issue = 0;
  double outcome = 0.0;
  // Outcome outside the red line (beyond rounding noise of 1e-9 of the scale
  // range): the actor is a spoiler.
  std::vector<RedLineCheck> crossed;
  // Outcome inside (or on) the red line, within the binding tolerance of an end.
  std::vector<RedLineCheck> binding;
};

struct RedLineReport {
  std::vector<IssueRedLines> issues;  // in the order of the outcomes given

  // Actors who have at least one red line crossed, in ascending actor index.
  std::vector<std::size_t> Spoilers() const;
  // Number of (actor, issue) red lines crossed.
  std::size_t CrossedCount() const;
};

struct RedLineOptions {
  // An end of a red line binds when the outcome is inside and within this
  // share of the issue's scale range of it. Range [0, 0.1]; default 0.005
  // (half a point on a 0-100 scale: the resolution analysts code positions at,
  // seed 000 "what is regarded as 'status-neutral' is far from static").
  double binding_tolerance = 0.005;
};

Status ValidateRedLineOptions(const RedLineOptions& options);

// Checks every red line of every actor with a stance on each outcome's issue.
// Fails with kInvalidInput when an outcome names an issue that does not exist
// or lies outside its scale, and kInvalidArgument for bad options.
Result<RedLineReport> CheckRedLines(const Scenario& scenario,
                                    const std::vector<IssueOutcome>& outcomes,
                                    const RedLineOptions& options = {});

}  // namespace parley
