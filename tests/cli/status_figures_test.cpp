// Tests of ReadStatusFigures on real database files: the last run's state
// while a run ends at the moment status reads.
#include "cli/status_figures.h"

#include <SQLiteCpp/Database.h>
#include <sqlite3.h>

#include <boost/test/unit_test.hpp>
#include <cstring>
#include <functional>
#include <memory>
#include <optional>

#include "cli/status_format.h"
#include "db/database.h"
#include "db/sql.h"
#include "test_support.h"
#include "util/file_lock.h"

namespace crampwatch::cli {
namespace {

// Calls `action` once, when the connection starts the statement `sql`. The
// only way to act between two steps of ReadStatusFigures without changing it.
class OnStatement {
 public:
  OnStatement(SQLite::Database& database, const char* sql, std::function<void()> action)
      : database_(database), sql_(sql), action_(std::move(action)) {
    sqlite3_trace_v2(database_.getHandle(), SQLITE_TRACE_STMT, &OnStatement::Trace, this);
  }
  ~OnStatement() { sqlite3_trace_v2(database_.getHandle(), 0, nullptr, nullptr); }
  OnStatement(const OnStatement&) = delete;
  OnStatement& operator=(const OnStatement&) = delete;

  bool done() const { return done_; }

 private:
  static int Trace(unsigned /*type*/, void* self_pointer, void* statement, void* /*text*/) {
    auto* self = static_cast<OnStatement*>(self_pointer);
    const char* sql = sqlite3_sql(static_cast<sqlite3_stmt*>(statement));
    if (!self->done_ && sql != nullptr && std::strcmp(sql, self->sql_) == 0) {
      self->done_ = true;
      self->action_();
    }
    return 0;
  }

  SQLite::Database& database_;
  const char* sql_;
  std::function<void()> action_;
  bool done_ = false;
};

struct StatusFiguresFixture {
  testing::TempDir dir;
  std::string db = dir.File("clinic.db");

  StatusFiguresFixture() {
    db::OpenDatabase(db)->exec("INSERT INTO run_log (started_at) VALUES ('2026-11-26T02:15:00Z')");
  }

  std::unique_ptr<SQLite::Database> OpenForStatus() { return db::OpenDatabase(db, {.read_only = true}); }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(status_figures, StatusFiguresFixture)

// The run records its end and lets its lock go after status took its
// snapshot (without the end) but before status looks at the lock: the run
// finished, it was not killed.
BOOST_AUTO_TEST_CASE(a_run_that_ends_while_status_reads_is_finished_not_killed) {
  std::optional<FileLock> run_lock(std::in_place, db + ".lock", 0);
  auto status_connection = OpenForStatus();
  OnStatement run_ends(*status_connection, db::sql::kStatusLastRun, [&] {
    db::OpenDatabase(db)->exec(
        "UPDATE run_log SET finished_at = '2026-11-26T02:16:00Z', exit_code = 0 WHERE run_id = 1");
    run_lock.reset();
  });
  const StatusFigures figures = ReadStatusFigures(*status_connection, db);
  BOOST_REQUIRE(run_ends.done());
  BOOST_REQUIRE(figures.last_run);
  BOOST_TEST(figures.last_run->finished_at.value_or("NULL") == "2026-11-26T02:16:00Z");
  BOOST_TEST(figures.last_run->exit_code.value_or(-1) == 0);
  BOOST_TEST(RunOutcomeText(*figures.last_run) == "exit 0, success");
}

BOOST_AUTO_TEST_CASE(a_run_without_an_end_and_without_the_lock_did_not_finish) {
  auto status_connection = OpenForStatus();
  const StatusFigures figures = ReadStatusFigures(*status_connection, db);
  BOOST_REQUIRE(figures.last_run);
  BOOST_TEST(RunOutcomeText(*figures.last_run) == "did not finish (killed?)");
}

BOOST_AUTO_TEST_CASE(a_run_holding_the_lock_is_running) {
  const FileLock run_lock(db + ".lock", 0);
  auto status_connection = OpenForStatus();
  const StatusFigures figures = ReadStatusFigures(*status_connection, db);
  BOOST_REQUIRE(figures.last_run);
  BOOST_TEST(RunOutcomeText(*figures.last_run) == "running");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::cli
