// Internal: parley as one process of an MPI job (`mpirun -np K parley
// uncertainty|sensitivity|validate ...`). Built only with PARLEY_MPI (the
// library's engines and models never see MPI); without it, or when the
// process was not started by mpirun, parley runs as a single process.
//
// The runs of each job are split in K contiguous blocks, rank r computing
// runs [r N / K, (r + 1) N / K) with its own threads; every rank sends its
// records (exact bytes, run_records.h) and its status to every other
// (MPI_Allgatherv), so each rank holds the whole job in run order and goes on
// identically (validate runs several jobs, each depending on the last); rank 0
// alone writes the output. A rank whose runs fail sends its error instead: the
// whole job then fails with that rank's message, on every rank, and no output
// is written.
#pragma once

#include <memory>

#include "parley/run_records.h"

namespace parley::cli {

// Runs `parley` with argv as this process: under mpirun (Open MPI's or a PMI
// launcher's environment) as one rank of the job, otherwise as cli::Run does.
int RunProcess(int argc, char** argv);

// This process's rank and the number of ranks (0 and 1 outside an MPI job).
int ClusterRank();
int ClusterSize();

// Whether this process writes the command's output (rank 0, or no MPI job).
bool WritesOutput();

// The executor that splits each job over the ranks, computing this rank's
// block through `local` (a per-rank checkpoint; nullptr: here); nullptr
// outside an MPI job of more than one rank.
std::unique_ptr<RunExecutor> MakeClusterExecutor(RunExecutor* local);

}  // namespace parley::cli
