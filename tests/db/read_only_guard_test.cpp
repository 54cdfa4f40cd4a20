// Tests that a guarded connection can read and can do nothing else.
#include "db/read_only_guard.h"

#include <SQLiteCpp/Statement.h>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <chrono>
#include <filesystem>
#include <thread>

#include "db/database.h"
#include "test_support.h"

namespace crampwatch::db {
namespace {

struct GuardFixture {
  testing::TempDir dir;
  std::string path = dir.File("c.db");
  std::string dump;
  std::unique_ptr<SQLite::Database> reader;
  std::unique_ptr<ReadOnlyGuard> guard;

  GuardFixture() {
    {
      auto writer = OpenDatabase(path);
      writer->exec("INSERT INTO import_file (file, sha256, imported_at) VALUES ('a.csv', 'ab', 't')");
      dump = testing::DumpDatabase(*writer);
    }
    OpenOptions options;
    options.read_only = true;
    reader = OpenDatabase(path, options);
    guard = std::make_unique<ReadOnlyGuard>(*reader);
  }
};

const char* const kForbidden[] = {
    "INSERT INTO import_file (file, sha256, imported_at) VALUES ('x', 'y', 'z')",
    "UPDATE import_file SET file = 'x'",
    "DELETE FROM import_file",
    "DROP VIEW v_intake",
    "CREATE TABLE t (x)",
    "CREATE TEMP TABLE t (x)",
    "ATTACH DATABASE '/tmp/crampwatch-attack.db' AS other",
    "VACUUM INTO '/tmp/crampwatch-copy.db'",
    "VACUUM",
    "PRAGMA query_only = OFF",
    "PRAGMA writable_schema = ON",
    "BEGIN IMMEDIATE",
    "SELECT load_extension('/tmp/evil.so')",
    "REINDEX",
    "ANALYZE",
    "UPDATE sqlite_master SET type = 'x'",
    "UPDATE sqlite_master SET sql = 'x'",
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(read_only_guard, GuardFixture)

BOOST_AUTO_TEST_CASE(table_valued_functions_work) {
  // reports/*.sql split code lists with json_each; the guard once refused it.
  BOOST_TEST(testing::QueryInt(*reader, "SELECT count(*) FROM json_each('[\"a\",\"b\"]')") == 2);
  BOOST_TEST(testing::QueryText(*reader, "SELECT group_concat(value, '+') FROM json_each('[1,2]')") == "1+2");
}

BOOST_AUTO_TEST_CASE(reading_works) {
  BOOST_TEST(testing::QueryText(*reader, "SELECT file FROM v_import") == "a.csv");
  BOOST_TEST(testing::QueryInt(*reader, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                        "FROM n WHERE i < 5) SELECT sum(i) FROM n") == 15);
  BOOST_TEST(testing::QueryInt(*reader, "SELECT json_array_length('[1,2]') + length('ab')") == 4);
}

BOOST_DATA_TEST_CASE_F(GuardFixture, everything_else_is_refused, boost::unit_test::data::make(kForbidden),
                       sql) {
  BOOST_CHECK_THROW(
      {
        SQLite::Statement statement(*reader, sql);
        statement.executeStep();
      },
      SQLite::Exception);
  BOOST_TEST(!std::filesystem::exists("/tmp/crampwatch-copy.db"));
  BOOST_TEST(!std::filesystem::exists("/tmp/crampwatch-attack.db"));
  auto writer = OpenDatabase(path);
  BOOST_TEST(testing::DumpDatabase(*writer) == dump);
}

BOOST_DATA_TEST_CASE_F(GuardFixture, prepare_refuses_everything_else_before_it_runs,
                       boost::unit_test::data::make(kForbidden), sql) {
  BOOST_CHECK_THROW(guard->Prepare(sql), SqlError);
}

BOOST_AUTO_TEST_CASE(prepare_names_what_it_refuses) {
  auto message = [&](const std::string& sql) {
    try {
      guard->Prepare(sql);
    } catch (const SqlError& error) {
      return std::string(error.what());
    }
    return std::string("prepared");
  };
  BOOST_TEST(message("DELETE FROM import_file") == "not allowed, query only reads: DELETE from import_file");
  BOOST_TEST(message("PRAGMA query_only = 0") == "not allowed, query only reads: PRAGMA query_only");
  BOOST_TEST(message("VACUUM") == "not allowed, query only reads: a statement that changes the database or writes a file");
  BOOST_TEST(message("  ") == "no SQL statement");
}

BOOST_AUTO_TEST_CASE(prepare_takes_one_statement_and_says_where_the_next_starts) {
  BOOST_CHECK_NO_THROW(guard->Prepare("SELECT 1; -- done\n /* really */ ;"));
  try {
    guard->Prepare("SELECT 1; /* x */ SELECT 2");
    BOOST_FAIL("a second statement was accepted");
  } catch (const SqlError& error) {
    BOOST_TEST(std::string(error.what()) == "one statement at a time");
    BOOST_TEST(error.offset() == 18);
  }
}

BOOST_AUTO_TEST_CASE(bad_sql_reports_sqlite_message_and_offset) {
  try {
    guard->Prepare("SELECT nme FROM v_intake");
    BOOST_FAIL("bad SQL was accepted");
  } catch (const SqlError& error) {
    BOOST_TEST(std::string(error.what()) == "no such column: nme");
    BOOST_TEST(error.offset() == 7);
  }
}

BOOST_AUTO_TEST_CASE(schema_introspection_pragmas_work) {
  SQLite::Statement columns = guard->Prepare("SELECT count(*) FROM pragma_table_info('import_file')");
  BOOST_TEST(columns.executeStep());
  BOOST_TEST(columns.getColumn(0).getInt() > 3);
  SQLite::Statement pragma = guard->Prepare("PRAGMA table_info(import_file)");
  BOOST_TEST(pragma.executeStep());
}

BOOST_AUTO_TEST_CASE(an_interrupt_from_another_thread_stops_a_runaway_statement) {
  SQLite::Statement runaway =
      guard->Prepare("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n");
  std::thread stopper([this] {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    guard->Interrupt();
  });
  BOOST_CHECK_THROW(runaway.executeStep(), SQLite::Exception);
  stopper.join();
  BOOST_TEST(testing::QueryInt(*reader, "SELECT 1") == 1);  // the next statement runs
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::db
