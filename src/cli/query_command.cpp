#include "cli/query_command.h"

#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <map>
#include <memory>
#include <optional>
#include <set>

#include "cli/command_failure.h"
#include "cli/query_printer.h"
#include "cli/query_watchdog.h"
#include "db/read_only_guard.h"

namespace crampwatch::cli {
namespace {

struct QueryCommandOptions {
  std::string sql;                  // the SQL argument; "-" reads standard input
  bool sql_given = false;           // whether the SQL argument was given at all
  std::string sql_file;             // --file; "-" reads standard input
  std::vector<std::string> params;  // --param NAME=VALUE
  QueryFormat format = QueryFormat::kTable;
  bool excel_safe = false;          // --excel-safe: defuse formula-like CSV cells
  // Defaults that stop a mistaken query (a recursive CTE with no end, a
  // cross join) before it takes the machine from the nightly job, yet leave
  // an analyst's honest heavy query room: 5 minutes, 512 MiB of SQLite heap.
  double timeout_seconds = 300;     // --timeout; 0: no limit
  std::int64_t max_memory_mib = 512;  // --max-memory; 0: no limit
};

// Longer than any query an analyst writes, and bounds what a wrong --file
// (/dev/zero, a database dump) reads into memory.
constexpr std::size_t kMaxSqlBytes = std::size_t{1} << 20;
// A week: any longer is a typo, and a week of nanoseconds fits the clock.
constexpr double kMaxTimeoutSeconds = 7 * 24 * 3600;
constexpr std::int64_t kMebibyte = std::int64_t{1} << 20;

// Reads at most kMaxSqlBytes from `file`; `name` is for the message.
std::string ReadBoundedSql(std::FILE* file, const std::string& name) {
  std::string text(kMaxSqlBytes + 1, '\0');
  std::size_t length = 0;
  while (length < text.size()) {
    const std::size_t count = std::fread(text.data() + length, 1, text.size() - length, file);
    if (count == 0) break;
    length += count;
  }
  if (std::ferror(file)) throw Error(ErrorKind::kNoInput, "query: " + name + ": cannot read");
  if (length > kMaxSqlBytes) {
    throw Error(ErrorKind::kUsage, "query: " + name + ": the SQL is longer than 1 MiB");
  }
  text.resize(length);
  return text;
}

std::string ReadSql(const QueryCommandOptions& options) {
  if (options.sql_given && !options.sql_file.empty()) {
    throw Error(ErrorKind::kUsage, "query: give the SQL either as an argument or with --file, not both");
  }
  if (options.sql_given && options.sql != "-") {
    if (options.sql.size() > kMaxSqlBytes) throw Error(ErrorKind::kUsage, "query: the SQL is longer than 1 MiB");
    return options.sql;
  }
  if (!options.sql_file.empty() && options.sql_file != "-") {
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(options.sql_file.c_str(), "rb"), &std::fclose);
    if (file == nullptr) throw Error(ErrorKind::kNoInput, options.sql_file + ": cannot read");
    return ReadBoundedSql(file.get(), "--file " + options.sql_file);
  }
  if (isatty(STDIN_FILENO)) std::fputs("query: reading SQL from standard input (end with Ctrl-D)\n", stderr);
  return ReadBoundedSql(stdin, "standard input");
}

// CLI11 reads "nan", "inf" and "1e10" as numbers: NaN compared as no limit,
// and 1e10 s overflowed the clock.
CLI::Validator SecondsUpToAWeek() {
  return CLI::Validator(
      [](std::string& text) -> std::string {
        double seconds = 0;
        if (CLI::detail::lexical_cast(text, seconds) && std::isfinite(seconds) && seconds >= 0 &&
            seconds <= kMaxTimeoutSeconds) {
          return {};
        }
        return "'" + text + "' is not a number of seconds from 0 (no limit) to 604800 (a week)";
      },
      "SECONDS");
}

void BindParams(SQLite::Statement& statement, const std::vector<std::string>& params) {
  std::set<int> bound;
  for (const std::string& param : params) {
    std::size_t equals = param.find('=');
    if (equals == std::string::npos || equals == 0) {
      throw Error(ErrorKind::kUsage, "query: --param '" + param + "': expected NAME=VALUE");
    }
    std::string name = param.substr(0, equals);
    int index = 0;
    for (const char* prefix : {":", "@", "$"}) {
      if (index == 0) index = statement.getIndex((prefix + name).c_str());
    }
    if (index == 0) {
      throw Error(ErrorKind::kUsage, "query: --param " + name + ": the SQL has no parameter :" + name);
    }
    statement.bind(index, param.substr(equals + 1));
    bound.insert(index);
  }
  // An unbound parameter would silently be NULL: a report run by hand with a
  // forgotten --param would print empty figures instead of failing.
  if (static_cast<int>(bound.size()) < statement.getBindParameterCount()) {
    throw Error(ErrorKind::kUsage, "query: every parameter needs a --param NAME=VALUE: the SQL has " +
                                       std::to_string(statement.getBindParameterCount()) + ", --param gave " +
                                       std::to_string(bound.size()));
  }
}

// " at line L, column C" and, below it, the SQL's line with a caret under
// the column; empty when SQLite gave no position.
std::string DescribePosition(std::string_view sql, int offset) {
  if (offset < 0 || static_cast<std::size_t>(offset) > sql.size()) return "";
  const auto at = static_cast<std::size_t>(offset);
  std::size_t line_start = 0;
  std::size_t line_number = 1;
  for (std::size_t i = 0; i < at; ++i) {
    if (sql[i] == '\n') {
      ++line_number;
      line_start = i + 1;
    }
  }
  std::size_t line_end = sql.find('\n', at);
  std::string line(sql.substr(line_start, (line_end == std::string_view::npos ? sql.size() : line_end) - line_start));
  if (!line.empty() && line.back() == '\r') line.pop_back();
  // Tabs would move the text but not the caret: one space each, for both.
  std::replace(line.begin(), line.end(), '\t', ' ');
  std::size_t column = 1;  // in code points, as a terminal shows them
  for (std::size_t i = line_start; i < at; ++i) {
    if ((static_cast<unsigned char>(sql[i]) & 0xC0) != 0x80) ++column;
  }
  return " at line " + std::to_string(line_number) + ", column " + std::to_string(column) + "\n  " + line +
         "\n  " + std::string(column - 1, ' ') + "^";
}

// A message from a running statement may quote a value from a row (e.g.
// "JSON path error near '...'" for a path read from a column): quoted text is
// replaced, so no patient data reaches a log.
std::string WithoutQuotedText(std::string_view message) {
  std::string redacted;
  for (std::size_t i = 0; i < message.size(); ++i) {
    char c = message[i];
    redacted += c;
    if (c != '\'' && c != '"') continue;
    std::size_t close = message.find(c, i + 1);
    if (close == std::string_view::npos) break;
    redacted += "...";
    redacted += c;
    i = close;
  }
  return redacted;
}

// Errors of a running statement that the SQL itself causes (a usage error)
// rather than the database (I/O, corruption: kDatabase; busy: kTryLater).
bool IsSqlMistake(int code) {
  switch (code & 0xFF) {
    case SQLITE_ERROR:
    case SQLITE_MISMATCH:
    case SQLITE_RANGE:
    case SQLITE_TOOBIG:
    case SQLITE_AUTH:
    case SQLITE_READONLY:
      return true;
    default:
      return false;
  }
}

void PrintRows(SQLite::Statement& statement, QueryPrinter& printer) {
  std::vector<std::string> columns;
  for (int i = 0; i < statement.getColumnCount(); ++i) columns.emplace_back(statement.getColumnName(i));
  printer.Begin(columns);
  // One row's cells, reused: rows stream through without accumulating.
  std::vector<QueryCell> cells(columns.size());
  while (statement.executeStep()) {
    for (int i = 0; i < statement.getColumnCount(); ++i) {
      SQLite::Column column = statement.getColumn(i);
      QueryCell& cell = cells[static_cast<std::size_t>(i)];
      cell.type = column.isNull()      ? QueryCell::Type::kNull
                  : column.isInteger() ? QueryCell::Type::kInteger
                  : column.isFloat()   ? QueryCell::Type::kReal
                                       : QueryCell::Type::kText;
      cell.text = column.isNull() ? std::string() : column.getString();
    }
    printer.Row(cells);
  }
  printer.End();
}

Outcome RunQueryCommand(const GlobalOptions& global, const QueryCommandOptions& options) {
  if (options.excel_safe && options.format != QueryFormat::kCsv) {
    throw Error(ErrorKind::kUsage, "query: --excel-safe applies to --format csv only");
  }
  std::string sql = ReadSql(options);
  db::LimitSqliteHeap(options.max_memory_mib * kMebibyte);
  db::OpenOptions open_options = global.ToOpenOptions();
  open_options.read_only = true;
  auto database = db::OpenDatabase(global.db_path, open_options);
  db::ReadOnlyGuard guard(*database);
  std::optional<std::chrono::duration<double>> limit;
  if (options.timeout_seconds > 0) limit = std::chrono::duration<double>(options.timeout_seconds);
  // Declared after the connection, so it stops watching before the connection closes.
  QueryWatchdog watchdog([&guard] { guard.Interrupt(); }, limit);

  std::optional<SQLite::Statement> statement;
  try {
    statement.emplace(guard.Prepare(sql));
  } catch (const db::SqlError& error) {
    throw Error(ErrorKind::kUsage, "query: " + std::string(error.what()) + DescribePosition(sql, error.offset()));
  }
  BindParams(*statement, options.params);
  auto printer =
      MakeQueryPrinter(options.format, stdout, options.excel_safe ? CsvCells::kExcelSafe : CsvCells::kExact);
  try {
    PrintRows(*statement, *printer);
  } catch (const SQLite::Exception& error) {
    std::fflush(stdout);  // the rows printed so far come before the message
    switch (watchdog.reason()) {
      case QueryWatchdog::Reason::kTimeLimit:
        throw Error(ErrorKind::kTryLater, watchdog.Message());
      case QueryWatchdog::Reason::kSignal:
        PrintError(watchdog.Message());
        return watchdog.outcome();  // the connection closes on the way out
      case QueryWatchdog::Reason::kNone:
        break;
    }
    if (db::IsOutOfMemory(error) && options.max_memory_mib > 0) {
      throw Error(ErrorKind::kTryLater, "query: stopped: it needed more than " +
                                            std::to_string(options.max_memory_mib) +
                                            " MiB of memory (--max-memory)");
    }
    // The database's own trouble (busy, corrupt, I/O) means what it means for every command.
    if (!IsSqlMistake(error.getErrorCode())) throw;
    throw Error(ErrorKind::kUsage, "query: " + WithoutQuotedText(error.what()));
  }
  return Outcome::kOk;
}

}  // namespace

Command SetupQueryCommand(CLI::App& app, const GlobalOptions& global) {
  auto options = std::make_shared<QueryCommandOptions>();
  CLI::App* sub = app.add_subcommand(
      "query", "Run one read-only SQL statement (SQL as argument, --file, or standard input)");
  CLI::Option* sql = sub->add_option("sql", options->sql, "The SQL statement ('-' or none: read standard input)");
  sub->add_option("--file", options->sql_file, "Read the SQL from this file ('-' for standard input)");
  sub->add_option("--param", options->params, "Bind a named parameter, e.g. clinic=CLN-014 (repeatable)")
      ->allow_extra_args(false);
  const std::map<std::string, QueryFormat> formats = {{"table", QueryFormat::kTable},
                                                      {"csv", QueryFormat::kCsv},
                                                      {"json", QueryFormat::kJson},
                                                      {"jsonl", QueryFormat::kJsonLines}};
  sub->add_option("--format", options->format, "Output format: table, csv, json or jsonl")
      ->transform(CLI::CheckedTransformer(formats, CLI::ignore_case))
      ->option_text("table|csv|json|jsonl")
      ->default_str("table");
  sub->add_flag("--excel-safe", options->excel_safe,
                "With --format csv: put ' before text cells starting with = + - @ (or a tab or CR), "
                "so a spreadsheet shows them instead of running them as formulas");
  sub->add_option("--timeout", options->timeout_seconds,
                  "Stop the query after this many seconds (exit 75); 0: no limit; default: 300 s")
      ->check(SecondsUpToAWeek());
  sub->add_option("--max-memory", options->max_memory_mib,
                  "Stop the query when SQLite needs more memory than this many MiB (exit 75); "
                  "0: no limit; default: 512 MiB")
      ->type_name("MiB")
      ->check(CLI::Range(std::int64_t{0}, std::int64_t{1} << 20));
  return {sub, [&global, options, sql] {
            options->sql_given = sql->count() > 0;
            return RunQueryCommand(global, *options);
          }};
}

}  // namespace crampwatch::cli
