#include "import/intake_store.h"

#include <sqlite3.h>

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

// The one integer a query returns. Reset at once: a statement left running
// keeps a read transaction open past the commit, and the commit's checkpoint
// cannot run.
std::int64_t SingleInteger(SQLite::Statement& query) {
  query.reset();
  query.executeStep();
  const std::int64_t value = query.getColumn(0).getInt64();
  query.reset();
  return value;
}

}  // namespace

IntakeStore::IntakeStore(SQLite::Database& database)
    : database_(database),
      batch_table_(database, db::sql::kImportBatchTable, db::sql::kImportBatchColumns),
      find_import_(database, db::sql::kFindImportBySha),
      insert_import_(database, db::sql::kInsertImport),
      insert_new_records_(database, db::sql::kInsertNewRecords),
      merge_other_records_(database, db::sql::kMergeOtherRecords),
      max_intake_key_(database, db::sql::kMaxIntakeKey),
      count_failing_checks_(database, db::sql::kCountBatchFailingIntakeChecks),
      queue_new_intakes_(database, db::sql::kQueueNewIntakes),
      insert_reject_(database, db::sql::kInsertReject),
      finish_import_(database, db::sql::kFinishImport) {
  batch_table_.Show(&pending_);
}

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

void IntakeStore::Add(const ComplaintRow& row, std::int64_t import_id) { pending_.Add(row, import_id); }

std::int64_t IntakeStore::MaxIntakeKey() { return SingleInteger(max_intake_key_); }

std::int64_t IntakeStore::CountFailingIntakeChecks() { return SingleInteger(count_failing_checks_); }

void IntakeStore::Merge(ImportCounts& counts) {
  const auto added = static_cast<std::int64_t>(pending_.size());
  if (added == 0) return;
  if (CountFailingIntakeChecks() > 0) {
    // What SQLite raises for a CHECK, which the importer may have switched off.
    throw SQLite::Exception("CHECK constraint failed: intake (sex or age)", SQLITE_CONSTRAINT_CHECK);
  }
  const std::int64_t max_before = MaxIntakeKey();
  insert_new_records_.reset();
  insert_new_records_.exec();
  const std::int64_t inserted = MaxIntakeKey() - max_before;
  // Rows the history trigger writes are not counted here: only updates.
  std::int64_t updated = 0;
  if (inserted < added) {
    merge_other_records_.reset();
    merge_other_records_.bind(1, max_before);
    updated = merge_other_records_.exec();
  }
  if (inserted > 0) {
    queue_new_intakes_.reset();
    queue_new_intakes_.bind(1, max_before);
    queue_new_intakes_.exec();
  }
  counts.inserted += inserted;
  counts.updated += updated;
  counts.unchanged += added - inserted - updated;
  pending_.Clear();
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
