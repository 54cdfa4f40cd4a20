#include "cli/import_command.h"

#include <cstdio>
#include <memory>
#include <vector>

#include "cli/terminal_status.h"
#include "import/importer.h"

namespace crampwatch::cli {
namespace {

struct ImportCommandOptions {
  std::vector<std::string> files;
  std::string delimiter;
  std::string encoding = "utf-8";
  std::string date_format;
  std::vector<std::string> mappings;
  bool force = false;
};

char ParseDelimiter(const std::string& text) {
  if (text.empty()) return 0;
  if (text == "tab" || text == "\\t" || text == "\t") return '\t';
  if (text.size() == 1 && text != "\"" && text != "\r" && text != "\n") return text[0];
  throw Error(ErrorKind::kUsage,
              "--delimiter '" + text + "': give one character (e.g. ';' or '|') or 'tab'");
}

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
std::string FormatCount(std::int64_t value) {
  const std::string digits = std::to_string(value);
  std::string grouped;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && digits[i - 1] != '-' && (digits.size() - i) % 3 == 0) grouped.push_back(',');
    grouped.push_back(digits[i]);
  }
  return grouped;
}

std::string SummaryLine(const importer::FileImportResult& result) {
  const importer::ImportCounts& c = result.counts;
  char timing[64];
  double rate = result.seconds > 0 ? static_cast<double>(c.rows_read) / result.seconds : 0;
  std::snprintf(timing, sizeof timing, "%.2f s, %s rows/s", result.seconds,
                FormatCount(static_cast<std::int64_t>(rate)).c_str());
  return result.file + ": " + FormatCount(c.rows_read) + " rows read: " + FormatCount(c.inserted) +
         " inserted, " + FormatCount(c.updated) + " updated, " + FormatCount(c.unchanged) +
         " unchanged, " + FormatCount(c.rejected) + " rejected (" + timing + ")";
}

Outcome RunImportCommand(const GlobalOptions& global, const ImportCommandOptions& options) {
  importer::ImportOptions import_options = ToImportOptions(options);
  TerminalStatus status(global.quiet);
  auto database = db::OpenDatabase(global.db_path, global.ToOpenOptions());
  importer::Importer importer(*database, std::move(import_options), status);

  Outcome outcome = Outcome::kOk;
  importer::ImportCounts total;
  int imported = 0, skipped = 0, failed = 0;
  for (const std::string& file : options.files) {
    importer::FileImportResult result = importer.ImportFile(file);
    switch (result.outcome) {
      case importer::FileOutcome::kImported:
        ++imported;
        status.Summary(SummaryLine(result));
        total.rows_read += result.counts.rows_read;
        total.inserted += result.counts.inserted;
        total.updated += result.counts.updated;
        total.unchanged += result.counts.unchanged;
        total.rejected += result.counts.rejected;
        if (result.counts.rejected > 0) outcome = MostSerious(outcome, Outcome::kRowsRejected);
        break;
      case importer::FileOutcome::kAlreadyImported:
        ++skipped;
        status.Summary(result.file + ": skipped, the same bytes were " + result.message +
                       " (--force re-reads it)");
        break;
      case importer::FileOutcome::kFailed:
        ++failed;
        status.ClearProgress();
        PrintError(result.message + " (nothing of this file was loaded)");
        outcome = MostSerious(outcome, OutcomeOf(result.error.value_or(ErrorKind::kDatabase)));
        break;
    }
  }
  if (options.files.size() > 1) {
    status.Summary("import: " + std::to_string(options.files.size()) + " files (" +
                   std::to_string(imported) + " imported, " + std::to_string(skipped) +
                   " skipped, " + std::to_string(failed) + " failed): " +
                   FormatCount(total.rows_read) + " rows read, " + FormatCount(total.inserted) +
                   " inserted, " + FormatCount(total.updated) + " updated, " +
                   FormatCount(total.unchanged) + " unchanged, " + FormatCount(total.rejected) +
                   " rejected");
  }
  return outcome;
}

}  // namespace

Command SetupImportCommand(CLI::App& app, const GlobalOptions& global) {
  auto options = std::make_shared<ImportCommandOptions>();
  CLI::App* sub = app.add_subcommand("import", "Load intake exports (CSV/TSV) into the database");
  sub->add_option("files", options->files, "Export files; '-' reads standard input")->required();
  sub->add_option("--delimiter", options->delimiter,
                  "Field delimiter: one character, or 'tab' (default: tab for .tsv, else comma)");
  sub->add_option("--encoding", options->encoding,
                  "Text encoding of the exports: utf-8, windows-1252, latin-1, utf-16")
      ->capture_default_str();
  sub->add_option("--date-format", options->date_format,
                  "Date format of every date column, e.g. %d/%m/%Y (default: ISO 8601)");
  sub->add_option("--map", options->mappings,
                  "Export header to column, e.g. \"Visit Date=intake_date\" (repeatable)")
      ->allow_extra_args(false);
  sub->add_flag("--force", options->force, "Re-read files whose bytes were imported before");
  return {sub, [&global, options] { return RunImportCommand(global, *options); }};
}

}  // namespace crampwatch::cli
