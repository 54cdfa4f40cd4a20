// End-to-end tests of `crampwatch report`: the real binary, its exit codes and messages.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>
#include <sys/stat.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>

#include "db/database.h"
#include "test_support.h"

namespace crampwatch::cli {
namespace {

using testing::RunProgram;
using testing::RunResult;

constexpr char kRows[] =
    "C1,A-1,P-1,2026-01-05,F,47,calf cramps at night,,lasix\n"
    "C2,B-1,P-2,2026-02-05,M,30,sore throat,,\n";

struct ReportCliFixture : testing::CliFixture {
  std::string out = dir.File("out");

  ReportCliFixture() {
    const RunResult imported = Crampwatch({"import", testing::WriteExport(dir, "a.csv", kRows)});
    BOOST_REQUIRE_MESSAGE(imported.exit_code == 0, imported.err);
    const RunResult classified = Crampwatch({"classify"});
    BOOST_REQUIRE_MESSAGE(classified.exit_code == 0, classified.err);
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(report_command, ReportCliFixture)

BOOST_AUTO_TEST_CASE(writes_the_workbooks_and_one_summary_line) {
  const RunResult run = Crampwatch({"report", "--out", out});
  BOOST_TEST(run.exit_code == 0, run.err);
  BOOST_TEST(run.err.find("report: 2 clinic workbooks and overview.xlsx in " + out +
                          " (2025-03-01 to 2026-02-05, data through 2026-02-05, ") != std::string::npos, run.err);
  for (const char* name : {"C1.xlsx", "C2.xlsx", "overview.xlsx"}) {
    BOOST_TEST(std::filesystem::exists(std::filesystem::path(out) / name), name);
  }
  BOOST_TEST(run.err.find("calf cramps") == std::string::npos);  // no patient text in the log
}

BOOST_AUTO_TEST_CASE(quiet_prints_nothing) {
  const RunResult run = Crampwatch({"--quiet", "report", "--out", out, "--clinic", "C1", "--threads", "1"});
  BOOST_TEST(run.exit_code == 0);
  BOOST_TEST(run.err.empty(), run.err);
  const std::filesystem::path own = std::filesystem::path(out) / "2025-03-01_to_2026-02-05";
  BOOST_TEST(std::filesystem::exists(own / "C1.xlsx"));
  BOOST_TEST(!std::filesystem::exists(own / "C2.xlsx"));
  BOOST_TEST(!std::filesystem::exists(std::filesystem::path(out) / "C1.xlsx"));
}

BOOST_AUTO_TEST_CASE(help_states_the_default_period_as_the_readme_does) {
  const RunResult help = Crampwatch({"report", "--help"});
  BOOST_TEST(help.exit_code == 0);
  const std::string text = help.out + help.err;
  BOOST_TEST(text.find("the 12 calendar months up to the latest intake date") != std::string::npos, text);
  BOOST_TEST(text.find("default: the latest intake date") != std::string::npos, text);
  BOOST_TEST(text.find("FROM_to_TO") != std::string::npos, text);
  // README.md says it in the same words.
  const std::string readme = testing::ReadFile(std::filesystem::path(CRAMPWATCH_SAMPLE_DATA).parent_path() / "README.md");
  BOOST_TEST(readme.find("the 12 calendar months up to the latest intake date") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(usage_mistakes_exit_64) {
  for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
           {"report"},                                               // --out is required
           {"report", "--out", "x", "--from", "2026-13-01"},         // not a date
           {"report", "--out", "x", "--from", "2026-03-01", "--to", "2026-02-01"},
           {"report", "--out", "x", "--clinic", "C9"},               // no such clinic
           {"report", "--out", "x", "--threads", "0"}}) {
    const RunResult run = Crampwatch(args);
    BOOST_TEST(run.exit_code == 64, run.err);
    BOOST_TEST(!run.err.empty());  // says what is wrong
  }
  BOOST_TEST(Crampwatch({"report", "--out", out, "--clinic", "C9"}).err.find("--clinic 'C9'") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(an_output_folder_that_cannot_be_made_exits_73) {
  const std::string file = dir.Write("not-a-folder", "x");
  const RunResult run = Crampwatch({"report", "--out", file + "/reports"});
  BOOST_TEST(run.exit_code == 73, run.err);
}

unsigned ModeOf(const std::string& path) {
  struct stat info {};
  BOOST_REQUIRE(stat(path.c_str(), &info) == 0);
  return info.st_mode & 07777;
}

// Other users who can write --out could swap a workbook's temporary file for
// a link; such a folder is refused unless its sticky bit protects each
// user's entries, or the operator says it is meant to be shared.
BOOST_AUTO_TEST_CASE(a_folder_others_can_write_needs_the_sticky_bit_or_allow_shared_out) {
  std::filesystem::create_directory(out);
  for (unsigned mode : {0770u, 0777u, 0720u}) {
    BOOST_REQUIRE(chmod(out.c_str(), mode) == 0);
    const RunResult refused = Crampwatch({"report", "--out", out});
    BOOST_TEST(refused.exit_code == 64, refused.err);
    BOOST_TEST(refused.err.find("--out " + out + ": other users can write") != std::string::npos, refused.err);
    BOOST_TEST(refused.err.find("--allow-shared-out") != std::string::npos, refused.err);
    BOOST_TEST(std::filesystem::is_empty(out));
    BOOST_TEST(ModeOf(out) == mode);
  }
  const RunResult allowed = Crampwatch({"report", "--out", out, "--allow-shared-out"});
  BOOST_TEST(allowed.exit_code == 0, allowed.err);
  BOOST_TEST(std::filesystem::exists(std::filesystem::path(out) / "C1.xlsx"));
  BOOST_TEST(ModeOf(out) == 0720u);  // never changed: not crampwatch's folder

  BOOST_REQUIRE(chmod(out.c_str(), 01777) == 0);
  const RunResult sticky = Crampwatch({"report", "--out", out});
  BOOST_TEST(sticky.exit_code == 0, sticky.err);
  BOOST_REQUIRE(chmod(out.c_str(), 0750) == 0);
  const RunResult group_readable = Crampwatch({"report", "--out", out});
  BOOST_TEST(group_readable.exit_code == 0, group_readable.err);
}

// --out naming a file (or a link to one) once had that file made 0700 before
// the error.
BOOST_AUTO_TEST_CASE(an_out_that_is_a_file_or_a_link_to_one_exits_73_and_keeps_its_mode) {
  const std::string file = dir.Write("notes.txt", "mine");
  BOOST_REQUIRE(chmod(file.c_str(), 0644) == 0);
  const std::string link = dir.File("link-to-notes");
  std::filesystem::create_symlink(file, link);
  for (const std::string& path : {file, link}) {
    const RunResult run = Crampwatch({"report", "--out", path});
    BOOST_TEST(run.exit_code == 73, run.err);
    BOOST_TEST(run.err.find("--out " + path + ": not a folder") != std::string::npos, run.err);
    BOOST_TEST(ModeOf(file) == 0644u);
    BOOST_TEST(testing::ReadFile(file) == "mine");
  }
  // A link to a folder is followed: the operator chose it.
  std::filesystem::create_directory(out);
  BOOST_REQUIRE(chmod(out.c_str(), 0750) == 0);
  const std::string folder_link = dir.File("link-to-out");
  std::filesystem::create_symlink(out, folder_link);
  const RunResult followed = Crampwatch({"report", "--out", folder_link});
  BOOST_TEST(followed.exit_code == 0, followed.err);
  BOOST_TEST(std::filesystem::exists(std::filesystem::path(out) / "C2.xlsx"));
  BOOST_TEST(ModeOf(out) == 0750u);
}

// One workbook that could not be put in place once stopped the clinics after it.
BOOST_AUTO_TEST_CASE(a_blocked_workbook_path_writes_the_others_and_exits_73) {
  std::filesystem::create_directories(std::filesystem::path(out) / "C1.xlsx" / "inside");
  const RunResult run = Crampwatch({"report", "--out", out, "--threads", "1"});
  BOOST_TEST(run.exit_code == 73, run.err);
  BOOST_TEST(run.err.find("crampwatch: error: " + out + "/C1.xlsx: ") != std::string::npos, run.err);
  BOOST_TEST(std::filesystem::is_regular_file(std::filesystem::path(out) / "C2.xlsx"));
  BOOST_TEST(std::filesystem::is_regular_file(std::filesystem::path(out) / "overview.xlsx"));
  BOOST_TEST(std::filesystem::exists(std::filesystem::path(out) / "C1.xlsx" / "inside"));
  BOOST_TEST(run.err.find("1 workbook not written") != std::string::npos, run.err);
}

BOOST_AUTO_TEST_CASE(a_missing_database_is_not_created) {
  const std::string missing = dir.File("missing.db");
  const RunResult run = RunProgram(testing::CrampwatchCommand(missing, {"report", "--out", out}));
  BOOST_TEST(run.exit_code != 0);
  BOOST_TEST(!std::filesystem::exists(missing));
}

BOOST_AUTO_TEST_CASE(a_database_locked_past_the_busy_timeout_exits_75) {
  // A writer holding an exclusive lock keeps even readers out (WAL needs the
  // shared memory index, which an EXCLUSIVE locking_mode writer does not share).
  SQLite::Database holder(db, SQLite::OPEN_READWRITE);
  holder.exec("PRAGMA locking_mode = EXCLUSIVE");
  holder.exec("BEGIN EXCLUSIVE");
  holder.exec("INSERT INTO classify_run (rules_version, started_at) VALUES ('x', 'y')");
  const RunResult run = Crampwatch({"--busy-timeout", "0.2", "report", "--out", out});
  BOOST_TEST(run.exit_code == 75, run.err);
  holder.exec("ROLLBACK");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::cli
