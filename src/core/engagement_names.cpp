// The names of engagement measure types and attributes, as scenario files and
// the command line spell them (engagement_settings.h).
#include <fmt/format.h>

#include "core/enum_table.h"
#include "parley/engagement_settings.h"

namespace parley {
namespace {

constexpr EnumTable<MeasureType, 7> kTypeNames = {{
    {MeasureType::kHumanitarianAid, "humanitarian_aid"},
    {MeasureType::kTrade, "trade"},
    {MeasureType::kTravel, "travel"},
    {MeasureType::kEducation, "education"},
    {MeasureType::kDiplomaticContact, "diplomatic_contact"},
    {MeasureType::kMilitaryCbm, "military_cbm"},
    {MeasureType::kCivilianCbm, "civilian_cbm"},
}};

// Not an enum, but the same name table: attribute name <-> the flag it sets.
using AttributeField = bool MeasureAttributes::*;
constexpr EnumTable<AttributeField, 7> kAttributeNames = {{
    {&MeasureAttributes::through_parent_state, "through_parent_state"},
    {&MeasureAttributes::builds_capacity, "builds_capacity"},
    {&MeasureAttributes::implies_recognition, "implies_recognition"},
    {&MeasureAttributes::tied_to_settlement_talks, "tied_to_settlement_talks"},
    {&MeasureAttributes::non_state_implementers, "non_state_implementers"},
    {&MeasureAttributes::neutral_ground, "neutral_ground"},
    {&MeasureAttributes::bypasses_de_facto_authorities, "bypasses_de_facto_authorities"},
}};

}  // namespace

std::string_view ToString(MeasureType type) { return NameOf(kTypeNames, type, "civilian_cbm"); }

std::vector<std::string_view> AllMeasureTypeNames() { return Names(kTypeNames); }

Result<MeasureType> MeasureTypeFromString(std::string_view text) {
  if (auto type = ValueOf(kTypeNames, text)) return *type;
  return InvalidInput(
      fmt::format("unknown measure type '{}' (known: {})", text, AllowedNames(kTypeNames)));
}

std::vector<std::string_view> TrueAttributeNames(const MeasureAttributes& attributes) {
  std::vector<std::string_view> names;
  for (const auto& [field, name] : kAttributeNames) {
    if (attributes.*field) names.push_back(name);
  }
  return names;
}

std::vector<std::string_view> AllMeasureAttributeNames() { return Names(kAttributeNames); }

Status SetMeasureAttribute(MeasureAttributes& attributes, std::string_view name) {
  if (auto field = ValueOf(kAttributeNames, name)) {
    attributes.** field = true;
    return Ok();
  }
  return InvalidInput(fmt::format("unknown measure attribute '{}' (known: {})", name,
                                  AllowedNames(kAttributeNames)));
}

}  // namespace parley
