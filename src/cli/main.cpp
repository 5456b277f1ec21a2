#include "cli/cluster.h"

int main(int argc, char** argv) { return parley::cli::RunProcess(argc, argv); }
