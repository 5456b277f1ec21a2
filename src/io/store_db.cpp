#include "io/store_db.h"

#include <fmt/format.h>

#include <memory>

namespace parley::store {

Database::~Database() {
  if (db_ != nullptr) sqlite3_close(db_);
}

Result<std::unique_ptr<Database>> Database::Open(const std::string& path, bool create) {
  auto db = std::make_unique<Database>();
  db->path_ = path;
  const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
  if (sqlite3_open_v2(path.c_str(), &db->db_, flags, nullptr) != SQLITE_OK) {
    return db->Fail("cannot open the store");
  }
  // Another parley appending at the same time waits for its turn.
  sqlite3_busy_timeout(db->db_, 10000);
  return db;
}

Status Database::Execute(const std::string& sql) {
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) {
    return Fail("cannot write the store");
  }
  return Ok();
}

tl::unexpected<Error> Database::Fail(const std::string& what) const {
  const char* message = db_ != nullptr ? sqlite3_errmsg(db_) : "out of memory";
  return MakeError(ErrorCode::kIo, fmt::format("{} ({})", what, message), path_);
}

Statement::~Statement() {
  if (statement_ != nullptr) sqlite3_finalize(statement_);
}

Result<std::unique_ptr<Statement>> Statement::Prepare(Database& db, const std::string& sql) {
  std::unique_ptr<Statement> statement(new Statement(db));
  if (sqlite3_prepare_v2(db.handle(), sql.c_str(), -1, &statement->statement_, nullptr) !=
      SQLITE_OK) {
    return db.Fail("cannot read the store");
  }
  return statement;
}

void Statement::Bind(int position, std::int64_t value) {
  sqlite3_bind_int64(statement_, position, value);
}
void Statement::Bind(int position, double value) {
  sqlite3_bind_double(statement_, position, value);
}
void Statement::Bind(int position, const std::string& text) {
  sqlite3_bind_text(statement_, position, text.data(), static_cast<int>(text.size()),
                    SQLITE_TRANSIENT);
}
void Statement::BindNull(int position) { sqlite3_bind_null(statement_, position); }
void Statement::Bind(int position, const std::optional<double>& value) {
  value ? Bind(position, *value) : BindNull(position);
}
void Statement::Bind(int position, const std::optional<std::int64_t>& value) {
  value ? Bind(position, *value) : BindNull(position);
}
void Statement::Bind(int position, const std::optional<std::string>& value) {
  value ? Bind(position, *value) : BindNull(position);
}

Status Statement::Run() {
  const int code = sqlite3_step(statement_);
  sqlite3_reset(statement_);
  sqlite3_clear_bindings(statement_);
  if (code != SQLITE_DONE) return db_.Fail("cannot write the store");
  return Ok();
}

Result<bool> Statement::Step() {
  const int code = sqlite3_step(statement_);
  if (code == SQLITE_ROW) return true;
  if (code == SQLITE_DONE) return false;
  return db_.Fail("cannot read the store");
}

std::string Statement::Text(int column) const {
  const unsigned char* text = sqlite3_column_text(statement_, column);
  return text != nullptr ? reinterpret_cast<const char*>(text) : "";
}

}  // namespace parley::store
