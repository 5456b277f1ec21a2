// The largest values a scenario may hold (docs/errors.md: capability and
// scale ends up to 1e9) give finite forecasts from every registered model.
#include <gtest/gtest.h>

#include <cmath>

#include "parley/io.h"
#include "parley/model.h"

namespace parley::finite_forecast_test {
namespace {

TEST(Robustness, TheLargestAllowedValuesGiveFiniteForecasts) {
  auto scenario = ParseScenarioText(
      "actors:\n  - {id: A, capability: 1e9}\n  - {id: B, capability: 1e9}\n"
      "  - {id: C, capability: 1}\n"
      "issues:\n  - {id: i, scale: {min: -1e9, max: 1e9}}\nstances:\n"
      "  - {actor: A, issue: i, position: -1e9, salience: 100}\n"
      "  - {actor: B, issue: i, position: 1e9, salience: 100}\n"
      "  - {actor: C, issue: i, position: 0, salience: 1}\n",
      "edge.yaml");
  ASSERT_TRUE(scenario) << scenario.error().ToString();
  auto forecasts = ConfigureModels(BuiltinModels(), "all", *scenario);
  ASSERT_TRUE(forecasts) << forecasts.error().ToString();
  for (const ConfiguredModel& configured : *forecasts) {
    auto run = configured.Run(*scenario);
    ASSERT_TRUE(run) << run.error().ToString();
    const ScenarioForecast& model = *run;
    for (const IssueForecast& issue : model.issues) {
      EXPECT_TRUE(std::isfinite(issue.forecast.outcome)) << model.model;
    }
  }
}

}  // namespace
}  // namespace parley::finite_forecast_test
