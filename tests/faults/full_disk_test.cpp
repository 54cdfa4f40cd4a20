// Fault: the database cannot grow (a full disk), simulated with RLIMIT_FSIZE
// on the import's process: the file fails with exit 74, the database stays
// exactly as it was, and the same import works once there is room. A run
// whose end cannot be recorded is still known to have ended.
#include <SQLiteCpp/Database.h>

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <filesystem>

#include "test_support.h"

namespace crampwatch::faults {
namespace {

namespace fs = std::filesystem;

struct FullDiskFixture : testing::CliFixture {
  std::string night1 = dir.File("night1.csv");
  std::string night2 = dir.File("night2.csv");

  std::string Dump() {
    SQLite::Database database(db, SQLite::OPEN_READONLY);
    return testing::DumpDatabase(database);
  }

  long long FileSize(const std::string& path) {
    return fs::exists(path) ? static_cast<long long>(fs::file_size(path)) : 0;
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(full_disk, FullDiskFixture)

BOOST_AUTO_TEST_CASE(an_import_that_cannot_grow_the_database_exits_74_and_changes_nothing) {
  BOOST_REQUIRE(testing::RunProgram({CRAMPWATCH_GEN_BIN, "-q", "--rows", "5000", "--clinics", "5", "--seed", "1",
                                     "--out", night1}).exit_code == 0);
  // New records (higher ids) and changed versions of night 1's: inserts and updates.
  BOOST_REQUIRE(testing::RunProgram({CRAMPWATCH_GEN_BIN, "-q", "--rows", "40000", "--clinics", "5", "--seed", "2",
                                     "--bad-rate", "0.01", "--out", night2}).exit_code == 0);
  BOOST_REQUIRE(Crampwatch({"-q", "import", night1}).exit_code == 0);
  const std::string before = Dump();

  // In WAL mode a transaction's pages go to the -wal first and reach the
  // database file only at a checkpoint, so it is the -wal that hits the limit
  // (the last connection's checkpoint on closing left no -wal behind). Either
  // file may grow to the larger one's size plus the -shm's 32 KiB, no more:
  // night 2 needs some 10 MB.
  const long long limit = std::max(FileSize(db), FileSize(db + "-wal")) + 64 * 1024;
  const testing::RunResult full = Crampwatch({"import", night2}, {}, {.max_file_bytes = limit});
  BOOST_TEST(full.exit_code == 74, full.err);
  BOOST_TEST(full.err.find("crampwatch: error: " + night2) != std::string::npos, full.err);
  BOOST_TEST(full.err.find("database " + db) != std::string::npos, full.err);  // names the database
  BOOST_TEST(full.err.find("nothing of this file was loaded") != std::string::npos, full.err);
  BOOST_TEST_MESSAGE("full disk: " << full.err.substr(full.err.rfind("crampwatch: error: ")));
  BOOST_TEST(FileSize(db) <= limit);

  BOOST_TEST(testing::IntegrityCheck(db) == "ok");
  BOOST_TEST(Dump() == before);  // exactly as before night 2

  // With room again, the same file loads.
  const testing::RunResult retry = Crampwatch({"import", night2});
  BOOST_TEST(retry.exit_code == 1, retry.err);  // rows rejected on purpose
  SQLite::Database database(db, SQLite::OPEN_READONLY);
  BOOST_TEST(testing::QueryInt(database, "SELECT count(*) FROM import_file") == 2);
  BOOST_TEST(testing::QueryInt(database, "SELECT rows_read FROM import_file WHERE import_id = 2") == 40000);
  BOOST_TEST(testing::QueryText(database, "PRAGMA integrity_check") == "ok");
}

// The disk fills up after a run recorded its start: even the one-page update
// that records its end is refused. The run's end must still be known: status
// says how it ended (not "killed?"), and the next run puts it into run_log.
BOOST_AUTO_TEST_CASE(a_run_whose_end_the_full_database_refuses_is_not_taken_for_killed) {
  BOOST_REQUIRE(testing::RunProgram({CRAMPWATCH_GEN_BIN, "-q", "--rows", "5000", "--clinics", "5", "--seed", "1",
                                     "--out", night1}).exit_code == 0);
  BOOST_REQUIRE(testing::RunProgram({CRAMPWATCH_GEN_BIN, "-q", "--rows", "20000", "--clinics", "5", "--seed", "2",
                                     "--out", night2}).exit_code == 0);
  const std::string out = dir.File("reports");
  const testing::RunResult first = Crampwatch({"-q", "run", "--out", out, night1});
  BOOST_REQUIRE_MESSAGE(first.exit_code == 0, first.err);
  BOOST_REQUIRE(!fs::exists(db + "-wal"));  // the last connection's checkpoint removed it

  // Room in the new -wal (a 32-byte header, then a frame of 24 + 16,384 bytes
  // per page) for the start's one page and not quite a second: the import
  // fails, and so does the update that records the end.
  constexpr long long kWalHeader = 32;
  constexpr long long kWalFrame = 24 + 16384;
  const testing::RunResult full =
      Crampwatch({"run", "--out", out, night2}, {}, {.max_file_bytes = kWalHeader + 2 * kWalFrame - 1});
  BOOST_TEST(full.exit_code == 74, full.err);

  const testing::RunResult status = Crampwatch({"status", "--format", "json"});
  BOOST_TEST(status.exit_code == 0, status.err);
  BOOST_TEST(status.out.find("\"run_id\":2,") != std::string::npos, status.out);
  BOOST_TEST(status.out.find("\"finished\":true,\"exit_code\":74,") != std::string::npos, status.out);

  // With room again, the next run copies that end into run_log.
  const testing::RunResult next = Crampwatch({"-q", "run", "--out", out, night2});
  BOOST_TEST(next.exit_code == 0, next.err);
  SQLite::Database database(db, SQLite::OPEN_READONLY);
  BOOST_TEST(testing::QueryInt(database, "SELECT exit_code FROM run_log WHERE run_id = 2") == 74);
  BOOST_TEST(testing::QueryInt(database, "SELECT count(*) FROM run_log WHERE finished_at IS NULL") == 0);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::faults
