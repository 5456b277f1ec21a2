// Internal: name tables for enums, so every enum that appears in files or on
// the command line converts both ways the same way (ceres' ...ToString /
// StringTo... pairs, KTAB's name lists).
#pragma once

#include <algorithm>
#include <array>
#include <cctype>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace parley {

template <typename Enum, std::size_t N>
using EnumTable = std::array<std::pair<Enum, std::string_view>, N>;

// The name of `value`, or `fallback` when the table lacks it.
template <typename Enum, std::size_t N>
constexpr std::string_view NameOf(const EnumTable<Enum, N>& table, Enum value,
                                  std::string_view fallback = "unknown") {
  for (const auto& [entry, name] : table) {
    if (entry == value) return name;
  }
  return fallback;
}

// The value named `text` (exact match), or nullopt.
template <typename Enum, std::size_t N>
constexpr std::optional<Enum> ValueOf(const EnumTable<Enum, N>& table, std::string_view text) {
  for (const auto& [entry, name] : table) {
    if (name == text) return entry;
  }
  return std::nullopt;
}

// Whether `a` and `b` are equal ignoring ASCII case.
inline bool EqualIgnoringCase(std::string_view a, std::string_view b) {
  return std::ranges::equal(a, b, [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) ==
           std::tolower(static_cast<unsigned char>(y));
  });
}

// The value named `text` ignoring ASCII case ("markovincentive" finds
// "MarkovIncentive"), or nullopt.
template <typename Enum, std::size_t N>
std::optional<Enum> ValueOfIgnoringCase(const EnumTable<Enum, N>& table, std::string_view text) {
  for (const auto& [entry, name] : table) {
    if (EqualIgnoringCase(name, text)) return entry;
  }
  return std::nullopt;
}

// Every name / every value, in table order.
template <typename Enum, std::size_t N>
std::vector<std::string_view> Names(const EnumTable<Enum, N>& table) {
  std::vector<std::string_view> names;
  for (const auto& entry : table) names.push_back(entry.second);
  return names;
}
template <typename Enum, std::size_t N>
std::vector<Enum> Values(const EnumTable<Enum, N>& table) {
  std::vector<Enum> values;
  for (const auto& entry : table) values.push_back(entry.first);
  return values;
}

// "a, b, c": every name, for "allowed: ..." messages.
template <typename Enum, std::size_t N>
std::string AllowedNames(const EnumTable<Enum, N>& table) {
  std::string names;
  for (const auto& entry : table) {
    if (!names.empty()) names += ", ";
    names += entry.second;
  }
  return names;
}

}  // namespace parley
