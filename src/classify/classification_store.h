// ClassificationStore: the classify stage's reads and writes, as prepared statements.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "classify/classification.h"
#include "classify/classification_row.h"

namespace crampwatch::classify {

/// Prepares its statements once; every call runs inside the caller's
/// transaction. SQLite failures propagate as SQLite::Exception.
class ClassificationStore {
 public:
  /// `database` must outlive the store.
  explicit ClassificationStore(SQLite::Database& database);

  /// A record waiting in classify_queue, with what the classifier reads.
  struct QueuedIntake {
    std::int64_t intake_key = 0;
    std::int64_t revision = 0;
    // Into the text of the chunk that holds the record. NULL reads as ''.
    std::string_view complaint;
    std::string_view history;
    std::string_view medications;
    std::optional<int> age;
    char sex = 0;             // 'F', 'M', 'X', 'U', or 0 when NULL

    IntakeText Text() const;
  };

  /// Queued records read together. Their text fields are copied back to
  /// back into one buffer: reading a chunk allocates nothing once the buffer
  /// has grown. A chunk is reused from read to read. Its records' views stay
  /// valid until the next read into it, also when it is moved (a vector's
  /// buffer moves with it), and it is not copied.
  struct QueuedChunk {
    std::vector<QueuedIntake> intakes;
    std::vector<char> text;
    std::vector<std::size_t> field_ends;  // in `text`, three per record, while reading

    QueuedChunk() = default;
    QueuedChunk(QueuedChunk&&) = default;
    QueuedChunk& operator=(QueuedChunk&&) = default;
    QueuedChunk(const QueuedChunk&) = delete;
    QueuedChunk& operator=(const QueuedChunk&) = delete;
  };

  /// Queues every classified record whose rules_version is not `rules_version`
  /// (the rules changed). Returns how many were not queued already.
  std::int64_t QueueOtherRulesVersions(const std::string& rules_version);

  /// Queues every intake record (`classify --all`). Returns how many were not
  /// queued already.
  std::int64_t QueueAll();

  /// How many records wait in classify_queue.
  std::int64_t CountQueued();

  /// Replaces the records of `chunk` with the next at most `limit` queued
  /// records whose keys are above `after_key`, in key order. No records:
  /// none are left.
  void ReadQueued(std::int64_t after_key, std::size_t limit, QueuedChunk& chunk);

  /// Records a classify run with `rules_version` and the calcium thresholds
  /// it applies (CalciumSettings::Describe); returns its run id.
  std::int64_t BeginRun(const std::string& rules_version, const std::string& calcium_settings);

  /// Writes the verdicts of the run `run_id`, rows[i] on intakes[i], with
  /// their tags: inserted for a record not classified before, replacing the
  /// previous verdict and tags of one that was. Adds the rules of
  /// rows[i].unresolved to the rule table.
  /// REQUIRES: intakes.size() == rows.size().
  void Write(std::int64_t run_id, std::span<const QueuedIntake> intakes,
             std::span<const ClassificationRow> rows);

  /// The names a complaint's evidence gives the cause and red-flag codes
  /// (code_label), for FormatRow.
  TagLabels LoadTagLabels();

  /// The rule ids known so far (those of earlier Writes among them).
  const RuleIds& rule_ids() const { return rule_ids_; }

  /// Empties classify_queue: once a run has read and written every queued
  /// record, one statement is cheaper than a delete per chunk.
  void DequeueAll();

 private:
  // Upserts this many rows per statement: a statement's fixed cost (step,
  // halt, reset) spread over a batch.
  static constexpr std::size_t kBatchRows = 64;

  SQLite::Statement queue_other_rules_versions_;
  SQLite::Statement queue_all_;
  SQLite::Statement count_queued_;
  SQLite::Statement read_queued_;
  SQLite::Statement dequeue_all_;
  SQLite::Statement upsert_one_;
  SQLite::Statement upsert_batch_;
  SQLite::Statement insert_classify_run_;
  SQLite::Statement insert_rule_;
  SQLite::Statement find_rule_;
  SQLite::Database& database_;
  RuleIds rule_ids_;
  // The tags JSON of a row with unresolved rules; reused to spare allocations.
  std::string tags_json_;

  // The rule's id, added to the rule table when it is new.
  std::int64_t RuleId(const std::string& description);
  // Binds `row` on `intake` to the `upsert` parameters after `first`.
  void BindRow(SQLite::Statement& upsert, int first, std::int64_t run_id,
               const QueuedIntake& intake, const ClassificationRow& row);
};

}  // namespace crampwatch::classify
