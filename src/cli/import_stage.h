// ImportStage: importing a list of export files, shared by `import` and `run`.
#pragma once

#include <SQLiteCpp/Database.h>

#include <string>
#include <vector>

#include "cli/command.h"
#include "cli/terminal_status.h"
#include "import/importer.h"

namespace crampwatch::cli {

/// The export options of `import` and `run`, as given on the command line.
struct ImportCommandOptions {
  std::vector<std::string> files;
  std::string delimiter;
  std::string encoding = "utf-8";
  std::string date_format;
  std::vector<std::string> mappings;
  bool force = false;
};

/// Adds --delimiter, --encoding, --date-format, --map and --force to `command`.
void AddImportOptions(CLI::App& command, ImportCommandOptions& options);

/// Checks and converts the options; throws Error(kUsage) naming the bad one.
importer::ImportOptions ToImportOptions(const ImportCommandOptions& options);

/// What importing the files did.
struct ImportStageResult {
  Outcome outcome = Outcome::kOk;  // the most serious of the files' outcomes
  int imported = 0;
  int skipped = 0;
  int failed = 0;
  importer::ImportCounts total;
  double seconds = 0;  // the whole stage, every file
};

/// Imports `files` in order, each in its own transaction: one summary line a
/// file, and a total line when there are several; a failed file's error is
/// printed and the others go on.
ImportStageResult ImportFiles(SQLite::Database& database, importer::ImportOptions options,
                              const std::vector<std::string>& files, TerminalStatus& status);

}  // namespace crampwatch::cli
