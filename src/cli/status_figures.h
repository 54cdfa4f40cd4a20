// StatusFigures: what `crampwatch status` reports about a database, read in one snapshot.
#pragma once

#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace crampwatch::cli {

/// One clinic's counts, or the totals. Counts records, never their text.
struct ClinicFigures {
  std::optional<std::string> clinic_id;  // nullopt: rejects whose clinic could not be read, or totals
  long long intakes = 0;
  long long not_classified = 0;  // no current classification (v_intake.is_cramp IS NULL)
  long long cramp_complaints = 0;
  long long rejected = 0;        // import_reject rows naming this clinic
};

/// The latest `crampwatch classify` run.
struct ClassifyRunFigures {
  std::string rules_version;
  std::string started_at;  // UTC, ISO 8601
};

/// The latest imported file, as v_import shows it.
struct ImportFigures {
  std::string file;
  std::string imported_at;  // UTC, ISO 8601
  long long rows_read = 0;
  long long inserted = 0;
  long long updated = 0;
  long long unchanged = 0;
  long long rejected = 0;
};

/// The latest `crampwatch run` (run_log).
struct RunFigures {
  long long run_id = 0;
  std::string started_at;
  std::optional<std::string> finished_at;  // nullopt: killed, or still running
  std::optional<int> exit_code;
  bool in_progress = false;  // not finished, and a process holds the run lock now
};

struct StatusFigures {
  std::string db_path;
  std::uintmax_t db_bytes = 0;
  std::uintmax_t wal_bytes = 0;  // the -wal file beside it; 0 when there is none
  int schema_version = 0;
  std::optional<ClassifyRunFigures> latest_classify;  // nullopt: never classified
  std::vector<ClinicFigures> clinics;                 // by clinic_id; unknown clinic last
  ClinicFigures totals;
  long long import_count = 0;
  std::optional<ImportFigures> last_import;  // nullopt: nothing imported yet
  std::optional<RunFigures> last_run;        // nullopt: `run` never ran
};

/// Reads every figure from `database` (opened read-only by the caller) in one
/// read transaction, so they agree with each other while another process
/// writes; the last run's end alone may be newer, read again after the run
/// lock (`path`.lock) is seen free, so that a run that ended while this read
/// is never taken for a killed one. `path` is the database file, for its
/// size and the lock. SQLite failures
/// propagate as SQLite::Exception (the CLI turns them into exit codes).
StatusFigures ReadStatusFigures(SQLite::Database& database, const std::string& path);

}  // namespace crampwatch::cli
