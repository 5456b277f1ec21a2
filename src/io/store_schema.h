// Internal: the results store's schema (docs/store.md) and the check that an
// existing file is a store this parley may append to.
#pragma once

#include "io/store_db.h"

namespace parley::store {

// The tables, views and the meta rows of schema version kStoreSchemaVersion.
const char* SchemaSql();

// Ok(true) when the database is a parley store of this schema version,
// Ok(false) when it is empty (no tables yet); kInvalidInput naming the file
// for SQLite that is not a parley store or a store of another version, kIo
// for a file that is not SQLite at all.
Result<bool> CheckSchema(Database& db);

}  // namespace parley::store
