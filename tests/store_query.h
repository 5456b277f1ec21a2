// Shared by the store tests: reading a results store back through the SQLite
// C API, independently of parley's own reader.
#pragma once

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <string>

namespace parley::testing {

// The first column of every row of `sql`, as text ("NULL" for NULL), one per line.
inline std::string Query(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  sqlite3_stmt* statement = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr), SQLITE_OK)
      << sqlite3_errmsg(db);
  std::string out;
  while (statement != nullptr && sqlite3_step(statement) == SQLITE_ROW) {
    const unsigned char* text = sqlite3_column_text(statement, 0);
    out += text != nullptr ? reinterpret_cast<const char*>(text) : "NULL";
    out += "\n";
  }
  sqlite3_finalize(statement);
  sqlite3_close(db);
  return out;
}

}  // namespace parley::testing
