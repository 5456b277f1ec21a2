// Shared by the test programs: reading a file and editing a fixture's text.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace parley::testing {

// The whole file at `path`, as it is; empty when it cannot be opened.
inline std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// `text` with the first `from` replaced by `to`. Throws when `from` is absent,
// so that a test whose fixture has changed fails instead of quietly testing
// the fixture as it is.
inline std::string Replace(std::string text, const std::string& from, const std::string& to) {
  const std::size_t at = text.find(from);
  if (at == std::string::npos) throw std::logic_error("fixture has no '" + from + "'");
  text.replace(at, from.size(), to);
  return text;
}

}  // namespace parley::testing
