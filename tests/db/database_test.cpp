// Tests of OpenDatabase: file modes, pragmas, failures.
#include "db/database.h"

#include <sqlite3.h>
#include <sys/stat.h>

#include <boost/test/unit_test.hpp>
#include <fstream>

#include "test_support.h"

namespace crampwatch::db {
namespace {

unsigned ModeOf(const std::string& path) {
  struct stat status {};
  BOOST_REQUIRE(stat(path.c_str(), &status) == 0);
  return status.st_mode & 0777;
}

ErrorKind OpenFailure(const std::string& path) {
  try {
    OpenDatabase(path);
  } catch (const Error& error) {
    BOOST_TEST(std::string(error.what()).find(path) != std::string::npos, error.what());
    return error.kind();
  }
  BOOST_FAIL("opened " << path);
  return ErrorKind::kUsage;
}

// Bytes of page cache the connection holds.
int CacheUsed(SQLite::Database& database) {
  int used = 0;
  int highwater = 0;
  BOOST_REQUIRE(sqlite3_db_status(database.getHandle(), SQLITE_DBSTATUS_CACHE_USED, &used, &highwater, 0) ==
                SQLITE_OK);
  return used;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(database)

BOOST_AUTO_TEST_CASE(files_are_owner_only_whatever_the_umask) {
  testing::TempDir dir;
  mode_t previous = umask(0);
  std::string path = dir.File("clinic.db");
  {
    auto database = OpenDatabase(path);
    database->exec("INSERT INTO import_file (file, sha256, imported_at) VALUES ('a', 'b', 'c')");
    BOOST_TEST(ModeOf(path) == 0600u);
    BOOST_TEST(ModeOf(path + "-wal") == 0600u);
    BOOST_TEST(ModeOf(path + "-shm") == 0600u);
  }
  umask(previous);
}

BOOST_AUTO_TEST_CASE(connection_settings) {
  testing::TempDir dir;
  auto database = OpenDatabase(dir.File("c.db"));
  BOOST_TEST(testing::QueryText(*database, "PRAGMA journal_mode") == "wal");
  BOOST_TEST(testing::QueryInt(*database, "PRAGMA foreign_keys") == 1);
  BOOST_TEST(testing::QueryInt(*database, "PRAGMA busy_timeout") == 10000);
  BOOST_TEST(testing::QueryInt(*database, "PRAGMA temp_store") == 1);  // FILE: see sql.h
  // Tables are STRICT: a text age is refused, not stored.
  BOOST_CHECK_THROW(database->exec("INSERT INTO import_file (file, sha256, imported_at, rows_read) "
                                   "VALUES ('a', 'b', 'c', 'many')"),
                    SQLite::Exception);
}

BOOST_AUTO_TEST_CASE(release_unused_memory_empties_the_page_cache) {
  testing::TempDir dir;
  auto database = OpenDatabase(dir.File("c.db"));
  database->exec("CREATE TABLE filler (text TEXT); "
                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
                 "INSERT INTO filler SELECT printf('%.1000c', 'x') FROM n");
  BOOST_TEST(testing::QueryInt(*database, "SELECT count(*) FROM filler") == 2000);
  const int before = CacheUsed(*database);
  BOOST_TEST(before > 1'000'000);  // 2 MB of rows were read through the cache
  ReleaseUnusedMemory(*database);
  BOOST_TEST(CacheUsed(*database) < before / 10);
  BOOST_TEST(testing::QueryInt(*database, "SELECT count(*) FROM filler") == 2000);  // still usable
}

BOOST_AUTO_TEST_CASE(a_corrupt_file_is_database_trouble) {
  testing::TempDir dir;
  std::string path = dir.Write("bad.db", std::string(8192, 'x'));
  BOOST_TEST(static_cast<int>(OpenFailure(path)) == static_cast<int>(ErrorKind::kDatabase));
}

BOOST_AUTO_TEST_CASE(a_file_that_cannot_be_created) {
  testing::TempDir dir;
  std::string path = dir.File("no/such/folder/c.db");
  BOOST_TEST(static_cast<int>(OpenFailure(path)) == static_cast<int>(ErrorKind::kCannotCreate));
}

BOOST_AUTO_TEST_CASE(read_only_open_needs_an_existing_database) {
  testing::TempDir dir;
  OpenOptions read_only;
  read_only.read_only = true;
  BOOST_CHECK_THROW(OpenDatabase(dir.File("none.db"), read_only), Error);
  BOOST_TEST(!std::filesystem::exists(dir.File("none.db")));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::db
