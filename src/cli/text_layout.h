// Internal: text for an 100-column terminal. Every table of the command line
// formats its numbers with Number and wraps long text with Wrap or
// RenderWrapped, so that no line runs past kTerminalWidth.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace parley::cli {

inline constexpr std::size_t kTerminalWidth = 100;

// A value on an issue's scale, for people: one decimal ("30.0", "69.9"); -0.0
// prints as "0.0". JSON and CSV keep full precision.
std::string Number(double value);

// `text` wrapped at spaces into lines of at most `width` characters: the first
// line starts with `first`, the others with `next`. A word longer than a line
// is cut. Ends with a newline.
std::string Wrap(std::string_view text, std::string_view first, std::string_view next,
                 std::size_t width = kTerminalWidth);

// Columns padded to their widest cell: `align` gives each column 'l' or 'r'
// (missing: 'l'). The last column is wrapped so that each line fits `width`;
// its continuation lines start under its first character, or `indent` + 4
// when that leaves under 30 characters. Rows may be shorter than others.
std::string RenderWrapped(const std::vector<std::vector<std::string>>& rows, std::size_t indent,
                          std::string_view align = "", std::size_t width = kTerminalWidth);

// "a, b and c".
std::string JoinedList(const std::vector<std::string>& items);

}  // namespace parley::cli
