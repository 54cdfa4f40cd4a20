// End-to-end tests of `crampwatch query`: the real binary, read-only whatever the SQL.
#include <SQLiteCpp/Database.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>

#include "test_support.h"

namespace crampwatch::cli {
namespace {

using testing::RunProgram;
using testing::RunResult;

constexpr char kRows[] =
    "C1,A-1,P-1,2026-01-05,F,47,calf cramps at night,,lasix\n"
    "C2,B-1,P-2,2026-02-05,M,30,sore throat,,\n";

constexpr char kMillionRows[] =
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < 1000000) SELECT i, 'x' FROM n";

// The database lives alone in its folder, so that any file a query made would show.
struct QueryCliFixture : testing::CliFixture {
  std::filesystem::path folder = dir.path() / "db";

  QueryCliFixture() {
    std::filesystem::create_directory(folder);
    db = (folder / "clinic.db").string();
    const RunResult imported = Crampwatch({"import", testing::WriteExport(dir, "a.csv", kRows)});
    BOOST_REQUIRE_MESSAGE(imported.exit_code == 0, imported.err);
  }

  // Every file of the database's folder with its bytes, but for what readers
  // legitimately do: create the -shm (and record their read marks in it) and
  // an empty -wal, when no other connection has the database open.
  std::map<std::string, std::string> FolderSnapshot() const {
    std::map<std::string, std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
      std::string name = entry.path().filename().string();
      if (name.ends_with("-shm") || (name.ends_with("-wal") && entry.file_size() == 0)) continue;
      files[name] = testing::ReadFile(entry.path());
    }
    return files;
  }
};

struct WritePath {
  const char* sql;
  const char* why;  // what the message must say
};

std::ostream& operator<<(std::ostream& out, const WritePath& path) { return out << path.sql; }

const WritePath kWritePaths[] = {
    {"INSERT INTO import_file (file, sha256, imported_at) VALUES ('x', 'y', 'z')", "INSERT into import_file"},
    {"UPDATE intake SET sex = 'F'", "UPDATE of intake"},
    {"DELETE FROM intake", "DELETE from intake"},
    {"DROP VIEW v_intake", "a schema change"},
    {"CREATE TABLE t (x)", "a schema change"},
    {"ATTACH DATABASE 'attached.db' AS other", "ATTACH"},
    {"VACUUM", "changes the database or writes a file"},
    {"VACUUM INTO 'copy.db'", "changes the database or writes a file"},
    {"PRAGMA query_only = 0", "PRAGMA query_only"},
    {"PRAGMA journal_mode = DELETE", "PRAGMA journal_mode"},
    {"PRAGMA user_version = 9", "PRAGMA user_version"},
    {"WITH x AS (SELECT 1) INSERT INTO import_file (file, sha256, imported_at) SELECT 'a', 'b', 'c' FROM x",
     "INSERT into import_file"},
    {"SELECT 1; DELETE FROM intake", "one statement at a time"},
    {"SELECT 1; SELECT 2", "one statement at a time"},
};

// Runs `args` in the background and returns its peak resident memory in KiB.
long PeakRssKib(const std::vector<std::string>& args) {
  int pid = testing::StartProgram(args);
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  BOOST_TEST((WIFEXITED(status) && WEXITSTATUS(status) == 0));
  return usage.ru_maxrss;
}

std::size_t LineCount(const std::string& text) { return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')); }

}  // namespace

BOOST_FIXTURE_TEST_SUITE(query_command, QueryCliFixture)

BOOST_DATA_TEST_CASE_F(QueryCliFixture, every_write_path_is_refused_and_changes_nothing,
                       boost::unit_test::data::make(kWritePaths), path) {
  // Run in the database's folder, so relative targets (VACUUM INTO, ATTACH) would land there.
  const auto before = FolderSnapshot();
  const RunResult run = RunProgram({"/bin/sh", "-c", "cd \"$0\" && exec \"$1\" --db clinic.db query \"$2\"",
                                    folder.string(), CRAMPWATCH_BIN, path.sql});
  BOOST_TEST(run.exit_code == 64, run.err);
  BOOST_TEST(run.err.find(path.why) != std::string::npos, run.err);
  BOOST_TEST(run.out.empty());
  BOOST_TEST((FolderSnapshot() == before));  // same files, same bytes
}

BOOST_AUTO_TEST_CASE(write_paths_are_refused_while_a_writer_has_the_database_open) {
  // The -wal now exists and holds committed frames: it must not change either.
  SQLite::Database writer(db, SQLite::OPEN_READWRITE);
  writer.exec("INSERT INTO import_file (file, sha256, imported_at) VALUES ('w', 'w', 'w')");
  BOOST_REQUIRE(std::filesystem::exists(db + "-wal"));
  const auto before = FolderSnapshot();
  for (const WritePath& path : kWritePaths) {
    const RunResult run = Crampwatch({"query", path.sql});
    BOOST_TEST(run.exit_code == 64, path.sql);
  }
  BOOST_TEST((FolderSnapshot() == before));
}

BOOST_AUTO_TEST_CASE(reading_writes_no_file) {
  const auto before = FolderSnapshot();
  BOOST_TEST(Crampwatch({"query", "SELECT count(*) FROM v_intake"}).exit_code == 0);
  BOOST_TEST(Crampwatch({"query", "SELECT * FROM pragma_table_info('v_intake')"}).exit_code == 0);
  BOOST_TEST(Crampwatch({"query", "SELECT nothing"}).exit_code == 64);
  BOOST_TEST((FolderSnapshot() == before));
}

BOOST_AUTO_TEST_CASE(table_valued_functions_and_the_report_sql_work) {
  const RunResult each = Crampwatch({"query", "SELECT group_concat(value, '+') AS v FROM json_each('[1,2]')",
                                     "--format", "csv"});
  BOOST_TEST(each.out == "v\r\n1+2\r\n", each.err);
  const auto report = std::filesystem::path(CRAMPWATCH_SAMPLE_DATA).parent_path() / "reports" / "summary_causes.sql";
  const RunResult run = Crampwatch({"query", "--file", report.string(), "--param", "clinic=C1", "--param",
                                    "from=2026-01-01", "--param", "to=2026-12-31", "--format", "csv"});
  BOOST_TEST(run.exit_code == 0, run.err);
  BOOST_TEST(run.out.starts_with("Cause,Complaints,Share of cramp complaints\r\n"), run.out);
}

BOOST_AUTO_TEST_CASE(sql_comes_from_the_argument_a_file_or_standard_input) {
  const std::string expected = "n\r\n7\r\n";
  const std::string file = dir.Write("q.sql", "-- a comment\nSELECT 7 AS n;\n");
  BOOST_TEST(Crampwatch({"query", "SELECT 7 AS n", "--format", "csv"}).out == expected);
  BOOST_TEST(Crampwatch({"query", "--file", file, "--format", "csv"}).out == expected);
  BOOST_TEST(Crampwatch({"query", "--format", "csv"}, "SELECT 7 AS n").out == expected);
  BOOST_TEST(Crampwatch({"query", "-", "--format", "csv"}, "SELECT 7 AS n").out == expected);
  BOOST_TEST(Crampwatch({"query", "--file", "-", "--format", "csv"}, "SELECT 7 AS n").out == expected);
  BOOST_TEST(Crampwatch({"query", "SELECT 1", "--file", file}).exit_code == 64);
  BOOST_TEST(Crampwatch({"query", "--file", dir.File("missing.sql")}).exit_code == 66);
  BOOST_TEST(Crampwatch({"query"}, "  -- nothing\n").exit_code == 64);
}

BOOST_AUTO_TEST_CASE(an_sql_error_shows_sqlite_message_and_position) {
  const RunResult run = Crampwatch({"query", "SELECT 1,\n\tnme FROM v_intake"});
  BOOST_TEST(run.exit_code == 64);
  BOOST_TEST(run.err.find("query: no such column: nme at line 2, column 2\n   nme FROM v_intake\n   ^\n") !=
                 std::string::npos,
             run.err);
  const RunResult two = Crampwatch({"query", "SELECT 1;\n  SELECT 2"});
  BOOST_TEST(two.err.find("one statement at a time at line 2, column 3\n    SELECT 2\n    ^") != std::string::npos,
             two.err);
}

BOOST_AUTO_TEST_CASE(parameters_are_bound_by_name_and_none_is_left_out) {
  const std::string sql = "SELECT intake_id FROM v_intake WHERE clinic_id = :clinic AND age > @age";
  RunResult run = Crampwatch({"query", sql, "--param", "clinic=C1", "--param", "age=40", "--format", "csv"});
  BOOST_TEST(run.out == "intake_id\r\nA-1\r\n", run.err);
  run = Crampwatch({"query", sql, "--param", "clinic=C1"});
  BOOST_TEST(run.exit_code == 64);
  BOOST_TEST(run.err.find("every parameter needs a --param") != std::string::npos, run.err);
  BOOST_TEST(Crampwatch({"query", sql, "--param", "clinic=C1", "--param", "age=1", "--param", "x=1"}).exit_code == 64);
}

BOOST_AUTO_TEST_CASE(each_format_writes_types_and_quoting_right) {
  const std::string sql = "SELECT 1 AS n, 'a,\"b\"' AS s, NULL AS z, 2.5 AS r";
  BOOST_TEST(Crampwatch({"query", sql, "--format", "csv"}).out == "n,s,z,r\r\n1,\"a,\"\"b\"\"\",,2.5\r\n");
  BOOST_TEST(Crampwatch({"query", sql, "--format", "json"}).out ==
             "[\n{\"n\":1,\"s\":\"a,\\\"b\\\"\",\"z\":null,\"r\":2.5}\n]\n");
  BOOST_TEST(Crampwatch({"query", sql, "--format", "jsonl"}).out ==
             "{\"n\":1,\"s\":\"a,\\\"b\\\"\",\"z\":null,\"r\":2.5}\n");
  BOOST_TEST(Crampwatch({"query", sql}).out ==
             "n | s     | z | r\n"
             "--+-------+---+----\n"
             "1 | a,\"b\" |   | 2.5\n"
             "(1 row)\n");
  BOOST_TEST(Crampwatch({"query", "SELECT 1 WHERE 0", "--format", "json"}).out == "[]\n");
  BOOST_TEST(Crampwatch({"query", "SELECT 1 WHERE 0", "--format", "jsonl"}).out.empty());
}

// Text from an export can hold escape sequences (ESC ] ... BEL sets a
// terminal's title, ESC [ 2J clears it; a C1 CSI does the same in one
// character) and bidi overrides that reorder what follows: the table shows
// them as escapes; CSV keeps every byte and JSON escapes as JSON does.
BOOST_AUTO_TEST_CASE(the_table_shows_control_characters_csv_and_json_keep_them) {
  const std::string sql =
      "SELECT char(27) || ']0;x' || char(7) || 'a' || char(8238) || 'b' || char(155) || 'c' || "
      "CAST(x'9b' AS TEXT) || char(27) || '[2J' AS v";
  const std::string value = "\x1b]0;x\x07" "a\u202Eb\u009Bc\x9b\x1b[2J";
  const RunResult table = Crampwatch({"query", sql});
  BOOST_TEST(table.exit_code == 0, table.err);
  BOOST_TEST(table.out.find("\\x1b]0;x\\x07a\\u202eb\\u009bc\\x9b\\x1b[2J\n") != std::string::npos, table.out);
  for (const std::string raw : {"\x1b", "\x07", "\u202E", "\u009B", "\x9b"}) {
    BOOST_TEST(table.out.find(raw) == std::string::npos, table.out);
  }
  BOOST_TEST(Crampwatch({"query", sql, "--format", "csv"}).out == "v\r\n" + value + "\r\n");
  BOOST_TEST(Crampwatch({"query", sql, "--format", "jsonl"}).out ==
             "{\"v\":\"\\u001b]0;x\\u0007a\u202Eb\u009Bc\uFFFD\\u001b[2J\"}\n");
}

// A CSV an analyst opens in a spreadsheet must not run what an export put in
// a cell: --excel-safe makes such cells text; without it every value is exact.
BOOST_AUTO_TEST_CASE(excel_safe_csv_turns_formula_like_text_into_text) {
  const std::string sql =
      "SELECT '=HYPERLINK(\"http://x\")' AS a, '+1' AS b, '-2+3' AS c, '@SUM(A1)' AS d, "
      "char(9) || '=1' AS e, char(13) || '=1' AS f, -5 AS n, 'x=1' AS p";
  BOOST_TEST(Crampwatch({"query", sql, "--format", "csv"}).out ==
             "a,b,c,d,e,f,n,p\r\n\"=HYPERLINK(\"\"http://x\"\")\",+1,-2+3,@SUM(A1),\t=1,\"\r=1\",-5,x=1\r\n");
  const RunResult safe = Crampwatch({"query", sql, "--format", "csv", "--excel-safe"});
  BOOST_TEST(safe.exit_code == 0, safe.err);
  BOOST_TEST(safe.out ==
             "a,b,c,d,e,f,n,p\r\n\"'=HYPERLINK(\"\"http://x\"\")\",\"'+1\",\"'-2+3\",\"'@SUM(A1)\",\"'\t=1\","
             "\"'\r=1\",-5,x=1\r\n");
  const RunResult table = Crampwatch({"query", sql, "--excel-safe"});
  BOOST_TEST(table.exit_code == 64, table.err);
  BOOST_TEST(table.err.find("--excel-safe applies to --format csv only") != std::string::npos, table.err);
}

BOOST_AUTO_TEST_CASE(table_widths_come_from_the_first_thousand_rows) {
  const RunResult run = Crampwatch(
      {"query", "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1001) "
                "SELECT CASE i WHEN 1001 THEN 'abcdef' ELSE 'ab' END AS v, i FROM n"});
  BOOST_TEST(run.exit_code == 0);
  BOOST_TEST(run.out.find("\nab | 1000\na\u2026 | 1001\n(1001 rows)\n") != std::string::npos);
  // Numbers are never cut: a wider one pushes the rest of its line right.
  const RunResult numbers = Crampwatch(
      {"query", "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1001) "
                "SELECT CASE i WHEN 1001 THEN 123456789 ELSE i END AS n, 'x' AS t FROM n"});
  BOOST_TEST(numbers.out.find("\n1000 | x\n123456789 | x\n") != std::string::npos, numbers.out.substr(0, 80));
}

BOOST_AUTO_TEST_CASE(a_million_rows_stream_without_growing_memory) {
  const RunResult csv = Crampwatch({"query", kMillionRows, "--format", "csv"});
  BOOST_TEST(csv.exit_code == 0);
  BOOST_TEST(LineCount(csv.out) == 1'000'001u);  // header and rows
  const RunResult table = Crampwatch({"query", kMillionRows, "--format", "table"});
  BOOST_TEST(table.exit_code == 0);
  BOOST_TEST(LineCount(table.out) == 1'000'003u);  // header, rule, rows, "(N rows)"
  BOOST_TEST(table.out.ends_with("\n1000000 | x\n(1000000 rows)\n"));

  // Peak memory for a million rows stays within a few MiB of one row's.
  const long one_row = PeakRssKib(testing::CrampwatchCommand(db, {"query", "SELECT 1, 'x'", "--format", "table"}));
  for (const char* format : {"csv", "table", "json", "jsonl"}) {
    const long million = PeakRssKib(testing::CrampwatchCommand(db, {"query", kMillionRows, "--format", format}));
    BOOST_TEST(million < one_row + 8 * 1024, format << ": " << million << " KiB against " << one_row);
  }
}

BOOST_AUTO_TEST_CASE(a_runaway_query_stops_at_the_timeout_with_exit_75) {
  const auto start = std::chrono::steady_clock::now();
  const RunResult run = Crampwatch({"query", "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                                    "SELECT count(*) FROM n", "--timeout", "0.5"});
  const auto elapsed = std::chrono::steady_clock::now() - start;
  BOOST_TEST(run.exit_code == 75, run.err);
  BOOST_TEST(run.err.find("query: stopped after 0.5 s (--timeout)") != std::string::npos, run.err);
  BOOST_TEST(elapsed < std::chrono::seconds(5));
}

BOOST_AUTO_TEST_CASE(the_timeout_is_a_number_of_seconds_up_to_a_week) {
  for (const char* bad : {"1e10", "nan", "inf", "-1", "604801", "ten"}) {
    const RunResult run = Crampwatch({"query", "SELECT 1", "--timeout", bad});
    BOOST_TEST(run.exit_code == 64, bad);
    BOOST_TEST(run.err.find("--timeout") != std::string::npos, bad << ": " << run.err);
    BOOST_TEST(run.out.empty(), bad);
  }
  for (const char* good : {"0", "604800", "0.25"}) {  // 0: no limit
    BOOST_TEST(Crampwatch({"query", "SELECT 1", "--timeout", good}).exit_code == 0, good);
  }
  const RunResult help = Crampwatch({"query", "--help"});
  BOOST_TEST(help.out.find("default: 300 s") != std::string::npos, help.out);
  BOOST_TEST(help.out.find("default: 512 MiB") != std::string::npos, help.out);
}

BOOST_AUTO_TEST_CASE(a_query_during_an_uncommitted_write_sees_the_committed_snapshot) {
  SQLite::Database writer(db, SQLite::OPEN_READWRITE);
  writer.exec("PRAGMA cache_size = 2");  // the uncommitted pages spill into the -wal
  writer.exec("BEGIN IMMEDIATE");
  writer.exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
              "INSERT INTO import_file (file, sha256, imported_at) SELECT 'f' || i, 's' || i, 't' FROM n");
  const RunResult run = Crampwatch({"--busy-timeout", "1", "query", "SELECT count(*) AS n FROM import_file",
                                    "--format", "csv"});
  BOOST_TEST(run.exit_code == 0, run.err);
  BOOST_TEST(run.out == "n\r\n1\r\n");
  writer.exec("ROLLBACK");
}

BOOST_AUTO_TEST_CASE(messages_never_quote_row_values) {
  const RunResult run = Crampwatch({"query", "SELECT json_extract('{}', complaint) FROM v_intake"});
  BOOST_TEST(run.exit_code == 64);
  BOOST_TEST(run.err.find("JSON path error") != std::string::npos, run.err);
  BOOST_TEST(run.err.find("cramps") == std::string::npos, run.err);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::cli
