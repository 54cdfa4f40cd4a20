#include "import/intake_store.h"

#include <ctime>

#include "db/sql.h"
#include "util/utc_time.h"

namespace crampwatch::importer {
namespace {

// Empty optional text is stored as NULL. The row outlives the statement's
// execution, so its strings are bound without copying.
void BindTextOrNull(SQLite::Statement& statement, int index, const std::string& text) {
  if (text.empty()) {
    statement.bind(index);
  } else {
    statement.bindNoCopy(index, text);
  }
}

// The stage table must exist before the statements that use it are prepared.
SQLite::Database& WithStageTable(SQLite::Database& database) {
  database.exec(db::sql::kCreateStage);
  return database;
}

}  // namespace

IntakeStore::IntakeStore(SQLite::Database& database)
    : database_(WithStageTable(database)),
      find_import_(database, db::sql::kFindImportBySha),
      insert_import_(database, db::sql::kInsertImport),
      stage_intake_(database, db::sql::kStageIntake),
      insert_new_staged_(database, db::sql::kInsertNewStaged),
      merge_stage_(database, db::sql::kMergeStage),
      clear_stage_(database, db::sql::kClearStage),
      max_intake_key_(database, db::sql::kMaxIntakeKey),
      queue_new_intakes_(database, db::sql::kQueueNewIntakes),
      insert_reject_(database, db::sql::kInsertReject),
      finish_import_(database, db::sql::kFinishImport) {}

std::optional<IntakeStore::PreviousImport> IntakeStore::FindImport(const std::string& sha256) {
  find_import_.reset();
  find_import_.bind(1, sha256);
  if (!find_import_.executeStep()) return std::nullopt;
  PreviousImport previous{find_import_.getColumn(0).getInt64(), find_import_.getColumn(1).getString(),
                          find_import_.getColumn(2).getString()};
  find_import_.reset();  // see Merge
  return previous;
}

std::int64_t IntakeStore::BeginImport(const std::string& file, const std::string& sha256) {
  insert_import_.reset();
  insert_import_.bind(1, file);
  insert_import_.bind(2, sha256);
  insert_import_.bind(3, UtcNow());
  insert_import_.exec();
  return database_.getLastInsertRowid();
}

void IntakeStore::Stage(const ComplaintRow& row, std::int64_t import_id) {
  SQLite::Statement& stage = stage_intake_;
  stage.reset();
  stage.bindNoCopy(1, row.clinic_id);
  stage.bindNoCopy(2, row.intake_id);
  BindTextOrNull(stage, 3, row.clinic_name);
  stage.bindNoCopy(4, row.patient_id);
  stage.bindNoCopy(5, row.intake_date);
  BindTextOrNull(stage, 6, row.sex);
  BindTextOrNull(stage, 7, row.birth_date);
  if (row.age) {
    stage.bind(8, *row.age);
  } else {
    stage.bind(8);
  }
  stage.bindNoCopy(9, row.complaint);
  BindTextOrNull(stage, 10, row.history);
  BindTextOrNull(stage, 11, row.medications);
  BindTextOrNull(stage, 12, row.extra_json);
  stage.bind(13, import_id);
  stage.bind(14, row.line);
  stage.exec();
  ++staged_;
}

void IntakeStore::Merge(ImportCounts& counts) {
  if (staged_ == 0) return;
  auto max_key = [this] {
    max_intake_key_.reset();
    max_intake_key_.executeStep();
    const std::int64_t key = max_intake_key_.getColumn(0).getInt64();
    // Reset at once: a statement left running keeps a read transaction open
    // past the commit, and the commit's checkpoint cannot run.
    max_intake_key_.reset();
    return key;
  };
  const std::int64_t max_before = max_key();
  insert_new_staged_.reset();
  insert_new_staged_.exec();
  const std::int64_t inserted = max_key() - max_before;
  // Rows the history trigger writes are not counted here: only updates.
  std::int64_t updated = 0;
  if (inserted < staged_) {
    merge_stage_.reset();
    merge_stage_.bind(1, max_before);
    updated = merge_stage_.exec();
  }
  if (inserted > 0) {
    queue_new_intakes_.reset();
    queue_new_intakes_.bind(1, max_before);
    queue_new_intakes_.exec();
  }
  counts.inserted += inserted;
  counts.updated += updated;
  counts.unchanged += staged_ - inserted - updated;
  clear_stage_.reset();
  clear_stage_.exec();
  staged_ = 0;
}

void IntakeStore::Reject(std::int64_t import_id, std::int64_t line, const ImportIssue& issue,
                         std::string_view raw, const std::string& clinic_id) {
  insert_reject_.reset();
  insert_reject_.bind(1, import_id);
  insert_reject_.bind(2, line);
  BindTextOrNull(insert_reject_, 3, issue.field);
  insert_reject_.bind(4, issue.Reason());
  insert_reject_.bindNoCopy(5, raw.data(), static_cast<int>(raw.size()));
  BindTextOrNull(insert_reject_, 6, clinic_id);
  insert_reject_.exec();
}

void IntakeStore::TakeOver(std::int64_t new_id, std::int64_t old_id) {
  for (const char* statement_text : db::sql::kMoveImportReferences) {
    SQLite::Statement move(database_, statement_text);
    move.bind(1, new_id);
    move.bind(2, old_id);
    move.exec();
  }
  // The old import's rejects go with it: ON DELETE CASCADE would, but the
  // importer runs with foreign-key checks off.
  for (const char* statement_text : db::sql::kDeleteImport) {
    SQLite::Statement remove(database_, statement_text);
    remove.bind(1, old_id);
    remove.exec();
  }
}

void IntakeStore::FinishImport(std::int64_t import_id, const std::string& sha256,
                               const ImportCounts& counts, double seconds) {
  finish_import_.reset();
  finish_import_.bind(1, sha256);
  finish_import_.bind(2, counts.rows_read);
  finish_import_.bind(3, counts.inserted);
  finish_import_.bind(4, counts.updated);
  finish_import_.bind(5, counts.unchanged);
  finish_import_.bind(6, counts.rejected);
  finish_import_.bind(7, seconds);
  finish_import_.bind(8, import_id);
  finish_import_.exec();
}

}  // namespace crampwatch::importer
