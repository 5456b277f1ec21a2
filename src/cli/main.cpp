#include "cli/cluster.h"
#include "cli/process_memory.h"

int main(int argc, char** argv) {
  parley::cli::KeepFreedMemory();
  return parley::cli::RunProcess(argc, argv);
}
