#include "report/run_report.h"

#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

#include "db/sql.h"
#include "report/report_definition.h"
#include "report/output_folder.h"
#include "report/page_marks.h"
#include "report/report_file_name.h"
#include "report/report_workbook.h"
#include "report/workbook_fingerprint.h"
#include "util/error.h"
#include "util/folder.h"
#include "util/private_folder.h"
#include "util/local_date.h"

namespace crampwatch::report {
namespace {

struct Clinic {
  std::string id;
  std::string name;  // '' when no export named it
  std::string latest_date;
};

std::vector<Clinic> ListClinics(SQLite::Database& database) {
  std::vector<Clinic> clinics;
  SQLite::Statement query(database, db::sql::kReportClinics);
  while (query.executeStep()) {
    clinics.push_back({query.getColumn(0).getString(), query.getColumn(1).getString(),
                       query.getColumn(2).getString()});
  }
  return clinics;
}

// The workbooks to write, in the order workers take them: the overview
// first, as its query reads the whole period of every clinic.
std::vector<WorkbookJob> PlanWorkbooks(SQLite::Database& database, const ReportOptions& options,
                                       const std::string& folder, const ReportPeriod& period,
                                       const std::string& today, const std::vector<Clinic>& clinics) {
  std::string rules_version = "none";
  std::string calcium_settings;
  SQLite::Statement latest_run(database, db::sql::kLatestClassifyRun);
  if (latest_run.executeStep()) {
    rules_version = latest_run.getColumn(0).getString();
    calcium_settings = latest_run.getColumn(1).getString();
  }
  const std::string period_text = period.from + " to " + period.to;
  const std::string comments = "crampwatch report; rules version " + rules_version +
                               (calcium_settings.empty() ? "" : "; calcium risk: " + calcium_settings);
  const std::uint32_t max_rows =
      options.max_rows_per_sheet > 0 ? options.max_rows_per_sheet : XlsxWorkbook::kMaxRows;
  const std::filesystem::path out(folder);
  const ReportParameters all_clinics{.clinic = std::nullopt,
                                     .from = period.from,
                                     .to = period.to,
                                     .through = period.data_through.value_or(period.to),
                                     .today = today};
  auto heading = [&](const std::string& subject) {
    return SheetHeading{.subject = subject, .period_line = PeriodLine(period),
                        .page_marks = MakePageMarks(subject, period)};
  };

  std::vector<WorkbookJob> jobs;
  jobs.push_back({.path = (out / "overview.xlsx").string(),
                  .parameters = all_clinics,
                  .heading = heading("All clinics"),
                  .properties = {.title = "Leg cramp complaints: all clinics",
                                 .subject = "Overview, " + period_text,
                                 .comments = comments,
                                 .keywords = "crampwatch, leg cramps, overview"},
                  .max_rows = max_rows,
                  .digest = options.track_changes});

  std::vector<std::string> ids;
  for (const Clinic& clinic : clinics) ids.push_back(clinic.id);
  // Names come from every clinic of the database, so that a clinic's file
  // name does not depend on which clinics this run reports.
  const std::map<std::string, std::string> file_names = WorkbookFileNames(ids);
  std::vector<std::string> wanted = options.clinics;
  if (wanted.empty()) wanted = ids;
  std::sort(wanted.begin(), wanted.end());
  wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
  for (const std::string& id : wanted) {
    auto clinic = std::find_if(clinics.begin(), clinics.end(), [&](const Clinic& c) { return c.id == id; });
    if (clinic == clinics.end()) {
      throw Error(ErrorKind::kUsage, "--clinic '" + id + "': the database has no intake of this clinic");
    }
    const std::string subject = clinic->name.empty() ? clinic->id : clinic->id + " " + clinic->name;
    ReportParameters parameters = all_clinics;
    parameters.clinic = id;
    jobs.push_back({.path = (out / file_names.at(id)).string(),
                    .parameters = std::move(parameters),
                    .heading = heading(subject),
                    .properties = {.title = "Leg cramp complaints: " + subject,
                                   .subject = "Clinic report, " + period_text,
                                   .comments = comments,
                                   .keywords = "crampwatch, leg cramps, " + clinic->id},
                    .max_rows = max_rows,
                    .digest = options.track_changes});
  }
  return jobs;
}

// Whether the file at `path` is still the one recorded: same size (checked
// first: cheap), then same SHA-256.
bool IsStillOurs(const std::string& path, const std::optional<FileDigest>& recorded) {
  if (!recorded) return false;
  std::error_code error;
  const auto status = std::filesystem::symlink_status(path, error);
  if (error || !std::filesystem::is_regular_file(status)) return false;
  const auto size = std::filesystem::file_size(path, error);
  if (error || static_cast<std::int64_t>(size) != recorded->size) return false;
  return DigestOfFile(path) == recorded;
}

// The indexes of the workbooks to write: all of them, or with
// options.track_changes those whose fingerprint changed or whose file is not
// the one written last time; records every state and the unchanged files in
// `result`.
std::vector<std::size_t> ChooseWorkbooks(SQLite::Database& database, const std::vector<WorkbookJob>& jobs,
                                         const ReportOptions& options, ReportResult& result) {
  std::vector<std::size_t> to_write;
  if (!options.track_changes) {
    for (std::size_t index = 0; index < jobs.size(); ++index) to_write.push_back(index);
    return to_write;
  }
  const std::string labels = ReportLabelsDigest(database);
  // Every job has the same period (PlanWorkbooks); the overview is the first.
  const std::map<std::string, std::string> inputs =
      ClinicReportInputs(database, jobs[0].parameters.from, jobs[0].parameters.to);
  std::vector<std::string> fingerprints(jobs.size());
  for (std::size_t index = 1; index < jobs.size(); ++index) {
    const auto clinic_inputs = inputs.find(jobs[index].parameters.clinic.value_or(""));
    // Every planned clinic has intakes, so its inputs; were one missing, its
    // workbook would only be written again.
    fingerprints[index] = ClinicFingerprint(jobs[index], labels,
                                            clinic_inputs == inputs.end() ? "" : clinic_inputs->second);
  }
  fingerprints[0] = OverviewFingerprint(jobs[0], labels, {fingerprints.begin() + 1, fingerprints.end()});
  for (std::size_t index = 0; index < jobs.size(); ++index) {
    const std::string& path = jobs[index].path;
    auto previous = options.previous.find(path);
    if (!options.rewrite_unchanged && previous != options.previous.end() &&
        previous->second.fingerprint == fingerprints[index] && IsStillOurs(path, previous->second.file)) {
      result.unchanged.push_back(path);
      result.states[path] = previous->second;
    } else {
      to_write.push_back(index);
      result.states[path] = {.fingerprint = fingerprints[index], .file = std::nullopt};  // file: once written
    }
  }
  return to_write;
}

}  // namespace

bool IsAdHoc(const ReportOptions& options) {
  return !options.clinics.empty() || options.from.has_value() || options.to.has_value();
}

ReportResult RunReport(const std::string& db_path, const db::OpenOptions& open_options,
                       const ReportOptions& options, StatusPrinter& status) {
  const auto started = std::chrono::steady_clock::now();
  db::OpenOptions read_only = open_options;
  read_only.read_only = true;
  std::unique_ptr<SQLite::Database> database = db::OpenDatabase(db_path, read_only);

  const std::vector<Clinic> clinics = ListClinics(*database);
  std::optional<std::string> latest;
  for (const Clinic& clinic : clinics) {
    if (!latest || clinic.latest_date > *latest) latest = clinic.latest_date;
  }
  ReportResult result;
  const std::string today = options.today.value_or(LocalToday());
  result.period = ResolvePeriod(options.from, options.to, latest, today);
  result.out_dir = options.out_dir;
  if (IsAdHoc(options)) {
    result.out_dir = (std::filesystem::path(options.out_dir) / AdHocFolderName(result.period)).string();
  }
  const std::vector<WorkbookJob> jobs =
      PlanWorkbooks(*database, options, result.out_dir, result.period, today, clinics);
  // Every file is made relative to this descriptor: renaming a folder on the
  // way cannot send a workbook elsewhere.
  Folder folder = OpenOutputFolder(options.out_dir, options.allow_shared_out);
  if (IsAdHoc(options)) {
    folder = OpenReportSubfolder(folder, AdHocFolderName(result.period), options.allow_shared_out);
  }
  RemoveStalePrivateFolders(folder);
  const std::vector<std::size_t> to_write = ChooseWorkbooks(*database, jobs, options, result);

  // Workers take the next workbook until none is left or the database has
  // failed (a workbook that cannot be written is only recorded: the next may
  // well be); each has its own connection, so the queries run in parallel too.
  std::atomic<std::size_t> next{0};
  std::atomic<bool> failed{false};
  std::mutex mutex;
  std::condition_variable finished_one;
  std::size_t done = 0;
  std::vector<std::optional<WorkbookFailure>> failures(jobs.size());
  std::exception_ptr error;
  auto work = [&] {
    try {
      std::unique_ptr<SQLite::Database> connection = db::OpenDatabase(db_path, read_only);
      for (std::size_t slot = next++; slot < to_write.size() && !failed; slot = next++) {
        const std::size_t index = to_write[slot];
        const std::vector<ReportBlock>& blocks =
            index == 0 ? OverviewReportBlocks() : ClinicReportBlocks();
        std::optional<WrittenWorkbook> written;
        std::optional<WorkbookFailure> failure;
        try {
          written = WriteReportWorkbook(*connection, blocks, jobs[index], folder);
        } catch (const Error& workbook_error) {
          failure = WorkbookFailure{.path = jobs[index].path, .kind = workbook_error.kind(),
                                    .message = workbook_error.what()};
        }
        std::lock_guard lock(mutex);
        if (written) {
          result.rows += written->counts.rows;
          result.truncated_cells += written->counts.truncated_cells;
          if (options.track_changes) result.states[jobs[index].path].file = written->file;
        }
        failures[index] = std::move(failure);
        ++done;
        finished_one.notify_one();
      }
    } catch (...) {
      std::lock_guard lock(mutex);
      if (!error) error = std::current_exception();
      failed = true;
      finished_one.notify_one();
    }
  };
  unsigned threads = options.threads > 0 ? options.threads : std::thread::hardware_concurrency();
  threads = std::clamp<unsigned>(threads, 1, static_cast<unsigned>(std::max<std::size_t>(to_write.size(), 1)));
  std::vector<std::jthread> workers;
  for (unsigned i = 0; i < threads; ++i) workers.emplace_back(work);
  {
    // Progress is reported from this thread only: StatusPrinter is not thread-safe.
    std::unique_lock lock(mutex);
    while (done < to_write.size() && !failed) {
      status.Progress("report", static_cast<std::int64_t>(done),
                      static_cast<std::int64_t>(to_write.size()), ProgressUnit::kRecords);
      finished_one.wait_for(lock, std::chrono::milliseconds(200));
    }
  }
  workers.clear();  // joins
  if (error) std::rethrow_exception(error);

  for (std::size_t index : to_write) {
    if (failures[index]) {
      result.failures.push_back(std::move(*failures[index]));
    } else {
      result.files.push_back(jobs[index].path);
    }
  }
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (result.truncated_cells > 0) {
    status.Warning("report: " + std::to_string(result.truncated_cells) +
                   " cells were longer than Excel's 32,767 characters and were cut (they end in "
                   "\"[truncated]\")");
  }
  return result;
}

}  // namespace crampwatch::report
