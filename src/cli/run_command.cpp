#include "cli/run_command.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <optional>

#include "classify/rule_set.h"
#include "cli/command_failure.h"
#include "cli/import_stage.h"
#include "cli/run_end_note.h"
#include "cli/run_summary.h"
#include "cli/terminal_status.h"
#include "cli/workbook_failures.h"
#include "db/database.h"
#include "db/sql.h"
#include "report/output_folder.h"
#include "util/file_lock.h"
#include "util/utc_time.h"
#include "util/text.h"

namespace crampwatch::cli {
namespace {

struct RunCommandOptions {
  ImportCommandOptions import;  // import.files: the exports of the night
  std::string out_dir;
  double wait_seconds = 0;
  bool all_reports = false;
  bool allow_shared_out = false;
  std::string summary_json;
  std::string rules_file;
  unsigned threads = 0;
};

std::string_view MeaningOf(int exit_code) {
  for (const OutcomeInfo& info : AllOutcomes()) {
    if (info.exit_code == exit_code) return info.meaning;
  }
  return "";
}

// Writes `text` to `path` whole or not at all (a temporary file renamed into place).
void WriteFileAtomically(const std::string& path, const std::string& text) {
  const std::string temporary = path + ".tmp-" + std::to_string(getpid());
  const int fd = open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
  bool ok = fd >= 0 && write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
  const std::string cause = std::strerror(errno);
  if (fd >= 0) ok = close(fd) == 0 && ok;
  if (ok) ok = std::rename(temporary.c_str(), path.c_str()) == 0;
  if (!ok) {
    unlink(temporary.c_str());
    throw Error(ErrorKind::kCannotCreate, path + ": cannot write the summary: " + cause);
  }
}

std::map<std::string, report::WorkbookState> LoadReportState(SQLite::Database& database,
                                                             const std::string& out_dir) {
  std::map<std::string, report::WorkbookState> states;
  SQLite::Statement state(database, db::sql::kReportStateOfFolder);
  state.bind(1, out_dir);
  while (state.executeStep()) {
    report::WorkbookState& entry =
        states[(std::filesystem::path(out_dir) / state.getColumn(0).getString()).string()];
    entry.fingerprint = state.getColumn(1).getString();
    if (!state.getColumn(2).isNull() && !state.getColumn(3).isNull()) {
      entry.file = FileDigest{.size = state.getColumn(2).getInt64(), .sha256 = state.getColumn(3).getString()};
    }
  }
  return states;
}

// Records what the workbooks just written were made from, and their bytes
// (unchanged ones keep their rows).
void SaveReportState(SQLite::Database& database, const std::string& out_dir,
                     const report::ReportResult& result) {
  SQLite::Transaction transaction(database, SQLite::TransactionBehavior::IMMEDIATE);
  SQLite::Statement save(database, db::sql::kSaveReportState);
  for (const std::string& path : result.files) {
    const report::WorkbookState& state = result.states.at(path);
    save.reset();
    save.bind(1, out_dir);
    save.bind(2, std::filesystem::path(path).filename().string());
    save.bind(3, state.fingerprint);
    save.bind(4, state.file->size);
    save.bind(5, state.file->sha256);
    save.exec();
  }
  transaction.commit();
}

// Copies into run_log the end a previous run could only note in the lock
// file (its disk was full), so that the log does not show it as killed.
void RecordNotedRunEnd(SQLite::Database& database, const std::string& lock_note) {
  const std::optional<RunEndNote> noted = ParseRunEndNote(lock_note);
  if (!noted) return;
  SQLite::Statement record(database, db::sql::kRecordNotedRunEnd);
  record.bind(1, noted->run_id);
  record.bind(2, noted->finished_at);
  record.bind(3, noted->exit_code);
  record.exec();
}

// Runs one stage: an error is printed and becomes the stage's outcome (as
// it would end a command of its own); the run goes on with what it can still do.
template <typename Stage>
Outcome Attempt(const GlobalOptions& global, TerminalStatus& status, Stage stage) {
  return RunReportingFailure(
      global.db_path,
      [&stage] {
        stage();
        return Outcome::kOk;
      },
      &status);
}

Outcome RunRunCommand(const GlobalOptions& global, const RunCommandOptions& options) {
  const auto started = std::chrono::steady_clock::now();
  // Everything the command line can get wrong is checked before any lock or write.
  importer::ImportOptions import_options = ToImportOptions(options.import);
  std::unique_ptr<classify::RuleSet> rules = options.rules_file.empty()
                                                 ? classify::RuleSet::Default()
                                                 : classify::RuleSet::Load(options.rules_file);
  const std::string out_dir = std::filesystem::absolute(options.out_dir).lexically_normal().string();
  report::CheckOutputFolder(options.out_dir, options.allow_shared_out);

  TerminalStatus status(global.quiet, global.verbose);
  // One run at a time per database; the kernel drops the lock if we die.
  status.Debug("run: locking " + global.db_path + ".lock");
  const FileLock lock(global.db_path + ".lock", options.wait_seconds);
  auto database = db::OpenDatabase(global.db_path, global.ToOpenOptions());
  RecordNotedRunEnd(*database, lock.previous_note());
  database->exec(db::sql::kStartRun);
  const std::int64_t run_id = database->getLastInsertRowid();

  RunSummary summary;
  summary.started_at = UtcNow();
  summary.files = static_cast<int>(options.import.files.size());
  summary.out_dir = out_dir;
  Outcome outcome = Outcome::kOk;

  summary.import = ImportFiles(*database, std::move(import_options), options.import.files, status);
  outcome = MostSerious(outcome, summary.import.outcome);
  db::ReleaseUnusedMemory(*database);

  const Outcome classified = Attempt(global, status, [&] {
    summary.classify = classify::RunClassify(*database, *rules, {}, status);
    summary.rules_version = rules->version();
    status.Summary("classify: " + FormatCount(summary.classify->classified) + " records (" +
                   FormatCount(summary.classify->cramp_complaints) + " cramp complaints) with rules " +
                   rules->version() + " in " + FormatSeconds(summary.classify->seconds) + " s");
  });
  outcome = MostSerious(outcome, classified);

  // Workbooks from stale verdicts would mislead: no report when classify failed.
  if (classified == Outcome::kOk) {
    // The report's workers read on connections of their own.
    db::ReleaseUnusedMemory(*database);
    Outcome report_failures = Outcome::kOk;
    outcome = MostSerious(outcome, Attempt(global, status, [&] {
      report::ReportOptions report_options;
      report_options.out_dir = out_dir;
      report_options.threads = options.threads;
      report_options.track_changes = true;
      report_options.rewrite_unchanged = options.all_reports;
      report_options.allow_shared_out = options.allow_shared_out;
      report_options.previous = LoadReportState(*database, out_dir);
      summary.report = report::RunReport(global.db_path, global.ToOpenOptions(), report_options, status);
      // Only the workbooks written: one not written is written the next night.
      SaveReportState(*database, out_dir, *summary.report);
      status.ClearProgress();
      report_failures = PrintWorkbookFailures(*summary.report);
      for (const std::string& path : summary.report->files) status.Debug("report: wrote " + path);
      for (const std::string& path : summary.report->unchanged) status.Debug("report: unchanged " + path);
      status.Summary("report: " + std::to_string(summary.report->files.size()) + " workbooks written, " +
                     std::to_string(summary.report->unchanged.size()) + " unchanged" +
                     NotWrittenText(*summary.report) + ", in " + out_dir +
                     " (" + summary.report->period.from + " to " + summary.report->period.to + ", " +
                     report::DataThroughText(summary.report->period) + ", " +
                     FormatCount(summary.report->rows) + " rows) in " +
                     FormatSeconds(summary.report->seconds) + " s");
    }));
    outcome = MostSerious(outcome, report_failures);
  }

  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  summary.exit_code = ExitCode(outcome);
  const std::string json = summary.ToJson();
  const Outcome recorded = Attempt(global, status, [&] {
    SQLite::Statement finish(*database, db::sql::kFinishRun);
    finish.bind(1, run_id);
    finish.bind(2, summary.exit_code);
    finish.bind(3, json);
    finish.exec();
  });
  outcome = MostSerious(outcome, recorded);
  if (recorded != Outcome::kOk) {
    // A full disk can refuse even this one row (the -wal must grow by a
    // page); without its end the run would look killed. The lock file takes
    // it without new space, for `status` and for the next run to copy in.
    lock.WriteNote(FormatRunEndNote({.run_id = run_id, .finished_at = UtcNow(), .exit_code = ExitCode(outcome)}));
  }
  if (!options.summary_json.empty()) {
    outcome = MostSerious(outcome, Attempt(global, status, [&] { WriteFileAtomically(options.summary_json, json + "\n"); }));
  }
  status.Summary("run: finished in " + FormatSeconds(summary.seconds) + " s, exit " +
                 std::to_string(ExitCode(outcome)) + " (" + std::string(MeaningOf(ExitCode(outcome))) + ")");
  return outcome;
}

}  // namespace

Command SetupRunCommand(CLI::App& app, const GlobalOptions& global) {
  auto options = std::make_shared<RunCommandOptions>();
  CLI::App* sub = app.add_subcommand(
      "run", "The nightly job: import the exports, classify, and rewrite the workbooks that changed");
  sub->add_option("files", options->import.files, "Export files of the night (none: classify and report only)");
  sub->add_option("--out", options->out_dir, "Folder for the workbooks (created 0700 if missing)")
      ->required()
      ->type_name("DIR");
  sub->add_option("--wait", options->wait_seconds,
                  "Wait up to SECONDS for another run to finish (default: exit 75 at once)")
      ->type_name("SECONDS")
      ->check(CLI::Range(0.0, 86400.0));
  sub->add_flag("--all-reports", options->all_reports, "Rewrite every workbook, changed or not");
  sub->add_flag("--allow-shared-out", options->allow_shared_out,
                "Write into --out even if other users can write it and it has no sticky bit");
  sub->add_option("--summary-json", options->summary_json, "Also write the run's figures as JSON here")
      ->type_name("FILE");
  sub->add_option("--rules", options->rules_file, "Rules file instead of the built-in rules")->type_name("FILE");
  sub->add_option("--threads", options->threads, "Workbooks written at once (default: one per core)")
      ->type_name("N")
      ->check(CLI::Range(1, 64));
  AddImportOptions(*sub, options->import);
  return {sub, [&global, options] { return RunRunCommand(global, *options); }};
}

}  // namespace crampwatch::cli
