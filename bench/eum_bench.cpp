// Google Benchmark of RunEum (scholz_code preset) on generated issues with 10,
// 30 and 100 actors: Scholz's 10 fixed rounds and the default run. The cost per
// round is O(n^3): every P(i beats j) sums n voters' support (models.md 3.4
// item 3), plus O(n^2) powers for the utilities.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <random>
#include <vector>

#include "parley/eum.h"

namespace {

// Maps the top 53 bits of a 64-bit draw to [0, 1): the same numbers on every
// standard library, unlike std::uniform_real_distribution.
double UnitInterval(std::mt19937_64& engine) {
  return static_cast<double>(engine() >> 11) * 0x1.0p-53;
}

// A deterministic issue on 0-100: positions uniform, capability in (0.1, 1],
// salience in [0.1, 1).
parley::IssueProblem GeneratedIssue(int actors) {
  std::mt19937_64 engine(20240611);
  std::vector<double> position, capability, salience;
  for (int i = 0; i < actors; ++i) {
    position.push_back(100.0 * UnitInterval(engine));
    capability.push_back(1.0 - 0.9 * UnitInterval(engine));
    salience.push_back(0.1 + 0.9 * UnitInterval(engine));
  }
  return parley::MakeIssueProblem(position, capability, salience);
}

// Scholz's fixed 10 rounds: the same work at every commit, for before/after.
void BM_RunEumScholzCodeTenRounds(benchmark::State& state) {
  const parley::IssueProblem problem = GeneratedIssue(static_cast<int>(state.range(0)));
  parley::EumOptions options;  // scholz_code
  options.max_rounds = 10;
  options.detect_cycles = false;
  for (auto _ : state) {
    auto forecast = parley::RunEum(problem, options);
    benchmark::DoNotOptimize(forecast);
  }
  state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_RunEumScholzCodeTenRounds)
    ->Arg(10)
    ->Arg(30)
    ->Arg(100)
    ->Unit(benchmark::kMicrosecond)
    ->Complexity(benchmark::oNCubed);

// The default run: cycle detection, cap 1000; reports the rounds it took.
void BM_RunEumDefault(benchmark::State& state) {
  const parley::IssueProblem problem = GeneratedIssue(static_cast<int>(state.range(0)));
  int rounds = 0;
  for (auto _ : state) {
    auto forecast = parley::RunEum(problem);
    rounds = forecast ? forecast->RoundCount() : 0;
    benchmark::DoNotOptimize(forecast);
  }
  state.counters["rounds"] = rounds;
}
BENCHMARK(BM_RunEumDefault)->Arg(10)->Arg(30)->Arg(100)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
