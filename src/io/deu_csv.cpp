// The DEU long CSV (reference/deu/README.md): one row per actor per issue with
// columns issue_id, proposal_id, proposal_name, type, council, procedure,
// voting_rule, actor, capability, position, salience, reference_point, outcome.
// An actor enters an issue when its capability, position and salience are all
// present; every issue scale is 0-100.
#include <fmt/format.h>

#include <array>
#include <map>

#include "io/csv.h"
#include "io/deu_identity.h"
#include "io/input_checks.h"
#include "parley/io.h"

namespace parley {
namespace {

constexpr std::array<std::string_view, 13> kColumns = {
    "issue_id",  "proposal_id",     "proposal_name", "type",       "council",
    "procedure", "voting_rule",     "actor",         "capability", "position",
    "salience",  "reference_point", "outcome"};
enum Column {
  kIssueId,
  kProposalId,
  kProposalName,
  kType,
  kCouncil,
  kProcedure,
  kVotingRule,
  kActor,
  kCapability,
  kPosition,
  kSalience,
  kReferencePoint,
  kOutcome
};

Result<std::optional<double>> OptionalCell(const csv::Row& row, Column column,
                                           const std::string& file) {
  const std::string text = csv::Trim(row.fields[column]);
  if (text.empty()) return std::optional<double>{};
  auto value = csv::ParseNumber(text);
  if (!value) {
    return InvalidInput(
        fmt::format("{} '{}' for actor '{}' on issue '{}' {}", kColumns[column], text,
                    csv::Trim(row.fields[kActor]), csv::Trim(row.fields[kIssueId]),
                    csv::NumberProblem(value.error())),
        file, row.line, std::string(kColumns[column]));
  }
  return std::optional<double>{*value};
}

Status CheckHeader(const csv::Row& header, const std::string& file) {
  for (std::size_t c = 0; c < kColumns.size(); ++c) {
    if (c >= header.fields.size() || csv::Trim(header.fields[c]) != kColumns[c]) {
      return InvalidInput(fmt::format("DEU CSV column {} must be '{}'", c + 1, kColumns[c]), file,
                          header.line, std::string(kColumns[c]));
    }
  }
  return Ok();
}

// The DEU codebook's Council voting rule (column counvte): "QMV" (also "QMV(10)"
// in the full release) is qualified majority, "Unan" unanimity; anything else
// is left unset (the description keeps the text). parley's own names
// (scenario.h) are read too, so a converted scenario keeps its rule.
std::optional<VotingRule> DeuVotingRule(std::string_view text) {
  if (text.rfind("QMV", 0) == 0) return VotingRule::kQualifiedMajority;
  if (text == "Unan") return VotingRule::kUnanimity;
  if (auto rule = VotingRuleFromString(text)) return *rule;
  return std::nullopt;
}

// Adds the issue of `row` on first sight; checks that later rows agree.
Result<std::size_t> IssueFor(const csv::Row& row, Scenario& scenario, const std::string& file,
                             std::map<std::string, std::size_t>& issues) {
  const std::string id = csv::Trim(row.fields[kIssueId]);
  auto reference_point = OptionalCell(row, kReferencePoint, file);
  auto outcome = OptionalCell(row, kOutcome, file);
  if (!reference_point) return tl::unexpected(reference_point.error());
  if (!outcome) return tl::unexpected(outcome.error());
  if (auto found = issues.find(id); found != issues.end()) {
    const Issue& issue = scenario.issues[found->second];
    if (issue.outcome != *outcome || issue.status_quo != *reference_point) {
      return InvalidInput(fmt::format("issue '{}' has a different outcome or reference_point than "
                                      "on line {}",
                                      id, issue.line),
                          file, row.line, "outcome");
    }
    return found->second;
  }
  if (scenario.issues.size() == kMaxIssues) {
    return InvalidInput(fmt::format("more than {} issues (the most parley reads)", kMaxIssues),
                        file, row.line, "issue_id");
  }
  Issue issue;
  issue.id = id;
  issue.name = fmt::format("{} ({})", csv::Trim(row.fields[kProposalName]),
                           csv::Trim(row.fields[kProposalId]));
  issue.description =
      fmt::format("{} {}, {} procedure, {} in the {} Council", csv::Trim(row.fields[kType]),
                  csv::Trim(row.fields[kProposalId]), csv::Trim(row.fields[kProcedure]),
                  csv::Trim(row.fields[kVotingRule]), csv::Trim(row.fields[kCouncil]));
  issue.status_quo = *reference_point;
  issue.outcome = *outcome;
  issue.voting_rule = DeuVotingRule(csv::Trim(row.fields[kVotingRule]));
  issue.group = csv::Trim(row.fields[kProposalId]);  // a proposal's issues are negotiated together
  issue.line = row.line;
  issue.provenance["outcome"] = Source{file, fmt::format("line {}", row.line), "", ""};
  issues[id] = scenario.issues.size();
  scenario.issues.push_back(std::move(issue));
  return scenario.issues.size() - 1;
}

Result<std::size_t> ActorFor(const csv::Row& row, double capability, Scenario& scenario,
                             const std::string& file) {
  const std::string id = csv::Trim(row.fields[kActor]);
  if (auto found = scenario.FindActor(id)) {
    if (scenario.actors[*found].capability != capability) {
      return InvalidInput(
          fmt::format("actor '{}' has capability {:g} here but {:g} on line {}", id, capability,
                      scenario.actors[*found].capability, scenario.actors[*found].line),
          file, row.line, "capability");
    }
    return *found;
  }
  if (scenario.actors.size() == kMaxActors) {
    return InvalidInput(fmt::format("more than {} actors (the most parley reads)", kMaxActors),
                        file, row.line, "actor");
  }
  Actor actor;
  actor.id = actor.name = id;
  actor.capability = capability;
  actor.line = row.line;
  actor.role = ActorRole::kOther;
  scenario.actors.push_back(std::move(actor));
  return scenario.actors.size() - 1;
}

Status ReadRow(const csv::Row& row, Scenario& scenario, const std::string& file,
               std::map<std::string, std::size_t>& issues) {
  if (row.fields.size() < kColumns.size()) {
    return InvalidInput(fmt::format("row has {} fields, the DEU format needs {}", row.fields.size(),
                                    kColumns.size()),
                        file, row.line);
  }
  auto issue = IssueFor(row, scenario, file, issues);
  if (!issue) return tl::unexpected(issue.error());
  auto capability = OptionalCell(row, kCapability, file);
  auto position = OptionalCell(row, kPosition, file);
  auto salience = OptionalCell(row, kSalience, file);
  if (!capability) return tl::unexpected(capability.error());
  if (!position) return tl::unexpected(position.error());
  if (!salience) return tl::unexpected(salience.error());
  if (!*capability || !*position || !*salience) return Ok();  // the actor does not enter
  auto actor = ActorFor(row, **capability, scenario, file);
  if (!actor) return tl::unexpected(actor.error());
  scenario.stances.push_back(
      Stance{*actor, *issue, **position, **salience / 100.0, std::nullopt, {}, row.line});
  return Ok();
}

}  // namespace

Result<Scenario> ParseDeuCsv(std::string_view text, const std::string& file) {
  if (auto raw = CheckRawInput(text, file); !raw) return tl::unexpected(raw.error());
  auto rows = csv::Parse(text, file);
  if (!rows) return tl::unexpected(rows.error());
  if (rows->empty()) return InvalidInput("empty DEU CSV file", file, 1);
  if (auto s = CheckHeader(rows->front(), file); !s) return tl::unexpected(s.error());
  Scenario scenario;
  scenario.file = file;
  std::map<std::string, std::size_t> issues;
  for (std::size_t r = 1; r < rows->size(); ++r) {
    if (auto s = ReadRow((*rows)[r], scenario, file, issues); !s) return tl::unexpected(s.error());
  }
  NameDeuScenario(scenario, file);
  if (auto s = ValidateScenario(scenario); !s) return tl::unexpected(s.error());
  return scenario;
}

}  // namespace parley
