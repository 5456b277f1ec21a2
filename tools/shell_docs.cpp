// Writes parley's bash completion script and man page, generated from its
// command line. Run at build time: parley_shell_docs COMPLETION_FILE MAN_FILE.
#include <fstream>
#include <iostream>

#include "cli/command_line.h"
#include "cli/start_cli.h"

namespace {

bool WriteFile(const char* path, const std::string& text) {
  std::ofstream file(path, std::ios::binary);
  file << text;
  file.close();
  if (file) return true;
  std::cerr << "parley_shell_docs: cannot write " << path << "\n";
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: parley_shell_docs COMPLETION_FILE MAN_FILE\n";
    return 2;
  }
  const parley::cli::CommandLine line = parley::cli::BuildCommandLine();
  const bool ok = WriteFile(argv[1], parley::cli::BashCompletion(*line.app)) &&
                  WriteFile(argv[2], parley::cli::ManPage(*line.app));
  return ok ? 0 : 1;
}
