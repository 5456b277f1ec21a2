// Names of the voting rules an issue can be decided by (scenario.h).
#include <fmt/format.h>

#include "core/enum_table.h"
#include "parley/scenario.h"

namespace parley {
namespace {

constexpr EnumTable<VotingRule, 3> kVotingRuleNames = {{
    {VotingRule::kUnanimity, "unanimity"},
    {VotingRule::kQualifiedMajority, "qualified_majority"},
    {VotingRule::kSimpleMajority, "simple_majority"},
}};

}  // namespace

std::string_view ToString(VotingRule rule) { return NameOf(kVotingRuleNames, rule); }

Result<VotingRule> VotingRuleFromString(std::string_view text) {
  if (auto rule = ValueOf(kVotingRuleNames, text)) return *rule;
  return InvalidInput(
      fmt::format("unknown voting_rule '{}' (allowed: unanimity, "
                  "qualified_majority, simple_majority)",
                  text));
}

}  // namespace parley
