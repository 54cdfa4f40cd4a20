#include "import/importer.h"

#include <SQLiteCpp/Transaction.h>

#include <chrono>
#include <memory>

#include "db/check_constraints_ignored.h"
#include "db/database.h"
#include "db/foreign_key_checks_off.h"
#include "import/csv_reader.h"
#include "import/file_source.h"
#include "import/input_sniffer.h"
#include "import/intake_store.h"
#include "import/row_pipeline.h"
#include "import/row_validator.h"
#include "import/transcoding_source.h"
#include "util/utc_time.h"
#include "util/text.h"

namespace crampwatch::importer {
namespace {

constexpr std::size_t kSniffBytes = 64 * 1024;
constexpr int kMaxRejectWarnings = 20;  // per file; the rest are in v_reject

std::string DisplayName(const std::string& path) { return path == "-" ? "(stdin)" : path; }

char DelimiterFor(const std::string& path, char chosen) {
  if (chosen != 0) return chosen;
  auto ends_with = [&](std::string_view suffix) {
    if (path.size() < suffix.size()) return false;
    for (std::size_t i = 0; i < suffix.size(); ++i) {
      if (AsciiLower(path[path.size() - suffix.size() + i]) != suffix[i]) return false;
    }
    return true;
  };
  return ends_with(".tsv") ? '\t' : ',';
}

void CheckLooksLikeText(std::string_view head, bool complete, Encoding encoding,
                        const std::string& name) {
  SniffResult sniffed = SniffInput(head, complete, encoding);
  switch (sniffed.kind) {
    case InputKind::kText:
      return;
    case InputKind::kEmpty:
      throw Error(ErrorKind::kBadInput, name + ": the file is empty (no header, no rows)");
    case InputKind::kBinary:
      throw Error(ErrorKind::kBadInput,
                  name + ": not a text export (it looks like " + sniffed.detail + ")");
    case InputKind::kUtf16:
      throw Error(ErrorKind::kBadInput,
                  name + ": the file is UTF-16 text; import it with --encoding utf-16");
  }
}

FileImportResult Failed(const std::string& name, ErrorKind kind, const std::string& message) {
  FileImportResult result;
  result.file = name;
  result.outcome = FileOutcome::kFailed;
  result.error = kind;
  result.message = message;
  return result;
}

FileImportResult AlreadyImported(const std::string& name, const std::string& sha256,
                                 const IntakeStore::PreviousImport& previous) {
  FileImportResult result;
  result.file = name;
  result.outcome = FileOutcome::kAlreadyImported;
  result.sha256 = sha256;
  result.message = "imported before as " + previous.file + " at " + previous.imported_at;
  return result;
}

}  // namespace

Importer::Importer(SQLite::Database& database, ImportOptions options, StatusPrinter& status)
    : database_(database),
      options_(std::move(options)),
      dates_(options_.date_format.empty() ? DateParser() : DateParser(options_.date_format)),
      status_(status) {}

FileImportResult Importer::ImportFile(const std::string& path) {
  try {
    return ImportOrThrow(path);
  } catch (const Error& error) {
    return Failed(DisplayName(path), error.kind(), error.what());
  } catch (const SQLite::Exception& error) {
    // Name the database too: "file.csv: disk I/O error" would blame the export.
    Error wrapped = db::DatabaseError(DisplayName(path) + ": database " + database_.getFilename(), error);
    return Failed(DisplayName(path), wrapped.kind(), wrapped.what());
  }
}

FileImportResult Importer::ImportOrThrow(const std::string& path) {
  const auto started = std::chrono::steady_clock::now();
  const std::string name = DisplayName(path);
  FileImportResult result;
  result.file = name;
  IntakeStore store(database_);

  // A regular file is hashed first, so that bytes seen before are skipped
  // without parsing; standard input can only be hashed as it is read.
  FileSource file(path);
  std::string known_sha;
  if (file.is_regular_file() && !options_.force) {
    known_sha = HashFile(path);
    if (auto previous = store.FindImport(known_sha)) return AlreadyImported(name, known_sha, *previous);
  }

  std::string_view head = file.Peek(kSniffBytes);
  CheckLooksLikeText(head, head.size() < kSniffBytes, options_.encoding, name);
  std::unique_ptr<TranscodingSource> transcoder;
  if (options_.encoding != Encoding::kUtf8) {
    transcoder = std::make_unique<TranscodingSource>(file, options_.encoding, name);
  }
  CsvReader reader(transcoder ? static_cast<ByteSource&>(*transcoder) : file,
                   DelimiterFor(path, options_.delimiter));

  // Every reference the file's transaction writes is valid by construction:
  // its own import_id, intake keys read back from intake, history rows from
  // the trigger. Checked, they made SQLite keep a statement journal for each
  // merge of new records (it must be able to undo a failed check half-way).
  db::ForeignKeyChecksOff unchecked(database_);
  SQLite::Transaction transaction(database_, SQLite::TransactionBehavior::IMMEDIATE);
  // The digest is known only at the end for a stream; the placeholder is
  // unique and never visible outside this transaction.
  const std::int64_t import_id = store.BeginImport(name, "pending:" + UtcNow() + ":" + name);

  CsvRecord record;
  if (!reader.Next(record)) {
    throw Error(ErrorKind::kBadInput, name + ": the file is empty (no header, no rows)");
  }
  if (record.unterminated_quote) {
    throw Error(ErrorKind::kBadInput, name + ":1: the header has a quote that is never closed");
  }
  const HeaderMap header = HeaderMap::Read(record.fields, options_.mappings, name);
  const RowValidator validator(header, dates_);

  ImportCounts& counts = result.counts;
  int warnings = 0;
  {
    // The store checks each merge's records against intake's CHECKs at once.
    db::CheckConstraintsIgnored checked_by_the_store(database_);
    RowPipeline pipeline(reader, validator);
    while (std::unique_ptr<RowBatch> batch = pipeline.Next()) {
      for (std::size_t i = 0; i < batch->count; ++i) {
        const ParsedRow& parsed = batch->rows[i];
        ++counts.rows_read;
        if (parsed.issue) {
          store.Reject(import_id, parsed.line, *parsed.issue, parsed.raw, parsed.row.clinic_id);
          ++counts.rejected;
          status_.Debug(name + ":" + std::to_string(parsed.line) + ": rejected record: " + parsed.raw);
          if (warnings++ < kMaxRejectWarnings) {
            status_.Warning(name + ":" + std::to_string(parsed.line) +
                            ": rejected: " + parsed.issue->Reason());
          }
        } else {
          store.Add(parsed.row, import_id);
        }
      }
      // The store reads the rows where they are: merged before the batch goes
      // back to be refilled. Holding batches to merge more rows at once saved
      // little (callgrind, 200k rows: 9.52 G instructions at 1,024 rows a
      // merge, 9.48 G at 16,384).
      store.Merge(counts);
      status_.Progress(name, batch->bytes_read, file.size(), ProgressUnit::kBytes);
      pipeline.Recycle(std::move(batch));
    }
  }
  if (warnings > kMaxRejectWarnings) {
    status_.Warning(name + ": " + std::to_string(warnings - kMaxRejectWarnings) +
                    " more rejected rows (see v_reject)");
  }

  result.sha256 = file.FinishHash();
  if (!known_sha.empty() && known_sha != result.sha256) {
    throw Error(ErrorKind::kTryLater,
                name + ": the file changed while it was being read (still being written?); "
                       "nothing of it was loaded");
  }
  if (auto previous = store.FindImport(result.sha256)) {
    if (!options_.force) {
      // Standard input carrying bytes imported before: undo, change nothing.
      return AlreadyImported(name, result.sha256, *previous);  // the destructor rolls back
    }
    store.TakeOver(import_id, previous->import_id);
  }
  result.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  store.FinishImport(import_id, result.sha256, counts, result.seconds);
  transaction.commit();
  result.outcome = FileOutcome::kImported;
  status_.Progress(name, file.bytes_read(), file.size(), ProgressUnit::kBytes);
  return result;
}

}  // namespace crampwatch::importer
