// RowPipeline: reads and validates an export on its own thread, in batches.
#pragma once

#include <cstdint>
#include <exception>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

#include "import/bounded_queue.h"
#include "import/complaint_row.h"
#include "import/csv_reader.h"
#include "import/import_issue.h"
#include "import/row_validator.h"

namespace crampwatch::importer {

/// One record after validation: a row to store, or the reason it is rejected.
struct ParsedRow {
  ComplaintRow row;                  // valid when !issue; for a reject, only
                                     // row.clinic_id ('' when unreadable)
  std::optional<ImportIssue> issue;  // set for a rejected record
  std::string raw;                   // the record's bytes, kept for a reject
  std::int64_t line = 0;
};

/// A run of consecutive records. Batches travel back to the reader to be
/// refilled, so their strings keep their capacity and rows cost no allocation.
struct RowBatch {
  std::vector<ParsedRow> rows;
  std::size_t count = 0;          // rows[0, count) are filled
  std::int64_t bytes_read = 0;    // of the source, when the batch was filled
};

/// Parsing and validating a record costs about as much as storing it, so
/// the two run on separate cores: a reader thread fills batches while the
/// caller's thread writes them. At most a few batches are in flight, so
/// memory stays flat whatever the file size.
class RowPipeline {
 public:
  /// Starts reading records from `reader` (after its header) on a new thread.
  /// `reader` and `validator` must outlive the pipeline and must not be used
  /// by anyone else meanwhile.
  RowPipeline(CsvReader& reader, const RowValidator& validator);
  /// Stops the reader thread (if still running) and waits for it.
  ~RowPipeline();
  RowPipeline(const RowPipeline&) = delete;
  RowPipeline& operator=(const RowPipeline&) = delete;

  /// The next batch, or nullptr at the end of the file. Rethrows what the
  /// reader thread threw (e.g. a read or transcoding error) once the batches
  /// before it are consumed.
  std::unique_ptr<RowBatch> Next();

  /// Hands a consumed batch back for reuse.
  void Recycle(std::unique_ptr<RowBatch> batch);

 private:
  void ReadAll();
  bool FillBatch(RowBatch& batch);

  CsvReader& reader_;
  const RowValidator& validator_;
  CsvRecord record_;  // reused, so that field strings keep their capacity
  BoundedQueue<std::unique_ptr<RowBatch>> filled_;
  BoundedQueue<std::unique_ptr<RowBatch>> empty_;
  std::exception_ptr error_;  // written by the reader thread before it closes filled_
  std::thread thread_;
};

}  // namespace crampwatch::importer
