#include "cli/status_figures.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <filesystem>
#include <system_error>

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

void ReadLastRun(SQLite::Database& database, const std::string& path, StatusFigures& figures) {
  SQLite::Statement statement(database, db::sql::kStatusLastRun);
  if (statement.executeStep()) {
    RunFigures run;
    run.run_id = statement.getColumn(0).getInt64();
    run.started_at = statement.getColumn(1).getString();
    run.finished_at = OptionalText(statement.getColumn(2));
    if (!statement.getColumn(3).isNull()) run.exit_code = statement.getColumn(3).getInt();
    // `run` holds this lock while it works (cli/run_command.cpp).
    run.in_progress = !run.finished_at && IsLockHeld(path + ".lock");
    figures.last_run = std::move(run);
  }
}

}  // namespace

StatusFigures ReadStatusFigures(SQLite::Database& database, const std::string& path) {
  StatusFigures figures;
  figures.db_path = path;
  figures.db_bytes = FileSize(path);
  figures.wal_bytes = FileSize(path + "-wal");
  // A read transaction: one snapshot for every query, even while a run commits.
  SQLite::Transaction snapshot(database);
  figures.schema_version = db::SchemaVersion(database);
  ReadLatestClassify(database, figures);
  ReadClinics(database, figures);
  ReadImports(database, figures);
  ReadLastRun(database, path, figures);
  snapshot.commit();
  return figures;
}

}  // namespace crampwatch::cli
