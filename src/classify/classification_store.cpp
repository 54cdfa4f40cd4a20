#include "classify/classification_store.h"

#include "db/sql.h"

namespace crampwatch::classify {
namespace {

// NULL text reads as empty: the classifier treats a missing field as empty.
void AppendText(const SQLite::Column& column, std::vector<char>& text) {
  if (!column.isNull()) {
    const char* bytes = static_cast<const char*>(column.getBlob());
    text.insert(text.end(), bytes, bytes + column.getBytes());
  }
}

// Stored codes are string literals (classification.cpp): NUL-terminated
// and static, so bound without a copy.
void BindCode(SQLite::Statement& statement, int index, std::string_view code) {
  statement.bindNoCopy(index, code.data());
}

// No calcium risk and no reason are stored as NULL.
void BindCodeOrNull(SQLite::Statement& statement, int index, std::string_view code) {
  if (code.empty()) {
    statement.bind(index);
  } else {
    BindCode(statement, index, code);
  }
}

std::string UpsertSql(std::size_t rows) {
  std::string sql = db::sql::kUpsertClassificationHead;
  int n = 0;
  for (std::size_t r = 0; r < rows; ++r) {
    sql += r ? ",(" : "(";
    for (int c = 0; c < db::sql::kClassificationColumns; ++c) {
      sql += c ? ",?" : "?";
      sql += std::to_string(++n);
    }
    sql += ')';
  }
  return sql + db::sql::kUpsertClassificationTail;
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
    : queue_other_rules_versions_(database, db::sql::kQueueOtherRulesVersions),
      queue_all_(database, db::sql::kQueueAllIntakes),
      count_queued_(database, db::sql::kCountQueued),
      read_queued_(database, db::sql::kReadQueued),
      dequeue_all_(database, db::sql::kDequeueAll),
      upsert_one_(database, UpsertSql(1)),
      upsert_batch_(database, UpsertSql(kBatchRows)),
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
  // Reset at once: a statement left running keeps a read transaction open
  // past the commit, and the commit's checkpoint cannot run.
  find_rule_.reset();
  rule_ids_.emplace(description, id);
  return id;
}

TagLabels ClassificationStore::LoadTagLabels() {
  TagLabels labels;
  SQLite::Statement query(database_, db::sql::kTagLabels);
  while (query.executeStep()) labels.emplace(query.getColumn(0).getString(), query.getColumn(1).getString());
  return labels;
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
  const std::int64_t queued = count_queued_.getColumn(0).getInt64();
  count_queued_.reset();  // see RuleId
  return queued;
}

void ClassificationStore::ReadQueued(std::int64_t after_key, std::size_t limit,
                                     QueuedChunk& chunk) {
  chunk.intakes.clear();
  chunk.text.clear();
  chunk.field_ends.clear();
  read_queued_.reset();
  read_queued_.bind(1, after_key);
  read_queued_.bind(2, static_cast<std::int64_t>(limit));
  while (read_queued_.executeStep()) {
    QueuedIntake& intake = chunk.intakes.emplace_back();
    intake.intake_key = read_queued_.getColumn(0).getInt64();
    intake.revision = read_queued_.getColumn(1).getInt64();
    for (int field = 2; field <= 4; ++field) {
      AppendText(read_queued_.getColumn(field), chunk.text);
      chunk.field_ends.push_back(chunk.text.size());
    }
    SQLite::Column age = read_queued_.getColumn(5);
    if (!age.isNull()) intake.age = age.getInt();
    SQLite::Column sex = read_queued_.getColumn(6);
    if (!sex.isNull() && sex.getBytes() > 0) intake.sex = sex.getText()[0];
  }
  // The text has stopped moving: the views can point into it now.
  std::string_view text(chunk.text.data(), chunk.text.size());
  std::size_t begin = 0;
  const std::size_t* end = chunk.field_ends.data();
  for (QueuedIntake& intake : chunk.intakes) {
    for (std::string_view* field : {&intake.complaint, &intake.history, &intake.medications}) {
      *field = text.substr(begin, *end - begin);
      begin = *end++;
    }
  }
}

void ClassificationStore::BindRow(SQLite::Statement& upsert, int first, std::int64_t run_id,
                                  const QueuedIntake& intake, const ClassificationRow& row) {
  // The row outlives the statement's execution: its text is bound without a copy.
  upsert.bind(first + 1, intake.intake_key);
  upsert.bind(first + 2, intake.revision);
  upsert.bind(first + 3, run_id);
  upsert.bind(first + 4, row.is_cramp ? 1 : 0);
  upsert.bind(first + 5, row.nocturnal ? 1 : 0);
  upsert.bindNoCopy(first + 6, row.site);
  upsert.bindNoCopy(first + 7, row.causes);
  upsert.bindNoCopy(first + 8, row.red_flags);
  BindCodeOrNull(upsert, first + 9, StoredCode(row.calcium_risk));
  if (row.calcium_reason.empty()) {
    upsert.bind(first + 10);
  } else {
    upsert.bindNoCopy(first + 10, row.calcium_reason);
  }
  if (!row.unresolved.empty()) {
    FormatTags(row.unresolved, [this](const std::string& rule) { return RuleId(rule); }, tags_json_);
    upsert.bind(first + 11, tags_json_);  // a copy: tags_json_ serves the next row too
  } else if (row.tags_json.empty()) {
    upsert.bind(first + 11);
  } else {
    upsert.bindNoCopy(first + 11, row.tags_json);
  }
  if (row.evidence.empty()) {
    upsert.bind(first + 12);
  } else {
    upsert.bindNoCopy(first + 12, row.evidence);
  }
}

void ClassificationStore::Write(std::int64_t run_id, std::span<const QueuedIntake> intakes,
                                std::span<const ClassificationRow> rows) {
  std::size_t i = 0;
  for (; i + kBatchRows <= rows.size(); i += kBatchRows) {
    upsert_batch_.reset();
    for (std::size_t k = 0; k < kBatchRows; ++k) {
      BindRow(upsert_batch_, static_cast<int>(k) * db::sql::kClassificationColumns, run_id,
              intakes[i + k], rows[i + k]);
    }
    upsert_batch_.exec();
  }
  for (; i < rows.size(); ++i) {
    upsert_one_.reset();
    BindRow(upsert_one_, 0, run_id, intakes[i], rows[i]);
    upsert_one_.exec();
  }
}

void ClassificationStore::DequeueAll() {
  dequeue_all_.reset();
  dequeue_all_.exec();
}

}  // namespace crampwatch::classify
