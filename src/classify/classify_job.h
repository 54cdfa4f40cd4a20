// ClassifyJob: classifies the records waiting in classify_queue and stores the verdicts.
#pragma once

#include <SQLiteCpp/Database.h>

#include <cstddef>
#include <cstdint>

#include "classify/rule_set.h"
#include "util/status_printer.h"

namespace crampwatch::classify {

/// What to classify and how. The defaults suit the nightly job.
struct ClassifyOptions {
  /// `classify --all`: classify every record again, not only the queued ones.
  bool all = false;
  /// Records read, classified and written per step; bounds memory.
  std::size_t chunk_size = 8192;
};

/// What a run did.
struct ClassifyResult {
  std::int64_t classified = 0;        // records classified
  std::int64_t cramp_complaints = 0;  // of which were leg-cramp complaints
  std::int64_t tags = 0;              // causes and red flags stored
  double seconds = 0;
};

/// Classifies, with `rules`, every queued record (new and changed ones,
/// those classified with other rules, and with `options.all` every record),
/// replacing their previous classification and tags, and empties the queue.
/// The whole run is one IMMEDIATE transaction: it either completes or leaves
/// the database as it was. Records are classified on two threads, a chunk
/// while the previous one is written and the next one read; memory stays
/// within three chunks; the cost follows the number of queued records.
/// Foreign-key checks are off during the run's transaction (its writes keep
/// the references by construction) and on again after it, if they were on.
/// Reports progress (records done of queued) to `status`. SQLite failures
/// propagate as SQLite::Exception.
/// REQUIRES: `database` has the current schema; options.chunk_size > 0.
ClassifyResult RunClassify(SQLite::Database& database, const RuleSet& rules,
                           const ClassifyOptions& options, StatusPrinter& status);

}  // namespace crampwatch::classify
