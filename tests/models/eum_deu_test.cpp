// The expected-utility model on the DEU III development split (EU legislative
// decisions; shared/reference/deu): actors with salience 0 change no forecast,
// and with the default options every issue ends on a fixed point or a cycle.
#include <gtest/gtest.h>

#include <cstddef>

#include "parley/eum.h"
#include "parley/io.h"

namespace parley::eum_deu_test {
namespace {

IssueProblem WithoutBystanders(const IssueProblem& problem) {
  IssueProblem kept = problem;
  kept.actor.clear();
  kept.position.clear();
  kept.capability.clear();
  kept.salience.clear();
  for (std::size_t i = 0; i < problem.ActorCount(); ++i) {
    if (problem.salience[i] == 0.0) continue;
    kept.actor.push_back(problem.actor[i]);
    kept.position.push_back(problem.position[i]);
    kept.capability.push_back(problem.capability[i]);
    kept.salience.push_back(problem.salience[i]);
  }
  return kept;
}

// Before the fix, dropping the salience-0 stances changed the forecast on 8
// issues by up to 89.7 points (cycle detection, 100-round cap) and on 6 with
// Scholz's 10 fixed rounds.
TEST(EumDeu, DroppingSalienceZeroStancesChangesNoForecast) {
  const Scenario scenario = LoadScenario(PARLEY_SHARED_DIR "/reference/deu/deu3_dev.csv").value();
  int with_bystanders = 0;
  int changed = 0;
  int still_moving = 0;
  for (std::size_t issue = 0; issue < scenario.issues.size(); ++issue) {
    const auto problem = MakeIssueProblem(scenario, issue);
    if (!problem) continue;
    const IssueProblem kept = WithoutBystanders(*problem);
    if (kept.ActorCount() == problem->ActorCount()) continue;
    ++with_bystanders;
    const Forecast forecast = RunEum(*problem).value();
    if (forecast.termination == Termination::kMaxRounds) ++still_moving;
    if (RunEum(kept).value().outcome != forecast.outcome) ++changed;
  }
  EXPECT_GE(with_bystanders, 10);  // the data can show the defect
  EXPECT_EQ(changed, 0);
  EXPECT_EQ(still_moving, 0);
}

}  // namespace
}  // namespace parley::eum_deu_test
