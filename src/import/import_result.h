// FileImportResult: what importing one file did.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "util/error.h"

namespace crampwatch::importer {

/// Row counts of one file; rows_read = inserted + updated + unchanged + rejected.
struct ImportCounts {
  std::int64_t rows_read = 0;
  std::int64_t inserted = 0;
  std::int64_t updated = 0;
  std::int64_t unchanged = 0;
  std::int64_t rejected = 0;
};

enum class FileOutcome {
  kImported,         // committed (possibly with rejected rows)
  kAlreadyImported,  // the same bytes were imported before; nothing changed
  kFailed,           // nothing of the file was loaded; see error and message
};

struct FileImportResult {
  std::string file;
  FileOutcome outcome = FileOutcome::kFailed;
  ImportCounts counts;
  double seconds = 0;
  std::string sha256;
  std::optional<ErrorKind> error;  // set when outcome == kFailed
  std::string message;             // the failure, or when/under what name it was imported before
};

}  // namespace crampwatch::importer
