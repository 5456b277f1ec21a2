// ValidateScenario's rules for ranges and the `uncertainty:` section: each
// error names file, line, field, actor and the allowed range.
#include <gtest/gtest.h>

#include <cmath>

#include "parley/scenario.h"

namespace parley::range_validation_test {
namespace {

Scenario TwoActorsOneIssue() {
  Scenario scenario;
  scenario.file = "s.yaml";
  scenario.actors = {Actor{"A", "A", ActorRole::kParentState, 10.0, "", {}, 3},
                     Actor{"B", "B", ActorRole::kPatron, 1.0, "", {}, 4}};
  Issue issue;
  issue.id = "status";
  issue.line = 6;
  scenario.issues = {issue};
  scenario.stances = {Stance{0, 0, 10.0, 0.5, std::nullopt, {}, 8},
                      Stance{1, 0, 90.0, 1.0, std::nullopt, {}, 9}};
  return scenario;
}

std::string ErrorOf(const Scenario& scenario) {
  const Status status = ValidateScenario(scenario);
  return status ? "valid" : status.error().ToString();
}

TEST(ValidateRanges, AcceptsRangesAroundTheirValuesInsideTheScale) {
  Scenario scenario = TwoActorsOneIssue();
  scenario.actors[0].capability_range = ValueRange{Distribution::kTriangular, 5, 20, 0};
  scenario.stances[0].position_range = ValueRange{Distribution::kUniform, 0, 25, 0};
  scenario.stances[1].salience_range = ValueRange{Distribution::kNormal, 0, 0, 0.1};
  scenario.uncertainty.position_sd = 5;
  EXPECT_EQ(ErrorOf(scenario), "valid");
}

TEST(ValidateRanges, RejectsAValueOutsideItsOwnRange) {
  Scenario scenario = TwoActorsOneIssue();
  scenario.stances[0].position_range = ValueRange{Distribution::kTriangular, 30, 50, 0};
  EXPECT_EQ(ErrorOf(scenario),
            "s.yaml:8: actor 'A' position on issue 'status' range needs low <= value <= high, "
            "got low 30, value 10, high 50");
  EXPECT_EQ(ValidateScenario(scenario).error().field, "position");
}

TEST(ValidateRanges, RejectsAPositionRangeOutsideTheScale) {
  Scenario scenario = TwoActorsOneIssue();
  scenario.stances[0].position_range = ValueRange{Distribution::kUniform, -5, 50, 0};
  EXPECT_EQ(ErrorOf(scenario),
            "s.yaml:8: actor 'A' position on issue 'status' range [-5, 50] outside the scale "
            "[0, 100]");
}

TEST(ValidateRanges, ShowsASalienceRangeOnTheFilesScale) {
  Scenario scenario = TwoActorsOneIssue();
  scenario.stances[0].salience_range = ValueRange{Distribution::kTriangular, 0.4, 1.2, 0};
  EXPECT_EQ(ErrorOf(scenario),
            "s.yaml:8: actor 'A' salience on issue 'status' range [40, 120] outside [0, 100]");
}

TEST(ValidateRanges, RejectsANormalRangeWithoutAPositiveSd) {
  Scenario scenario = TwoActorsOneIssue();
  scenario.stances[1].position_range = ValueRange{Distribution::kNormal, 0, 0, 0};
  EXPECT_EQ(ErrorOf(scenario),
            "s.yaml:9: actor 'B' position on issue 'status' range: sd 0 must be a finite number "
            "> 0");
}

TEST(ValidateRanges, RejectsACapabilityRangeReachingZero) {
  Scenario scenario = TwoActorsOneIssue();
  scenario.actors[0].capability_range = ValueRange{Distribution::kTriangular, 0, 20, 0};
  EXPECT_EQ(
      ErrorOf(scenario),
      "s.yaml:3: actor 'A' capability range [0, 20] outside (0, inf): capability must be > 0");
  EXPECT_EQ(ValidateScenario(scenario).error().field, "capability");
}

TEST(ValidateRanges, RejectsANonFiniteBound) {
  Scenario scenario = TwoActorsOneIssue();
  scenario.stances[0].position_range = ValueRange{Distribution::kUniform, 0, INFINITY, 0};
  EXPECT_EQ(ErrorOf(scenario),
            "s.yaml:8: actor 'A' position on issue 'status' range: low and high must be finite "
            "numbers");
}

TEST(ValidateRanges, RejectsASectionCapabilityFactorOfOne) {
  Scenario scenario = TwoActorsOneIssue();
  scenario.uncertainty.line = 12;
  scenario.uncertainty.capability_factor = 1.0;
  EXPECT_EQ(ErrorOf(scenario),
            "s.yaml:12: uncertainty: capability factor 1 must be a finite number > 1 (1.2: one "
            "standard deviation multiplies or divides a capability by 1.2)");
}

TEST(ValidateRanges, RejectsANegativeSectionSalienceSdOnTheFilesScale) {
  Scenario scenario = TwoActorsOneIssue();
  scenario.uncertainty.line = 12;
  scenario.uncertainty.salience_sd = -0.05;
  EXPECT_EQ(ErrorOf(scenario),
            "s.yaml:12: uncertainty: salience sd -5 must be a finite number > 0");
  EXPECT_EQ(ValidateScenario(scenario).error().field, "salience");
}

}  // namespace
}  // namespace parley::range_validation_test
