#include "parley/forecast.h"

#include <algorithm>

#include "core/enum_table.h"

namespace parley {
namespace {

constexpr EnumTable<Termination, 6> kTerminationNames = {{
    {Termination::kClosedForm, "closed_form"},
    {Termination::kConverged, "converged"},
    {Termination::kMaxRounds, "max_rounds"},
    {Termination::kCycle, "cycle"},
    {Termination::kInfeasible, "infeasible"},
    {Termination::kStopped, "stopped"},
}};

}  // namespace

std::string ToString(Termination termination) {
  return std::string(NameOf(kTerminationNames, termination));
}

const IssueForecast* ScenarioForecast::Find(std::size_t issue) const {
  for (const IssueForecast& forecast : issues) {
    if (forecast.issue == issue) return &forecast;
  }
  return nullptr;
}

int ScenarioForecast::RoundCount() const {
  int rounds = 0;
  for (const IssueForecast& forecast : issues) {
    rounds = std::max(rounds, forecast.forecast.RoundCount());
  }
  return rounds;
}

}  // namespace parley
