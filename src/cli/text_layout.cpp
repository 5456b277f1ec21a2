// Text for a 100-column terminal (text_layout.h).
#include "cli/text_layout.h"

#include <fmt/format.h>

#include <algorithm>

namespace parley::cli {

std::string Number(double value) {
  std::string text = fmt::format("{:.1f}", value);
  if (text == "-0.0") text = "0.0";
  return text;
}

std::string Wrap(std::string_view text, std::string_view first, std::string_view next,
                 std::size_t width) {
  std::string out;
  std::string line(first);
  bool line_has_word = false;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view word = text.substr(start, end - start);
    start = end + 1;
    if (word.empty()) {
      if (end == text.size()) break;
      continue;
    }
    while (!word.empty()) {
      const std::size_t room = width > line.size() + (line_has_word ? 1 : 0)
                                   ? width - line.size() - (line_has_word ? 1 : 0)
                                   : 0;
      if (word.size() <= room) {
        line += (line_has_word ? " " : "") + std::string(word);
        line_has_word = true;
        break;
      }
      if (line_has_word || room == 0) {  // the word goes on the next line
        out += line + "\n";
        line = std::string(next);
        line_has_word = false;
        if (word.size() <= width - std::min(width - 1, line.size())) continue;
      }
      const std::size_t cut = std::max<std::size_t>(1, width - std::min(width - 1, line.size()));
      line += std::string(word.substr(0, cut));  // longer than a line: cut it
      line_has_word = true;
      word = word.substr(std::min(cut, word.size()));
    }
    if (end == text.size()) break;
  }
  return out + line + "\n";
}

std::string RenderWrapped(const std::vector<std::vector<std::string>>& rows, std::size_t indent,
                          std::string_view align, std::size_t width) {
  std::size_t columns = 0;
  for (const auto& row : rows) columns = std::max(columns, row.size());
  std::vector<std::size_t> widths(columns, 0);
  for (const auto& row : rows) {
    for (std::size_t c = 0; c + 1 < row.size(); ++c) widths[c] = std::max(widths[c], row[c].size());
  }
  std::string out;
  for (const auto& row : rows) {
    std::string prefix(indent, ' ');
    for (std::size_t c = 0; c + 1 < row.size(); ++c) {
      const bool right = c < align.size() && align[c] == 'r';
      prefix += right ? fmt::format("{:>{}}  ", row[c], widths[c])
                      : fmt::format("{:<{}}  ", row[c], widths[c]);
    }
    const std::string last = row.empty() ? "" : row.back();
    std::string next(prefix.size() + 30 > width ? indent + 4 : prefix.size(), ' ');
    std::string text = Wrap(last, prefix, next, width);
    // Trailing spaces of a short last cell.
    while (text.size() > 1 && text[text.size() - 2] == ' ') text.erase(text.size() - 2, 1);
    out += text;
  }
  return out;
}

std::string JoinedList(const std::vector<std::string>& items) {
  std::string text;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) text += i + 1 == items.size() ? " and " : ", ";
    text += items[i];
  }
  return text;
}

}  // namespace parley::cli
