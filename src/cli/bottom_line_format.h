// Internal: the bottom line of `parley forecast` as text (the opening lines of
// the table), JSON (the `bottom_line` array) and CSV (the first table of the
// CSV output). docs/bottom-line.md describes every field.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "parley/bottom_line.h"
#include "parley/scenario.h"

namespace parley::cli {

// Why a model gave no point, in a few words: "gridlock", "cycle",
// "round cap (20 rounds)", "skipped", "stopped after 3 rounds".
std::string NoPointLabel(const NoPoint& why);

// The legend and one wrapped entry per issue.
std::string BottomLineText(const Scenario& scenario, const std::vector<IssueBottomLine>& lines);
nlohmann::ordered_json BottomLineJson(const Scenario& scenario,
                                      const std::vector<IssueBottomLine>& lines);
// Header and one row per issue (lists joined with ';'), ending with a newline.
std::string BottomLineCsv(const Scenario& scenario, const std::vector<IssueBottomLine>& lines);

}  // namespace parley::cli
