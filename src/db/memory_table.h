// MemoryTable: rows the caller holds in memory, read by SQL as a table.
#pragma once

#include <SQLiteCpp/Database.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace crampwatch::db {

/// One value of a MemoryRows row. Text is not copied: it must stay valid
/// until the statement reading it has stepped past the row.
struct MemoryValue {
  enum class Kind { kNull, kInteger, kText };
  Kind kind = Kind::kNull;
  std::int64_t integer = 0;
  std::string_view text;

  static MemoryValue Null() { return {}; }
  static MemoryValue Integer(std::int64_t value) { return {Kind::kInteger, value, {}}; }
  static MemoryValue Text(std::string_view value) { return {Kind::kText, 0, value}; }
  /// Empty text is NULL.
  static MemoryValue TextOrNull(std::string_view value) {
    return value.empty() ? MemoryValue{} : MemoryValue{Kind::kText, 0, value};
  }
};

/// What a MemoryTable shows: rows [0, size()), each with the table's columns.
class MemoryRows {
 public:
  virtual ~MemoryRows() = default;
  virtual std::size_t size() const = 0;
  /// REQUIRES: row < size(), column < the table's column count.
  virtual MemoryValue Value(std::size_t row, int column) const = 0;
};

/// An eponymous virtual table, `name`, on one connection: a statement reading
/// it reads the rows last given to Show, in order (their rowid is their
/// index), without copying them into SQLite first. Read-only. Unregistered on
/// destruction: statements that use it must be finalized first.
class MemoryTable {
 public:
  /// `columns` is the column list of a CREATE TABLE, e.g. "a, b, c". Throws
  /// SQLite::Exception if SQLite refuses the module. `database` must outlive it.
  MemoryTable(SQLite::Database& database, std::string name, std::string columns);
  ~MemoryTable();
  MemoryTable(const MemoryTable&) = delete;
  MemoryTable& operator=(const MemoryTable&) = delete;

  /// The rows statements read from now on (none before the first call).
  /// `rows` must outlive their use, or be replaced first.
  void Show(const MemoryRows* rows) { rows_ = rows; }

  const MemoryRows* rows() const { return rows_; }
  const std::string& columns() const { return columns_; }

 private:
  SQLite::Database& database_;
  std::string name_;
  std::string columns_;
  const MemoryRows* rows_ = nullptr;
};

}  // namespace crampwatch::db
