// Tests of MemoryTable: rows in memory read by SQL, in order, with their types.
#include "db/memory_table.h"

#include <SQLiteCpp/Statement.h>

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "test_support.h"

namespace crampwatch::db {
namespace {

using testing::QueryInt;
using testing::QueryText;

// Rows of (name, count): an empty name is NULL, a negative count NULL.
class NamedCounts : public MemoryRows {
 public:
  std::vector<std::pair<std::string, long long>> rows;
  std::size_t size() const override { return rows.size(); }
  MemoryValue Value(std::size_t row, int column) const override {
    if (column == 0) return MemoryValue::TextOrNull(rows[row].first);
    return rows[row].second < 0 ? MemoryValue::Null() : MemoryValue::Integer(rows[row].second);
  }
};

struct Fixture {
  SQLite::Database database{":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE};
  NamedCounts counts;
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(memory_table, Fixture)

BOOST_AUTO_TEST_CASE(a_statement_reads_the_rows_shown_in_order_with_their_types) {
  MemoryTable table(database, "named_counts", "name, count");
  table.Show(&counts);
  counts.rows = {{"b", 2}, {"", 5}, {"a", -1}};
  BOOST_TEST(QueryText(database, "SELECT group_concat(coalesce(name, '-') || ':' || typeof(count) || ':' || rowid, ' ') "
                                 "FROM named_counts ORDER BY rowid") == "b:integer:0 -:integer:1 a:null:2");
  BOOST_TEST(QueryInt(database, "SELECT sum(count) FROM named_counts WHERE name IS NOT NULL") == 2);
}

BOOST_AUTO_TEST_CASE(a_prepared_statement_sees_the_rows_of_each_run) {
  MemoryTable table(database, "named_counts", "name, count");
  table.Show(&counts);
  database.exec("CREATE TABLE copy (name TEXT, count INTEGER)");
  SQLite::Statement copy(database, "INSERT INTO copy SELECT * FROM named_counts ORDER BY rowid");
  counts.rows = {{"a", 1}};
  copy.exec();
  copy.reset();
  counts.rows = {{"b", 2}, {"c", 3}};
  copy.exec();
  BOOST_TEST(QueryText(database, "SELECT group_concat(name || count, ',') FROM copy") == "a1,b2,c3");
}

BOOST_AUTO_TEST_CASE(no_rows_before_the_first_show) {
  MemoryTable table(database, "named_counts", "name, count");
  BOOST_TEST(QueryInt(database, "SELECT count(*) FROM named_counts") == 0);
}

BOOST_AUTO_TEST_CASE(the_table_is_gone_with_the_object_and_in_no_schema) {
  {
    MemoryTable table(database, "named_counts", "name, count");
    BOOST_TEST(QueryInt(database, "SELECT count(*) FROM sqlite_schema") == 0);
  }
  BOOST_CHECK_THROW(database.exec("SELECT * FROM named_counts"), SQLite::Exception);
  MemoryTable again(database, "named_counts", "name, count");  // registered anew
  BOOST_TEST(QueryInt(database, "SELECT count(*) FROM named_counts") == 0);
}

BOOST_AUTO_TEST_CASE(it_cannot_be_written) {
  MemoryTable table(database, "named_counts", "name, count");
  BOOST_CHECK_THROW(database.exec("INSERT INTO named_counts VALUES ('a', 1)"), SQLite::Exception);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::db
