// End-to-end tests of `crampwatch run`: the nightly job on real files, its lock,
// what a second run leaves alone, and its exit codes.
#include <SQLiteCpp/Database.h>
#include <signal.h>
#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <boost/test/unit_test.hpp>
#include <regex>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <thread>

#include "db/database.h"
#include "report/xlsx_reader.h"
#include "test_support.h"
#include "util/file_lock.h"

namespace crampwatch::cli {
namespace {

using testing::RunProgram;
using testing::RunResult;

std::vector<std::string> SampleExports() {
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(CRAMPWATCH_SAMPLE_DATA)) {
    if (entry.path().extension() == ".csv") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// A workbook file's identity: replaced files get a new inode; bytes for good measure.
struct FileIdentity {
  ino_t inode = 0;
  std::string bytes;
  bool operator==(const FileIdentity&) const = default;
};

struct RunFixture : testing::CliFixture {
  std::string out = dir.File("reports");

  RunResult Run(std::vector<std::string> args) {
    args.insert(args.begin(), {"run", "--out", out});
    return Crampwatch(args);
  }

  std::map<std::string, FileIdentity> Workbooks() {
    std::map<std::string, FileIdentity> files;
    for (const auto& entry : std::filesystem::directory_iterator(out)) {
      if (!entry.is_regular_file()) continue;  // an ad-hoc report's folder
      struct stat info {};
      stat(entry.path().c_str(), &info);
      files[entry.path().filename().string()] = {info.st_ino, testing::ReadFile(entry.path())};
    }
    return files;
  }

  // Every table but run_log, which gains a row per run by design.
  std::string DataDump() {
    auto database = db::OpenDatabase(db);
    std::string dump = testing::DumpDatabase(*database);
    const std::size_t begin = dump.find("== run_log\n");
    const std::size_t end = dump.find("== ", begin + 3);
    return dump.erase(begin, end - begin);
  }

  long long Count(const std::string& sql) {
    auto database = db::OpenDatabase(db);
    return testing::QueryInt(*database, sql);
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(run_command, RunFixture)

BOOST_AUTO_TEST_CASE(sample_data_then_the_same_files_again_change_nothing) {
  std::vector<std::string> args = SampleExports();
  args.insert(args.end(), {"--summary-json", dir.File("summary.json")});
  const RunResult first = Run(args);
  BOOST_TEST(first.exit_code == 1, first.err);  // rows rejected on purpose
  BOOST_TEST(first.err.find("classify: ") != std::string::npos);
  BOOST_TEST(first.err.find("report: 5 workbooks written, 0 unchanged") != std::string::npos, first.err);
  BOOST_TEST(first.err.find("run: finished in ") != std::string::npos);
  const auto workbooks = Workbooks();
  BOOST_TEST(workbooks.size() == 5u);
  BOOST_TEST(workbooks.count("overview.xlsx") == 1u);
  const std::string json = testing::ReadFile(dir.File("summary.json"));
  BOOST_TEST(json.find("\"exit_code\": 1") != std::string::npos, json);
  BOOST_TEST(json.find("\"rejected\": 12") != std::string::npos, json);
  BOOST_TEST(json.find("\"written\": 5") != std::string::npos, json);
  // Each stage that ran says how long it took.
  for (const char* stage : {"import", "classify", "report"}) {
    const std::regex timed("\"" + std::string(stage) + "\": \\{[^}]*\"seconds\": [0-9]+\\.[0-9]{3}");
    BOOST_TEST(std::regex_search(json, timed), stage << " has no seconds: " << json);
  }
  BOOST_TEST(Count("SELECT count(*) FROM run_log WHERE exit_code = 1 AND finished_at IS NOT NULL") == 1);

  const std::string dump = DataDump();
  const RunResult second = Run(SampleExports());
  BOOST_TEST(second.exit_code == 0, second.err);
  BOOST_TEST(second.err.find("report: 0 workbooks written, 5 unchanged") != std::string::npos, second.err);
  BOOST_TEST(DataDump() == dump);         // no row changed
  BOOST_TEST((Workbooks() == workbooks));  // no workbook rewritten
  BOOST_TEST(Count("SELECT count(*) FROM run_log") == 2);

  // --all-reports rewrites them all, with the same cells.
  const RunResult forced = Run({"--all-reports"});
  BOOST_TEST(forced.err.find("report: 5 workbooks written, 0 unchanged") != std::string::npos, forced.err);
}

BOOST_AUTO_TEST_CASE(a_new_night_rewrites_only_the_clinics_it_touches) {
  const std::string night1 = testing::WriteExport(dir, "n1.csv",
                                                  "C1,A-1,P-1,2026-03-10,F,50,calf cramp at night,,\n"
                                                  "C2,B-1,P-2,2026-03-10,M,40,calf cramp after a hike,,\n"
                                                  "C3,D-1,P-3,2026-03-10,M,40,sore throat,,\n");
  BOOST_REQUIRE(Run({night1}).exit_code == 0);
  const auto before = Workbooks();
  // A late record of the same day: the period and the date the data runs
  // through stay put, so only C1's workbook (and the overview) change. (A
  // record of a new day moves both, and every workbook says so.)
  const std::string night2 = testing::WriteExport(dir, "n2.csv", "C1,A-2,P-4,2026-03-10,F,15,foot cramps in bed,,\n");
  const RunResult run = Run({night2});
  BOOST_TEST(run.exit_code == 0, run.err);
  const auto after = Workbooks();
  BOOST_TEST(!(after.at("C1.xlsx") == before.at("C1.xlsx")));
  BOOST_TEST(!(after.at("overview.xlsx") == before.at("overview.xlsx")));
  BOOST_TEST((after.at("C2.xlsx") == before.at("C2.xlsx")));
  BOOST_TEST((after.at("C3.xlsx") == before.at("C3.xlsx")));
  // A deleted workbook is written again even though its data did not change.
  std::filesystem::remove(std::filesystem::path(out) / "C2.xlsx");
  BOOST_TEST(Run({}).err.find("report: 1 workbooks written, 3 unchanged") != std::string::npos);
  BOOST_TEST(std::filesystem::exists(std::filesystem::path(out) / "C2.xlsx"));
}

// An ad-hoc report pointed at the nightly folder, then the next
// run, left a wrong-period workbook for clinicians until the clinic's data
// changed ("0 workbooks written, 5 unchanged").
BOOST_AUTO_TEST_CASE(an_ad_hoc_report_into_the_nightly_folder_never_leaves_a_wrong_workbook_there) {
  BOOST_REQUIRE(Run(SampleExports()).exit_code == 1);
  const auto nightly = Workbooks();
  const RunResult ad_hoc = Crampwatch({"report", "--out", out, "--clinic", "CLN-014",
                                       "--from", "2025-01-01", "--to", "2025-06-30"});
  BOOST_TEST(ad_hoc.exit_code == 0, ad_hoc.err);
  // It says where it went: a folder of its own, named after its period.
  const std::filesystem::path own = std::filesystem::path(out) / "2025-01-01_to_2025-06-30";
  BOOST_TEST(ad_hoc.err.find("in " + own.string() + " (a folder of their own") != std::string::npos, ad_hoc.err);
  BOOST_TEST(std::filesystem::exists(own / "CLN-014.xlsx"));
  BOOST_TEST(std::filesystem::exists(own / "overview.xlsx"));
  const RunResult again = Run({});
  BOOST_TEST(again.exit_code == 0, again.err);
  BOOST_TEST(again.err.find("report: 0 workbooks written, 5 unchanged") != std::string::npos, again.err);
  BOOST_TEST((Workbooks() == nightly));  // the nightly set, byte for byte
}

// `run` once trusted its fingerprint of the data and never looked at
// the file on disk.
BOOST_AUTO_TEST_CASE(a_workbook_edited_truncated_or_replaced_by_hand_is_written_again) {
  BOOST_REQUIRE(Run(SampleExports()).exit_code == 1);
  const auto nightly = Workbooks();
  const std::filesystem::path folder(out);
  std::map<std::string, std::string> nightly_cells;
  for (const char* name : {"CLN-014.xlsx", "CLN-022.xlsx", "CLN-031.xlsx"}) {
    nightly_cells[name] = testing::AllCells((folder / name).string());
  }
  {
    std::ofstream edited(folder / "CLN-014.xlsx", std::ios::app | std::ios::binary);
    edited << "x";
  }
  std::filesystem::resize_file(folder / "CLN-022.xlsx", 1000);
  // Replaced by another workbook of the same size would be the worst case;
  // another clinic's workbook will do (the bytes differ, the name does not).
  std::filesystem::copy_file(folder / "CLN-047.xlsx", folder / "CLN-031.xlsx",
                             std::filesystem::copy_options::overwrite_existing);
  const RunResult run = Run({"-v"});
  BOOST_TEST(run.exit_code == 0, run.err);
  BOOST_TEST(run.err.find("report: 3 workbooks written, 2 unchanged") != std::string::npos, run.err);
  const auto repaired = Workbooks();
  for (const char* name : {"CLN-014.xlsx", "CLN-022.xlsx", "CLN-031.xlsx"}) {
    BOOST_TEST(testing::RunProgram({"/usr/bin/unzip", "-tq", (folder / name).string()}).exit_code == 0, name);
    // The same cells as the night before. (Not the same size: the workbook's
    // creation time differs, and deflate may code it a byte longer.)
    BOOST_TEST(testing::AllCells((folder / name).string()) == nightly_cells.at(name), name);
  }
  BOOST_TEST((repaired.at("CLN-047.xlsx") == nightly.at("CLN-047.xlsx")));
  // And the run after that trusts them again.
  BOOST_TEST(Run({}).err.find("report: 0 workbooks written, 5 unchanged") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_second_run_exits_75_at_once_or_waits) {
  const std::string night = testing::WriteExport(dir, "n.csv", "C1,A-1,P-1,2026-03-10,F,50,calf cramp,,\n");
  std::optional<FileLock> other_run(std::in_place, db + ".lock", 0);
  const RunResult refused = Run({night});
  BOOST_TEST(refused.exit_code == 75);
  BOOST_TEST(refused.err.find("another crampwatch run holds the lock") != std::string::npos, refused.err);
  BOOST_TEST(!std::filesystem::exists(out));  // nothing done
  std::jthread finish([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    other_run.reset();
  });
  const RunResult waited = Run({night, "--wait", "10"});
  BOOST_TEST(waited.exit_code == 0, waited.err);
}

BOOST_AUTO_TEST_CASE(two_runs_at_once_the_second_exits_75_and_a_third_runs) {
  const std::string exports = dir.File("big.csv");
  BOOST_REQUIRE(RunProgram({CRAMPWATCH_GEN_BIN, "--rows", "60000", "--clinics", "3", "--in-date-order", "--out",
                            exports}).exit_code == 0);
  const int first = testing::StartProgram(testing::CrampwatchCommand(db, {"-q", "run", "--out", out, exports}));
  // Start the second once the first holds the lock (its start-up takes a moment).
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (!IsLockHeld(db + ".lock") && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  const RunResult second = Run({exports});
  BOOST_TEST(testing::WaitProgram(first) == 0);
  BOOST_TEST(second.exit_code == 75, second.err);
  BOOST_TEST(second.err.find("another crampwatch run holds the lock (pid ") != std::string::npos, second.err);
  // The lock died with the first run: a third one runs (and finds nothing new).
  BOOST_TEST(Run({exports}).exit_code == 0);
}

BOOST_AUTO_TEST_CASE(a_killed_run_leaves_no_lock_and_the_next_run_completes) {
  const std::string exports = dir.File("big.csv");
  BOOST_REQUIRE(RunProgram({CRAMPWATCH_GEN_BIN, "--rows", "60000", "--clinics", "3", "--in-date-order", "--out",
                            exports}).exit_code == 0);
  const int killed = testing::StartProgram(testing::CrampwatchCommand(db, {"-q", "run", "--out", out, exports}));
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (!IsLockHeld(db + ".lock") && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  kill(killed, SIGKILL);
  testing::WaitProgram(killed);
  BOOST_TEST(!IsLockHeld(db + ".lock"));
  const RunResult next = Run({exports});  // the killed import rolled back: it loads again
  BOOST_TEST(next.exit_code == 0, next.err);
  BOOST_TEST(Count("SELECT count(*) FROM v_intake") == 60000);
}

BOOST_AUTO_TEST_CASE(a_query_during_a_run_succeeds) {
  const std::string exports = dir.File("big.csv");
  BOOST_REQUIRE(RunProgram({CRAMPWATCH_GEN_BIN, "--rows", "30000", "--clinics", "3", "--in-date-order", "--out",
                            exports}).exit_code == 0);
  BOOST_REQUIRE(Crampwatch({"init"}).exit_code == 0);
  const int run = testing::StartProgram(testing::CrampwatchCommand(db, {"-q", "run", "--out", out, exports}));
  for (int i = 0; i < 5; ++i) {
    const RunResult query = Crampwatch({"query", "SELECT count(*) FROM v_intake", "--format", "csv"});
    BOOST_TEST(query.exit_code == 0, query.err);
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  BOOST_TEST(testing::WaitProgram(run) == 0);
}

BOOST_AUTO_TEST_CASE(a_summary_that_cannot_be_written_exits_73_after_the_work) {
  const std::string night = testing::WriteExport(dir, "n.csv", "C1,A-1,P-1,2026-03-10,F,50,calf cramp,,\n");
  const RunResult run = Run({night, "--summary-json", dir.File("no/such/folder/s.json")});
  BOOST_TEST(run.exit_code == 73, run.err);
  BOOST_TEST(std::filesystem::exists(std::filesystem::path(out) / "C1.xlsx"));
  BOOST_TEST(Count("SELECT exit_code FROM run_log") == 0);  // the run itself succeeded
}

BOOST_AUTO_TEST_CASE(a_missing_export_exits_66_and_the_rest_still_runs) {
  const std::string night = testing::WriteExport(dir, "n.csv", "C1,A-1,P-1,2026-03-10,F,50,calf cramp,,\n");
  const RunResult run = Run({dir.File("missing.csv"), night});
  BOOST_TEST(run.exit_code == 66, run.err);
  BOOST_TEST(std::filesystem::exists(std::filesystem::path(out) / "C1.xlsx"));
  BOOST_TEST(Count("SELECT exit_code FROM run_log") == 66);
}

BOOST_AUTO_TEST_CASE(a_folder_others_can_write_is_refused_before_any_work_unless_allowed) {
  const std::string night = testing::WriteExport(dir, "n.csv", "C1,A-1,P-1,2026-03-10,F,50,calf cramp,,\n");
  std::filesystem::create_directory(out);
  BOOST_REQUIRE(chmod(out.c_str(), 0777) == 0);
  const RunResult refused = Run({night});
  BOOST_TEST(refused.exit_code == 64, refused.err);
  BOOST_TEST(refused.err.find("--allow-shared-out") != std::string::npos, refused.err);
  BOOST_TEST(std::filesystem::is_empty(out));
  BOOST_TEST(!std::filesystem::exists(db));  // nothing done, not even the database made
  const RunResult allowed = Run({night, "--allow-shared-out"});
  BOOST_TEST(allowed.exit_code == 0, allowed.err);
  BOOST_TEST(std::filesystem::exists(std::filesystem::path(out) / "C1.xlsx"));
}

BOOST_AUTO_TEST_CASE(an_out_that_is_a_file_exits_73_and_keeps_its_mode) {
  const std::string file = dir.Write("notes.txt", "mine");
  BOOST_REQUIRE(chmod(file.c_str(), 0644) == 0);
  const RunResult run = Crampwatch({"run", "--out", file, testing::WriteExport(dir, "n.csv", "")});
  BOOST_TEST(run.exit_code == 73, run.err);
  struct stat info {};
  BOOST_REQUIRE(stat(file.c_str(), &info) == 0);
  BOOST_TEST((info.st_mode & 07777) == 0644u);
}

// A blocked workbook path once stopped the other clinics' workbooks; its state
// must not be recorded, so that the next run writes it.
BOOST_AUTO_TEST_CASE(a_blocked_workbook_path_writes_the_others_and_records_only_them) {
  const std::filesystem::path blocked = std::filesystem::path(out) / "CLN-014.xlsx";
  std::filesystem::create_directories(blocked);
  const RunResult run = Run(SampleExports());
  BOOST_TEST(run.exit_code == 73, run.err);
  BOOST_TEST(run.err.find("crampwatch: error: " + blocked.string() + ": ") != std::string::npos, run.err);
  BOOST_TEST(run.err.find("report: 4 workbooks written, 0 unchanged") != std::string::npos, run.err);
  BOOST_TEST(Workbooks().size() == 4u);
  BOOST_TEST(Count("SELECT count(*) FROM report_state") == 4);
  BOOST_TEST(Count("SELECT count(*) FROM report_state WHERE file = 'CLN-014.xlsx'") == 0);
  BOOST_TEST(Count("SELECT exit_code FROM run_log") == 73);

  std::filesystem::remove(blocked);
  const RunResult next = Run({});
  BOOST_TEST(next.exit_code == 0, next.err);
  BOOST_TEST(next.err.find("report: 1 workbooks written, 4 unchanged") != std::string::npos, next.err);
}

BOOST_AUTO_TEST_CASE(patient_text_appears_only_with_verbose) {
  const std::string night = testing::WriteExport(dir, "n.csv",
                                                 "C1,A-1,P-1,2026-03-10,F,50,calf cramp at night,,\n"
                                                 "C1,A-2,P-2,2026-02-30,F,50,secret calf story,,\n");
  const RunResult normal = Run({night});
  BOOST_TEST(normal.exit_code == 1);
  BOOST_TEST(normal.err.find("n.csv:3: rejected: intake_date:") != std::string::npos, normal.err);
  BOOST_TEST(normal.err.find("secret") == std::string::npos, normal.err);
  BOOST_TEST(normal.err.find("debug") == std::string::npos);

  const RunResult verbose = Run({"-v", "--force", night});
  BOOST_TEST(verbose.err.find("crampwatch: debug: ") != std::string::npos, verbose.err);
  BOOST_TEST(verbose.err.find("secret calf story") != std::string::npos, verbose.err);
  // --force replaced the rejects, so C1's workbook changed.
  BOOST_TEST(verbose.err.find("debug: report: wrote ") != std::string::npos, verbose.err);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::cli
