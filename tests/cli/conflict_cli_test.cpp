// The CLI of issue 4 parts 1-3: `packages`, `compare-regimes`, `exchange`,
// `forecast --regime` and the red-line report of `forecast`.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli_test_support.h"

namespace parley::conflict_cli_test {
namespace {

using testing::RunCli;
using testing::TempDir;

constexpr int kOk = 0, kBadUsage = 2;
constexpr double kExact = 1e-9;
constexpr double kSearch = 1e-6;  // the package search stops at widths of 1e-9 of the range

// G (guarantor, c 2, at 80), P (c 2, at 20), D (c 1, at 100, accepts [70, 100]):
// compromise (160 + 40 + 100) / 5 = 60.
constexpr const char* kTriangle = R"(parley: 1
id: triangle
actors:
  - {id: G, role: guarantor, capability: 2}
  - {id: P, role: parent_state, capability: 2}
  - {id: D, role: de_facto_authority, capability: 1}
issues:
  - {id: status, scale: {min: 0, max: 100}, status_quo: 50}
stances:
  - {actor: G, issue: status, position: 80, salience: 100}
  - {actor: P, issue: status, position: 20, salience: 100}
  - {actor: D, issue: status, position: 100, salience: 100, red_line: [70, 100]}
)";

// packages_test.cpp: B's red line p >= 30 binds and x_q = 0.296 / 0.32 = 92.5.
constexpr const char* kCorridors = R"(parley: 1
id: corridors
actors:
  - {id: A, capability: 1}
  - {id: B, capability: 1}
issues:
  - {id: p, status_quo: 50}
  - {id: q, status_quo: 50}
stances:
  - {actor: A, issue: p, position: 0, salience: 80}
  - {actor: A, issue: q, position: 0, salience: 20}
  - {actor: B, issue: p, position: 100, salience: 20, red_line: [30, 100]}
  - {actor: B, issue: q, position: 100, salience: 80}
)";

TEST(ConflictCli, PackagesFindsTheNashPackageInsideTheRedLines) {
  TempDir dir;
  auto result = RunCli({"packages", dir.Write("c.yaml", kCorridors), "--format", "json"});
  ASSERT_EQ(result.exit_code, kOk) << result.err;
  auto json = nlohmann::json::parse(result.out);
  EXPECT_EQ(json["status"], "found");
  EXPECT_NEAR(json["issues"][0]["package"].get<double>(), 30.0, kSearch);
  EXPECT_NEAR(json["issues"][1]["package"].get<double>(), 92.5, kSearch);
}

TEST(ConflictCli, PackagesNamesTheRedLinesThatBlockAnyPackage) {
  // P now accepts only [0, 40] and D only [70, 100]: dropping either one suffices.
  std::string text = kTriangle;
  const std::string p_stance = "{actor: P, issue: status, position: 20, salience: 100}";
  text.replace(text.find(p_stance), p_stance.size(),
               "{actor: P, issue: status, position: 20, salience: 100, red_line: [0, 40]}");
  TempDir dir;
  auto result = RunCli({"packages", dir.Write("t.yaml", text)});
  ASSERT_EQ(result.exit_code, kOk) << result.err;
  EXPECT_NE(result.out.find("'P' [0, 40] and 'D' [70, 100] do not overlap"), std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("red_lines_conflict"), std::string::npos);
}

TEST(ConflictCli, CompareRegimesPrintsTheMetricsTableForTheSyriaAndLachinBuiltIns) {
  for (const char* id : {"syria-astana-2017", "lachin-blockade-2022", "lachin-2023"}) {
    auto result = RunCli({"compare-regimes", id});
    ASSERT_EQ(result.exit_code, kOk) << id << ": " << result.err;
    for (const char* text :
         {"inclusive", "hierarchical", "multipolar", "actors at the table",
          "capability-weighted distance", "worst-off actor", "spoilers", "rounds to settle"}) {
      EXPECT_NE(result.out.find(text), std::string::npos) << id << ": " << text;
    }
    EXPECT_EQ(result.out.find("skipped"), std::string::npos) << id;
  }
}

TEST(ConflictCli, PackagesAnswersOnTheGeorgiaBuiltIn) {
  // Found, or the red lines to drop: either way a result line and exit 0.
  auto result = RunCli({"packages", "georgia-2018"});
  ASSERT_EQ(result.exit_code, kOk) << result.err;
  EXPECT_NE(result.out.find("\nResult: "), std::string::npos) << result.out;
}

TEST(ConflictCli, CompareRegimesTakesTheGuarantorsExclusionsFromTheCommandLine) {
  // Without D: (160 + 40) / 4 = 50 under the hierarchical regime.
  TempDir dir;
  auto result = RunCli(
      {"compare-regimes", dir.Write("t.yaml", kTriangle), "--exclude", "D", "--format", "json"});
  ASSERT_EQ(result.exit_code, kOk) << result.err;
  auto json = nlohmann::json::parse(result.out);
  EXPECT_EQ(json["schema"], "parley.regimes/2");
  const auto& comparison = json["comparisons"][0];
  EXPECT_EQ(comparison["model"], "compromise");
  EXPECT_EQ(comparison["regimes"][1]["regime"], "hierarchical");
  EXPECT_NEAR(comparison["regimes"][1]["outcomes"][0]["outcome"].get<double>(), 50.0, kExact);
  EXPECT_NEAR(comparison["regimes"][0]["outcomes"][0]["outcome"].get<double>(), 60.0, kExact);
}

TEST(ConflictCli, ForecastUnderAHierarchicalRegimeAppliesCoercion) {
  // G's capability doubled: (320 + 40 + 100) / 7 = 65.71.
  TempDir dir;
  auto result = RunCli({"forecast", dir.Write("t.yaml", kTriangle), "--model", "compromise",
                        "--regime", "hierarchical", "--coercion", "2", "--format", "json"});
  ASSERT_EQ(result.exit_code, kOk) << result.err;
  auto json = nlohmann::json::parse(result.out);
  EXPECT_NEAR(json["regimes"][0]["outcomes"][0]["outcome"].get<double>(), 460.0 / 7.0, kExact);
}

TEST(ConflictCli, ForecastReportsTheRedLinesItsOutcomeCrosses) {
  // Compromise 60 is 10 below D's red line [70, 100].
  TempDir dir;
  auto result = RunCli({"forecast", dir.Write("t.yaml", kTriangle), "--model", "compromise"});
  ASSERT_EQ(result.exit_code, kOk) << result.err;
  EXPECT_NE(result.out.find("'D' [70, 100] by 10.0"), std::string::npos) << result.out;
  auto json = RunCli({"forecast", dir.Path("t.yaml"), "--model", "compromise", "--format", "json"});
  ASSERT_EQ(json.exit_code, kOk) << json.err;
  EXPECT_EQ(nlohmann::json::parse(json.out)["red_lines"][0]["spoilers"][0], "D");
}

TEST(ConflictCli, ExchangePrintsTheTraceOfEveryExchange) {
  TempDir dir;
  // B's red line [30, 100] would stop it at 30 (exchange_options_test.cpp); allowed
  // to cross, B swaps p completely.
  auto result = RunCli({"exchange", dir.Write("c.yaml", kCorridors), "--format", "json",
                        "--allow-red-line-crossing"});
  ASSERT_EQ(result.exit_code, kOk) << result.err;
  auto json = nlohmann::json::parse(result.out);
  ASSERT_EQ(json["exchanges"].size(), 1u);
  EXPECT_EQ(json["exchanges"][0]["on_p"]["actor"], "B");                  // B moves on p toward A
  EXPECT_NEAR(json["exchanges"][0]["gain"].get<double>(), 0.12, kExact);  // exchange_test.cpp
  EXPECT_EQ(json["red_lines_crossed"][0]["actor"], "B");
}

TEST(ConflictCli, RejectsAnUnknownRegimeWithAUsageError) {
  TempDir dir;
  auto result = RunCli({"forecast", dir.Write("t.yaml", kTriangle), "--regime", "imperial"});
  EXPECT_EQ(result.exit_code, kBadUsage);
  EXPECT_NE(result.err.find("unknown regime 'imperial'"), std::string::npos) << result.err;
}

TEST(ConflictCli, RejectsAClientWithoutAPatron) {
  TempDir dir;
  auto result = RunCli({"compare-regimes", dir.Write("t.yaml", kTriangle), "--client", "D"});
  EXPECT_EQ(result.exit_code, kBadUsage);
  EXPECT_NE(result.err.find("CLIENT=PATRON"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace parley::conflict_cli_test
