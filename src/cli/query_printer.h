// QueryPrinter: writes query results as an aligned table, CSV, JSON or JSON Lines.
#pragma once

#include <cstdio>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace crampwatch::cli {

enum class QueryFormat { kTable, kCsv, kJson, kJsonLines };

/// How CSV cells are written. Spreadsheet programs run a cell that starts
/// with '=', '+', '-' or '@' (also a tab or carriage return) as a formula:
/// kExcelSafe puts a single quote before such a text cell (OWASP's advice
/// against CSV injection), so it shows as text; kExact writes every value as
/// it is, for programs that read the file back.
enum class CsvCells { kExact, kExcelSafe };

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

/// A printer for `format` writing to `out`. Rows stream: the table printer
/// holds the first 1,000 rows back to size its columns from them (at most 60
/// characters each), then prints every row as it comes with those widths;
/// wider text is cut and ends in '…' (numbers and the last column never
/// are), and a "(N rows)" line ends the table. The other printers hold no
/// row. CSV follows RFC 4180 with a header row; JSON is one array of
/// objects; JSON Lines one object per line. Numbers stay numbers and NULL
/// null in JSON; NULL is empty in CSV and the table. The table shows control
/// characters as visible escapes (util/terminal_text.h); CSV keeps every
/// byte (`csv_cells` aside), JSON escapes controls as JSON does.
std::unique_ptr<QueryPrinter> MakeQueryPrinter(QueryFormat format, std::FILE* out,
                                               CsvCells csv_cells = CsvCells::kExact);

}  // namespace crampwatch::cli
