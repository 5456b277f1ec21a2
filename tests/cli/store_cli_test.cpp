// `--store FILE`: each command appends its run; the numbers in the store are
// the ones the command printed; a bad store fails before anything runs.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <nlohmann/json.hpp>

#include "cli_test_support.h"
#include "store_query.h"

namespace parley::store_cli_test {
namespace {

using testing::Query;
using testing::RunCli;
using testing::TempDir;

TEST(StoreCli, EveryCommandAppendsItsRunToOneStore) {
  TempDir dir;
  const std::string store = dir.Path("runs.sqlite");
  auto forecast = RunCli({"forecast", "lachin-2023", "--model", "compromise", "--runs", "0",
                          "--format", "json", "--store", store});
  ASSERT_EQ(forecast.exit_code, 0) << forecast.err;
  for (std::vector<std::string> args :
       {std::vector<std::string>{"uncertainty", "lachin-2023", "--model", "compromise", "--runs",
                                 "20", "-q", "--store", store},
        {"sensitivity", "lachin-2023", "--model", "compromise", "--runs", "20", "--bootstrap", "0",
         "--store", store},
        {"simulate", "lachin-2023", "--model", "compromise", "--store", store}}) {
    auto run = RunCli(args);
    ASSERT_EQ(run.exit_code, 0) << args[0] << ": " << run.err;
  }
  EXPECT_EQ(Query(store, "SELECT run_id || ' ' || command || ' ' || draws FROM runs"),
            "1 forecast 0\n2 uncertainty 20\n3 sensitivity 20\n4 simulate 0\n");
  // The compromise of lachin-2023's checkpoints issue as `forecast --format json` printed it.
  const auto json = nlohmann::json::parse(forecast.out);
  const double printed = json["models"][0]["issues"][0]["outcome"].get<double>();
  EXPECT_EQ(Query(store,
                  "SELECT value FROM outcomes_named WHERE run_id = 1 AND issue = "
                  "'checkpoints' AND round IS NULL"),
            Query(store, "SELECT " + nlohmann::json(printed).dump()));
  // 20 draws x 3 issues, and the point outcome of each issue.
  EXPECT_EQ(Query(store, "SELECT count(*) FROM outcomes WHERE run_id = 2"), "63\n");
  EXPECT_EQ(Query(store, "SELECT count(DISTINCT draw) FROM draws WHERE run_id = 2"), "20\n");
}

TEST(StoreCli, RefusesAFileThatIsNotAStoreBeforeRunning) {
  TempDir dir;
  const std::string notes = dir.Write("notes.txt", "not a database\n");
  auto run = RunCli({"uncertainty", "lachin-2023", "--runs", "20", "-q", "--store", notes});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("notes.txt"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("not a SQLite file"), std::string::npos) << run.err;
  EXPECT_EQ(run.out, "");
}

}  // namespace
}  // namespace parley::store_cli_test
