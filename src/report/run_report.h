// RunReport: the `report` command's work: one workbook per clinic plus overview.xlsx.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "db/database.h"
#include "report/report_period.h"
#include "util/error.h"
#include "util/file_digest.h"
#include "util/status_printer.h"

namespace crampwatch::report {

/// What `run` remembers of a workbook it wrote (report_state): what it was
/// made from, and the bytes it put on disk.
struct WorkbookState {
  std::string fingerprint;         // workbook_fingerprint.h
  std::optional<FileDigest> file;  // nullopt: not recorded (rows before schema 006)
};

/// What to report. The defaults suit the nightly job.
struct ReportOptions {
  std::string out_dir;                // created 0700 when missing
  /// Write into an out_dir that other users can write without the sticky
  /// bit (output_folder.h); refused otherwise.
  bool allow_shared_out = false;
  std::vector<std::string> clinics;   // --clinic; empty: every clinic with intakes
  std::optional<std::string> from;    // YYYY-MM-DD; default: see ResolvePeriod
  std::optional<std::string> to;
  /// The date "days since intake" count to; default: LocalToday().
  std::optional<std::string> today;
  unsigned threads = 0;               // workbooks written at once; 0: one per core
  std::uint32_t max_rows_per_sheet = 0;  // 0: Excel's limit (tests use less)
  /// For `run`: compute each workbook's fingerprint (workbook_fingerprint.h)
  /// and skip a workbook whose fingerprint equals its entry here (by path)
  /// and whose file on disk is still byte for byte the one recorded, unless
  /// rewrite_unchanged. A workbook edited, truncated, replaced or removed
  /// since is written again.
  bool track_changes = false;
  bool rewrite_unchanged = false;
  std::map<std::string, WorkbookState> previous;
};

/// A workbook that could not be written; the others were.
struct WorkbookFailure {
  std::string path;
  ErrorKind kind = ErrorKind::kCannotCreate;
  std::string message;  // names the path and the cause
};

/// What a run wrote.
struct ReportResult {
  ReportPeriod period;
  std::string out_dir;                // the folder written into (ad hoc: a folder inside --out)
  std::vector<std::string> files;     // paths written, overview.xlsx first
  std::vector<WorkbookFailure> failures;  // in the order of `files`
  std::vector<std::string> unchanged; // paths skipped as unchanged (track_changes)
  std::map<std::string, WorkbookState> states;  // by path, every planned workbook (track_changes);
                                                // a skipped one keeps its previous state
  std::int64_t rows = 0;              // table rows over all workbooks
  std::int64_t truncated_cells = 0;
  double seconds = 0;
};

/// Whether `options` select part of what the nightly job writes (a --clinic,
/// --from or --to): such a report goes into a folder of its own inside
/// --out, named after its period (AdHocFolderName), never over the nightly
/// workbooks.
bool IsAdHoc(const ReportOptions& options);

/// Writes `<clinic>.xlsx` for each clinic asked for (every clinic with
/// intakes by default) and overview.xlsx into options.out_dir (ad hoc: into
/// its period's folder there), several at once on their own read-only
/// connections to the database at `db_path`.
/// Each file is replaced atomically. A workbook that cannot be written
/// (Error: e.g. a folder in the way of its file) is left as it was and listed
/// in result.failures; the others are still written. Any other failure
/// (SQLite::Exception, an --out refused by OpenOutputFolder) stops the
/// report and is thrown. Stale private folders of killed reports in the
/// folder are removed first (RemoveStalePrivateFolders). An unknown --clinic
/// is Error(kUsage).
ReportResult RunReport(const std::string& db_path, const db::OpenOptions& open_options,
                       const ReportOptions& options, StatusPrinter& status);

}  // namespace crampwatch::report
