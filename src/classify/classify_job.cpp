#include "classify/classify_job.h"

#include <SQLiteCpp/Transaction.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <functional>
#include <thread>
#include <utility>
#include <vector>

#include "classify/classification_row.h"
#include "classify/classification_store.h"
#include "classify/classifier.h"
#include "db/foreign_key_checks_off.h"

namespace crampwatch::classify {
namespace {

// Records a thread claims at a time: few enough to share a chunk evenly,
// enough that threads rarely write neighbouring verdicts.
constexpr std::size_t kClaimSize = 16;

constexpr char kProgressLabel[] = "classify";

// Queued records read together and, once classified, their verdicts as rows.
// A chunk is reused: its text buffer keeps its capacity.
struct Chunk {
  ClassificationStore::QueuedChunk queued;
  std::vector<ClassificationRow> rows;
};

// What the classifying threads share; none of it changes while they run.
struct ClassifyContext {
  const Classifier& classifier;
  const RuleIds& rule_ids;
  const TagLabels& tag_labels;
};

// Classifies and formats the records of `chunk` that no other thread has
// claimed, until none are left. Several threads may run it on one chunk at once.
void ClassifyUnclaimed(const ClassifyContext& context, Chunk& chunk,
                       std::atomic<std::size_t>& next_unclaimed) {
  const std::size_t size = chunk.queued.intakes.size();
  for (std::size_t first = next_unclaimed.fetch_add(kClaimSize); first < size;
       first = next_unclaimed.fetch_add(kClaimSize)) {
    for (std::size_t i = first; i < std::min(first + kClaimSize, size); ++i) {
      const IntakeText text = chunk.queued.intakes[i].Text();
      FormatRow(context.classifier.Classify(text), text, context.tag_labels, context.rule_ids, chunk.rows[i]);
    }
  }
}

// Classifies `chunk` on a helper thread while the calling thread runs
// `database_work` (writing the previous chunk, reading the next), and on
// both once that is done: the database work and the matching overlap, and
// neither core waits for the other. Only the calling thread touches the
// database; the Classifier is thread-safe and the records are plain memory.
// `database_work` must not change context.rule_ids.
void ClassifyDuring(const ClassifyContext& context, Chunk& chunk,
                    const std::function<void()>& database_work) {
  chunk.rows.resize(chunk.queued.intakes.size());
  std::atomic<std::size_t> next_unclaimed = 0;
  std::exception_ptr helper_failure;
  {
    // jthread joins when the scope ends, also when this thread throws.
    std::jthread helper([&] {
      try {
        ClassifyUnclaimed(context, chunk, next_unclaimed);
      } catch (...) {
        helper_failure = std::current_exception();
      }
    });
    database_work();
    ClassifyUnclaimed(context, chunk, next_unclaimed);
  }
  if (helper_failure) std::rethrow_exception(helper_failure);
}

void Write(ClassificationStore& store, std::int64_t run_id, const Chunk& chunk,
           ClassifyResult& result) {
  store.Write(run_id, chunk.queued.intakes, chunk.rows);
  for (std::size_t i = 0; i < chunk.queued.intakes.size(); ++i) {
    if (chunk.rows[i].is_cramp) ++result.cramp_complaints;
    result.tags += static_cast<std::int64_t>(chunk.rows[i].tag_count);
  }
  result.classified += static_cast<std::int64_t>(chunk.queued.intakes.size());
}

}  // namespace

ClassifyResult RunClassify(SQLite::Database& database, const RuleSet& rules,
                           const ClassifyOptions& options, StatusPrinter& status) {
  const auto started = std::chrono::steady_clock::now();
  const Classifier classifier(rules);
  ClassifyResult result;

  // The run keeps every reference by construction: a classification row's
  // intake_key is read from intake in this transaction, its run_id is the
  // run's own, and queue rows are only deleted. Checking them anyway cost a
  // parent lookup and a statement journal per upsert (0.3 s of the writing
  // thread per 1M records), and turned emptying the queue from a truncation
  // into 1M row deletes (0.2 s, 18 MB of statement journal).
  db::ForeignKeyChecksOff unchecked(database);
  SQLite::Transaction transaction(database, SQLite::TransactionBehavior::IMMEDIATE);
  ClassificationStore store(database);
  if (options.all) {
    store.QueueAll();
  } else {
    store.QueueOtherRulesVersions(rules.version());
  }
  const std::int64_t queued = store.CountQueued();
  status.Progress(kProgressLabel, 0, queued, ProgressUnit::kRecords);
  if (queued == 0) {
    // Nothing to do leaves no trace: not even a run record.
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
  }
  const std::int64_t run_id = store.BeginRun(rules.version(), rules.calcium().Describe());

  // The classifying threads see the rule ids known when their chunk began;
  // the store adds new rules while they run, and they are shared after.
  RuleIds rule_ids = store.rule_ids();
  const TagLabels tag_labels = store.LoadTagLabels();
  const ClassifyContext context{classifier, rule_ids, tag_labels};

  // Chunk k is classified while chunk k - 1 is written and chunk k + 1 read:
  // the database work overlaps the matching; three chunks are in memory.
  Chunk written;
  Chunk classified;
  Chunk read;
  store.ReadQueued(0, options.chunk_size, classified.queued);  // keys are positive
  while (!classified.queued.intakes.empty()) {
    ClassifyDuring(context, classified, [&] {
      Write(store, run_id, written, result);
      status.Progress(kProgressLabel, result.classified, queued, ProgressUnit::kRecords);
      store.ReadQueued(classified.queued.intakes.back().intake_key, options.chunk_size, read.queued);
    });
    if (store.rule_ids().size() != rule_ids.size()) rule_ids = store.rule_ids();
    std::swap(written, classified);
    std::swap(classified, read);
  }
  Write(store, run_id, written, result);
  store.DequeueAll();
  transaction.commit();
  status.Progress(kProgressLabel, result.classified, queued, ProgressUnit::kRecords);

  result.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return result;
}

}  // namespace crampwatch::classify
