// QueryPrinter: writes query results as an aligned table, CSV or JSON.
#pragma once

#include <cstdio>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace crampwatch::cli {

enum class QueryFormat { kTable, kCsv, kJson };

/// One value of a result row, as SQLite typed it.
struct QueryCell {
  enum class Type { kNull, kInteger, kReal, kText };
  Type type = Type::kNull;
  std::string text;  // the value as text; empty for NULL
};

/// Receives a result: the column names once, then each row.
class QueryPrinter {
 public:
  virtual ~QueryPrinter() = default;
  virtual void Begin(const std::vector<std::string>& columns) = 0;
  virtual void Row(std::span<const QueryCell> cells) = 0;
  /// Flushes what is buffered and closes the output's structure.
  virtual void End() = 0;
};

/// A printer for `format` writing to `out`. The table printer sizes its
/// columns from the first rows it sees and streams the rest; CSV follows
/// RFC 4180 with a header row; JSON is one array of objects.
std::unique_ptr<QueryPrinter> MakeQueryPrinter(QueryFormat format, std::FILE* out);

}  // namespace crampwatch::cli
