#include "import/row_pipeline.h"

namespace crampwatch::importer {
namespace {

constexpr std::size_t kRowsPerBatch = 512;
constexpr std::size_t kBatchesInFlight = 4;

// Spreadsheets leave rows of nothing but delimiters behind; they are blank lines.
bool AllFieldsBlank(const CsvRecord& record) {
  for (const std::string& field : record.fields) {
    if (field.find_first_not_of(" \t\r\n") != std::string::npos) return false;
  }
  return true;
}

}  // namespace

RowPipeline::RowPipeline(CsvReader& reader, const RowValidator& validator)
    : reader_(reader),
      validator_(validator),
      filled_(kBatchesInFlight),
      empty_(kBatchesInFlight + 2) {
  for (std::size_t i = 0; i < kBatchesInFlight + 2; ++i) {
    auto batch = std::make_unique<RowBatch>();
    batch->rows.resize(kRowsPerBatch);
    empty_.Push(std::move(batch));
  }
  thread_ = std::thread([this] { ReadAll(); });
}

RowPipeline::~RowPipeline() {
  filled_.Cancel();
  empty_.Cancel();
  thread_.join();
}

void RowPipeline::ReadAll() {
  try {
    while (std::optional<std::unique_ptr<RowBatch>> batch = empty_.Pop()) {
      bool more = FillBatch(**batch);
      if ((*batch)->count > 0 && !filled_.Push(std::move(*batch))) return;  // cancelled
      if (!more) break;
    }
  } catch (...) {
    error_ = std::current_exception();
  }
  filled_.Close();
}

bool RowPipeline::FillBatch(RowBatch& batch) {
  CsvRecord& record = record_;
  batch.count = 0;
  while (batch.count < batch.rows.size()) {
    if (!reader_.Next(record)) return false;
    if (AllFieldsBlank(record)) continue;
    ParsedRow& parsed = batch.rows[batch.count++];
    parsed.line = record.line;
    parsed.issue = validator_.Validate(record, parsed.row);
    if (parsed.issue) {
      parsed.row.clinic_id = validator_.ClinicOf(record);
      parsed.raw.swap(record.raw);
    }
    batch.bytes_read = reader_.bytes_read();
  }
  return true;
}

std::unique_ptr<RowBatch> RowPipeline::Next() {
  std::optional<std::unique_ptr<RowBatch>> batch = filled_.Pop();
  if (batch) return std::move(*batch);
  // Closed: the reader thread has finished, and wrote error_ before closing.
  if (error_) std::rethrow_exception(error_);
  return nullptr;
}

void RowPipeline::Recycle(std::unique_ptr<RowBatch> batch) { empty_.Push(std::move(batch)); }

}  // namespace crampwatch::importer
