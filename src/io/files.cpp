// File access: the only place parley opens files.
#include "io/files.h"

#include <fmt/format.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "parley/io.h"

namespace parley {

Result<std::string> ReadTextFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return MakeError(ErrorCode::kNotFound, "cannot open file for reading", path);
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) return MakeError(ErrorCode::kIo, "read failed", path);
  return content.str();
}

Status WriteTextFileAtomically(const std::string& path, std::string_view content) {
  const std::string temporary = path + ".parley-tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) return MakeError(ErrorCode::kIo, "cannot open file for writing", path);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.flush();
    if (!out) {
      std::remove(temporary.c_str());
      return MakeError(ErrorCode::kIo, "write failed", path);
    }
  }
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    std::remove(temporary.c_str());
    return MakeError(ErrorCode::kIo, "cannot move the finished file into place", path);
  }
  return Ok();
}

std::string FileStem(const std::string& path) {
  const std::size_t slash = path.find_last_of('/');
  std::string stem = slash == std::string::npos ? path : path.substr(slash + 1);
  const std::size_t dot = stem.find_last_of('.');
  return dot == std::string::npos ? stem : stem.substr(0, dot);
}

}  // namespace parley
