#include "cli/query_command.h"

#include <SQLiteCpp/Statement.h>

#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <memory>
#include <sstream>

#include "cli/query_printer.h"
#include "db/read_only_guard.h"

namespace crampwatch::cli {
namespace {

struct QueryCommandOptions {
  std::string sql;
  std::string sql_file;
  std::vector<std::string> params;
  QueryFormat format = QueryFormat::kTable;
};

std::string ReadSql(const QueryCommandOptions& options) {
  if (!options.sql.empty() && !options.sql_file.empty()) {
    throw Error(ErrorKind::kUsage, "give the SQL either as an argument or with --file, not both");
  }
  if (!options.sql.empty()) return options.sql;
  std::ostringstream text;
  if (!options.sql_file.empty() && options.sql_file != "-") {
    std::ifstream in(options.sql_file, std::ios::binary);
    if (!in) throw Error(ErrorKind::kNoInput, options.sql_file + ": cannot read");
    text << in.rdbuf();
  } else {
    text << std::cin.rdbuf();
  }
  return text.str();
}

void BindParams(SQLite::Statement& statement, const std::vector<std::string>& params) {
  for (const std::string& param : params) {
    std::size_t equals = param.find('=');
    if (equals == std::string::npos || equals == 0) {
      throw Error(ErrorKind::kUsage, "--param '" + param + "': expected NAME=VALUE");
    }
    std::string name = param.substr(0, equals);
    int index = 0;
    for (const char* prefix : {":", "@", "$"}) {
      if (index == 0) index = statement.getIndex((prefix + name).c_str());
    }
    if (index == 0) {
      throw Error(ErrorKind::kUsage, "--param " + name + ": the SQL has no parameter :" + name);
    }
    statement.bind(index, param.substr(equals + 1));
  }
}

Outcome RunQueryCommand(const GlobalOptions& global, const QueryCommandOptions& options) {
  std::string sql = ReadSql(options);
  db::OpenOptions open_options = global.ToOpenOptions();
  open_options.read_only = true;
  auto database = db::OpenDatabase(global.db_path, open_options);
  db::InstallReadOnlyGuard(*database);

  try {
    SQLite::Statement statement(*database, sql);
    BindParams(statement, options.params);
    auto printer = MakeQueryPrinter(options.format, stdout);
    std::vector<std::string> columns;
    for (int i = 0; i < statement.getColumnCount(); ++i) columns.emplace_back(statement.getColumnName(i));
    printer->Begin(columns);
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
      printer->Row(cells);
    }
    printer->End();
  } catch (const SQLite::Exception& error) {
    throw Error(db::ErrorKindOf(error) == ErrorKind::kTryLater ? ErrorKind::kTryLater
                                                               : ErrorKind::kUsage,
                std::string("query: ") + error.what());
  }
  return Outcome::kOk;
}

}  // namespace

Command SetupQueryCommand(CLI::App& app, const GlobalOptions& global) {
  auto options = std::make_shared<QueryCommandOptions>();
  CLI::App* sub = app.add_subcommand("query", "Run a read-only SQL query (SQL as argument, --file, or stdin)");
  sub->add_option("sql", options->sql, "The SQL statement");
  sub->add_option("--file", options->sql_file, "Read the SQL from this file ('-' for stdin)");
  sub->add_option("--param", options->params, "Bind a named parameter, e.g. clinic=CLN-014 (repeatable)")
      ->allow_extra_args(false);
  const std::map<std::string, QueryFormat> formats = {
      {"table", QueryFormat::kTable}, {"csv", QueryFormat::kCsv}, {"json", QueryFormat::kJson}};
  sub->add_option("--format", options->format, "Output format: table, csv or json")
      ->transform(CLI::CheckedTransformer(formats, CLI::ignore_case))
      ->default_str("table");
  return {sub, [&global, options] { return RunQueryCommand(global, *options); }};
}

}  // namespace crampwatch::cli
