// AppendRun: one run into the results store (store.h), in one transaction.
#include <fmt/format.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <system_error>

#include "io/store_db.h"
#include "io/store_schema.h"
#include "parley/store.h"

namespace parley {
namespace {

using store::Database;
using store::Statement;

std::int64_t Index(std::size_t index) { return static_cast<std::int64_t>(index); }

// kInvalidArgument when a row names a model, issue or input the run lacks.
Status CheckIndices(const StoredRun& run) {
  const auto out = [](const char* table, const char* what, std::size_t index, std::size_t count) {
    return InvalidArgument(
        fmt::format("store: a {} row names {} {}, the run has {}", table, what, index, count));
  };
  for (const StoredOutcome& row : run.outcomes) {
    if (row.model >= run.models.size())
      return out("outcome", "model", row.model, run.models.size());
    if (row.issue >= run.issues.size())
      return out("outcome", "issue", row.issue, run.issues.size());
  }
  for (const StoredSobol& row : run.sensitivity) {
    if (row.model >= run.models.size())
      return out("sensitivity", "model", row.model, run.models.size());
    if (row.issue >= run.issues.size())
      return out("sensitivity", "issue", row.issue, run.issues.size());
    if (row.input >= run.inputs.size())
      return out("sensitivity", "input", row.input, run.inputs.size());
  }
  for (const StoredScore& row : run.scores) {
    if (row.model >= run.models.size()) return out("score", "model", row.model, run.models.size());
    if (row.issue && *row.issue >= run.issues.size()) {
      return out("score", "issue", *row.issue, run.issues.size());
    }
  }
  if (!run.drawn.empty() && (run.inputs.empty() || run.drawn.size() % run.inputs.size() != 0)) {
    return InvalidArgument(
        fmt::format("store: {} drawn values for {} inputs", run.drawn.size(), run.inputs.size()));
  }
  return Ok();
}

Result<std::int64_t> InsertRun(Database& db, const StoredRun& run) {
  auto insert = Statement::Prepare(
      db,
      "INSERT INTO runs (command, scenario, scenario_digest, parley_version, created_at, "
      "seed, draws, settings, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (!insert) return tl::unexpected(insert.error());
  std::string notes;
  for (const std::string& note : run.notes) notes += (notes.empty() ? "" : "\n") + note;
  const Status done = (*insert)->Insert(
      run.command, run.scenario, run.scenario_digest, run.parley_version, run.created_at,
      run.seed ? std::optional<std::string>(std::to_string(*run.seed)) : std::nullopt,
      Index(run.draws), run.settings_json.empty() ? std::string("{}") : run.settings_json, notes);
  if (!done) return tl::unexpected(done.error());
  return sqlite3_last_insert_rowid(db.handle());
}

Status InsertNames(Database& db, std::int64_t id, const StoredRun& run) {
  auto models = Statement::Prepare(db, "INSERT INTO models VALUES (?, ?, ?, ?)");
  auto issues = Statement::Prepare(db, "INSERT INTO issues VALUES (?, ?, ?, ?, ?, ?, ?)");
  auto inputs = Statement::Prepare(db, "INSERT INTO inputs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (!models || !issues || !inputs) return db.Fail("cannot write the store");
  for (std::size_t m = 0; m < run.models.size(); ++m) {
    const Status done = (*models)->Insert(
        id, Index(m), run.models[m].name,
        run.models[m].options_json.empty() ? std::string("{}") : run.models[m].options_json);
    if (!done) return done;
  }
  for (std::size_t k = 0; k < run.issues.size(); ++k) {
    const StoredIssue& issue = run.issues[k];
    const Status done = (*issues)->Insert(id, Index(k), issue.id, issue.name, issue.scale_low,
                                          issue.scale_high, issue.observed);
    if (!done) return done;
  }
  for (std::size_t n = 0; n < run.inputs.size(); ++n) {
    const StoredInput& input = run.inputs[n];
    const Status done =
        (*inputs)->Insert(id, Index(n), input.label, input.actor, input.field, input.issue,
                          input.distribution, input.point, input.low, input.high);
    if (!done) return done;
  }
  return Ok();
}

Status InsertDrawsAndOutcomes(Database& db, std::int64_t id, const StoredRun& run) {
  auto draws = Statement::Prepare(db, "INSERT INTO draws VALUES (?, ?, ?, ?)");
  auto outcomes = Statement::Prepare(db, "INSERT INTO outcomes VALUES (?, ?, ?, ?, ?, ?, ?)");
  if (!draws || !outcomes) return db.Fail("cannot write the store");
  for (std::size_t v = 0; v < run.drawn.size(); ++v) {
    const Status done = (*draws)->Insert(id, Index(v / run.inputs.size()),
                                         Index(v % run.inputs.size()), run.drawn[v]);
    if (!done) return done;
  }
  for (const StoredOutcome& row : run.outcomes) {
    const Status done = (*outcomes)->Insert(
        id, Index(row.model), Index(row.issue), row.draw,
        row.round ? std::optional<std::int64_t>(*row.round) : std::nullopt, row.value, row.status);
    if (!done) return done;
  }
  return Ok();
}

Status InsertAnalyses(Database& db, std::int64_t id, const StoredRun& run) {
  auto sobol =
      Statement::Prepare(db, "INSERT INTO sensitivity VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  auto scores = Statement::Prepare(db, "INSERT INTO scores VALUES (?, ?, ?, ?, ?)");
  if (!sobol || !scores) return db.Fail("cannot write the store");
  for (const StoredSobol& row : run.sensitivity) {
    const Status done = (*sobol)->Insert(id, Index(row.model), Index(row.issue), Index(row.input),
                                         row.first_order, row.first_order_low, row.first_order_high,
                                         row.total, row.total_low, row.total_high);
    if (!done) return done;
  }
  for (const StoredScore& row : run.scores) {
    const Status done =
        (*scores)->Insert(id, Index(row.model),
                          row.issue ? std::optional<std::int64_t>(Index(*row.issue)) : std::nullopt,
                          row.metric, row.value);
    if (!done) return done;
  }
  return Ok();
}

Result<std::int64_t> WriteRun(Database& db, const StoredRun& run) {
  auto has_schema = store::CheckSchema(db);
  if (!has_schema) return tl::unexpected(has_schema.error());
  if (auto begun = db.Execute("BEGIN IMMEDIATE"); !begun) return tl::unexpected(begun.error());
  // Checked again under the write lock: another parley may have created it.
  has_schema = store::CheckSchema(db);
  Status written = has_schema ? Ok() : Status(tl::unexpected(has_schema.error()));
  if (written && !*has_schema) written = db.Execute(store::SchemaSql());
  Result<std::int64_t> id = written ? InsertRun(db, run) : tl::unexpected(written.error());
  written = id ? InsertNames(db, *id, run) : Status(tl::unexpected(id.error()));
  if (written) written = InsertDrawsAndOutcomes(db, *id, run);
  if (written) written = InsertAnalyses(db, *id, run);
  if (written) written = db.Execute("COMMIT");
  if (!written) {
    (void)db.Execute("ROLLBACK");
    return tl::unexpected(written.error());
  }
  return *id;
}

}  // namespace

Status CheckStore(const std::string& path) {
  std::error_code error;
  if (!std::filesystem::exists(path, error)) return Ok();
  auto db = store::Database::Open(path, /*create=*/false);
  if (!db) return tl::unexpected(db.error());
  auto has_schema = store::CheckSchema(**db);
  if (!has_schema) return tl::unexpected(has_schema.error());
  return Ok();
}

Result<std::int64_t> AppendRun(const std::string& path, const StoredRun& run) {
  if (auto indices = CheckIndices(run); !indices) return tl::unexpected(indices.error());
  std::error_code error;
  const bool existed = std::filesystem::exists(path, error);
  Result<std::int64_t> id;
  {
    auto db = store::Database::Open(path, /*create=*/true);
    if (!db) return tl::unexpected(db.error());
    id = WriteRun(**db, run);
  }
  // A store this call created and could not fill is removed: no half-written file.
  if (!id && !existed) std::filesystem::remove(path, error);
  return id;
}

std::string StoreTimestamp() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", utc.tm_year + 1900, utc.tm_mon + 1,
                     utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec);
}

}  // namespace parley
