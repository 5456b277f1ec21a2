// Loads a built-in scenario and runs a registered model through the installed
// library: prints "lachin-2023 checkpoints weighted_median 30".
#include <fmt/format.h>

#include "parley/builtin_scenarios.h"
#include "parley/model.h"

int main() {
  auto scenario = parley::LoadBuiltinScenario("lachin-2023");
  if (!scenario) return 1;
  auto models = parley::ConfigureModels(parley::BuiltinModels(), "weighted_median", *scenario);
  if (!models) return 2;
  auto forecast = models->front().Run(*scenario);
  if (!forecast || forecast->issues.empty()) return 3;
  const auto& first = forecast->issues.front();
  fmt::print("{} {} {} {:g}\n", scenario->id, scenario->issues[first.issue].id, forecast->model,
             first.forecast.outcome);
  return 0;
}
