// Importer: loads intake export files into the database, one transaction per file.
#pragma once

#include <SQLiteCpp/Database.h>

#include <string>
#include <vector>

#include "import/date_parser.h"
#include "import/encoding.h"
#include "import/header_map.h"
#include "import/import_result.h"
#include "util/status_printer.h"

namespace crampwatch::importer {

/// How to read the exports. The defaults read the format of docs/intake-format.md.
struct ImportOptions {
  /// Field delimiter; 0 picks by extension: tab for ".tsv", else comma.
  char delimiter = 0;
  Encoding encoding = Encoding::kUtf8;
  /// `--date-format`, applied to every date column; empty: ISO 8601.
  std::string date_format;
  /// `--map` renamings of the export's headers.
  std::vector<ColumnMapping> mappings;
  /// Re-read files whose bytes were imported before.
  bool force = false;
};

/// Imports files in the intake format of docs/intake-format.md. Each file is read in one
/// streaming pass inside its own transaction: a file that fails as a whole
/// (missing, not text, bad header, database error) leaves the database as
/// it was before that file; a bad row is stored as a reject and counted.
class Importer {
 public:
  /// Throws Error(kUsage) when `options.date_format` is not usable.
  /// `database` and `status` must outlive the importer.
  Importer(SQLite::Database& database, ImportOptions options, StatusPrinter& status);

  /// Imports `path` ("-" for standard input). Never throws for a problem of
  /// this one file: the result says what happened.
  FileImportResult ImportFile(const std::string& path);

 private:
  FileImportResult ImportOrThrow(const std::string& path);

  SQLite::Database& database_;
  ImportOptions options_;
  DateParser dates_;
  StatusPrinter& status_;
};

}  // namespace crampwatch::importer
