// A run that will take long is announced before it starts, with a rough time,
// the law its cost follows and how to stop it; short runs say nothing.
#include "cli/cost_warning.h"

#include <gtest/gtest.h>

#include <sstream>

#include "cli/scenario_source.h"

namespace parley::cost_warning_test {
namespace {

// n actors with a stance on each of m issues of one group; values do not
// matter to the estimate.
Scenario Generated(std::size_t actors, std::size_t issues) {
  Scenario scenario;
  for (std::size_t i = 0; i < actors; ++i) {
    Actor actor;
    actor.id = "A" + std::to_string(i);
    scenario.actors.push_back(actor);
  }
  for (std::size_t k = 0; k < issues; ++k) {
    Issue issue;
    issue.id = "i" + std::to_string(k);
    scenario.issues.push_back(issue);
  }
  return scenario;
}

// 5e-9 x 200^3 x 50^3 = 5e-9 x 8e6 x 1.25e5 = 5,000 s: the "did not finish
// in 300 s" exchange run of the robustness report.
TEST(CostWarning, ExchangeOnTwoHundredActorsAndFiftyIssuesIsAboutEightyMinutes) {
  auto estimate = cli::EstimateRunCost("exchange", Generated(200, 50));
  ASSERT_TRUE(estimate);
  EXPECT_NEAR(estimate->seconds, 5000.0, 1e-6);
  EXPECT_EQ(cli::RoughDuration(estimate->seconds), "about 83 minutes");
}

// 8.8e-8 x 60^4 x (1 + 2/5) = 8.8e-8 x 12,960,000 x 1.4 = 1.597 s (measured 1.59 s).
TEST(CostWarning, PackagesGrowWithTheFourthPowerOfTheIssues) {
  auto estimate = cli::EstimateRunCost("packages", Generated(2, 60));
  ASSERT_TRUE(estimate);
  EXPECT_NEAR(estimate->seconds, 1.59667, 1e-4);
}

TEST(CostWarning, ClosedFormModelsHaveNoEstimate) {
  EXPECT_FALSE(cli::EstimateRunCost("compromise", Generated(250, 1000)));
}

TEST(CostWarning, RoughDurationsUseTheUnitThatFits) {
  EXPECT_EQ(cli::RoughDuration(45.0), "about 45 seconds");
  EXPECT_EQ(cli::RoughDuration(2.0 * 3600.0), "about 2 hours");
  EXPECT_EQ(cli::RoughDuration(5.0 * 86400.0), "about 5 days");
}

TEST(CostWarning, ALongRunIsAnnouncedAtOnceOnTheWarningSink) {
  std::ostringstream sink;
  cli::WarningScope scope(&sink);
  cli::WarnAboutLongRuns(std::vector<std::string>{"compromise", "exchange"}, Generated(200, 50));
  EXPECT_EQ(sink.str(),
            "warning: exchange on 200 actors and 50 issues may take about 83 minutes on one core "
            "(its work grows with the cube of the actors times the cube of the linked issues); "
            "Ctrl-C stops it, and --rounds caps its rounds\n");
}

// eum at 20 actors and 3 issues: 1.44e-7 x 8,000 x 3 = 0.003 s.
TEST(CostWarning, AShortRunSaysNothing) {
  std::ostringstream sink;
  cli::WarningScope scope(&sink);
  cli::WarnAboutLongRuns(std::vector<std::string>{"eum", "smp"}, Generated(20, 3));
  EXPECT_TRUE(sink.str().empty());
  EXPECT_TRUE(scope.warnings().empty());
}

}  // namespace
}  // namespace parley::cost_warning_test
