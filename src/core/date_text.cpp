#include "core/date_text.h"

#include <fmt/format.h>

#include <array>
#include <cctype>
#include <optional>
#include <vector>

namespace parley {
namespace {

// The whole of `text` as a number of exactly `digits` digits.
std::optional<int> Digits(std::string_view text, std::size_t digits) {
  if (text.size() != digits) return std::nullopt;
  int value = 0;
  for (char c : text) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

int DaysInMonth(int year, int month) {
  constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[static_cast<std::size_t>(month - 1)];
}

bool IsDate(int year, int month, int day) {
  return month >= 1 && month <= 12 && day >= 1 && day <= DaysInMonth(year, month);
}

std::vector<std::string_view> Split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t at = text.find(separator);; at = text.find(separator, start)) {
    parts.push_back(text.substr(start, at - start));
    if (at == std::string_view::npos) break;
    start = at + 1;
  }
  return parts;
}

// 1 or 2 digits.
std::optional<int> Small(std::string_view text) {
  if (auto one = Digits(text, 1)) return one;
  return Digits(text, 2);
}

}  // namespace

bool IsIsoDate(std::string_view text) {
  const std::vector<std::string_view> parts = Split(text, '-');
  const auto year = Digits(parts[0], 4);
  if (!year) return false;
  if (parts.size() == 1) return true;
  const auto month = Digits(parts[1], 2);
  if (!month || *month < 1 || *month > 12) return false;
  if (parts.size() == 2) return true;
  const auto day = Digits(parts[2], 2);
  return parts.size() == 3 && day && IsDate(*year, *month, *day);
}

std::string IsoDateSuggestion(std::string_view text) {
  for (char separator : {'/', '.', '-'}) {
    const std::vector<std::string_view> parts = Split(text, separator);
    if (parts.size() != 3) continue;
    const auto first = Small(parts[0]);
    const auto second = Small(parts[1]);
    const auto year = Digits(parts[2], 4);
    if (!first || !second || !year) continue;
    const bool day_first = IsDate(*year, *second, *first);
    const bool month_first = IsDate(*year, *first, *second);
    if (day_first && month_first && *first != *second) {
      return fmt::format(
          " (day and month are ambiguous: write {:04}-{:02}-{:02} or "
          "{:04}-{:02}-{:02})",
          *year, *second, *first, *year, *first, *second);
    }
    if (day_first) return fmt::format(" (did you mean {:04}-{:02}-{:02}?)", *year, *second, *first);
    if (month_first) {
      return fmt::format(" (did you mean {:04}-{:02}-{:02}?)", *year, *first, *second);
    }
  }
  return {};
}

}  // namespace parley
