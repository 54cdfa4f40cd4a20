// IntakeStore: the importer's writes to the database, as prepared statements.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "db/memory_table.h"
#include "import/complaint_row.h"
#include "import/import_issue.h"
#include "import/import_result.h"
#include "import/pending_records.h"

namespace crampwatch::importer {

/// Prepares its statements once; every call runs inside the caller's
/// transaction. SQLite failures propagate as SQLite::Exception.
class IntakeStore {
 public:
  /// `database` must outlive the store.
  explicit IntakeStore(SQLite::Database& database);

  struct PreviousImport {
    std::int64_t import_id = 0;
    std::string file;
    std::string imported_at;
  };
  std::optional<PreviousImport> FindImport(const std::string& sha256);

  /// Adds the import_file row that the file's records point to. `sha256` may
  /// be a placeholder until Finish (standard input is hashed as it is read).
  std::int64_t BeginImport(const std::string& file, const std::string& sha256);

  /// Queues a valid record for the next Merge. REQUIRES: `row` stays alive
  /// and unchanged until then (it is not copied).
  void Add(const ComplaintRow& row, std::int64_t import_id);

  /// Merges the records added since the last Merge into intake, in the order
  /// added: a new record is inserted, a changed one updated (its previous
  /// version goes to intake_history), an identical one left alone; new and
  /// changed records join classify_queue. Adds to `counts`' inserted, updated
  /// and unchanged. Checks the records against intake's CHECK constraints
  /// itself, first, so that SQLite's may be off (db::CheckConstraintsIgnored),
  /// and throws SQLite::Exception as SQLite would when one fails.
  void Merge(ImportCounts& counts);

  /// Keeps a rejected record: its line, reason, raw bytes and, when it could
  /// be read, its clinic ('' stores NULL).
  void Reject(std::int64_t import_id, std::int64_t line, const ImportIssue& issue,
              std::string_view raw, const std::string& clinic_id);

  /// For --force: the import `new_id` takes over the records of `old_id`,
  /// whose row and rejects are deleted.
  void TakeOver(std::int64_t new_id, std::int64_t old_id);

  void FinishImport(std::int64_t import_id, const std::string& sha256,
                    const ImportCounts& counts, double seconds);

 private:
  std::int64_t MaxIntakeKey();
  std::int64_t CountFailingIntakeChecks();

  SQLite::Database& database_;
  PendingRecords pending_;
  // Before the statements that read it: they are finalized first.
  db::MemoryTable batch_table_;
  SQLite::Statement find_import_;
  SQLite::Statement insert_import_;
  SQLite::Statement insert_new_records_;
  SQLite::Statement merge_other_records_;
  SQLite::Statement max_intake_key_;
  SQLite::Statement count_failing_checks_;
  SQLite::Statement queue_new_intakes_;
  SQLite::Statement insert_reject_;
  SQLite::Statement finish_import_;
};

}  // namespace crampwatch::importer
