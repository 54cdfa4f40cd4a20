// Fault: the same database trouble ends every command with the same exit code:
// busy 75, corrupt 74, and a missing database 66 for the commands that need one
// (import and run create it).
#include <SQLiteCpp/Database.h>

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "test_support.h"

namespace crampwatch::faults {
namespace {

constexpr char kRows[] = "C1,A-1,P-1,2026-01-05,F,47,calf cramps at night,,lasix\n";

constexpr char kNextRows[] = "C1,A-2,P-2,2026-01-06,M,50,foot cramp,,\n";

struct CommandCase {
  const char* name;
  bool writes;                   // takes SQLite's write lock
  bool needs_database;           // a missing database is an error (66), not created
};

std::ostream& operator<<(std::ostream& out, const CommandCase& command) { return out << command.name; }

const CommandCase kCommands[] = {
    {"import", true, false}, {"classify", true, true}, {"report", false, true},
    {"run", true, false},    {"query", false, true},   {"status", false, true},
};

struct ExitCodeFixture : testing::CliFixture {
  std::string out = dir.File("reports");
  std::string first = testing::WriteExport(dir, "first.csv", kRows);
  std::string next = testing::WriteExport(dir, "next.csv", kNextRows);

  void CreateDatabase() {
    const testing::RunResult imported = Crampwatch("import", {"import", first});
    BOOST_REQUIRE_MESSAGE(imported.exit_code == 0, imported.err);
  }

  // `crampwatch --db DB --busy-timeout 0.2 ARGS` for the command named `name`,
  // with arguments that give it work to do.
  testing::RunResult Crampwatch(const std::string& name, std::vector<std::string> args = {}) {
    if (args.empty()) {
      if (name == "import") args = {"import", next};
      if (name == "classify") args = {"classify"};
      if (name == "report") args = {"report", "--out", out};
      if (name == "run") args = {"run", "--out", out, next};
      if (name == "query") args = {"query", "SELECT count(*) FROM v_intake"};
      if (name == "status") args = {"status"};
    }
    args.insert(args.begin(), {"--busy-timeout", "0.2"});
    return CliFixture::Crampwatch(args);
  }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(database_exit_codes)

// Another connection in a write transaction: every command that writes waits
// --busy-timeout, then exits 75 ("try again later"), whichever statement met the lock.
BOOST_DATA_TEST_CASE_F(ExitCodeFixture, a_held_write_lock_exits_75, boost::unit_test::data::make(kCommands),
                       command) {
  CreateDatabase();
  SQLite::Database holder(db, SQLite::OPEN_READWRITE);
  holder.exec("BEGIN IMMEDIATE");
  holder.exec("INSERT INTO run_log (started_at) VALUES ('held')");
  const testing::RunResult run = Crampwatch(command.name);
  if (command.writes) {
    BOOST_TEST(run.exit_code == 75, command.name << ": " << run.err);
    BOOST_TEST(run.err.find("try again later") != std::string::npos, command.name << ": " << run.err);
  } else {
    BOOST_TEST(run.exit_code == 0, command.name << ": " << run.err);  // WAL: readers read on
  }
  holder.exec("ROLLBACK");
}

// A connection that keeps the database to itself (locking_mode EXCLUSIVE)
// keeps readers out too: every command exits 75.
BOOST_DATA_TEST_CASE_F(ExitCodeFixture, an_exclusively_held_database_exits_75,
                       boost::unit_test::data::make(kCommands), command) {
  CreateDatabase();
  SQLite::Database holder(db, SQLite::OPEN_READWRITE);
  holder.exec("PRAGMA locking_mode = EXCLUSIVE");
  holder.exec("BEGIN EXCLUSIVE");
  holder.exec("INSERT INTO run_log (started_at) VALUES ('held')");
  const testing::RunResult run = Crampwatch(command.name);
  BOOST_TEST(run.exit_code == 75, command.name << ": " << run.err);
  BOOST_TEST(run.err.find("crampwatch: error: " + db) == 0u, command.name << ": " << run.err);
  holder.exec("ROLLBACK");
}

BOOST_DATA_TEST_CASE_F(ExitCodeFixture, a_file_that_is_not_a_database_exits_74,
                       boost::unit_test::data::make(kCommands), command) {
  dir.Write("clinic.db", std::string(16384, '\x42'));
  const testing::RunResult run = Crampwatch(command.name);
  BOOST_TEST(run.exit_code == 74, command.name << ": " << run.err);
  BOOST_TEST(run.err.find("crampwatch: error: ") == 0u, command.name << ": " << run.err);
  BOOST_TEST(run.err.find("file is not a database") != std::string::npos, command.name << ": " << run.err);
  BOOST_TEST(run.err.find(db) != std::string::npos, command.name << ": " << run.err);
}

BOOST_DATA_TEST_CASE_F(ExitCodeFixture, a_missing_database_exits_66_where_one_is_needed,
                       boost::unit_test::data::make(kCommands), command) {
  const testing::RunResult run = Crampwatch(command.name);
  if (command.needs_database) {
    BOOST_TEST(run.exit_code == 66, command.name << ": " << run.err);
    BOOST_TEST(run.err.find(db + ": no such database") != std::string::npos, command.name << ": " << run.err);
    BOOST_TEST(!std::filesystem::exists(db), command.name);
  } else {
    // The nightly job's first night, or a first import: the database is created.
    BOOST_TEST(run.exit_code == 0, command.name << ": " << run.err);
    BOOST_TEST(std::filesystem::exists(db), command.name);
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::faults
