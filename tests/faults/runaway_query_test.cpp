// Fault: an analyst's query that would run for ever, eat the machine's memory
// or read an endless file, and a query stopped by Ctrl-C or SIGTERM. Each
// ends soon, with its own exit code and message, the database file untouched.
#include <signal.h>

#include <boost/test/unit_test.hpp>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "test_support.h"

namespace crampwatch::faults {
namespace {

using testing::RunResult;

constexpr char kRows[] = "C1,A-1,P-1,2026-01-05,F,47,calf cramps at night,,lasix\n";

// One call of instr() compares a 60,001-byte needle at each of 60 million
// places: about a minute inside one function, with no SQLite instruction in
// between for a progress handler to see.
constexpr char kOneSlowCall[] =
    "SELECT instr(printf('%.*c', 60000000, 'a') || 'b', printf('%.*c', 60000, 'a') || 'b')";

constexpr char kEndless[] =
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n";

// 300,000 distinct rows of about 210 bytes: some 60 MB of temporary b-tree.
constexpr char kBigDistinct[] =
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300000) "
    "SELECT count(*) AS n FROM (SELECT DISTINCT printf('%.*c', 200, 'x') || i FROM n)";

// A 100 MB string built in memory.
constexpr char kBigString[] =
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) "
    "SELECT length(group_concat(printf('%.*c', 1000, 'x'), '')) FROM n";

struct RunawayFixture : testing::CliFixture {
  RunawayFixture() {
    const RunResult imported = Crampwatch({"import", testing::WriteExport(dir, "a.csv", kRows)});
    BOOST_REQUIRE_MESSAGE(imported.exit_code == 0, imported.err);
  }

  RunResult Query(std::vector<std::string> args, std::string_view input = {},
                  const testing::ProcessLimits& limits = {}) const {
    args.insert(args.begin(), "query");
    return Crampwatch(args, input, limits);
  }

  // Starts the query, sends `signal` once it runs, and returns its exit code.
  int QueryStoppedBy(int signal, const char* sql) const {
    const int pid = testing::StartProgram(testing::CrampwatchCommand(db, {"query", sql}));
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    kill(pid, signal);
    return testing::WaitProgram(pid);
  }
};

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(runaway_query, RunawayFixture)

BOOST_AUTO_TEST_CASE(one_slow_function_call_stops_at_the_timeout) {
  const auto start = std::chrono::steady_clock::now();
  const RunResult run = Query({kOneSlowCall, "--timeout", "1"});
  const double seconds = SecondsSince(start);
  BOOST_TEST(run.exit_code == 75, run.err);
  BOOST_TEST(run.err.find("query: stopped after 1 s (--timeout)") != std::string::npos, run.err);
  // Unbounded, it runs about a minute; a loaded machine may take a few seconds.
  BOOST_TEST(seconds < 20, seconds << " s");
}

BOOST_AUTO_TEST_CASE(ctrl_c_and_sigterm_stop_the_query_with_128_plus_the_signal) {
  const std::string before = testing::ReadFile(db);
  BOOST_TEST(QueryStoppedBy(SIGINT, kEndless) == 130);
  BOOST_TEST(QueryStoppedBy(SIGTERM, kEndless) == 143);
  // Also while SQLite is inside one long function call, deaf to interrupts.
  const auto start = std::chrono::steady_clock::now();
  BOOST_TEST(QueryStoppedBy(SIGTERM, kOneSlowCall) == 143);
  BOOST_TEST(SecondsSince(start) < 20);
  BOOST_TEST(testing::ReadFile(db) == before);
}

BOOST_AUTO_TEST_CASE(temporary_storage_bigger_than_max_memory_goes_to_disk) {
  const RunResult run = Query({kBigDistinct, "--max-memory", "16", "--format", "csv"});
  BOOST_TEST(run.exit_code == 0, run.err);
  BOOST_TEST(run.out == "n\r\n300000\r\n");
}

BOOST_AUTO_TEST_CASE(a_query_needing_more_than_max_memory_stops_with_exit_75) {
  const RunResult run = Query({kBigString, "--max-memory", "16"});
  BOOST_TEST(run.exit_code == 75, run.err);
  BOOST_TEST(run.err.find("query: stopped: it needed more than 16 MiB of memory (--max-memory)") !=
                 std::string::npos,
             run.err);
  // 0: no limit.
  const RunResult unlimited = Query({kBigString, "--max-memory", "0", "--format", "csv"});
  BOOST_TEST(unlimited.exit_code == 0, unlimited.err);
  BOOST_TEST(unlimited.out.ends_with("\r\n100000000\r\n"), unlimited.out);
}

BOOST_AUTO_TEST_CASE(sql_longer_than_one_mebibyte_is_refused_unread) {
  // Without a bound, /dev/zero is read until memory runs out: capped here so
  // that such a run fails fast instead of taking the machine with it.
  testing::ProcessLimits limits;
  limits.max_memory_bytes = 1LL << 30;
  const RunResult endless = Query({"--file", "/dev/zero"}, {}, limits);
  BOOST_TEST(endless.exit_code == 64, endless.err);
  BOOST_TEST(endless.err.find("query: --file /dev/zero: the SQL is longer than 1 MiB") != std::string::npos,
             endless.err);

  std::string long_sql = "SELECT 1 -- ";
  long_sql.append(1 << 20, 'x');
  const RunResult piped = Query({"-"}, long_sql);
  BOOST_TEST(piped.exit_code == 64, piped.err);
  BOOST_TEST(piped.err.find("query: standard input: the SQL is longer than 1 MiB") != std::string::npos,
             piped.err);
  BOOST_TEST(piped.out.empty());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::faults
