// Fault: a database file with bytes overwritten. Every command either works
// around pages it never reads or exits 74 ("database trouble") with a
// message naming the problem; none crashes.
#include <SQLiteCpp/Database.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>

#include "test_support.h"

namespace crampwatch::faults {
namespace {

namespace fs = std::filesystem;

constexpr long long kPageSize = 16384;  // src/db/sql.h, kConnectionPragmas

struct CorruptFixture : testing::CliFixture {
  std::string night1 = dir.File("night1.csv");
  std::string night2 = dir.File("night2.csv");

  // A real database: imported and classified, every connection closed (so no -wal).
  CorruptFixture() {
    BOOST_REQUIRE(testing::RunProgram({CRAMPWATCH_GEN_BIN, "-q", "--rows", "20000", "--clinics", "5", "--seed", "3",
                                       "--out", night1}).exit_code == 0);
    BOOST_REQUIRE(testing::RunProgram({CRAMPWATCH_GEN_BIN, "-q", "--rows", "2000", "--clinics", "5", "--seed", "4",
                                       "--id-start", "50000", "--out", night2}).exit_code == 0);
    BOOST_REQUIRE(Crampwatch({"-q", "import", night1}).exit_code == 0);
    BOOST_REQUIRE(Crampwatch({"-q", "classify"}).exit_code == 0);
    BOOST_REQUIRE(!fs::exists(db + "-wal"));
  }

  void Overwrite(long long offset, long long count) {
    std::fstream file(db, std::ios::in | std::ios::out | std::ios::binary);
    file.seekp(offset);
    const std::string bytes(static_cast<std::size_t>(count), '\xA5');
    file.write(bytes.data(), count);
    BOOST_REQUIRE(file.good());
  }

  long long RootPage(const std::string& name) {
    SQLite::Database database(db, SQLite::OPEN_READONLY);
    return testing::QueryInt(database, "SELECT rootpage FROM sqlite_schema WHERE name = '" + name + "'");
  }

  // Runs `crampwatch --db DB args...`; checks it ended by itself (no signal)
  // and not as an internal error; returns what it did.
  testing::RunResult Run(const std::vector<std::string>& args) {
    const testing::RunResult result = Crampwatch(args);
    std::string command;
    for (const std::string& arg : args) command += " " + arg;
    BOOST_TEST_MESSAGE("crampwatch" << command << " -> " << result.exit_code << ": " << result.err);
    BOOST_TEST(result.exit_code != -1, command << " killed by a signal");
    BOOST_TEST(result.exit_code != 70, command << ": " << result.err);
    return result;
  }

  void ExpectDatabaseTrouble(const testing::RunResult& result, const std::string& command) {
    BOOST_TEST(result.exit_code == 74, command << ": " << result.err);
    BOOST_TEST(result.err.find("crampwatch: error: ") == 0u, command << ": " << result.err);
    BOOST_TEST(result.err.find("database disk image is malformed") != std::string::npos, command << ": " << result.err);
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(corrupt_database, CorruptFixture)

BOOST_AUTO_TEST_CASE(bytes_overwritten_in_the_middle) {
  const long long size = static_cast<long long>(fs::file_size(db));
  Overwrite(size / 2, 64 * 1024);

  // These read every record, so they meet the damaged pages.
  ExpectDatabaseTrouble(Run({"status"}), "status");
  ExpectDatabaseTrouble(Run({"query", "SELECT count(*) FROM v_intake"}), "query");
  ExpectDatabaseTrouble(Run({"classify", "--all"}), "classify --all");
  ExpectDatabaseTrouble(Run({"report", "--out", dir.File("reports")}), "report");
  // These touch only a few pages (an index lookup per record, appends at the
  // end of each tree, the classifier's queue) and SQLite checks no more than
  // it reads: they may succeed without noticing, or fail as above.
  for (std::vector<std::string> args : {std::vector<std::string>{"import", night2}, {"classify"}}) {
    const testing::RunResult result = Run(args);
    if (result.exit_code != 0) ExpectDatabaseTrouble(result, args[0]);
  }
}

BOOST_AUTO_TEST_CASE(the_intake_tables_root_page_overwritten) {
  // The root page's header: any use of the intake table fails at once.
  Overwrite((RootPage("intake") - 1) * kPageSize, 16);

  ExpectDatabaseTrouble(Run({"status"}), "status");
  ExpectDatabaseTrouble(Run({"query", "SELECT count(*) FROM v_intake"}), "query");
  const testing::RunResult import = Run({"import", night2});
  ExpectDatabaseTrouble(import, "import");
  BOOST_TEST(import.err.find("database " + db) != std::string::npos, import.err);  // names the database
  ExpectDatabaseTrouble(Run({"classify", "--all"}), "classify --all");
  ExpectDatabaseTrouble(Run({"report", "--out", dir.File("reports")}), "report");
  ExpectDatabaseTrouble(Run({"run", "--out", dir.File("reports"), night2}), "run");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::faults
