// File access: the only place parley opens files.
#include "io/files.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include "io/input_checks.h"
#include "parley/io.h"

namespace parley {
namespace {

std::string ErrnoText(int error) { return std::strerror(error); }

tl::unexpected<Error> IoError(const std::string& what, const std::string& path, int error) {
  return MakeError(ErrorCode::kIo, fmt::format("{}: {}", what, ErrnoText(error)), path);
}

// Where the bytes of `path` really go: the path itself, or the file a symlink
// points to (followed, like the shell's '>'; docs/errors.md). A dangling link
// is refused: parley would otherwise create a file in a place nobody named.
Result<std::string> ResolveTarget(const std::string& path) {
  struct stat link_status {};
  if (::lstat(path.c_str(), &link_status) != 0) {
    if (errno == ENOENT) return path;
    return IoError("cannot inspect the output path", path, errno);
  }
  if (!S_ISLNK(link_status.st_mode)) return path;
  char resolved[PATH_MAX];
  if (::realpath(path.c_str(), resolved) == nullptr) {
    return IoError("the output path is a symbolic link that cannot be followed", path, errno);
  }
  return std::string(resolved);
}

std::string DirectoryOf(const std::string& path) {
  const std::size_t slash = path.find_last_of('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

// The mode a new file gets: 0666 less the process umask.
mode_t NewFileMode() {
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return static_cast<mode_t>(0666 & ~mask);
}

bool WriteAll(int descriptor, std::string_view content) {
  while (!content.empty()) {
    const ssize_t written = ::write(descriptor, content.data(), content.size());
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) return false;
    content.remove_prefix(static_cast<std::size_t>(written));
  }
  return true;
}

// Fills the temporary file and gives it the target's mode (and owner, where allowed).
Status FillTemporary(int descriptor, const std::string& target, std::string_view content,
                     const struct stat* existing) {
  const mode_t mode = existing != nullptr ? (existing->st_mode & 07777) : NewFileMode();
  if (::fchmod(descriptor, mode) != 0) return IoError("cannot set the file mode", target, errno);
  if (existing != nullptr) {
    // Only root may give a file away; for others this keeps their own ownership.
    [[maybe_unused]] const int ignored = ::fchown(descriptor, existing->st_uid, existing->st_gid);
  }
  if (!WriteAll(descriptor, content)) return IoError("write failed", target, errno);
  if (::fsync(descriptor) != 0) return IoError("cannot flush the file to disk", target, errno);
  return Ok();
}

}  // namespace

Result<std::string> ReadTextFile(const std::string& path) {
  struct stat status {};
  if (::stat(path.c_str(), &status) == 0 && S_ISDIR(status.st_mode)) {
    return MakeError(ErrorCode::kNotFound, "is a directory, not a file", path);
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return MakeError(ErrorCode::kNotFound, "cannot open file for reading", path);
  if (S_ISREG(status.st_mode) && static_cast<std::uint64_t>(status.st_size) > kMaxInputBytes) {
    return MakeError(ErrorCode::kInvalidInput,
                     fmt::format("the file has {} bytes; parley reads at most {} (64 MiB)",
                                 status.st_size, kMaxInputBytes),
                     path);
  }
  std::string content;
  char buffer[65536];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    content.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (content.size() > kMaxInputBytes) {
      return MakeError(ErrorCode::kInvalidInput,
                       fmt::format("the input is longer than {} bytes (64 MiB), the most parley "
                                   "reads",
                                   kMaxInputBytes),
                       path);
    }
  }
  if (in.bad()) return MakeError(ErrorCode::kIo, "read failed", path);
  return content;
}

Result<std::string> ReadLargeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return IoError("cannot open file for reading", path, errno);
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) return MakeError(ErrorCode::kIo, "read failed", path);
  return content.str();
}

Status WriteTextFileAtomically(const std::string& path, std::string_view content) {
  if (path.empty()) return MakeError(ErrorCode::kInvalidArgument, "empty output path");
  auto target = ResolveTarget(path);
  if (!target) return tl::unexpected(target.error());
  struct stat existing {};
  const bool exists = ::stat(target->c_str(), &existing) == 0;
  if (!exists && errno != ENOENT) return IoError("cannot inspect the output path", path, errno);
  if (exists && !S_ISREG(existing.st_mode)) {
    return MakeError(ErrorCode::kIo,
                     "is not a regular file (a directory, device or pipe); parley writes only "
                     "regular files (use '-o -' for standard output)",
                     path);
  }
  const std::string directory = DirectoryOf(*target);
  const std::size_t slash = target->find_last_of('/');
  const std::string name = slash == std::string::npos ? *target : target->substr(slash + 1);
  std::string temporary = fmt::format("{}/.{}.parley-XXXXXX", directory, name);
  // mkstemp opens with O_CREAT | O_EXCL and mode 0600 under a random name: a
  // file or link planted beside the target cannot catch the write.
  const int descriptor = ::mkostemp(temporary.data(), O_CLOEXEC);
  if (descriptor < 0) return IoError("cannot create a temporary file in its folder", path, errno);
  Status filled = FillTemporary(descriptor, path, content, exists ? &existing : nullptr);
  const int close_result = ::close(descriptor);
  if (filled && close_result != 0) filled = IoError("write failed on close", path, errno);
  if (filled && std::rename(temporary.c_str(), target->c_str()) != 0) {
    filled = IoError("cannot move the finished file into place", path, errno);
  }
  if (!filled) {
    ::unlink(temporary.c_str());
    return filled;
  }
  // Make the rename itself durable; a failure here leaves a complete file.
  if (const int dir = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dir >= 0) {
    ::fsync(dir);
    ::close(dir);
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
