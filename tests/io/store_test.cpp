// The results store's writer, read back through the SQLite C API: what goes
// in comes out, appending keeps earlier runs, and a file that is not a store
// of this schema version is refused and left as it was.
#include "parley/store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "store_query.h"
#include "test_files.h"

namespace parley::store_test {
namespace {

using testing::Query;
using testing::ReadFile;

// A scratch store path, removed before and after the test.
class StorePath {
 public:
  explicit StorePath(const std::string& name)
      : path_(::testing::TempDir() + "/parley-store-" + name + ".sqlite") {
    std::filesystem::remove(path_);
  }
  ~StorePath() { std::filesystem::remove(path_); }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// Two models, two issues, two inputs drawn twice: every kind of row once.
StoredRun SmallRun() {
  StoredRun run;
  run.command = "uncertainty";
  run.scenario = "tiny";
  run.scenario_digest = std::string(64, 'a');
  run.parley_version = "0.1.0";
  run.created_at = "2026-12-01T21:00:00Z";
  run.seed = 18446744073709551615ULL;  // the largest seed: kept exactly, as text
  run.draws = 2;
  run.settings_json = R"({"runs":2})";
  run.notes = {"first note", "second note"};
  run.models = {{"compromise", R"({"compromise.weights":"capability_salience"})"}, {"eum", "{}"}};
  run.issues = {{"status", "Status", 0, 100, std::nullopt}, {"route", "Route", 0, 10, 7.5}};
  run.inputs = {{"A capability", "A", "capability", std::nullopt, "triangular", 2, 1, 3},
                {"B position on status", "B", "position", "status", "normal", 60, 0, 100}};
  run.drawn = {1.25, 61.5, 2.75, 58.0};
  run.outcomes = {{0, 0, std::nullopt, std::nullopt, 42.5, "outcome"},
                  {0, 0, 1, std::nullopt, 44.125, "outcome"},
                  {1, 1, 0, std::nullopt, std::nullopt, "cycle"},
                  {1, 0, std::nullopt, 3, 40.0, "state"}};
  run.sensitivity = {{0, 0, 1, 0.25, 0.2, 0.3, 0.5, 0.4, 0.6}};
  run.scores = {{1, std::nullopt, "mean_absolute_error", 12.5}, {1, 1, "crps", 3.25}};
  return run;
}

TEST(Store, RoundTripsEveryRowThroughSqlite) {
  StorePath store("round-trip");
  auto id = AppendRun(store.path(), SmallRun());
  ASSERT_TRUE(id) << id.error().ToString();
  EXPECT_EQ(*id, 1);
  EXPECT_EQ(Query(store.path(), "SELECT value FROM meta WHERE key = 'schema_version'"), "1\n");
  EXPECT_EQ(Query(store.path(),
                  "SELECT command || '|' || scenario || '|' || seed || '|' || draws "
                  "|| '|' || settings || '|' || notes FROM runs"),
            "uncertainty|tiny|18446744073709551615|2|{\"runs\":2}|first note\nsecond note\n");
  EXPECT_EQ(Query(store.path(),
                  "SELECT model || ' ' || issue || ' ' || ifnull(draw, 'point') || "
                  "' ' || ifnull(round, '-') || ' ' || ifnull(value, 'none') || "
                  "' ' || status FROM outcomes_named ORDER BY rowid"),
            "compromise status point - 42.5 outcome\n"
            "compromise status 1 - 44.125 outcome\n"
            "eum route 0 - none cycle\n"
            "eum status point 3 40.0 state\n");
  EXPECT_EQ(Query(store.path(), "SELECT draw || ' ' || input || ' ' || value FROM draws_named"),
            "0 A capability 1.25\n0 B position on status 61.5\n1 A capability 2.75\n"
            "1 B position on status 58.0\n");
  EXPECT_EQ(Query(store.path(), "SELECT ifnull(observed, 'none') FROM issues"), "none\n7.5\n");
  EXPECT_EQ(Query(store.path(),
                  "SELECT input || ' ' || first_order || ' ' || total_high FROM "
                  "sensitivity_named"),
            "B position on status 0.25 0.6\n");
  EXPECT_EQ(Query(store.path(),
                  "SELECT model || ' ' || ifnull(issue, 'all') || ' ' || metric || "
                  "' ' || value FROM scores_named"),
            "eum all mean_absolute_error 12.5\neum route crps 3.25\n");
}

TEST(Store, AppendingKeepsEveryEarlierRun) {
  StorePath store("append");
  ASSERT_TRUE(AppendRun(store.path(), SmallRun()));
  StoredRun second = SmallRun();
  second.command = "forecast";
  auto id = AppendRun(store.path(), second);
  ASSERT_TRUE(id) << id.error().ToString();
  EXPECT_EQ(*id, 2);
  EXPECT_EQ(Query(store.path(), "SELECT run_id || ' ' || command FROM runs"),
            "1 uncertainty\n2 forecast\n");
  EXPECT_EQ(Query(store.path(), "SELECT run_id || ' ' || count(*) FROM outcomes GROUP BY run_id"),
            "1 4\n2 4\n");
}

TEST(Store, RefusesAStoreOfAnotherSchemaVersionAndLeavesItAsItWas) {
  StorePath store("version");
  ASSERT_TRUE(AppendRun(store.path(), SmallRun()));
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(store.path().c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "UPDATE meta SET value = '2' WHERE key = 'schema_version'", nullptr,
                         nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  const std::string before = ReadFile(store.path());
  auto id = AppendRun(store.path(), SmallRun());
  ASSERT_FALSE(id);
  EXPECT_EQ(id.error().code, ErrorCode::kInvalidInput);
  EXPECT_NE(id.error().message.find("schema version 2"), std::string::npos) << id.error().message;
  EXPECT_EQ(id.error().file, store.path());
  EXPECT_FALSE(CheckStore(store.path()));
  EXPECT_EQ(ReadFile(store.path()), before);
}

TEST(Store, RefusesAFileThatIsNotSqliteAndWritesNothing) {
  StorePath store("text");
  std::ofstream(store.path()) << "run,outcome\n1,42\n";
  auto id = AppendRun(store.path(), SmallRun());
  ASSERT_FALSE(id);
  EXPECT_NE(id.error().message.find("not a SQLite file"), std::string::npos) << id.error().message;
  EXPECT_EQ(ReadFile(store.path()), "run,outcome\n1,42\n");
}

TEST(Store, RefusesASqliteDatabaseThatIsNotAStore) {
  StorePath store("foreign");
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(store.path().c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "CREATE TABLE people (name TEXT)", nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  auto id = AppendRun(store.path(), SmallRun());
  ASSERT_FALSE(id);
  EXPECT_NE(id.error().message.find("not a parley results store"), std::string::npos)
      << id.error().message;
  EXPECT_EQ(Query(store.path(), "SELECT count(*) FROM sqlite_master"), "1\n");
}

TEST(Store, ARowNamingAModelTheRunLacksCreatesNoFile) {
  StorePath store("bad-index");
  StoredRun run = SmallRun();
  run.outcomes.push_back({5, 0, std::nullopt, std::nullopt, 1.0, "outcome"});
  auto id = AppendRun(store.path(), run);
  ASSERT_FALSE(id);
  EXPECT_EQ(id.error().code, ErrorCode::kInvalidArgument);
  EXPECT_FALSE(std::filesystem::exists(store.path()));
}

}  // namespace
}  // namespace parley::store_test
