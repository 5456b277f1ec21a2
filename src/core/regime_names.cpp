// The names of the mediation regimes (regime_settings.h).
#include <fmt/format.h>

#include "core/enum_table.h"
#include "parley/regime_settings.h"

namespace parley {
namespace {

constexpr EnumTable<RegimeKind, 3> kRegimeNames = {{
    {RegimeKind::kInclusive, "inclusive"},
    {RegimeKind::kHierarchical, "hierarchical"},
    {RegimeKind::kMultipolar, "multipolar"},
}};

}  // namespace

std::string_view ToString(RegimeKind kind) { return NameOf(kRegimeNames, kind); }

Result<RegimeKind> RegimeKindFromString(std::string_view text) {
  if (auto kind = ValueOf(kRegimeNames, text)) return *kind;
  return InvalidArgument(
      fmt::format("unknown regime '{}' (allowed: {})", text, AllowedNames(kRegimeNames)));
}

std::vector<RegimeKind> AllRegimes() { return Values(kRegimeNames); }

}  // namespace parley
