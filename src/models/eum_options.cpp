// Options of the expected-utility model: names of presets and switches,
// validation, and the preset defaults for every ambiguity of models.md 3.3.
#include <fmt/format.h>

#include <array>
#include <string>
#include <utility>

#include "core/enum_table.h"
#include "parley/eum.h"
#include "parley/eum_detail.h"

namespace parley {
namespace {

constexpr EnumTable<EumPreset, 2> kPresetNames = {{
    {EumPreset::kScholzCode, "scholz_code"},
    {EumPreset::kPaper, "paper"},
}};
constexpr EnumTable<EumPerspective, 2> kPerspectiveNames = {{
    {EumPerspective::kViewer, "viewer"},
    {EumPerspective::kOwn, "own"},
}};
constexpr EnumTable<EumProbability, 2> kProbabilityNames = {{
    {EumProbability::kPrinted, "printed"},
    {EumProbability::kScholzNormaliser, "scholz_normaliser"},
}};
constexpr EnumTable<EumRange, 3> kRangeNames = {{
    {EumRange::kInitialPositions, "initial_positions"},
    {EumRange::kCurrentPositions, "current_positions"},
    {EumRange::kScale, "scale"},
}};
constexpr EnumTable<EumOfferSelection, 3> kOfferSelectionNames = {{
    {EumOfferSelection::kScholzCode, "scholz_code"},
    {EumOfferSelection::kMostEnforceable, "most_enforceable"},
    {EumOfferSelection::kSmallestMove, "smallest_move"},
}};

template <typename Enum, std::size_t N>
Result<Enum> ParseName(const EnumTable<Enum, N>& table, std::string_view text,
                       std::string_view what) {
  if (auto value = ValueOf(table, text)) return *value;
  return InvalidArgument(
      fmt::format("unknown EUM {} '{}' (expected one of: {})", what, text, AllowedNames(table)));
}

// value in [low, high], or in (low, high) when `open` (false for NaN).
Status CheckRange(std::string_view field, double value, double low, double high, bool open) {
  const bool inside = open ? (value > low && value < high) : (value >= low && value <= high);
  if (inside) return Ok();
  return InvalidArgument(fmt::format("EUM option {} = {} outside {}{}, {}{}", field, value,
                                     open ? "(" : "[", low, high, open ? ")" : "]"));
}

}  // namespace

std::string_view ToString(EumPreset preset) { return NameOf(kPresetNames, preset); }
std::string_view ToString(EumPerspective value) { return NameOf(kPerspectiveNames, value); }
std::string_view ToString(EumProbability value) { return NameOf(kProbabilityNames, value); }
std::string_view ToString(EumRange value) { return NameOf(kRangeNames, value); }
std::string_view ToString(EumOfferSelection value) { return NameOf(kOfferSelectionNames, value); }

Result<EumPreset> EumPresetFromString(std::string_view text) {
  return ParseName(kPresetNames, text, "preset");
}
Result<EumPerspective> EumPerspectiveFromString(std::string_view text) {
  return ParseName(kPerspectiveNames, text, "perspective");
}
Result<EumProbability> EumProbabilityFromString(std::string_view text) {
  return ParseName(kProbabilityNames, text, "probability");
}
Result<EumRange> EumRangeFromString(std::string_view text) {
  return ParseName(kRangeNames, text, "range");
}
Result<EumOfferSelection> EumOfferSelectionFromString(std::string_view text) {
  return ParseName(kOfferSelectionNames, text, "offer selection");
}

Status ValidateEumOptions(const EumOptions& options) {
  if (auto status = CheckRange("q", options.q, 0.0, 1.0, false); !status) return status;
  if (options.preset == EumPreset::kScholzCode && options.q != 1.0) {
    return InvalidArgument(fmt::format(
        "EUM option q = {}: preset scholz_code supports only q = 1 (models.md 3.4); use preset "
        "paper for q < 1",
        options.q));
  }
  if (options.max_rounds < 1 || options.max_rounds > 10000) {
    return InvalidArgument(
        fmt::format("EUM option max_rounds = {} outside [1, 10000]", options.max_rounds));
  }
  if (auto status = CheckRange("stop_tolerance", options.stop_tolerance, 0.0, 1.0, true); !status) {
    return status;
  }
  if (options.stop_patience < 1 || options.stop_patience > 100) {
    return InvalidArgument(
        fmt::format("EUM option stop_patience = {} outside [1, 100]", options.stop_patience));
  }
  return Ok();
}

EumSettings ResolveEumSettings(const EumOptions& options) {
  const bool paper = options.preset == EumPreset::kPaper;
  EumSettings settings;
  settings.q = options.q;
  settings.perspective =
      options.perspective.value_or(paper ? EumPerspective::kOwn : EumPerspective::kViewer);
  settings.probability = options.probability.value_or(paper ? EumProbability::kPrinted
                                                            : EumProbability::kScholzNormaliser);
  settings.range = options.range.value_or(EumRange::kInitialPositions);
  settings.offer_selection = options.offer_selection.value_or(
      paper ? EumOfferSelection::kMostEnforceable : EumOfferSelection::kScholzCode);
  settings.conflict_moves = options.conflict_moves.value_or(true);
  settings.capitulation = options.capitulation.value_or(paper);
  return settings;
}

}  // namespace parley
