// Safe output: WriteTextFileAtomically writes through a fresh temporary file,
// keeps the target's mode, follows a symlink to its file, and refuses targets
// that are not regular files. Each case builds its own files in a temporary folder.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "parley/io.h"

namespace parley::files_test {
namespace {

namespace fs = std::filesystem;

class Folder {
 public:
  Folder() {
    const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
    path_ = fs::temp_directory_path() /
            (std::string("parley-files-") + test->name() + "-" + std::to_string(::getpid()));
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~Folder() { fs::remove_all(path_); }
  std::string operator/(const std::string& name) const { return (path_ / name).string(); }
  std::size_t EntryCount() const {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(path_), {}));
  }

 private:
  fs::path path_;
};

std::string Slurp(const std::string& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

mode_t ModeOf(const std::string& path) {
  struct stat status {};
  EXPECT_EQ(::stat(path.c_str(), &status), 0);
  return status.st_mode & 07777;
}

TEST(SafeOutput, WritesANewFileWithTheUmaskModeAndLeavesNoTemporary) {
  Folder folder;
  const mode_t mask = ::umask(022);
  ASSERT_TRUE(WriteTextFileAtomically(folder / "out.txt", "hello\n"));
  ::umask(mask);
  EXPECT_EQ(Slurp(folder / "out.txt"), "hello\n");
  EXPECT_EQ(ModeOf(folder / "out.txt"), 0644u);
  EXPECT_EQ(folder.EntryCount(), 1u);
}

TEST(SafeOutput, KeepsThePermissionsOfAnExistingFile) {
  Folder folder;
  std::ofstream(folder / "secret.txt") << "old";
  ASSERT_EQ(::chmod((folder / "secret.txt").c_str(), 0600), 0);
  ASSERT_TRUE(WriteTextFileAtomically(folder / "secret.txt", "new"));
  EXPECT_EQ(Slurp(folder / "secret.txt"), "new");
  EXPECT_EQ(ModeOf(folder / "secret.txt"), 0600u);
}

TEST(SafeOutput, ALinkPlantedAtTheOldFixedTemporaryNameCatchesNothing) {
  Folder folder;
  std::ofstream(folder / "victim.txt") << "precious";
  fs::create_symlink(folder / "victim.txt", folder / "out.txt.parley-tmp");
  ASSERT_TRUE(WriteTextFileAtomically(folder / "out.txt", "result"));
  EXPECT_EQ(Slurp(folder / "victim.txt"), "precious");
  EXPECT_EQ(Slurp(folder / "out.txt"), "result");
}

TEST(SafeOutput, FollowsASymlinkAndReplacesTheFileItPointsTo) {
  Folder folder;
  std::ofstream(folder / "real.txt") << "old";
  fs::create_symlink(folder / "real.txt", folder / "link.txt");
  ASSERT_TRUE(WriteTextFileAtomically(folder / "link.txt", "new"));
  EXPECT_TRUE(fs::is_symlink(folder / "link.txt"));
  EXPECT_EQ(Slurp(folder / "real.txt"), "new");
}

TEST(SafeOutput, RefusesADanglingSymlink) {
  Folder folder;
  fs::create_symlink(folder / "missing.txt", folder / "link.txt");
  auto written = WriteTextFileAtomically(folder / "link.txt", "x");
  ASSERT_FALSE(written);
  EXPECT_NE(written.error().message.find("symbolic link"), std::string::npos);
  EXPECT_FALSE(fs::exists(folder / "missing.txt"));
}

TEST(SafeOutput, RefusesAFifoAndLeavesItAFifo) {
  Folder folder;
  ASSERT_EQ(::mkfifo((folder / "pipe").c_str(), 0644), 0);
  auto written = WriteTextFileAtomically(folder / "pipe", "x");
  ASSERT_FALSE(written);
  EXPECT_EQ(written.error().ToString(),
            folder / "pipe" +
                ": is not a regular file (a directory, device or pipe); parley writes only "
                "regular files (use '-o -' for standard output)");
  EXPECT_TRUE(fs::is_fifo(folder / "pipe"));
  EXPECT_EQ(folder.EntryCount(), 1u);
}

TEST(SafeOutput, RefusesADirectory) {
  Folder folder;
  fs::create_directory(folder / "dir");
  EXPECT_FALSE(WriteTextFileAtomically(folder / "dir", "x"));
  EXPECT_TRUE(fs::is_directory(folder / "dir"));
}

TEST(SafeOutput, RefusesADeviceNodeAndLeavesItADevice) {
  Folder folder;
  // A private copy of /dev/null (char 1:3): the real one is never put at risk.
  if (::mknod((folder / "null").c_str(), S_IFCHR | 0666, makedev(1, 3)) != 0) {
    GTEST_SKIP() << "mknod needs root";
  }
  EXPECT_FALSE(WriteTextFileAtomically(folder / "null", "x"));
  EXPECT_TRUE(fs::is_character_file(folder / "null"));
}

TEST(SafeOutput, FailsInAMissingFolderWithoutLeavingFiles) {
  Folder folder;
  auto written = WriteTextFileAtomically(folder / "no/such/out.txt", "x");
  ASSERT_FALSE(written);
  EXPECT_EQ(written.error().code, ErrorCode::kIo);
  EXPECT_EQ(folder.EntryCount(), 0u);
}

}  // namespace
}  // namespace parley::files_test
