// Writers for the two CSV formats parley reads: KTAB's SMP CSV and the DEU
// long CSV, so that `parley convert` goes between every pair of formats.
#include <fmt/format.h>

#include "io/csv.h"
#include "parley/io.h"

namespace parley {
namespace {

// KTAB's minicsv writes a comma inside a field as "$$" (SPEC 4.2). A line
// break would end the row, so it becomes a space (names and descriptions
// taken from XML may span lines).
std::string KtabField(const std::string& field) {
  std::string out;
  for (char c : field) {
    if (c == ',') {
      out += "$$";
    } else {
      out += (c == '\n' || c == '\r') ? ' ' : c;
    }
  }
  return out;
}

// What KTAB's reader insists on, checked before writing so that `convert`
// never writes a file that cannot be read back.
Status CheckKtabLimits(const Scenario& scenario) {
  if (scenario.actors.size() < 3) {
    return MakeError(ErrorCode::kNotSupported,
                     fmt::format("KTAB CSV needs at least 3 actors; this scenario has {}",
                                 scenario.actors.size()),
                     scenario.file);
  }
  for (std::size_t i = 0; i < scenario.actors.size(); ++i) {
    double total = 0.0;
    for (const Stance& stance : scenario.stances)
      total += stance.actor == i ? stance.salience : 0.0;
    if (total > 1.0 + 1e-9) {
      return MakeError(ErrorCode::kNotSupported,
                       fmt::format("KTAB CSV needs each actor's saliences to add up to at most "
                                   "100, but actor '{}' has {:g}",
                                   scenario.actors[i].id, 100.0 * total),
                       scenario.file, scenario.actors[i].line);
    }
  }
  return Ok();
}

// Reads `text` back with parley's own reader: a writer's output that does not
// load again is an error here, not a surprise for the user later.
template <typename Parse>
Result<std::string> ReadableOrError(std::string text, const Scenario& scenario,
                                    std::string_view format, Parse parse) {
  auto back = parse(text, scenario.file);
  if (!back) {
    return MakeError(ErrorCode::kNotSupported,
                     fmt::format("this scenario cannot be written as {}: the written file would "
                                 "not read back ({})",
                                 format, back.error().message),
                     scenario.file);
  }
  return text;
}

std::string Optional(const std::optional<double>& value) {
  return value ? fmt::format("{:.12g}", *value) : std::string();
}

// The DEU codebook's spelling of a voting rule ("QMV", "Unan"); parley's name
// for a rule DEU lacks; empty when the issue has none.
std::string DeuVotingRuleCell(const Issue& issue) {
  if (!issue.voting_rule) return "";
  if (*issue.voting_rule == VotingRule::kQualifiedMajority) return "QMV";
  if (*issue.voting_rule == VotingRule::kUnanimity) return "Unan";
  return std::string(ToString(*issue.voting_rule));
}

}  // namespace

Result<std::string> ScenarioToKtabCsv(const Scenario& scenario) {
  if (auto s = CheckKtabLimits(scenario); !s) return tl::unexpected(s.error());
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
  return ReadableOrError(std::move(out), scenario, "KTAB CSV", ParseKtabCsv);
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
  // The DEU CSV names actors only in their stances: one without any would vanish.
  for (std::size_t i = 0; i < scenario.actors.size(); ++i) {
    bool has_stance = false;
    for (const Stance& stance : scenario.stances) has_stance = has_stance || stance.actor == i;
    if (!has_stance) {
      return MakeError(ErrorCode::kNotSupported,
                       fmt::format("the DEU CSV lists an actor only through its stances, and actor "
                                   "'{}' takes none",
                                   scenario.actors[i].id),
                       scenario.file, scenario.actors[i].line);
    }
  }
  for (std::size_t k = 0; k < scenario.issues.size(); ++k) {
    const Issue& issue = scenario.issues[k];
    bool has_stance = false;
    for (const Stance& stance : scenario.stances) has_stance = has_stance || stance.issue == k;
    if (has_stance) continue;
    // A row without actor values declares the issue alone.
    out += fmt::format("{},{},{},,,,{},,,,,{},{}\n", csv::Quote(issue.id), csv::Quote(scenario.id),
                       csv::Quote(issue.name), DeuVotingRuleCell(issue), Optional(issue.status_quo),
                       Optional(issue.outcome));
  }
  for (const Stance& stance : scenario.stances) {
    const Issue& issue = scenario.issues[stance.issue];
    const Actor& actor = scenario.actors[stance.actor];
    out += fmt::format("{},{},{},,,,{},{},{:.12g},{:.12g},{:.12g},{},{}\n", csv::Quote(issue.id),
                       csv::Quote(issue.group.empty() ? scenario.id : issue.group),
                       csv::Quote(issue.name), DeuVotingRuleCell(issue), csv::Quote(actor.id),
                       actor.capability, stance.position, 100.0 * stance.salience,
                       Optional(issue.status_quo), Optional(issue.outcome));
  }
  return ReadableOrError(std::move(out), scenario, "DEU CSV", ParseDeuCsv);
}

}  // namespace parley
