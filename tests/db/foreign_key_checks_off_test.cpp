// Tests of ForeignKeyChecksOff: off for the object's life, restored after, left off if off.
#include "db/foreign_key_checks_off.h"

#include <SQLiteCpp/Transaction.h>

#include <boost/test/unit_test.hpp>

#include "test_support.h"

namespace crampwatch::db {
namespace {

using testing::QueryInt;

struct Fixture {
  SQLite::Database database{":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE};
  Fixture() {
    database.exec("CREATE TABLE parent (id INTEGER PRIMARY KEY);"
                  "CREATE TABLE child (id INTEGER REFERENCES parent (id));");
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(foreign_key_checks_off, Fixture)

BOOST_AUTO_TEST_CASE(off_while_it_lives_and_on_again_after) {
  database.exec("PRAGMA foreign_keys = ON");
  {
    ForeignKeyChecksOff unchecked(database);
    BOOST_TEST(QueryInt(database, "PRAGMA foreign_keys") == 0);
    SQLite::Transaction transaction(database);
    database.exec("INSERT INTO child VALUES (7)");  // no parent 7: not checked
    transaction.commit();
  }
  BOOST_TEST(QueryInt(database, "PRAGMA foreign_keys") == 1);
  BOOST_CHECK_THROW(database.exec("INSERT INTO child VALUES (8)"), SQLite::Exception);
}

BOOST_AUTO_TEST_CASE(on_again_after_a_rolled_back_transaction) {
  database.exec("PRAGMA foreign_keys = ON");
  {
    ForeignKeyChecksOff unchecked(database);
    SQLite::Transaction transaction(database);
    database.exec("INSERT INTO child VALUES (7)");
  }  // rolled back, then checks on
  BOOST_TEST(QueryInt(database, "PRAGMA foreign_keys") == 1);
  BOOST_TEST(QueryInt(database, "SELECT count(*) FROM child") == 0);
}

BOOST_AUTO_TEST_CASE(checks_that_were_off_stay_off) {
  database.exec("PRAGMA foreign_keys = OFF");
  { ForeignKeyChecksOff unchecked(database); }
  BOOST_TEST(QueryInt(database, "PRAGMA foreign_keys") == 0);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::db
