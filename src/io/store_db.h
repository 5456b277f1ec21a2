// Internal: a thin RAII layer over the SQLite C API for the results store
// (store.h): an open database, prepared statements, errors as values.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "parley/result.h"

namespace parley::store {

// One open database; closed on destruction.
class Database {
 public:
  Database() = default;
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Opens `path` read-write, creating it when `create` (the file is not
  // touched until the first write).
  static Result<std::unique_ptr<Database>> Open(const std::string& path, bool create);

  sqlite3* handle() const { return db_; }
  const std::string& path() const { return path_; }
  // Runs statements without results; kIo naming the store on failure.
  Status Execute(const std::string& sql);
  // The error of the last call, as "STORE: what (SQLite's message)".
  tl::unexpected<Error> Fail(const std::string& what) const;

 private:
  sqlite3* db_ = nullptr;
  std::string path_;
};

// A prepared statement; Bind* take 1-based positions, Step returns true while
// a row is available.
class Statement {
 public:
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();
  static Result<std::unique_ptr<Statement>> Prepare(Database& db, const std::string& sql);

  void Bind(int position, std::int64_t value);
  void Bind(int position, double value);
  void Bind(int position, const std::string& text);
  void BindNull(int position);
  void Bind(int position, const std::optional<double>& value);
  void Bind(int position, const std::optional<std::int64_t>& value);
  void Bind(int position, const std::optional<std::string>& value);
  // Executes once (an insert) and resets for the next binding.
  Status Run();
  // Binds `values` to positions 1, 2, ... in order, then Run():
  // Insert(id, name, 0.5) for "INSERT INTO t VALUES (?, ?, ?)".
  template <typename... Values>
  Status Insert(const Values&... values) {
    int position = 0;
    (Bind(++position, values), ...);
    return Run();
  }
  Result<bool> Step();
  std::string Text(int column) const;

 private:
  explicit Statement(Database& db) : db_(db) {}
  Database& db_;
  sqlite3_stmt* statement_ = nullptr;
};

}  // namespace parley::store
