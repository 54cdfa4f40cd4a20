// Tests of CheckConstraintsIgnored: CHECKs off for the object's life, on again after.
#include "db/check_constraints_ignored.h"

#include <SQLiteCpp/Statement.h>

#include <boost/test/unit_test.hpp>

#include "test_support.h"

namespace crampwatch::db {

BOOST_AUTO_TEST_SUITE(check_constraints_ignored)

BOOST_AUTO_TEST_CASE(checks_are_off_while_it_lives_also_for_statements_prepared_before) {
  SQLite::Database database(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  database.exec("CREATE TABLE t (sex TEXT CHECK (sex IN ('F', 'M', 'X', 'U')))");
  SQLite::Statement insert(database, "INSERT INTO t VALUES (?)");
  insert.bind(1, "F");
  BOOST_TEST(insert.exec() == 1);
  {
    CheckConstraintsIgnored ignored(database);
    BOOST_TEST(testing::QueryInt(database, "PRAGMA ignore_check_constraints") == 1);
    insert.reset();
    insert.bind(1, "Q");
    BOOST_TEST(insert.exec() == 1);
  }
  BOOST_TEST(testing::QueryInt(database, "PRAGMA ignore_check_constraints") == 0);
  BOOST_CHECK_THROW(database.exec("INSERT INTO t VALUES ('Q')"), SQLite::Exception);
  BOOST_TEST(testing::QueryInt(database, "SELECT count(*) FROM t WHERE sex = 'Q'") == 1);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::db
