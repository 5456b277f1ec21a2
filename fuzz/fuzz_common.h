// Shared body of the fuzz targets: load bytes with one reader and, when they
// load, run every one-dimensional model and every writer on the scenario.
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

#include "parley/io.h"
#include "parley/model.h"

namespace parley::fuzz {

inline void Require(bool condition, const char* what) {
  if (condition) return;
  std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
  std::abort();
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
  }
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
