// One forecast of each built-in model on the built-in scenario lachin-2023
// (8 actors, 3 issues), through the model registry (ConfigureModels, then
// ConfiguredModel::Run). The scenario is loaded and the models configured
// once, outside the timed loop; each iteration is one Run.
//
//   BM_Forecast/<model>             the models' current defaults
//   BM_ForecastOldSettings/<model>  eum and exchange with the settings the
//                                   models had before the registry (eum: 10
//                                   rounds, no cycle detection; exchange: one
//                                   round, red lines may be crossed), for a
//                                   like-for-like comparison with the old API
//
// CPU time is the figure to compare on a shared machine.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "parley/builtin_scenarios.h"
#include "parley/model.h"

namespace {

const parley::Scenario& Lachin() {
  static const parley::Scenario scenario = [] {
    auto loaded = parley::LoadBuiltinScenario("lachin-2023");
    return loaded ? *loaded : parley::Scenario{};
  }();
  return scenario;
}

void RunModel(benchmark::State& state, const std::string& name,
              const parley::ModelSettings& settings) {
  const auto& scenario = Lachin();
  auto models = parley::ConfigureModels(parley::BuiltinModels(), name, scenario, settings);
  if (!models || models->size() != 1) {
    state.SkipWithError("cannot configure the model on lachin-2023");
    return;
  }
  const parley::ConfiguredModel& model = models->front();
  for (auto _ : state) {
    auto forecast = model.Run(scenario);
    if (!forecast) {
      state.SkipWithError("the forecast failed");
      break;
    }
    benchmark::DoNotOptimize(forecast);
  }
}

const parley::ModelSettings kOldEum = {{"eum.max_rounds", "10"}, {"eum.detect_cycles", "false"}};
const parley::ModelSettings kOldExchange = {{"exchange.max_rounds", "1"},
                                            {"exchange.allow_red_line_crossing", "true"}};

void Register() {
  for (const auto& spec : parley::BuiltinModels().Models()) {
    const std::string name = spec->name;
    benchmark::RegisterBenchmark(("BM_Forecast/" + name).c_str(), [name](benchmark::State& state) {
      RunModel(state, name, {});
    })->Unit(benchmark::kMicrosecond);
  }
  benchmark::RegisterBenchmark("BM_ForecastOldSettings/eum", [](benchmark::State& state) {
    RunModel(state, "eum", kOldEum);
  })->Unit(benchmark::kMicrosecond);
  benchmark::RegisterBenchmark("BM_ForecastOldSettings/exchange", [](benchmark::State& state) {
    RunModel(state, "exchange", kOldExchange);
  })->Unit(benchmark::kMicrosecond);
}

}  // namespace

int main(int argc, char** argv) {
  Register();
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
