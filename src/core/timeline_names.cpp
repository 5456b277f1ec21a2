// The names of timeline event kinds, as scenario files spell them
// (timeline_events.h).
#include <fmt/format.h>

#include "core/enum_table.h"
#include "parley/timeline_events.h"

namespace parley {
namespace {

constexpr EnumTable<EventKind, 9> kKindNames = {{
    {EventKind::kBlockade, "blockade"},
    {EventKind::kActorExit, "actor_exit"},
    {EventKind::kActorEntry, "actor_entry"},
    {EventKind::kPatronWithdrawal, "patron_withdrawal"},
    {EventKind::kOffensive, "offensive"},
    {EventKind::kRegimeChange, "regime_change"},
    {EventKind::kRhetoric, "rhetoric"},
    {EventKind::kEngagement, "engagement"},
    {EventKind::kOther, "other"},
}};

}  // namespace

std::string_view ToString(EventKind kind) { return NameOf(kKindNames, kind, "other"); }

std::vector<std::string_view> AllEventKindNames() { return Names(kKindNames); }

Result<EventKind> EventKindFromString(std::string_view text) {
  if (auto kind = ValueOf(kKindNames, text)) return *kind;
  return InvalidInput(
      fmt::format("unknown event kind '{}' (known: {})", text, AllowedNames(kKindNames)));
}

}  // namespace parley
