#include "cli/import_stage.h"

#include <chrono>
#include <cstdio>
#include <utility>

#include "cli/command_failure.h"
#include "util/text.h"

namespace crampwatch::cli {
namespace {

char ParseDelimiter(const std::string& text) {
  if (text.empty()) return 0;
  if (text == "tab" || text == "\\t" || text == "\t") return '\t';
  if (text.size() == 1 && text != "\"" && text != "\r" && text != "\n") return text[0];
  throw Error(ErrorKind::kUsage,
              "--delimiter '" + text + "': give one character (e.g. ';' or '|') or 'tab'");
}

std::string SummaryLine(const importer::FileImportResult& result) {
  const importer::ImportCounts& c = result.counts;
  const double rate = result.seconds > 0 ? static_cast<double>(c.rows_read) / result.seconds : 0;
  const std::string timing = FormatSeconds(result.seconds) + " s, " + FormatCount(static_cast<long long>(rate)) + " rows/s";
  return result.file + ": " + FormatCount(c.rows_read) + " rows read: " + FormatCount(c.inserted) +
         " inserted, " + FormatCount(c.updated) + " updated, " + FormatCount(c.unchanged) +
         " unchanged, " + FormatCount(c.rejected) + " rejected (" + timing + ")";
}

}  // namespace

importer::ImportOptions ToImportOptions(const ImportCommandOptions& options) {
  importer::ImportOptions result;
  result.delimiter = ParseDelimiter(options.delimiter);
  std::optional<importer::Encoding> encoding = importer::ParseEncoding(options.encoding);
  if (!encoding) {
    std::string known;
    for (const auto& info : importer::AllEncodings()) known += (known.empty() ? "" : ", ") + std::string(info.name);
    throw Error(ErrorKind::kUsage, "--encoding '" + options.encoding + "': unknown (known: " + known + ")");
  }
  result.encoding = *encoding;
  result.date_format = options.date_format;
  for (const std::string& mapping : options.mappings) {
    result.mappings.push_back(importer::ParseColumnMapping(mapping));
  }
  result.force = options.force;
  return result;
}

// 1234567 -> "1,234,567".
void AddImportOptions(CLI::App& command, ImportCommandOptions& options) {
  command.add_option("--delimiter", options.delimiter,
                     "Field delimiter: one character, or 'tab' (default: tab for .tsv, else comma)");
  command.add_option("--encoding", options.encoding,
                     "Text encoding of the exports: utf-8, windows-1252, latin-1, utf-16")
      ->capture_default_str();
  command.add_option("--date-format", options.date_format,
                     "Date format of every date column, e.g. %d/%m/%Y (default: ISO 8601)");
  command.add_option("--map", options.mappings,
                     "Export header to column, e.g. \"Visit Date=intake_date\" (repeatable)")
      ->allow_extra_args(false);
  command.add_flag("--force", options.force, "Re-read files whose bytes were imported before");
}

ImportStageResult ImportFiles(SQLite::Database& database, importer::ImportOptions options,
                              const std::vector<std::string>& files, TerminalStatus& status) {
  const auto started = std::chrono::steady_clock::now();
  importer::Importer importer(database, std::move(options), status);
  ImportStageResult stage;
  for (const std::string& file : files) {
    importer::FileImportResult result = importer.ImportFile(file);
    switch (result.outcome) {
      case importer::FileOutcome::kImported:
        ++stage.imported;
        status.Summary(SummaryLine(result));
        stage.total.rows_read += result.counts.rows_read;
        stage.total.inserted += result.counts.inserted;
        stage.total.updated += result.counts.updated;
        stage.total.unchanged += result.counts.unchanged;
        stage.total.rejected += result.counts.rejected;
        if (result.counts.rejected > 0) stage.outcome = MostSerious(stage.outcome, Outcome::kRowsRejected);
        break;
      case importer::FileOutcome::kAlreadyImported:
        ++stage.skipped;
        status.Summary(result.file + ": skipped, the same bytes were " + result.message +
                       " (--force re-reads it)");
        break;
      case importer::FileOutcome::kFailed:
        ++stage.failed;
        status.ClearProgress();
        PrintError(result.message + " (nothing of this file was loaded)");
        stage.outcome = MostSerious(stage.outcome, OutcomeOf(result.error.value_or(ErrorKind::kDatabase)));
        break;
    }
  }
  if (files.size() > 1) {
    status.Summary("import: " + std::to_string(files.size()) + " files (" +
                   std::to_string(stage.imported) + " imported, " + std::to_string(stage.skipped) +
                   " skipped, " + std::to_string(stage.failed) + " failed): " +
                   FormatCount(stage.total.rows_read) + " rows read, " + FormatCount(stage.total.inserted) +
                   " inserted, " + FormatCount(stage.total.updated) + " updated, " +
                   FormatCount(stage.total.unchanged) + " unchanged, " + FormatCount(stage.total.rejected) +
                   " rejected");
  }
  stage.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return stage;
}

}  // namespace crampwatch::cli
