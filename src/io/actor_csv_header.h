// Internal: the parts of the actor-table CSV (io/actor_csv.cpp) that format
// detection and the reader share: its columns and its '#' settings lines.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "parley/result.h"
#include "parley/scenario.h"

namespace parley {

inline constexpr std::array<std::string_view, 6> kActorCsvColumns = {
    "actor", "capability", "position", "salience", "red_line_low", "red_line_high"};

// True when the header line (the first line that is not a '#' comment) names
// the columns actor, capability, position and salience, in any order and case,
// or starts with an `actor` column (so that a table with a misspelt column is
// told so by the actor-table reader, not taken for KTAB's format).
bool IsActorCsvHeader(std::string_view line);

// What the '#' lines `issue:`, `scale:`, `status_quo:` and `salience_scale:`
// say; other comment lines are free text.
struct ActorCsvSettings {
  std::string issue;  // empty: the issue is named after the file
  int issue_line = 0;
  Scale scale;  // 0-100 unless `scale:` says otherwise
  std::optional<double> status_quo;
  double salience_scale = 100.0;
};

// Reads the settings lines; an unreadable or repeated one is an error naming
// its line and the allowed values.
Result<ActorCsvSettings> ReadActorCsvComments(std::string_view text, const std::string& file);

}  // namespace parley
