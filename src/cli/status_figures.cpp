#include "cli/status_figures.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <filesystem>
#include <system_error>

#include "cli/run_end_note.h"
#include "db/database.h"
#include "db/migrations.h"
#include "db/sql.h"
#include "util/file_lock.h"

namespace crampwatch::cli {
namespace {

// 0 when the file is missing (a database without a -wal file beside it).
std::uintmax_t FileSize(const std::string& path) {
  std::error_code error;
  std::uintmax_t size = std::filesystem::file_size(path, error);
  return error ? 0 : size;
}

std::optional<std::string> OptionalText(const SQLite::Column& column) {
  if (column.isNull()) return std::nullopt;
  return column.getString();
}

void ReadClinics(SQLite::Database& database, StatusFigures& figures) {
  SQLite::Statement statement(database, db::sql::kStatusClinicCounts);
  while (statement.executeStep()) {
    ClinicFigures clinic{.clinic_id = OptionalText(statement.getColumn(0)),
                         .intakes = statement.getColumn(1).getInt64(),
                         .not_classified = statement.getColumn(2).getInt64(),
                         .cramp_complaints = statement.getColumn(3).getInt64(),
                         .rejected = statement.getColumn(4).getInt64()};
    figures.totals.intakes += clinic.intakes;
    figures.totals.not_classified += clinic.not_classified;
    figures.totals.cramp_complaints += clinic.cramp_complaints;
    figures.totals.rejected += clinic.rejected;
    figures.clinics.push_back(std::move(clinic));
  }
}

void ReadLatestClassify(SQLite::Database& database, StatusFigures& figures) {
  SQLite::Statement statement(database, db::sql::kStatusLatestClassifyRun);
  if (statement.executeStep()) {
    figures.latest_classify = ClassifyRunFigures{.rules_version = statement.getColumn(0).getString(),
                                                 .started_at = statement.getColumn(1).getString()};
  }
}

void ReadImports(SQLite::Database& database, StatusFigures& figures) {
  figures.import_count = database.execAndGet(db::sql::kStatusImportCount).getInt64();
  SQLite::Statement statement(database, db::sql::kStatusLastImport);
  if (statement.executeStep()) {
    figures.last_import = ImportFigures{.file = statement.getColumn(0).getString(),
                                        .imported_at = statement.getColumn(1).getString(),
                                        .rows_read = statement.getColumn(2).getInt64(),
                                        .inserted = statement.getColumn(3).getInt64(),
                                        .updated = statement.getColumn(4).getInt64(),
                                        .unchanged = statement.getColumn(5).getInt64(),
                                        .rejected = statement.getColumn(6).getInt64()};
  }
}

void ReadRunEnd(const SQLite::Statement& statement, int first_column, RunFigures& run) {
  run.finished_at = OptionalText(statement.getColumn(first_column));
  if (!statement.getColumn(first_column + 1).isNull()) run.exit_code = statement.getColumn(first_column + 1).getInt();
}

void ReadLastRun(SQLite::Database& database, StatusFigures& figures) {
  SQLite::Statement statement(database, db::sql::kStatusLastRun);
  if (statement.executeStep()) {
    RunFigures run;
    run.run_id = statement.getColumn(0).getInt64();
    run.started_at = statement.getColumn(1).getString();
    ReadRunEnd(statement, 2, run);
    figures.last_run = std::move(run);
  }
}

// Whether a run without an end is running or was killed. `run` takes its
// lock before it records its start, and records its end before it lets the
// lock go (cli/run_command.cpp). The snapshot was read before the lock is
// looked at, so a run may have ended in between: with the lock free, its end
// (if it recorded one) is committed now, and read again outside the snapshot.
// Only a run whose end is still missing then, from the database and from
// the lock file's note, did not finish.
void SettleLastRun(SQLite::Database& database, const std::string& path, StatusFigures& figures) {
  if (!figures.last_run || figures.last_run->finished_at) return;
  RunFigures& run = *figures.last_run;
  if (IsLockHeld(path + ".lock")) {
    run.in_progress = true;
    return;
  }
  SQLite::Statement statement(database, db::sql::kStatusRunEnd);
  statement.bind(1, static_cast<std::int64_t>(run.run_id));
  if (statement.executeStep()) ReadRunEnd(statement, 0, run);
  if (run.finished_at) return;
  // A run whose disk was full notes its end in the lock file instead.
  const std::optional<RunEndNote> noted = ParseRunEndNote(ReadLockNote(path + ".lock"));
  if (noted && noted->run_id == run.run_id) {
    run.finished_at = noted->finished_at;
    run.exit_code = noted->exit_code;
  }
}

}  // namespace

StatusFigures ReadStatusFigures(SQLite::Database& database, const std::string& path) {
  StatusFigures figures;
  figures.db_path = path;
  // The file SQLite opened, a symbolic link followed: its -wal is beside it.
  const std::string file = db::DatabaseFile(database);
  figures.db_bytes = FileSize(file);
  figures.wal_bytes = FileSize(file + "-wal");
  // A read transaction: one snapshot for every query, even while a run commits.
  SQLite::Transaction snapshot(database);
  figures.schema_version = db::SchemaVersion(database);
  ReadLatestClassify(database, figures);
  ReadClinics(database, figures);
  ReadImports(database, figures);
  ReadLastRun(database, figures);
  snapshot.commit();
  SettleLastRun(database, path, figures);
  return figures;
}

}  // namespace crampwatch::cli
