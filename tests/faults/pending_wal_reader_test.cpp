// Fault: the readers (query, status, report) meet a database whose last
// writer left committed frames in its -wal, and are given the database
// through a symbolic link. A reader never writes the database file: the
// frames stay in the -wal for the next writer to checkpoint.
#include <SQLiteCpp/Database.h>
#include <sqlite3.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <string>

#include "test_support.h"

namespace crampwatch::faults {
namespace {

using testing::RunProgram;
using testing::RunResult;

constexpr char kRows[] = "C1,A-1,P-1,2026-01-05,F,47,calf cramps at night,,lasix\n";

// The database in one folder, a link to it in another: the link's name plus
// "-wal" names no file, so only a reader that follows the link finds the -wal.
struct PendingWalFixture {
  testing::TempDir dir;
  std::filesystem::path data = dir.path() / "data";
  std::filesystem::path links = dir.path() / "links";
  std::string db = (data / "clinic.db").string();
  std::string link = (links / "clinic.db").string();

  PendingWalFixture() {
    std::filesystem::create_directory(data);
    std::filesystem::create_directory(links);
    std::filesystem::create_symlink(db, link);
    const RunResult imported = Crampwatch(db, {"import", testing::WriteExport(dir, "a.csv", kRows)});
    BOOST_REQUIRE_MESSAGE(imported.exit_code == 0, imported.err);
    // A writer that commits and closes without checkpointing, as one killed
    // after its commit would: the row is only in the -wal.
    SQLite::Database writer(db, SQLite::OPEN_READWRITE);
    writer.exec("PRAGMA wal_autocheckpoint = 0");
    writer.exec("INSERT INTO import_file (file, sha256, imported_at) VALUES ('w.csv', 'w', 'w')");
    sqlite3_db_config(writer.getHandle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
  }

  // Through `path`, the link or the database itself.
  RunResult Crampwatch(const std::string& path, std::vector<std::string> args) const {
    return RunProgram(testing::CrampwatchCommand(path, std::move(args)));
  }

  long long WalBytes() const {
    return static_cast<long long>(std::filesystem::file_size(db + "-wal"));
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(pending_wal_reader, PendingWalFixture)

BOOST_AUTO_TEST_CASE(query_through_a_link_sees_the_frames_and_writes_nothing) {
  const std::string before = testing::ReadFile(db);
  const long long wal_bytes = WalBytes();
  BOOST_REQUIRE(wal_bytes > 0);
  BOOST_REQUIRE(testing::QueryIntInFileAlone(db, "SELECT count(*) FROM import_file") == 1);
  for (const std::string& path : {link, db}) {
    const RunResult run = Crampwatch(path, {"query", "SELECT count(*) AS n FROM import_file", "--format", "csv"});
    BOOST_TEST(run.exit_code == 0, run.err);
    BOOST_TEST(run.out == "n\r\n2\r\n");
    BOOST_TEST(testing::ReadFile(db) == before, path << ": the database file changed");
    BOOST_TEST(WalBytes() == wal_bytes, path);
  }
}

BOOST_AUTO_TEST_CASE(status_and_report_through_a_link_write_nothing_and_see_the_wal) {
  const std::string before = testing::ReadFile(db);
  const long long wal_bytes = WalBytes();
  const RunResult status = Crampwatch(link, {"status", "--format", "json"});
  BOOST_TEST(status.exit_code == 0, status.err);
  // The -wal's size is the real one, as through the real path.
  BOOST_TEST(status.out.find("\"wal_bytes\":" + std::to_string(wal_bytes)) != std::string::npos, status.out);
  const RunResult report = Crampwatch(link, {"report", "--out", dir.File("reports")});
  BOOST_TEST(report.exit_code == 0, report.err);
  BOOST_TEST(testing::ReadFile(db) == before);
  BOOST_TEST(WalBytes() == wal_bytes);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::faults
