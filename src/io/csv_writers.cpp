// Writers for the two CSV formats parley reads: KTAB's SMP CSV and the DEU
// long CSV, so that `parley convert` goes between every pair of formats.
#include <fmt/format.h>

#include "io/csv.h"
#include "parley/io.h"

namespace parley {
namespace {

// KTAB's minicsv writes a comma inside a field as "$$" (SPEC 4.2).
std::string KtabField(const std::string& field) {
  std::string out;
  for (char c : field) out += c == ',' ? std::string("$$") : std::string(1, c);
  return out;
}

std::string Optional(const std::optional<double>& value) {
  return value ? fmt::format("{:.12g}", *value) : std::string();
}

}  // namespace

Result<std::string> ScenarioToKtabCsv(const Scenario& scenario) {
  std::string out =
      fmt::format("{},{},{},{}\n", KtabField(scenario.name), KtabField(scenario.description),
                  scenario.actors.size(), scenario.issues.size());
  out += "Actor,Description,Power";
  for (const Issue& issue : scenario.issues) {
    out += fmt::format(",{},Sal-{}", KtabField(issue.id), KtabField(issue.id));
  }
  out += "\n";
  for (std::size_t i = 0; i < scenario.actors.size(); ++i) {
    const Actor& actor = scenario.actors[i];
    const std::string& description = actor.description.empty() ? actor.name : actor.description;
    out +=
        fmt::format("{},{},{:.12g}", KtabField(actor.id), KtabField(description), actor.capability);
    for (std::size_t k = 0; k < scenario.issues.size(); ++k) {
      const Stance* stance = scenario.FindStance(i, k);
      if (stance == nullptr) {
        return MakeError(ErrorCode::kNotSupported,
                         fmt::format("KTAB CSV needs every actor on every issue, but actor '{}' "
                                     "sits out issue '{}'",
                                     actor.id, scenario.issues[k].id),
                         scenario.file, actor.line);
      }
      const Scale& scale = scenario.issues[k].scale;
      const double position = 100.0 * (stance->position - scale.min) / scale.Range();
      out += fmt::format(",{:.12g},{:.12g}", position, 100.0 * stance->salience);
    }
    out += "\n";
  }
  return out;
}

Result<std::string> ScenarioToDeuCsv(const Scenario& scenario) {
  std::string out =
      "issue_id,proposal_id,proposal_name,type,council,procedure,voting_rule,actor,capability,"
      "position,salience,reference_point,outcome\n";
  for (const Issue& issue : scenario.issues) {
    if (issue.scale.min != 0.0 || issue.scale.max != 100.0) {
      return MakeError(ErrorCode::kNotSupported,
                       fmt::format("the DEU CSV needs 0-100 scales, but issue '{}' runs from {:g} "
                                   "to {:g}",
                                   issue.id, issue.scale.min, issue.scale.max),
                       scenario.file, issue.line);
    }
  }
  for (const Stance& stance : scenario.stances) {
    const Issue& issue = scenario.issues[stance.issue];
    const Actor& actor = scenario.actors[stance.actor];
    out += fmt::format("{},{},{},,,,,{},{:.12g},{:.12g},{:.12g},{},{}\n", csv::Quote(issue.id),
                       csv::Quote(issue.group.empty() ? scenario.id : issue.group),
                       csv::Quote(issue.name), csv::Quote(actor.id),
                       actor.capability, stance.position, 100.0 * stance.salience,
                       Optional(issue.status_quo), Optional(issue.outcome));
  }
  return out;
}

}  // namespace parley
