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

constexpr char kExport[] =
    "clinic_id,intake_id,patient_id,intake_date,sex,age,complaint,history,medications\n"
    "C1,A-1,P-1,2026-01-05,F,47,calf cramps at night,,lasix\n"
    "C2,B-1,P-2,2026-02-05,M,30,sore throat,,\n";

struct ReportCliFixture {
  testing::TempDir dir;
  std::string db = dir.File("clinic.db");
  std::string out = dir.File("out");

  ReportCliFixture() {
    const RunResult imported = Crampwatch({"import", dir.Write("a.csv", kExport)});
    BOOST_REQUIRE_MESSAGE(imported.exit_code == 0, imported.err);
    const RunResult classified = Crampwatch({"classify"});
    BOOST_REQUIRE_MESSAGE(classified.exit_code == 0, classified.err);
  }

  RunResult Crampwatch(std::vector<std::string> args) {
    args.insert(args.begin(), {CRAMPWATCH_BIN, "--db", db});
    return RunProgram(args);
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

BOOST_AUTO_TEST_CASE(a_missing_database_is_not_created) {
  const std::string missing = dir.File("missing.db");
  const RunResult run = RunProgram({CRAMPWATCH_BIN, "--db", missing, "report", "--out", out});
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
