// Ranges and the `uncertainty:` section in YAML/JSON scenario files: what the
// reader accepts, the messages it gives, and the writer's round trip.
#include <gtest/gtest.h>

#include "parley/io.h"
#include "test_files.h"

namespace parley::uncertainty_reader_test {
namespace {

using testing::Replace;

constexpr const char* kRanged = R"(parley: 1
id: ranged
salience_scale: 100
actors:
  - {id: A, role: parent_state, capability: {value: 10, low: 5, high: 20}}
  - {id: B, role: de_facto_authority, capability: 1}
issues:
  - id: status
    scale: {min: 0, max: 100}
stances:
  - {actor: A, issue: status, position: {value: 10, low: 0, high: 25}, salience: 80}
  - actor: B
    issue: status
    position: {value: 90, dist: normal, sd: 5}
    salience: {value: 60, low: 40, high: 70, dist: uniform}
    sources:
      position_range: {estimate: "the seed gives no number; +-5 is a judgement"}
uncertainty:
  position: {sd: 5}
  salience: {sd: 10}
  capability: {factor: 1.2}
  sources:
    capability: {estimate: "capability codings are rough"}
)";

std::string ErrorOf(const std::string& text) {
  auto scenario = ParseScenarioText(text, "r.yaml");
  return scenario ? "read" : scenario.error().ToString();
}

TEST(UncertainScenarioReader, ReadsRangesNextToTheirPointValues) {
  auto scenario = ParseScenarioText(kRanged, "r.yaml");
  ASSERT_TRUE(scenario) << scenario.error().ToString();
  const Actor& a = scenario->actors[0];
  EXPECT_DOUBLE_EQ(a.capability, 10.0);
  ASSERT_TRUE(a.capability_range);
  EXPECT_EQ(a.capability_range->distribution, Distribution::kTriangular);  // the default
  EXPECT_DOUBLE_EQ(a.capability_range->high, 20.0);
  EXPECT_FALSE(scenario->actors[1].capability_range);
  const Stance& b = scenario->stances[1];
  EXPECT_DOUBLE_EQ(b.position, 90.0);
  EXPECT_EQ(b.position_range->distribution, Distribution::kNormal);
  EXPECT_DOUBLE_EQ(b.position_range->sd, 5.0);
  EXPECT_DOUBLE_EQ(b.salience, 0.6);
  EXPECT_EQ(b.salience_range->distribution, Distribution::kUniform);
  EXPECT_DOUBLE_EQ(b.salience_range->low, 0.4);  // normalised like the salience
  EXPECT_TRUE(b.provenance.count("position_range"));
}

TEST(UncertainScenarioReader, ReadsTheSectionWithSalienceSdNormalised) {
  auto scenario = ParseScenarioText(kRanged, "r.yaml");
  ASSERT_TRUE(scenario) << scenario.error().ToString();
  const UncertaintySettings& section = scenario->uncertainty;
  EXPECT_DOUBLE_EQ(*section.position_sd, 5.0);
  EXPECT_DOUBLE_EQ(*section.salience_sd, 0.1);
  EXPECT_DOUBLE_EQ(*section.capability_factor, 1.2);
  EXPECT_EQ(section.line, 19);
  EXPECT_EQ(section.provenance.at("capability").estimate_reason, "capability codings are rough");
}

TEST(UncertainScenarioReader, PlainNumbersStayFixed) {
  auto scenario = ParseScenarioText(
      Replace(Replace(kRanged, "position: {value: 10, low: 0, high: 25}", "position: 10"),
              "capability: {value: 10, low: 5, high: 20}", "capability: 10"),
      "r.yaml");
  ASSERT_TRUE(scenario) << scenario.error().ToString();
  EXPECT_FALSE(scenario->actors[0].capability_range);
  EXPECT_FALSE(scenario->stances[0].position_range);
}

TEST(UncertainScenarioReader, RejectsAnUnknownDistributionListingTheAllowedOnes) {
  EXPECT_EQ(ErrorOf(Replace(kRanged, "dist: uniform", "dist: beta")),
            "r.yaml:15: actor 'B' on issue 'status', salience: unknown distribution 'beta' "
            "(allowed: triangular, uniform, normal)");
}

TEST(UncertainScenarioReader, RejectsATriangularRangeWithoutHigh) {
  EXPECT_EQ(ErrorOf(Replace(kRanged, "{value: 10, low: 0, high: 25}", "{value: 10, low: 0}")),
            "r.yaml:11: actor 'A' on issue 'status', position: a triangular range needs low and "
            "high");
}

TEST(UncertainScenarioReader, RejectsSdOnAUniformRange) {
  EXPECT_EQ(ErrorOf(Replace(kRanged, "dist: uniform", "dist: uniform, sd: 3")),
            "r.yaml:15: actor 'B' on issue 'status', salience: sd applies only to dist: normal; "
            "a uniform range takes low and high");
}

TEST(UncertainScenarioReader, RejectsLowAndHighOnANormalRange) {
  EXPECT_EQ(ErrorOf(Replace(kRanged, "dist: normal, sd: 5", "dist: normal, sd: 5, low: 80")),
            "r.yaml:14: actor 'B' on issue 'status', position: a normal range takes sd, not "
            "low/high (it is truncated to the allowed range)");
}

TEST(UncertainScenarioReader, RejectsAMisspeltKeyInARange) {
  EXPECT_EQ(ErrorOf(Replace(kRanged, "high: 25}", "hihg: 25}")),
            "r.yaml:11: actor 'A' on issue 'status', position: unknown field 'hihg' (allowed: "
            "value, low, high, dist, sd)");
}

TEST(UncertainScenarioReader, RejectsARangeThatLeavesTheScaleNamingActorAndScale) {
  EXPECT_EQ(ErrorOf(Replace(kRanged, "low: 0, high: 25}", "low: 0, high: 125}")),
            "r.yaml:11: actor 'A' position on issue 'status' range [0, 125] outside the scale "
            "[0, 100]");
}

TEST(UncertainScenarioReader, RejectsAValueOutsideItsRange) {
  EXPECT_EQ(ErrorOf(Replace(kRanged, "{value: 60, low: 40, high: 70",
                            "{value: 60, low: 65, "
                            "high: 70")),
            "r.yaml:12: actor 'B' salience on issue 'status' range needs low <= value <= high, "
            "got low 65, value 60, high 70");
}

TEST(UncertainScenarioReader, RejectsAnUnknownPartOfTheSection) {
  EXPECT_EQ(ErrorOf(Replace(kRanged, "  position: {sd: 5}", "  positions: {sd: 5}")),
            "r.yaml:19: uncertainty: unknown field 'positions' (allowed: position, salience, "
            "capability, sources)");
}

TEST(UncertainScenarioReader, RejectsAFactorWrittenAsSd) {
  EXPECT_EQ(ErrorOf(Replace(kRanged, "{factor: 1.2}", "{sd: 1.2}")),
            "r.yaml:21: uncertainty: capability: unknown field 'sd' (allowed: factor)");
}

TEST(UncertainScenarioReader, RejectsANegativeSectionSd) {
  EXPECT_EQ(ErrorOf(Replace(kRanged, "position: {sd: 5}", "position: {sd: -5}")),
            "r.yaml:19: uncertainty: position sd -5 must be a finite number > 0");
}

void ExpectSameUncertainty(const Scenario& a, const Scenario& b) {
  ASSERT_EQ(a.stances.size(), b.stances.size());
  EXPECT_EQ(a.actors[0].capability_range->low, b.actors[0].capability_range->low);
  EXPECT_EQ(a.actors[0].capability_range->high, b.actors[0].capability_range->high);
  for (std::size_t s = 0; s < a.stances.size(); ++s) {
    EXPECT_EQ(a.stances[s].position, b.stances[s].position);
    EXPECT_EQ(a.stances[s].salience, b.stances[s].salience);
    EXPECT_EQ(a.stances[s].position_range.has_value(), b.stances[s].position_range.has_value());
    EXPECT_EQ(a.stances[s].salience_range.has_value(), b.stances[s].salience_range.has_value());
  }
  EXPECT_EQ(b.stances[0].position_range->high, 25.0);
  EXPECT_EQ(b.stances[1].position_range->distribution, Distribution::kNormal);
  EXPECT_EQ(b.stances[1].position_range->sd, 5.0);
  EXPECT_EQ(b.stances[1].salience_range->distribution, Distribution::kUniform);
  EXPECT_DOUBLE_EQ(b.stances[1].salience_range->high, 0.7);
  EXPECT_EQ(b.uncertainty.position_sd, a.uncertainty.position_sd);
  EXPECT_DOUBLE_EQ(*b.uncertainty.salience_sd, 0.1);
  EXPECT_EQ(b.uncertainty.capability_factor, a.uncertainty.capability_factor);
  EXPECT_EQ(b.uncertainty.provenance.at("capability").estimate_reason,
            "capability codings are rough");
  EXPECT_TRUE(b.stances[1].provenance.count("position_range"));
}

TEST(UncertainScenarioWriter, YamlRoundTripKeepsRangesAndTheSection) {
  auto original = ParseScenarioText(kRanged, "r.yaml");
  ASSERT_TRUE(original) << original.error().ToString();
  const std::string yaml = ScenarioToYaml(*original);
  auto again = ParseScenarioText(yaml, "again.yaml");
  ASSERT_TRUE(again) << again.error().ToString() << "\n" << yaml;
  ExpectSameUncertainty(*original, *again);
  EXPECT_EQ(ScenarioToYaml(*again), yaml);  // a fixed point
}

TEST(UncertainScenarioWriter, JsonRoundTripKeepsRangesAndTheSection) {
  auto original = ParseScenarioText(kRanged, "r.yaml");
  ASSERT_TRUE(original) << original.error().ToString();
  const std::string json = ScenarioToJson(*original);
  EXPECT_NE(json.find("\"dist\": \"uniform\""), std::string::npos) << json;
  auto again = ParseScenarioText(json, "again.json");
  ASSERT_TRUE(again) << again.error().ToString() << "\n" << json;
  ExpectSameUncertainty(*original, *again);
}

TEST(UncertainScenarioWriter, WritesAFixedValueAsAPlainNumber) {
  auto original = ParseScenarioText(kRanged, "r.yaml");
  ASSERT_TRUE(original) << original.error().ToString();
  const std::string json = ScenarioToJson(*original);
  const std::string key = "\"capability\": ";
  const auto b = json.find(key, json.find("\"id\": \"B\""));
  ASSERT_NE(b, std::string::npos) << json;
  EXPECT_NE(json[b + key.size()], '{') << json;               // B's capability has no range
  EXPECT_EQ(json[json.find(key) + key.size()], '{') << json;  // A's has one
}

}  // namespace
}  // namespace parley::uncertainty_reader_test
