// The exchange model on Decide's cop21 case (15 blocs, 13 issues; read from
// PARLEY_SHARED_DIR, GPL data kept out of the repository). Decide itself takes
// about 9 s for 10 rounds (shared/reference/exchange/README.md).
#include <benchmark/benchmark.h>

#include <string>

#include "parley/exchange.h"
#include "parley/io.h"

namespace {

void RunCop21(benchmark::State& state, parley::ExchangeOptions options) {
  auto scenario =
      parley::LoadScenario(std::string(PARLEY_SHARED_DIR) + "/reference/exchange/cop21.yaml");
  if (!scenario) {
    state.SkipWithError("cop21.yaml not found under PARLEY_SHARED_DIR/reference/exchange");
    return;
  }
  std::size_t exchanges = 0;
  for (auto _ : state) {
    auto result = parley::RunExchange(*scenario, options);
    benchmark::DoNotOptimize(result);
    exchanges = result ? result->exchanges.size() : 0;
  }
  state.counters["exchanges"] = static_cast<double>(exchanges);
}

void BM_Cop21DecideTenRounds(benchmark::State& state) {
  parley::ExchangeOptions options;
  options.preset = parley::ExchangePreset::kDecide;
  options.max_rounds = 10;
  RunCop21(state, options);
}
BENCHMARK(BM_Cop21DecideTenRounds)->Unit(benchmark::kMillisecond);

void BM_Cop21StokmanTenRounds(benchmark::State& state) {
  parley::ExchangeOptions options;
  options.max_rounds = 10;
  RunCop21(state, options);
}
BENCHMARK(BM_Cop21StokmanTenRounds)->Unit(benchmark::kMillisecond);

void BM_Cop21StokmanUntilNoneLeft(benchmark::State& state) {
  RunCop21(state, parley::ExchangeOptions{});
}
BENCHMARK(BM_Cop21StokmanUntilNoneLeft)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
