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

#include "classify/classification_store.h"
#include "classify/classifier.h"

namespace crampwatch::classify {
namespace {

// Records a thread claims at a time: few enough to share a chunk evenly,
// enough that threads rarely write neighbouring verdicts.
constexpr std::size_t kClaimSize = 16;

constexpr char kProgressLabel[] = "classify";

// Queued records read together and, once classified, their verdicts.
struct Chunk {
  std::vector<ClassificationStore::QueuedIntake> intakes;
  std::vector<Classification> verdicts;
};

// Classifies the records of `chunk` that no other thread has claimed, until
// none are left. Several threads may run it on one chunk at once.
void ClassifyUnclaimed(const Classifier& classifier, Chunk& chunk,
                       std::atomic<std::size_t>& next_unclaimed) {
  const std::size_t size = chunk.intakes.size();
  for (std::size_t first = next_unclaimed.fetch_add(kClaimSize); first < size;
       first = next_unclaimed.fetch_add(kClaimSize)) {
    for (std::size_t i = first; i < std::min(first + kClaimSize, size); ++i) {
      chunk.verdicts[i] = classifier.Classify(chunk.intakes[i].Text());
    }
  }
}

// Classifies `chunk` on a helper thread while the calling thread runs
// `database_work` (writing the previous chunk), and on both once that is
// done: writing and classifying overlap, and neither core waits for the
// other. Only the calling thread touches the database; the Classifier is
// thread-safe and the records are plain memory.
void ClassifyDuring(const Classifier& classifier, Chunk& chunk,
                    const std::function<void()>& database_work) {
  chunk.verdicts.resize(chunk.intakes.size());
  std::atomic<std::size_t> next_unclaimed = 0;
  std::exception_ptr helper_failure;
  {
    // jthread joins when the scope ends, also when this thread throws.
    std::jthread helper([&] {
      try {
        ClassifyUnclaimed(classifier, chunk, next_unclaimed);
      } catch (...) {
        helper_failure = std::current_exception();
      }
    });
    database_work();
    ClassifyUnclaimed(classifier, chunk, next_unclaimed);
  }
  if (helper_failure) std::rethrow_exception(helper_failure);
}

void Write(ClassificationStore& store, std::int64_t run_id, const Chunk& chunk,
           ClassifyResult& result) {
  if (chunk.intakes.empty()) return;
  for (std::size_t i = 0; i < chunk.intakes.size(); ++i) {
    const Classification& verdict = chunk.verdicts[i];
    store.Stage(chunk.intakes[i], verdict);
    if (verdict.is_cramp) ++result.cramp_complaints;
    result.tags += static_cast<std::int64_t>(verdict.tags.size());
  }
  store.Merge(run_id);
  store.Dequeue(chunk.intakes.front().intake_key, chunk.intakes.back().intake_key);
  result.classified += static_cast<std::int64_t>(chunk.intakes.size());
}

}  // namespace

ClassifyResult RunClassify(SQLite::Database& database, const RuleSet& rules,
                           const ClassifyOptions& options, StatusPrinter& status) {
  const auto started = std::chrono::steady_clock::now();
  const Classifier classifier(rules);
  ClassifyResult result;

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

  // Chunk k is classified while chunk k - 1 is written; two chunks at most
  // are in memory.
  Chunk written;
  Chunk classified;
  store.ReadQueued(0, options.chunk_size, classified.intakes);  // keys are positive
  while (!classified.intakes.empty()) {
    ClassifyDuring(classifier, classified, [&] {
      Write(store, run_id, written, result);
      status.Progress(kProgressLabel, result.classified, queued, ProgressUnit::kRecords);
    });
    std::swap(written, classified);
    store.ReadQueued(written.intakes.back().intake_key, options.chunk_size, classified.intakes);
  }
  Write(store, run_id, written, result);
  transaction.commit();
  status.Progress(kProgressLabel, result.classified, queued, ProgressUnit::kRecords);

  result.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return result;
}

}  // namespace crampwatch::classify
