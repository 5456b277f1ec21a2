// Test support: KTAB reference runs (reference/ktab/) and their comparison
// with parley, number by number at KTAB's printed precision.
#pragma once

#include <string>
#include <vector>

#include "parley/result.h"
#include "parley/smp.h"

namespace parley::smp_test {

// What KTAB's smpc printed for a run (an expected/*.summary.txt file).
struct KtabSummary {
  std::vector<std::string> fractional_change;  // the value of each "Fractional change" line
  int state_count = 0;                         // "There were S states"
  std::vector<std::string> history;            // the two closing blocks, line by line
};

Result<KtabSummary> ReadKtabSummary(const std::string& path);

// An input file (KTAB CSV or XML) as an SMP problem and options (with the
// file's parameters and seed).
struct KtabCase {
  SmpProblem problem;
  SmpOptions options;
};
Result<KtabCase> LoadKtabCase(const std::string& path);

// Runs parley on the case and lists every disagreement with the summary
// (state count, each fractional change, each number of each history line),
// naming actor, dimension and state; empty when everything matches.
std::vector<std::string> CompareWithKtab(const KtabCase& ktab_case, const KtabSummary& expected,
                                         int threads = 1);

// PARLEY_SHARED_DIR "/reference/ktab/" + relative.
std::string ReferencePath(const std::string& relative);

}  // namespace parley::smp_test
