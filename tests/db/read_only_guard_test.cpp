// Tests that a guarded connection can read and can do nothing else.
#include "db/read_only_guard.h"

#include <SQLiteCpp/Statement.h>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <filesystem>

#include "db/database.h"
#include "test_support.h"

namespace crampwatch::db {
namespace {

struct GuardFixture {
  testing::TempDir dir;
  std::string path = dir.File("c.db");
  std::string dump;
  std::unique_ptr<SQLite::Database> reader;

  GuardFixture() {
    {
      auto writer = OpenDatabase(path);
      writer->exec("INSERT INTO import_file (file, sha256, imported_at) VALUES ('a.csv', 'ab', 't')");
      dump = testing::DumpDatabase(*writer);
    }
    OpenOptions options;
    options.read_only = true;
    reader = OpenDatabase(path, options);
    InstallReadOnlyGuard(*reader);
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

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::db
