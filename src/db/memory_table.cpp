#include "db/memory_table.h"

#include <sqlite3.h>

#include <SQLiteCpp/Exception.h>

#include <new>

namespace crampwatch::db {
namespace {

// SQLite's structs come first, so that SQLite's pointers to them are ours.
struct Table {
  sqlite3_vtab base{};
  const MemoryTable* owner = nullptr;
};

struct Cursor {
  sqlite3_vtab_cursor base{};
  std::size_t row = 0;
};

const MemoryRows* RowsOf(sqlite3_vtab_cursor* cursor) {
  return reinterpret_cast<Table*>(cursor->pVtab)->owner->rows();
}

std::size_t RowCount(sqlite3_vtab_cursor* cursor) {
  const MemoryRows* rows = RowsOf(cursor);
  return rows != nullptr ? rows->size() : 0;
}

int Connect(sqlite3* db, void* aux, int, const char* const*, sqlite3_vtab** out, char**) {
  const auto* owner = static_cast<const MemoryTable*>(aux);
  int rc = sqlite3_declare_vtab(db, ("CREATE TABLE x(" + owner->columns() + ")").c_str());
  if (rc != SQLITE_OK) return rc;
  auto* table = new (std::nothrow) Table;
  if (table == nullptr) return SQLITE_NOMEM;
  table->owner = owner;
  *out = &table->base;
  return SQLITE_OK;
}

int Disconnect(sqlite3_vtab* table) {
  delete reinterpret_cast<Table*>(table);
  return SQLITE_OK;
}

// Every plan is a scan in rowid order; SQLite applies the constraints itself.
int BestIndex(sqlite3_vtab*, sqlite3_index_info* info) {
  info->estimatedCost = 1e6;
  if (info->nOrderBy == 1 && info->aOrderBy[0].iColumn == -1 && !info->aOrderBy[0].desc) {
    info->orderByConsumed = 1;
  }
  return SQLITE_OK;
}

int Open(sqlite3_vtab*, sqlite3_vtab_cursor** out) {
  auto* cursor = new (std::nothrow) Cursor;
  if (cursor == nullptr) return SQLITE_NOMEM;
  *out = &cursor->base;
  return SQLITE_OK;
}

int Close(sqlite3_vtab_cursor* cursor) {
  delete reinterpret_cast<Cursor*>(cursor);
  return SQLITE_OK;
}

int Filter(sqlite3_vtab_cursor* cursor, int, const char*, int, sqlite3_value**) {
  reinterpret_cast<Cursor*>(cursor)->row = 0;
  return SQLITE_OK;
}

int Next(sqlite3_vtab_cursor* cursor) {
  ++reinterpret_cast<Cursor*>(cursor)->row;
  return SQLITE_OK;
}

int Eof(sqlite3_vtab_cursor* cursor) { return reinterpret_cast<Cursor*>(cursor)->row >= RowCount(cursor); }

int Column(sqlite3_vtab_cursor* cursor, sqlite3_context* context, int column) {
  const MemoryValue value = RowsOf(cursor)->Value(reinterpret_cast<Cursor*>(cursor)->row, column);
  switch (value.kind) {
    case MemoryValue::Kind::kNull:
      sqlite3_result_null(context);
      break;
    case MemoryValue::Kind::kInteger:
      sqlite3_result_int64(context, value.integer);
      break;
    case MemoryValue::Kind::kText:
      // Static: the caller keeps the text alive while the row is read.
      sqlite3_result_text64(context, value.text.data(), value.text.size(), SQLITE_STATIC, SQLITE_UTF8);
      break;
  }
  return SQLITE_OK;
}

int Rowid(sqlite3_vtab_cursor* cursor, sqlite3_int64* rowid) {
  *rowid = static_cast<sqlite3_int64>(reinterpret_cast<Cursor*>(cursor)->row);
  return SQLITE_OK;
}

// Eponymous only (no xCreate): the table exists without CREATE VIRTUAL TABLE,
// in no schema that a migration or a dump would see.
constexpr sqlite3_module kModule = {
    .iVersion = 0,
    .xCreate = nullptr,
    .xConnect = Connect,
    .xBestIndex = BestIndex,
    .xDisconnect = Disconnect,
    .xDestroy = Disconnect,
    .xOpen = Open,
    .xClose = Close,
    .xFilter = Filter,
    .xNext = Next,
    .xEof = Eof,
    .xColumn = Column,
    .xRowid = Rowid,
    .xUpdate = nullptr,
    .xBegin = nullptr,
    .xSync = nullptr,
    .xCommit = nullptr,
    .xRollback = nullptr,
    .xFindFunction = nullptr,
    .xRename = nullptr,
    .xSavepoint = nullptr,
    .xRelease = nullptr,
    .xRollbackTo = nullptr,
    .xShadowName = nullptr,
};

}  // namespace

MemoryTable::MemoryTable(SQLite::Database& database, std::string name, std::string columns)
    : database_(database), name_(std::move(name)), columns_(std::move(columns)) {
  const int rc = sqlite3_create_module(database_.getHandle(), name_.c_str(), &kModule, this);
  if (rc != SQLITE_OK) throw SQLite::Exception(database_.getHandle(), rc);
}

MemoryTable::~MemoryTable() {
  // A null module drops the one of that name.
  sqlite3_create_module(database_.getHandle(), name_.c_str(), nullptr, nullptr);
}

}  // namespace crampwatch::db
