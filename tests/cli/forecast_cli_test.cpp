// The `parley` command line: the default forecast, formats, validate, show,
// convert, and the bad-input cases with their messages and exit codes.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "cli_test_support.h"
#include "test_files.h"

namespace parley::forecast_cli_test {
namespace {

using testing::Replace;
using testing::RunCli;
using testing::TempDir;

constexpr int kOk = 0, kBadData = 1, kBadUsage = 2;

constexpr const char* kGood = R"(parley: 1
id: mini
actors:
  - {id: A, role: parent_state, capability: 2}
  - {id: B, role: de_facto_authority, capability: 1}
issues:
  - {id: status, scale: {min: 0, max: 100, min_label: reintegration, max_label: independence}, status_quo: 50}
stances:
  - {actor: A, issue: status, position: 0, salience: 80}
  - {actor: B, issue: status, position: 100, salience: 60}
)";

TEST(ForecastCli, RunsTheDefaultScenarioWithEveryModel) {
  auto result = RunCli({"forecast"});
  ASSERT_EQ(result.exit_code, kOk) << result.err;
  for (const char* model : {"weighted_median", "compromise", "nash", "eum"}) {
    EXPECT_NE(result.out.find(model), std::string::npos) << model;
  }
  EXPECT_NE(result.out.find("toward '"), std::string::npos);
}

TEST(ForecastCli, NamesTheNearerEndOfTheScale) {
  // Compromise: (2*0.8*0 + 1*0.6*100) / (1.6 + 0.6) = 27.27..., nearer 'reintegration'.
  TempDir dir;
  auto result = RunCli({"forecast", dir.Write("s.yaml", kGood), "--model", "compromise"});
  ASSERT_EQ(result.exit_code, kOk) << result.err;
  EXPECT_NE(result.out.find("27.3, toward 'reintegration'"), std::string::npos) << result.out;
}

TEST(ForecastCli, JsonCarriesASchemaVersionAndTheTrajectory) {
  TempDir dir;
  auto result = RunCli({"forecast", dir.Write("s.yaml", kGood), "--model", "eum", "--format",
                        "json", "--rounds", "3"});
  ASSERT_EQ(result.exit_code, kOk) << result.err;
  auto json = nlohmann::json::parse(result.out);
  EXPECT_EQ(json["schema"], "parley.forecast/1");
  // Rounds 0..2 of the cap of 3: B gives in in round 1, nobody moves in round
  // 2 and EUM stops there (cycle detection, on by default).
  EXPECT_EQ(json["models"][0]["issues"][0]["trajectory"].size(), 3u);
}

TEST(ForecastCli, WritesTheOutputFileOnlyOnSuccess) {
  TempDir dir;
  const std::string output = dir.Path("out.json");
  auto bad =
      RunCli({"forecast", dir.Write("bad.yaml", Replace(kGood, "salience: 60", "salience: 160")),
              "--output", output});
  EXPECT_EQ(bad.exit_code, kBadData);
  EXPECT_FALSE(std::filesystem::exists(output));
  auto good = RunCli({"forecast", dir.Write("s.yaml", kGood), "--format", "json", "-o", output});
  EXPECT_EQ(good.exit_code, kOk) << good.err;
  EXPECT_TRUE(std::filesystem::exists(output));
}

struct BadInputCase {
  const char* name;
  const char* from;
  const char* to;
  const char* message;  // the whole line parley prints on stderr
};

class ForecastBadInput : public ::testing::TestWithParam<BadInputCase> {};

TEST_P(ForecastBadInput, FailsWithFileLineFieldMessageAndExitCodeOne) {
  TempDir dir;
  const std::string file = dir.Write("s.yaml", Replace(kGood, GetParam().from, GetParam().to));
  auto result = RunCli({"forecast", file});
  EXPECT_EQ(result.exit_code, kBadData);
  EXPECT_EQ(result.err, "parley: " + file + GetParam().message + "\n");
  EXPECT_TRUE(result.out.empty());
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ForecastBadInput,
    ::testing::Values(
        BadInputCase{"MalformedYaml", "stances:", "stances: [",
                     ":9: malformed YAML: illegal block entry"},
        BadInputCase{"UnknownActor", "{actor: B,", "{actor: Q,",
                     ":10: unknown actor 'Q' (declare it under actors)"},
        BadInputCase{"SalienceOutOfRange", "salience: 60", "salience: 160",
                     ":10: salience 160 for actor 'B' on issue 'status' outside [0, 100]"},
        BadInputCase{"NegativeCapability", "capability: 1}", "capability: -3}",
                     ":5: capability -3 for actor 'B' must be a number in (0, 1e9]"},
        BadInputCase{"NotANumber", "position: 100", "position: nan",
                     ":10: actor 'B' on issue 'status': position is 'nan', not a finite number"},
        BadInputCase{"DuplicateId", "{id: B,", "{id: A,", ":5: duplicate actor id 'A'"},
        BadInputCase{"PositionOutsideScale", "position: 100", "position: 101",
                     ":10: actor 'B': position 101 on issue 'status' outside the scale [0, 100]"}),
    [](const ::testing::TestParamInfo<BadInputCase>& test) { return test.param.name; });

TEST(ForecastCli, RejectsMalformedDeuCsvWithLineAndField) {
  TempDir dir;
  const std::string file = dir.Write(
      "d.csv",
      "issue_id,proposal_id,proposal_name,type,council,procedure,voting_rule,actor,capability,"
      "position,salience,reference_point,outcome\ni1,p1,n,Reg,G,COD,QMV,de,4.1,50,80x,0,100\n");
  auto result = RunCli({"validate", file});
  EXPECT_EQ(result.exit_code, kBadData);
  EXPECT_EQ(result.err, "parley: " + file +
                            ":2: salience '80x' for actor 'de' on issue 'i1' is not a number\n");
}

TEST(ForecastCli, UnknownModelIsAUsageError) {
  auto result = RunCli({"forecast", "--model", "oracle"});
  EXPECT_EQ(result.exit_code, kBadUsage);
  EXPECT_NE(result.err.find("unknown model 'oracle'"), std::string::npos);
}

TEST(ForecastCli, UnknownOptionIsAUsageError) {
  EXPECT_EQ(RunCli({"forecast", "--colour"}).exit_code, kBadUsage);
}

TEST(ForecastCli, MissingFileIsADataError) {
  auto result = RunCli({"forecast", "no/such/file.yaml"});
  EXPECT_EQ(result.exit_code, kBadData);
  EXPECT_NE(result.err.find("no/such/file.yaml"), std::string::npos);
}

TEST(ValidateCli, PrintsTheModelTableForTheDeuDevelopmentSplit) {
  auto result = RunCli(
      {"validate", PARLEY_SHARED_DIR "/reference/deu/deu3_dev.csv", "--model", "compromise"});
  ASSERT_EQ(result.exit_code, kOk) << result.err;
  EXPECT_NE(result.out.find("compromise"), std::string::npos);
  EXPECT_NE(result.out.find("23.306"), std::string::npos) << result.out;
}

TEST(ShowCli, PrintsProvenanceOfTheDefaultScenario) {
  auto result = RunCli({"show", "lachin-2023"});
  ASSERT_EQ(result.exit_code, kOk) << result.err;
  EXPECT_NE(result.out.find("[capability]"), std::string::npos);
}

TEST(ConvertCli, RoundTripsYamlThroughJson) {
  TempDir dir;
  auto json = RunCli({"convert", dir.Write("s.yaml", kGood), "--to", "json"});
  ASSERT_EQ(json.exit_code, kOk) << json.err;
  auto yaml = RunCli({"convert", dir.Write("s.json", json.out), "--to", "yaml"});
  ASSERT_EQ(yaml.exit_code, kOk) << yaml.err;
  auto again = RunCli({"convert", dir.Write("again.yaml", yaml.out), "--to", "json"});
  EXPECT_EQ(again.out, json.out);
}

TEST(ParleyBinary, ExitsWithTwoOnBadUsage) {
  const int status = std::system(PARLEY_BINARY " forecast --bogus > /dev/null 2>&1");
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), kBadUsage);
}

}  // namespace
}  // namespace parley::forecast_cli_test

namespace parley::forecast_cli_test {
namespace {

TEST(ConvertCli, KtabCsvRoundTripsThroughParleyAndBack) {
  // KTAB's own 7-actor example (reference/ktab/inputs) written back as KTAB CSV
  // reads in as the same scenario.
  testing::TempDir dir;
  auto ktab =
      testing::RunCli({"convert", PARLEY_SHARED_DIR "/reference/ktab/inputs/dummyData_3Dim.csv",
                       "--to", "ktab-csv"});
  ASSERT_EQ(ktab.exit_code, 0) << ktab.err;
  auto original = testing::RunCli(
      {"convert", PARLEY_SHARED_DIR "/reference/ktab/inputs/dummyData_3Dim.csv", "--to", "json"});
  auto again = testing::RunCli({"convert", dir.Write("k.csv", ktab.out), "--to", "json"});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  auto strip_file = [](std::string json) { return json.substr(json.find("\"actors\"")); };
  EXPECT_EQ(strip_file(again.out), strip_file(original.out));
}

TEST(ConvertCli, DeuCsvRoundTripsItsStancesAndOutcomes) {
  testing::TempDir dir;
  const std::string dev = PARLEY_SHARED_DIR "/reference/deu/deu3_dev.csv";
  auto deu = testing::RunCli({"convert", dev, "--to", "deu-csv"});
  ASSERT_EQ(deu.exit_code, 0) << deu.err;
  auto before = testing::RunCli({"validate", dev, "--model", "compromise"});
  auto after = testing::RunCli({"validate", dir.Write("d.csv", deu.out), "--model", "compromise"});
  ASSERT_EQ(after.exit_code, 0) << after.err;
  EXPECT_EQ(after.out.substr(after.out.find('\n')), before.out.substr(before.out.find('\n')));
}

}  // namespace
}  // namespace parley::forecast_cli_test
