// Likely mistakes in a valid scenario (parley/scenario_warnings.h). Each check
// looks for one pattern that the file formats allow but that an analyst rarely
// means; docs/errors.md lists them for users.
#include "parley/scenario_warnings.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "core/date_text.h"
#include "core/number_text.h"
#include "core/source_warnings.h"

namespace parley {
namespace {

class Collector {
 public:
  explicit Collector(const Scenario& scenario) : scenario_(scenario) {}

  void Add(int line, std::string actor, std::string issue, std::string field, std::string message) {
    warnings_.push_back(ScenarioWarning{scenario_.file, line, std::move(actor), std::move(issue),
                                        std::move(field), std::move(message)});
  }
  std::vector<ScenarioWarning> Take() { return std::move(warnings_); }

 private:
  const Scenario& scenario_;
  std::vector<ScenarioWarning> warnings_;
};

void CheckAsOf(const Scenario& scenario, Collector& warnings) {
  if (scenario.as_of.empty() || IsIsoDate(scenario.as_of)) return;
  warnings.Add(0, "", "", "as_of",
               fmt::format("as_of '{}' is not an ISO 8601 date (YYYY-MM-DD){}; outputs repeat it "
                           "as written",
                           scenario.as_of, IsoDateSuggestion(scenario.as_of)));
}

// Saliences are read as a share of salience_scale: on a 0-100 scale, 0.5 is
// half of one percent. A file whose every salience is at most 1 was almost
// certainly written on 0-1; a lone value below 1 among larger ones was likely
// meant as a share too.
void CheckSalienceScale(const Scenario& scenario, Collector& warnings) {
  if (scenario.salience_scale != 100.0 || scenario.stances.empty()) return;
  const auto as_written = [&](const Stance& stance) { return stance.salience * 100.0; };
  const auto below_one = [&](const Stance& stance) {
    return as_written(stance) > 0.0 && as_written(stance) < 1.0;
  };
  const bool all_at_most_one =
      std::all_of(scenario.stances.begin(), scenario.stances.end(),
                  [&](const Stance& stance) { return as_written(stance) <= 1.0 + 1e-9; });
  const auto first = std::find_if(scenario.stances.begin(), scenario.stances.end(), below_one);
  if (first == scenario.stances.end()) return;
  if (all_at_most_one) {
    warnings.Add(first->line, "", "", "salience",
                 fmt::format("every salience is at most 1 on a salience scale of 0-100 (actor '{}' "
                             "on issue '{}': {}, read as {}% of full salience); if they are "
                             "written on 0-1, declare the salience scale as 1 "
                             "(salience_scale: 1)",
                             scenario.actors[first->actor].id, scenario.issues[first->issue].id,
                             NumberText(as_written(*first)), NumberText(as_written(*first))));
    return;
  }
  for (const Stance& stance : scenario.stances) {
    if (!below_one(stance)) continue;
    const std::string& actor = scenario.actors[stance.actor].id;
    const std::string& issue = scenario.issues[stance.issue].id;
    warnings.Add(
        stance.line, actor, issue, "salience",
        fmt::format("actor '{}' on issue '{}': salience {} on the 0-100 salience scale "
                    "is {}% of full salience; was {} meant?",
                    actor, issue, NumberText(as_written(stance)), NumberText(as_written(stance)),
                    NumberText(as_written(stance) * 100.0)));
  }
}

void CheckRedLines(const Scenario& scenario, Collector& warnings) {
  for (const Stance& stance : scenario.stances) {
    if (!stance.red_line || stance.red_line->Contains(stance.position)) continue;
    const std::string& actor = scenario.actors[stance.actor].id;
    const std::string& issue = scenario.issues[stance.issue].id;
    warnings.Add(stance.line, actor, issue, "red_line",
                 fmt::format("actor '{}' on issue '{}': red_line [{}, {}] excludes the actor's own "
                             "position {}, so the actor would refuse the outcome it wants most; "
                             "a red line lists the positions the actor can accept",
                             actor, issue, NumberText(stance.red_line->low),
                             NumberText(stance.red_line->high), NumberText(stance.position)));
  }
}

// Positions on a wide scale that all sit within one unit of its lower end,
// some of them fractional: positions written on 0-1 on a 0-100 issue.
void CheckPositionScale(const Scenario& scenario, Collector& warnings) {
  struct Tally {
    int count = 0;
    bool fractional = false;
    bool all_near_min = true;
  };
  std::vector<Tally> tallies(scenario.issues.size());
  for (const Stance& stance : scenario.stances) {
    Tally& tally = tallies[stance.issue];
    const double offset = stance.position - scenario.issues[stance.issue].scale.min;
    ++tally.count;
    tally.all_near_min = tally.all_near_min && offset <= 1.0;
    tally.fractional = tally.fractional || offset != std::floor(offset);
  }
  for (std::size_t k = 0; k < scenario.issues.size(); ++k) {
    const Issue& issue = scenario.issues[k];
    const Tally& tally = tallies[k];
    if (issue.scale.Range() < 10.0 || tally.count < 2 || !tally.all_near_min || !tally.fractional) {
      continue;
    }
    warnings.Add(issue.line, "", issue.id, "position",
                 fmt::format("every position on issue '{}' lies within 1 of the scale's end {} "
                             "although the scale is [{}, {}]: positions written on 0-1?",
                             issue.id, NumberText(issue.scale.min), NumberText(issue.scale.min),
                             NumberText(issue.scale.max)));
  }
}

}  // namespace

std::string ScenarioWarning::ToString() const {
  if (file.empty()) return message;
  if (line <= 0) return fmt::format("{}: {}", file, message);
  return fmt::format("{}:{}: {}", file, line, message);
}

std::vector<ScenarioWarning> FindLikelyMistakes(const Scenario& scenario) {
  Collector collector(scenario);
  CheckAsOf(scenario, collector);
  CheckSalienceScale(scenario, collector);
  CheckPositionScale(scenario, collector);
  CheckRedLines(scenario, collector);
  std::vector<ScenarioWarning> warnings = collector.Take();
  CheckSourceDocuments(scenario, warnings);
  return warnings;
}

}  // namespace parley
