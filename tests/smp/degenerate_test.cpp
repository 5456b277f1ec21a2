// SMP on the inputs KTAB aborts on or refuses: positions only at the ends of
// the scale (yes/no issues coded 0 and 100, as in DEU), and actors with
// salience 0 on every issue. parley forecasts and says what it did.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "parley/model.h"
#include "parley/smp.h"

namespace parley::degenerate_test {
namespace {

// A yes/no issue: positions 0 or 100 only; `quiet` has salience 0.
Scenario YesNoIssue(double quiet_salience) {
  Scenario scenario;
  scenario.actors = {{"yes1", "Yes 1", ActorRole::kOther, 3.0, "", {}, 1},
                     {"yes2", "Yes 2", ActorRole::kOther, 1.0, "", {}, 2},
                     {"no", "No", ActorRole::kOther, 2.0, "", {}, 3},
                     {"quiet", "Quiet", ActorRole::kOther, 1.0, "", {}, 4}};
  Issue issue;
  issue.id = "ban";
  issue.name = "Ban";
  scenario.issues = {issue};
  scenario.stances = {{0, 0, 100.0, 0.8, {}, {}, 0},
                      {1, 0, 100.0, 0.6, {}, {}, 0},
                      {2, 0, 0.0, 0.9, {}, {}, 0},
                      {3, 0, 0.0, quiet_salience, {}, {}, 0}};
  return scenario;
}

Result<ScenarioForecast> RunSmpModel(const Scenario& scenario) {
  auto model = Configure(std::make_shared<ModelSpec>(SmpModel()));
  if (!model) return tl::unexpected(model.error());
  return model->Run(scenario);
}

bool HasNote(const ScenarioForecast& forecast, const std::string& text) {
  for (const std::string& note : forecast.detail.notes) {
    if (note.find(text) != std::string::npos) return true;
  }
  return false;
}

TEST(SmpDegenerate, PositionsOnlyAtTheEndsAreForecastWithANoteInsteadOfSkipped) {
  // Every salience-weighted distance is 0 or 1, so U - U0 = (1 - d) d R = 0
  // (SPEC 4.4-4.5): KTAB aborts. parley forecasts the issue.
  auto forecast = RunSmpModel(YesNoIssue(0.5));
  ASSERT_TRUE(forecast) << forecast.error().ToString();
  EXPECT_TRUE(forecast->skipped.empty());
  ASSERT_EQ(forecast->issues.size(), 1u);
  const Forecast& f = forecast->issues[0].forecast;
  EXPECT_GE(f.outcome, 0.0);
  EXPECT_LE(f.outcome, 100.0);
  EXPECT_NE(f.message.find("KTAB would have aborted"), std::string::npos) << f.message;
  EXPECT_TRUE(HasNote(*forecast, "state 0: every actor is at distance 0 or 1 from every position"));
}

TEST(SmpDegenerate, AnActorWithSalienceZeroEverywhereIsLeftOutWithANote) {
  auto with_quiet = RunSmpModel(YesNoIssue(0.0));
  ASSERT_TRUE(with_quiet) << with_quiet.error().ToString();
  ASSERT_EQ(with_quiet->issues.size(), 1u);
  EXPECT_TRUE(HasNote(*with_quiet, "actor 'quiet' has salience 0 on every issue"));
  // Leaving it out is the same as never having had it.
  Scenario without = YesNoIssue(0.0);
  without.actors.pop_back();
  without.stances.pop_back();
  auto reference = RunSmpModel(without);
  ASSERT_TRUE(reference);
  EXPECT_DOUBLE_EQ(with_quiet->issues[0].forecast.outcome, reference->issues[0].forecast.outcome);
}

TEST(SmpDegenerate, AKtabConformantRunHasNoNotes) {
  Scenario scenario = YesNoIssue(0.5);
  scenario.stances[1].position = 70.0;  // one interior position: distances in (0, 1)
  auto forecast = RunSmpModel(scenario);
  ASSERT_TRUE(forecast) << forecast.error().ToString();
  const SmpDetail* detail = DetailData<SmpDetail>(forecast->detail);
  ASSERT_NE(detail, nullptr);
  EXPECT_TRUE(detail->front().run.notes.empty());
}

}  // namespace
}  // namespace parley::degenerate_test
