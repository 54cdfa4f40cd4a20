#include "classify/classification_store.h"

#include "db/sql.h"

namespace crampwatch::classify {
namespace {

// NULL text reads as empty: the classifier treats a missing field as empty.
void CopyText(const SQLite::Column& column, std::string& text) {
  if (column.isNull()) {
    text.clear();
  } else {
    text.assign(static_cast<const char*>(column.getBlob()), static_cast<std::size_t>(column.getBytes()));
  }
}

// SQLiteCpp binds text only from std::string or a NUL-terminated char*;
// stored codes are short, so they are bound as copies.
void BindCode(SQLite::Statement& statement, int index, std::string_view code) {
  statement.bind(index, std::string(code));
}

// No calcium risk and no reason are stored as NULL.
void BindCodeOrNull(SQLite::Statement& statement, int index, std::string_view code) {
  if (code.empty()) {
    statement.bind(index);
  } else {
    BindCode(statement, index, code);
  }
}

// The stage tables must exist before the statements that use them are prepared.
SQLite::Database& WithStageTables(SQLite::Database& database) {
  database.exec(db::sql::kCreateClassifyStage);
  return database;
}

}  // namespace

IntakeText ClassificationStore::QueuedIntake::Text() const {
  return IntakeText{.complaint = complaint,
                    .history = history,
                    .medications = medications,
                    .age = age,
                    .sex = sex};
}

ClassificationStore::ClassificationStore(SQLite::Database& database)
    : queue_other_rules_versions_(WithStageTables(database), db::sql::kQueueOtherRulesVersions),
      queue_all_(database, db::sql::kQueueAllIntakes),
      count_queued_(database, db::sql::kCountQueued),
      read_queued_(database, db::sql::kReadQueued),
      dequeue_range_(database, db::sql::kDequeueRange),
      stage_classification_(database, db::sql::kStageClassification),
      stage_tag_(database, db::sql::kStageTag),
      delete_staged_records_tags_(database, db::sql::kDeleteStagedRecordsTags),
      insert_staged_tags_(database, db::sql::kInsertStagedTags),
      merge_staged_classifications_(database, db::sql::kMergeStagedClassifications),
      clear_classify_stage_(database, db::sql::kClearClassifyStage),
      clear_tag_stage_(database, db::sql::kClearTagStage),
      insert_classify_run_(database, db::sql::kInsertClassifyRun),
      insert_rule_(database, db::sql::kInsertRule),
      find_rule_(database, db::sql::kFindRule),
      database_(database) {}

std::int64_t ClassificationStore::BeginRun(const std::string& rules_version,
                                           const std::string& calcium_settings) {
  insert_classify_run_.reset();
  insert_classify_run_.bind(1, rules_version);
  insert_classify_run_.bind(2, calcium_settings);
  insert_classify_run_.exec();
  return database_.getLastInsertRowid();
}

std::int64_t ClassificationStore::RuleId(const std::string& description) {
  if (auto known = rule_ids_.find(description); known != rule_ids_.end()) return known->second;
  insert_rule_.reset();
  insert_rule_.bind(1, description);
  insert_rule_.exec();
  find_rule_.reset();
  find_rule_.bind(1, description);
  find_rule_.executeStep();
  std::int64_t id = find_rule_.getColumn(0).getInt64();
  rule_ids_.emplace(description, id);
  return id;
}

std::int64_t ClassificationStore::QueueOtherRulesVersions(const std::string& rules_version) {
  queue_other_rules_versions_.reset();
  queue_other_rules_versions_.bind(1, rules_version);
  return queue_other_rules_versions_.exec();
}

std::int64_t ClassificationStore::QueueAll() {
  queue_all_.reset();
  return queue_all_.exec();
}

std::int64_t ClassificationStore::CountQueued() {
  count_queued_.reset();
  count_queued_.executeStep();
  return count_queued_.getColumn(0).getInt64();
}

void ClassificationStore::ReadQueued(std::int64_t after_key, std::size_t limit,
                                     std::vector<QueuedIntake>& chunk) {
  chunk.clear();
  read_queued_.reset();
  read_queued_.bind(1, after_key);
  read_queued_.bind(2, static_cast<std::int64_t>(limit));
  while (read_queued_.executeStep()) {
    QueuedIntake& intake = chunk.emplace_back();
    intake.intake_key = read_queued_.getColumn(0).getInt64();
    intake.revision = read_queued_.getColumn(1).getInt64();
    CopyText(read_queued_.getColumn(2), intake.complaint);
    CopyText(read_queued_.getColumn(3), intake.history);
    CopyText(read_queued_.getColumn(4), intake.medications);
    SQLite::Column age = read_queued_.getColumn(5);
    if (!age.isNull()) intake.age = age.getInt();
    SQLite::Column sex = read_queued_.getColumn(6);
    if (!sex.isNull() && sex.getBytes() > 0) intake.sex = sex.getText()[0];
  }
}

void ClassificationStore::Stage(const QueuedIntake& intake, const Classification& classification) {
  for (std::size_t number = 0; number < classification.tags.size(); ++number) {
    const Tag& tag = classification.tags[number];
    SQLite::Statement& stage = stage_tag_;
    stage.reset();
    stage.bind(1, intake.intake_key);
    stage.bind(2, static_cast<std::int64_t>(number));
    BindCode(stage, 3, StoredCode(tag.kind));
    stage.bindNoCopy(4, tag.code);
    BindCode(stage, 5, StoredCode(tag.certainty));
    BindCode(stage, 6, StoredCode(tag.field));
    stage.bind(7, static_cast<std::int64_t>(tag.begin));
    stage.bind(8, static_cast<std::int64_t>(tag.end));
    stage.bind(9, RuleId(tag.rule));
    stage.exec();
  }

  // The joined codes are temporaries: bound with a copy.
  SQLite::Statement& stage = stage_classification_;
  stage.reset();
  stage.bind(1, intake.intake_key);
  stage.bind(2, intake.revision);
  stage.bind(3, classification.is_cramp ? 1 : 0);
  stage.bind(4, classification.nocturnal ? 1 : 0);
  stage.bind(5, classification.JoinedSites());
  stage.bind(6, classification.JoinedCodes(TagKind::kCause));
  stage.bind(7, classification.JoinedCodes(TagKind::kRedFlag));
  BindCodeOrNull(stage, 8, StoredCode(classification.calcium_risk));
  if (classification.calcium_reason.empty()) {
    stage.bind(9);
  } else {
    stage.bindNoCopy(9, classification.calcium_reason);
  }
  stage.exec();
}

void ClassificationStore::Merge(std::int64_t run_id) {
  for (SQLite::Statement* statement : {&delete_staged_records_tags_, &insert_staged_tags_}) {
    statement->reset();
    statement->exec();
  }
  merge_staged_classifications_.reset();
  merge_staged_classifications_.bind(1, run_id);
  merge_staged_classifications_.exec();
  for (SQLite::Statement* statement : {&clear_classify_stage_, &clear_tag_stage_}) {
    statement->reset();
    statement->exec();
  }
}

void ClassificationStore::Dequeue(std::int64_t first_key, std::int64_t last_key) {
  dequeue_range_.reset();
  dequeue_range_.bind(1, first_key);
  dequeue_range_.bind(2, last_key);
  dequeue_range_.exec();
}

}  // namespace crampwatch::classify
