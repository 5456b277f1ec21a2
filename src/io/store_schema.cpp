#include "io/store_schema.h"

#include <fmt/format.h>

#include "parley/store.h"

namespace parley::store {

// Schema version 1. Runs are keyed by run_id; every other table refers to a
// run and, within it, to models, issues and inputs by their index (0-based, in
// the command's order), which keeps the per-draw rows small. The *_named views
// join the names back for readers.
const char* SchemaSql() {
  return R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE runs (
  run_id INTEGER PRIMARY KEY,
  command TEXT NOT NULL,
  scenario TEXT NOT NULL,
  scenario_digest TEXT NOT NULL,
  parley_version TEXT NOT NULL,
  created_at TEXT NOT NULL,
  seed TEXT,
  draws INTEGER NOT NULL,
  settings TEXT NOT NULL,
  notes TEXT NOT NULL);
CREATE TABLE models (
  run_id INTEGER NOT NULL REFERENCES runs(run_id),
  model INTEGER NOT NULL,
  name TEXT NOT NULL,
  options TEXT NOT NULL,
  PRIMARY KEY (run_id, model));
CREATE TABLE issues (
  run_id INTEGER NOT NULL REFERENCES runs(run_id),
  issue INTEGER NOT NULL,
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  scale_low REAL NOT NULL,
  scale_high REAL NOT NULL,
  observed REAL,
  PRIMARY KEY (run_id, issue));
CREATE TABLE inputs (
  run_id INTEGER NOT NULL REFERENCES runs(run_id),
  input INTEGER NOT NULL,
  label TEXT NOT NULL,
  actor TEXT NOT NULL,
  field TEXT NOT NULL,
  issue TEXT,
  distribution TEXT NOT NULL,
  point REAL NOT NULL,
  low REAL NOT NULL,
  high REAL NOT NULL,
  PRIMARY KEY (run_id, input));
CREATE TABLE draws (
  run_id INTEGER NOT NULL REFERENCES runs(run_id),
  draw INTEGER NOT NULL,
  input INTEGER NOT NULL,
  value REAL NOT NULL);
CREATE TABLE outcomes (
  run_id INTEGER NOT NULL REFERENCES runs(run_id),
  model INTEGER NOT NULL,
  issue INTEGER NOT NULL,
  draw INTEGER,
  round INTEGER,
  value REAL,
  status TEXT NOT NULL);
CREATE TABLE sensitivity (
  run_id INTEGER NOT NULL REFERENCES runs(run_id),
  model INTEGER NOT NULL,
  issue INTEGER NOT NULL,
  input INTEGER NOT NULL,
  first_order REAL NOT NULL,
  first_order_low REAL NOT NULL,
  first_order_high REAL NOT NULL,
  total REAL NOT NULL,
  total_low REAL NOT NULL,
  total_high REAL NOT NULL);
CREATE TABLE scores (
  run_id INTEGER NOT NULL REFERENCES runs(run_id),
  model INTEGER NOT NULL,
  issue INTEGER,
  metric TEXT NOT NULL,
  value REAL NOT NULL);
CREATE VIEW outcomes_named AS
  SELECT o.run_id, r.command, r.scenario, m.name AS model, i.id AS issue, o.draw, o.round,
         o.value, o.status
  FROM outcomes o JOIN runs r ON r.run_id = o.run_id
  JOIN models m ON m.run_id = o.run_id AND m.model = o.model
  JOIN issues i ON i.run_id = o.run_id AND i.issue = o.issue;
CREATE VIEW draws_named AS
  SELECT d.run_id, d.draw, n.label AS input, n.actor, n.field, n.issue, d.value
  FROM draws d JOIN inputs n ON n.run_id = d.run_id AND n.input = d.input;
CREATE VIEW sensitivity_named AS
  SELECT s.run_id, m.name AS model, i.id AS issue, n.label AS input, s.first_order,
         s.first_order_low, s.first_order_high, s.total, s.total_low, s.total_high
  FROM sensitivity s JOIN models m ON m.run_id = s.run_id AND m.model = s.model
  JOIN issues i ON i.run_id = s.run_id AND i.issue = s.issue
  JOIN inputs n ON n.run_id = s.run_id AND n.input = s.input;
CREATE VIEW scores_named AS
  SELECT s.run_id, m.name AS model, i.id AS issue, s.metric, s.value
  FROM scores s JOIN models m ON m.run_id = s.run_id AND m.model = s.model
  LEFT JOIN issues i ON i.run_id = s.run_id AND i.issue = s.issue;
INSERT INTO meta VALUES ('schema_version', '1');
INSERT INTO meta VALUES ('application', 'parley');
)sql";
}

Result<bool> CheckSchema(Database& db) {
  auto tables = Statement::Prepare(db, "SELECT name FROM sqlite_master");
  // A file that is not SQLite fails here ("file is not a database").
  if (!tables) {
    return MakeError(
        ErrorCode::kInvalidInput,
        fmt::format("not a SQLite file, refusing to write to it ({})", sqlite3_errmsg(db.handle())),
        db.path(), 0, "--store");
  }
  bool any = false;
  bool meta = false;
  for (;;) {
    auto row = (*tables)->Step();
    if (!row) {
      return MakeError(
          ErrorCode::kInvalidInput,
          fmt::format("not a SQLite file, refusing to write to it ({})", row.error().message),
          db.path(), 0, "--store");
    }
    if (!*row) break;
    any = true;
    meta = meta || (*tables)->Text(0) == "meta";
  }
  if (!any) return false;
  const auto not_a_store = [&db] {
    return MakeError(ErrorCode::kInvalidInput,
                     "a SQLite database but not a parley results store (no meta table with a "
                     "schema_version), refusing to write to it",
                     db.path(), 0, "--store");
  };
  if (!meta) return not_a_store();
  auto version = Statement::Prepare(db, "SELECT value FROM meta WHERE key = 'schema_version'");
  if (!version) return not_a_store();
  auto row = (*version)->Step();
  if (!row || !*row) return not_a_store();
  const std::string found = (*version)->Text(0);
  if (found != std::to_string(kStoreSchemaVersion)) {
    return MakeError(ErrorCode::kInvalidInput,
                     fmt::format("a parley results store of schema version {}; this parley "
                                 "reads and writes version {} only (docs/store.md, "
                                 "\"Schema versions\"), refusing to write to it",
                                 found, kStoreSchemaVersion),
                     db.path(), 0, "--store");
  }
  return true;
}

}  // namespace parley::store
