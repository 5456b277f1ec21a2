// parley as one rank of an MPI job (cli/cluster.h). Without PARLEY_HAVE_MPI
// every function here is the single-process one.
#include "cli/cluster.h"

#include <fmt/format.h>

#include <climits>
#include <cstdlib>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/app.h"

#ifdef PARLEY_HAVE_MPI
#include <mpi.h>
#endif

namespace parley::cli {
namespace {

int rank_ = 0;
int size_ = 1;
bool shared_error_ = false;  // the command failed with an error every rank returned

}  // namespace

int ClusterRank() { return rank_; }
int ClusterSize() { return size_; }
bool WritesOutput() { return rank_ == 0; }

#ifndef PARLEY_HAVE_MPI

int RunProcess(int argc, char** argv) { return Run(argc, argv, std::cout, std::cerr); }

std::unique_ptr<RunExecutor> MakeClusterExecutor(RunExecutor* /*local*/) { return nullptr; }

#else

namespace {

// Open MPI's mpirun sets OMPI_COMM_WORLD_SIZE; MPICH-style and Slurm's PMI
// launchers set PMI_SIZE or PMIX_RANK. A plain `parley` never starts MPI.
bool LaunchedByMpirun() {
  return std::getenv("OMPI_COMM_WORLD_SIZE") != nullptr || std::getenv("PMI_SIZE") != nullptr ||
         std::getenv("PMIX_RANK") != nullptr;
}

void AppendNumber(std::uint64_t value, std::string& out) {
  for (int byte = 0; byte < 8; ++byte)
    out.push_back(static_cast<char>((value >> (8 * byte)) & 0xFF));
}

std::uint64_t ReadNumber(const char* bytes) {
  std::uint64_t value = 0;
  for (int byte = 7; byte >= 0; --byte)
    value = (value << 8) | static_cast<unsigned char>(bytes[byte]);
  return value;
}

// A rank's message: 0, then each record as its length and bytes; or 1, the
// error code and the error's text.
std::string Pack(const Result<std::vector<RunRecord> >& block) {
  std::string payload;
  if (!block) {
    payload.push_back(1);
    payload.push_back(static_cast<char>(block.error().code));
    return payload + block.error().ToString();
  }
  payload.push_back(0);
  for (const RunRecord& record : *block) {
    AppendNumber(record.size(), payload);
    payload += record;
  }
  return payload;
}

// Appends the records of one rank's message to `records`, or returns its error.
Status Unpack(std::string_view payload, int rank, std::vector<RunRecord>& records) {
  if (payload.empty()) return MakeError(ErrorCode::kInternal, "empty message from a rank");
  if (payload[0] == 1) {
    const auto code = static_cast<ErrorCode>(payload.size() > 1 ? payload[1] : 0);
    return MakeError(code, fmt::format("rank {} of {} failed: {}", rank, size_,
                                       payload.size() > 1 ? payload.substr(2) : ""));
  }
  std::size_t at = 1;
  while (at < payload.size()) {
    if (payload.size() - at < 8) return MakeError(ErrorCode::kInternal, "truncated rank message");
    const std::uint64_t length = ReadNumber(payload.data() + at);
    at += 8;
    if (payload.size() - at < length) {
      return MakeError(ErrorCode::kInternal, "truncated rank message");
    }
    records.emplace_back(payload.substr(at, length));
    at += length;
  }
  return Ok();
}

class ClusterExecutor : public RunExecutor {
 public:
  explicit ClusterExecutor(RunExecutor* local) : local_(local) {}

  Result<std::vector<RunRecord> > Execute(std::string_view job, std::size_t runs,
                                          const ComputeRuns& compute) override {
    const auto ranks = static_cast<std::size_t>(size_);
    const auto me = static_cast<std::size_t>(rank_);
    const std::size_t first = runs * me / ranks;
    const std::size_t last = runs * (me + 1) / ranks;
    auto block = [&]() -> Result<std::vector<RunRecord> > {
      if (local_ == nullptr) return compute(first, last);
      return local_->Execute(
          fmt::format("{} block [{}, {}) of {} ranks", job, first, last, ranks), last - first,
          [&](std::size_t a, std::size_t b) { return compute(first + a, first + b); });
    }();
    const std::string payload = Pack(block);
    // Every rank takes part in the exchange, failed or not, so none waits forever.
    long long size = static_cast<long long>(payload.size());
    std::vector<long long> sizes(ranks);
    MPI_Allgather(&size, 1, MPI_LONG_LONG, sizes.data(), 1, MPI_LONG_LONG, MPI_COMM_WORLD);
    std::vector<int> counts(ranks), offsets(ranks);
    long long total = 0;
    for (std::size_t r = 0; r < ranks; ++r) {
      if (total + sizes[r] > INT_MAX) {
        shared_error_ = true;
        return MakeError(ErrorCode::kNotSupported,
                         fmt::format("the runs' results exceed 2 GiB ({} bytes by rank {}), the "
                                     "most one MPI exchange carries: use fewer runs per job",
                                     total + sizes[r], r));
      }
      counts[r] = static_cast<int>(sizes[r]);
      offsets[r] = static_cast<int>(total);
      total += sizes[r];
    }
    std::string all(static_cast<std::size_t>(total), '\0');
    MPI_Allgatherv(payload.data(), counts[me], MPI_BYTE, all.data(), counts.data(), offsets.data(),
                   MPI_BYTE, MPI_COMM_WORLD);
    std::vector<RunRecord> records;
    records.reserve(runs);
    for (std::size_t r = 0; r < ranks; ++r) {
      const std::string_view part(all.data() + offsets[r], static_cast<std::size_t>(counts[r]));
      if (Status unpacked = Unpack(part, static_cast<int>(r), records); !unpacked) {
        shared_error_ = true;
        return tl::unexpected(unpacked.error());
      }
    }
    if (records.size() != runs) {
      shared_error_ = true;
      return MakeError(ErrorCode::kInternal,
                       fmt::format("{} run records gathered for {} runs", records.size(), runs));
    }
    return records;
  }

 private:
  RunExecutor* local_;
};

}  // namespace

std::unique_ptr<RunExecutor> MakeClusterExecutor(RunExecutor* local) {
  if (size_ <= 1) return nullptr;
  return std::make_unique<ClusterExecutor>(local);
}

int RunProcess(int argc, char** argv) {
  if (!LaunchedByMpirun()) return Run(argc, argv, std::cout, std::cerr);
  int provided = 0;
  MPI_Init_thread(&argc, &argv, MPI_THREAD_FUNNELED, &provided);  // only the main thread calls MPI
  MPI_Comm_rank(MPI_COMM_WORLD, &rank_);
  MPI_Comm_size(MPI_COMM_WORLD, &size_);
  int code = 0;
  if (rank_ == 0) {
    code = Run(argc, argv, std::cout, std::cerr);
  } else {
    // The other ranks' output and messages are rank 0's too; a failure of their
    // own (not shared through the exchange) is printed below.
    std::ostringstream out, err;
    code = Run(argc, argv, out, err);
    if (code != 0 && !shared_error_)
      std::cerr << fmt::format("rank {} of {}: ", rank_, size_) << err.str();
  }
  if (code != 0 && !shared_error_ && size_ > 1) {
    std::cerr.flush();
    MPI_Abort(MPI_COMM_WORLD, code);  // the other ranks may wait in an exchange
  }
  MPI_Finalize();
  return code;
}

#endif

}  // namespace parley::cli
