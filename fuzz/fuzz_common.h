// Shared body of the fuzz targets: load bytes with one reader and, when they
// load, run every registered model, the force mechanism on each forecast, a
// short Monte Carlo run over the scenario's uncertain inputs, and every writer.
// A target fails (abort) when a loaded scenario yields a non-finite forecast
// or a writer's output does not read back; libFuzzer reports it with the input.
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "parley/force_report.h"
#include "parley/io.h"
#include "parley/model.h"
#include "parley/monte_carlo.h"

namespace parley::fuzz {

inline void Require(bool condition, const char* what) {
  if (condition) return;
  std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
  std::abort();
}

// The force mechanism's judgement of a forecast: ranges and verdicts finite.
inline void ExerciseForce(const Scenario& scenario, const ScenarioForecast& forecast) {
  auto report = AnalyseForce(scenario, &forecast, ForceOptions{});
  Require(static_cast<bool>(report), "the force mechanism accepts default options");
  for (const IssueForceReport& issue : report->issues) {
    for (const Interval& interval : issue.range) {
      Require(std::isfinite(interval.low) && std::isfinite(interval.high),
              "bargaining range is not finite");
    }
  }
}

// A few draws of the uncertain inputs through every model (the engine's own
// checks: ranges, quantiles, red-line risks), on the calling thread.
inline void ExerciseUncertainty(const Scenario& scenario,
                                const std::vector<ConfiguredModel>& models) {
  MonteCarloOptions options;
  options.runs = 3;
  auto result = RunMonteCarlo(scenario, models, options, nullptr);
  Require(static_cast<bool>(result), "the Monte Carlo engine runs on any valid scenario");
  for (const ModelSummary& model : result->models) {
    for (const IssueSummary& issue : model.issues) {
      Require(!std::isnan(issue.mean), "Monte Carlo mean is NaN");
    }
  }
}

inline void Exercise(const Result<Scenario>& scenario) {
  if (!scenario) {
    // Every error must render without throwing (invalid UTF-8 in messages etc.).
    [[maybe_unused]] const std::string text = scenario.error().ToString();
    return;
  }
  // Every registered model on whatever loads: odd but valid input for the models.
  auto models = ConfigureModels(BuiltinModels(), "all", *scenario);
  Require(static_cast<bool>(models), "the built-in models configure on any valid scenario");
  for (const ConfiguredModel& model : *models) {
    auto forecast = model.Run(*scenario);
    if (!forecast) continue;
    for (const IssueForecast& issue : forecast->issues) {
      Require(std::isfinite(issue.forecast.outcome), "forecast outcome is not finite");
    }
    ExerciseForce(*scenario, *forecast);
  }
  ExerciseUncertainty(*scenario, *models);
  const std::string yaml = ScenarioToYaml(*scenario);
  Require(static_cast<bool>(ParseScenarioText(yaml, "roundtrip.yaml")), "YAML output reads back");
  const std::string json = ScenarioToJson(*scenario);
  Require(static_cast<bool>(ParseScenarioJson(json, "roundtrip.json")), "JSON output reads back");
  [[maybe_unused]] auto ktab = ScenarioToKtabCsv(*scenario);  // may refuse, must not crash
  [[maybe_unused]] auto deu = ScenarioToDeuCsv(*scenario);
}

inline std::string_view Bytes(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

}  // namespace parley::fuzz
