// End-to-end tests of `crampwatch import` and `query`: the real binary, real files.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <chrono>
#include <filesystem>
#include <thread>

#include "db/database.h"
#include "test_support.h"

namespace crampwatch::cli {
namespace {

using testing::RunProgram;
using testing::RunResult;

constexpr char kHeader[] =
    "clinic_id,clinic_name,intake_id,patient_id,intake_date,sex,birth_date,age,complaint,"
    "history,medications\n";

struct ImportCliFixture : testing::CliFixture {
  std::string GoodFile(const std::string& name) {
    return dir.Write(name, std::string(kHeader) + "C1,Riverside,A-1,P-1,2026-01-05,F,,52,calf cramps at night,,\n");
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(import_command, ImportCliFixture)

BOOST_AUTO_TEST_CASE(exit_0_on_success_with_a_summary_line) {
  RunResult run = Crampwatch({"import", GoodFile("a.csv")});
  BOOST_TEST(run.exit_code == 0, run.err);
  BOOST_TEST(run.err.find("a.csv: 1 rows read: 1 inserted, 0 updated, 0 unchanged, 0 rejected") !=
             std::string::npos, run.err);
  BOOST_TEST(run.err.find("rows/s") != std::string::npos);
  RunResult again = Crampwatch({"import", dir.File("a.csv")});
  BOOST_TEST(again.exit_code == 0);
  BOOST_TEST(again.err.find("skipped") != std::string::npos, again.err);
}

BOOST_AUTO_TEST_CASE(exit_1_when_rows_are_rejected) {
  std::string file = dir.Write("r.csv", std::string(kHeader) + "C1,,A-1,P-1,2026-02-30,,,,calf cramp,,\n");
  RunResult run = Crampwatch({"import", file});
  BOOST_TEST(run.exit_code == 1, run.err);
  BOOST_TEST(run.err.find("r.csv:2: rejected: intake_date") != std::string::npos, run.err);
}

// File names and records come from outside: their escape sequences and bidi
// overrides are shown in the log, never sent to the terminal that reads it.
BOOST_AUTO_TEST_CASE(log_lines_show_control_characters_as_escapes) {
  const std::string file = dir.Write("a\x1b[2Jb\u202E.csv",
                                     std::string(kHeader) + "C1,,A-1,P-1,2026-02-30,,,,calf\x1b]0;x\x07 cramp,,\n");
  const RunResult run = Crampwatch({"-v", "import", file, dir.File("gone\x1b[31m.csv")});
  BOOST_TEST(run.exit_code == 66, run.err);
  BOOST_TEST(run.err.find("a\\x1b[2Jb\\u202e.csv:2: rejected: intake_date") != std::string::npos, run.err);
  BOOST_TEST(run.err.find("calf\\x1b]0;x\\x07 cramp") != std::string::npos, run.err);  // the -v record
  BOOST_TEST(run.err.find("crampwatch: error: " + dir.File("gone\\x1b[31m.csv")) != std::string::npos, run.err);
  for (const std::string raw : {"\x1b", "\x07", "\u202E"}) {
    BOOST_TEST(run.err.find(raw) == std::string::npos, run.err);
  }
}

BOOST_AUTO_TEST_CASE(exit_64_on_usage_errors) {
  BOOST_TEST(Crampwatch({"import", "--no-such-option", "x.csv"}).exit_code == 64);
  BOOST_TEST(Crampwatch({"import"}).exit_code == 64);
  BOOST_TEST(Crampwatch({}).exit_code == 64);
  BOOST_TEST(Crampwatch({"import", "--encoding", "ebcdic", GoodFile("a.csv")}).exit_code == 64);
  BOOST_TEST(Crampwatch({"import", "--map", "nonsense", GoodFile("a.csv")}).exit_code == 64);
  BOOST_TEST(Crampwatch({"import", "--date-format", "%Q", GoodFile("a.csv")}).exit_code == 64);
  BOOST_TEST(Crampwatch({"query", "SELEC 1"}).exit_code == 64);
  BOOST_TEST(Crampwatch({"--help"}).exit_code == 0);
  BOOST_TEST(Crampwatch({"import", "--help"}).out.find("--date-format") != std::string::npos);
}

// The exit-code table is printed once, by the top-level --help; each
// subcommand's --help repeated its ten lines.
BOOST_AUTO_TEST_CASE(the_exit_code_table_is_in_the_top_level_help_only) {
  BOOST_TEST(Crampwatch({"--help"}).out.find("Exit codes (sysexits.h") != std::string::npos);
  for (const char* command : {"init", "import", "classify", "report", "run", "query", "status", "rules"}) {
    const std::string help = Crampwatch({command, "--help"}).out;
    BOOST_TEST(help.find("Exit codes (sysexits.h") == std::string::npos, command);
    BOOST_TEST(help.find("Exit codes: crampwatch --help.") != std::string::npos, command);
  }
}

BOOST_AUTO_TEST_CASE(exit_65_for_a_file_that_is_not_an_export_while_others_load) {
  std::string bad = dir.Write("bad.csv", "clinic_id,intake_id,patient_id\nC1,A-1,P-1\n");
  RunResult run = Crampwatch({"import", bad, GoodFile("a.csv")});
  BOOST_TEST(run.exit_code == 65, run.err);
  BOOST_TEST(run.err.find("bad.csv:1: missing required columns") != std::string::npos, run.err);
  BOOST_TEST(Crampwatch({"query", "SELECT count(*) FROM v_intake", "--format", "csv"}).out ==
             "count(*)\r\n1\r\n");
}

BOOST_AUTO_TEST_CASE(exit_66_for_a_missing_file) {
  RunResult run = Crampwatch({"import", dir.File("missing.csv"), GoodFile("a.csv")});
  BOOST_TEST(run.exit_code == 66, run.err);
  BOOST_TEST(run.err.find("missing.csv: cannot open") != std::string::npos, run.err);
}

BOOST_AUTO_TEST_CASE(exit_73_when_the_database_cannot_be_created) {
  db = dir.File("no/such/folder/clinic.db");
  RunResult run = Crampwatch({"import", GoodFile("a.csv")});
  BOOST_TEST(run.exit_code == 73, run.err);
}

BOOST_AUTO_TEST_CASE(exit_74_for_a_corrupt_database) {
  dir.Write("clinic.db", std::string(4096, '\x42'));
  RunResult run = Crampwatch({"import", GoodFile("a.csv")});
  BOOST_TEST(run.exit_code == 74, run.err);
  BOOST_TEST(run.err.find("clinic.db") != std::string::npos, run.err);
}

BOOST_AUTO_TEST_CASE(exit_75_when_the_database_stays_busy) {
  auto holder = db::OpenDatabase(db);
  SQLite::Transaction holding(*holder, SQLite::TransactionBehavior::IMMEDIATE);
  RunResult run = Crampwatch({"--busy-timeout", "0.2", "import", GoodFile("a.csv")});
  BOOST_TEST(run.exit_code == 75, run.err);
  BOOST_TEST(run.err.find("try again later") != std::string::npos, run.err);
}

BOOST_AUTO_TEST_CASE(standard_input_is_read_and_deduplicated_like_a_file) {
  std::string content = std::string(kHeader) + "C1,,A-1,P-1,2026-01-05,,,,calf cramp,,\n";
  BOOST_TEST(Crampwatch({"import", "-"}, content).exit_code == 0);
  RunResult again = Crampwatch({"import", "-"}, content);
  BOOST_TEST(again.exit_code == 0);
  BOOST_TEST(again.err.find("skipped") != std::string::npos, again.err);
  RunResult count = Crampwatch({"query", "SELECT count(*) AS n, (SELECT count(*) FROM v_import) AS f FROM v_intake",
                                "--format", "json"});
  BOOST_TEST(count.out == "[\n{\"n\":1,\"f\":1}\n]\n");
}

BOOST_AUTO_TEST_CASE(each_map_option_takes_one_value_so_files_may_follow) {
  std::string file = dir.Write("other.csv", "Site,Visit,MRN,Visit Date,Reason\nC1,V-1,M-1,03/02/2026,calf cramp\n");
  RunResult run = Crampwatch({"import", "--map", "Site=clinic_id", "--map", "Visit=intake_id", "--map",
                              "MRN=patient_id", "--map", "Visit Date=intake_date", "--map",
                              "Reason=complaint", file, "--date-format", "%d/%m/%Y"});
  BOOST_TEST(run.exit_code == 0, run.err);
  BOOST_TEST(Crampwatch({"query", "SELECT intake_date FROM v_intake", "--format", "csv"}).out ==
             "intake_date\r\n2026-02-03\r\n");
}

BOOST_AUTO_TEST_CASE(quiet_prints_nothing_but_errors) {
  RunResult run = Crampwatch({"import", GoodFile("a.csv"), "--quiet"});
  BOOST_TEST(run.exit_code == 0);
  BOOST_TEST(run.err.empty(), run.err);
  BOOST_TEST(run.out.empty());
}

BOOST_AUTO_TEST_CASE(query_cannot_write_or_copy_the_database) {
  BOOST_TEST(Crampwatch({"import", GoodFile("a.csv")}).exit_code == 0);
  std::string copy = dir.File("copy.db");
  RunResult vacuum = Crampwatch({"query", "VACUUM INTO '" + copy + "'"});
  BOOST_TEST(vacuum.exit_code != 0);
  BOOST_TEST(!std::filesystem::exists(copy));
  BOOST_TEST(Crampwatch({"query", "DELETE FROM intake"}).exit_code != 0);
  RunResult param = Crampwatch({"query", "SELECT intake_id FROM v_intake WHERE clinic_id = :clinic",
                                "--param", "clinic=C1", "--format", "csv"});
  BOOST_TEST(param.out == "intake_id\r\nA-1\r\n", param.err);
}

BOOST_AUTO_TEST_CASE(a_killed_import_loses_nothing_committed_and_a_rerun_completes_it) {
  std::string small = GoodFile("small.csv");
  std::string large = dir.File("large.csv");
  RunResult generated = RunProgram({CRAMPWATCH_GEN_BIN, "--rows", "400000", "--clinics", "5",
                                    "--seed", "7", "--out", large});
  BOOST_REQUIRE_MESSAGE(generated.exit_code == 0, generated.err);
  BOOST_REQUIRE(Crampwatch({"import", small}).exit_code == 0);

  int pid = testing::StartProgram(testing::CrampwatchCommand(db, {"import", large}));
  // Kill it once it is visibly writing the large file's transaction.
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  std::error_code ignored;
  while (std::filesystem::file_size(db + "-wal", ignored) < (4u << 20) &&
         std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  kill(pid, SIGKILL);
  BOOST_REQUIRE_MESSAGE(testing::WaitProgram(pid) == -SIGKILL, "the import ended before it was killed");

  {
    SQLite::Database after(db, SQLite::OPEN_READWRITE);
    BOOST_TEST(testing::QueryText(after, "PRAGMA integrity_check") == "ok");
    BOOST_TEST(testing::QueryInt(after, "SELECT count(*) FROM v_intake") == 1);
    BOOST_TEST(testing::QueryInt(after, "SELECT count(*) FROM v_import") == 1);
  }
  RunResult rerun = Crampwatch({"import", small, large});
  BOOST_TEST((rerun.exit_code == 0 || rerun.exit_code == 1), rerun.err);
  SQLite::Database done(db, SQLite::OPEN_READONLY);
  BOOST_TEST(testing::QueryInt(done, "SELECT count(*) FROM v_import") == 2);
  BOOST_TEST(testing::QueryInt(done, "SELECT rows_read FROM v_import WHERE file = '" + large + "'") == 400000);
  // Nothing lost, nothing doubled: every record of the large file is there once.
  BOOST_TEST(testing::QueryInt(done, "SELECT count(*) FROM v_intake") ==
             1 + testing::QueryInt(done, "SELECT inserted FROM v_import WHERE file = '" + large + "'"));
  BOOST_TEST(testing::QueryInt(done, "SELECT count(*) FROM intake_history") ==
             testing::QueryInt(done, "SELECT updated FROM v_import WHERE file = '" + large + "'"));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::cli
