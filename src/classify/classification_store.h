// ClassificationStore: the classify stage's reads and writes, as prepared statements.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "classify/classification.h"

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
    std::string complaint;
    std::string history;      // '' when NULL
    std::string medications;  // '' when NULL
    std::optional<int> age;
    char sex = 0;             // 'F', 'M', 'X', 'U', or 0 when NULL

    /// Views into this record's strings: valid while it is neither changed nor destroyed.
    IntakeText Text() const;
  };

  /// Queues every classified record whose rules_version is not `rules_version`
  /// (the rules changed). Returns how many were not queued already.
  std::int64_t QueueOtherRulesVersions(const std::string& rules_version);

  /// Queues every intake record (`classify --all`). Returns how many were not
  /// queued already.
  std::int64_t QueueAll();

  /// How many records wait in classify_queue.
  std::int64_t CountQueued();

  /// Replaces `chunk` with the next at most `limit` queued records whose keys
  /// are above `after_key`, in key order. An empty chunk: none are left.
  void ReadQueued(std::int64_t after_key, std::size_t limit, std::vector<QueuedIntake>& chunk);

  /// Records a classify run with `rules_version` and the calcium thresholds
  /// it applies (CalciumSettings::Describe); returns its run id.
  std::int64_t BeginRun(const std::string& rules_version, const std::string& calcium_settings);

  /// Keeps `classification`, the verdict on `intake`, for the next Merge.
  void Stage(const QueuedIntake& intake, const Classification& classification);

  /// Writes the staged verdicts, made by the run `run_id`, in sets: each
  /// staged record's previous tags are deleted and its new ones inserted, its
  /// classification row inserted or replaced. Empties the stage.
  void Merge(std::int64_t run_id);

  /// Removes the queued keys from `first_key` to `last_key`, both included.
  void Dequeue(std::int64_t first_key, std::int64_t last_key);

 private:
  SQLite::Statement queue_other_rules_versions_;
  SQLite::Statement queue_all_;
  SQLite::Statement count_queued_;
  SQLite::Statement read_queued_;
  SQLite::Statement dequeue_range_;
  SQLite::Statement stage_classification_;
  SQLite::Statement stage_tag_;
  SQLite::Statement delete_staged_records_tags_;
  SQLite::Statement insert_staged_tags_;
  SQLite::Statement merge_staged_classifications_;
  SQLite::Statement clear_classify_stage_;
  SQLite::Statement clear_tag_stage_;
  SQLite::Statement insert_classify_run_;
  SQLite::Statement insert_rule_;
  SQLite::Statement find_rule_;
  SQLite::Database& database_;
  // Rule descriptions already in the rule table, by text.
  std::unordered_map<std::string, std::int64_t> rule_ids_;

  std::int64_t RuleId(const std::string& description);
};

}  // namespace crampwatch::classify
