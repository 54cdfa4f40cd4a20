// Tests of CodeNames: a cell's codes shown by their names, in report order.
#include "report/code_names.h"

#include <boost/test/unit_test.hpp>
#include <string>

#include "db/database.h"
#include "test_support.h"

namespace crampwatch::report {

BOOST_AUTO_TEST_SUITE(code_names)

BOOST_AUTO_TEST_CASE(codes_become_names_in_report_order) {
  CodeNames names;
  names.Add("cause", "cold_exposure", "Cold exposure", 1);
  names.Add("cause", "medication", "Medication", 9);
  names.Add("cause", "calcium_deficiency", "Calcium deficiency", 4);
  names.Add("red_flag", "medication", "Not a cause", 1);
  // Codes come in alphabetical order; names in report order.
  BOOST_TEST(names.Names("cause", "calcium_deficiency,cold_exposure,medication") ==
             "Cold exposure, Calcium deficiency, Medication");
  BOOST_TEST(names.Names("cause", "medication") == "Medication");
  BOOST_TEST(names.Names("red_flag", "medication") == "Not a cause");  // each kind its own names
  BOOST_TEST(names.Names("cause", "") == "");
  // A code without a name stays as it is, after the named ones: nothing is lost.
  BOOST_TEST(names.Names("cause", "new_code,cold_exposure") == "Cold exposure, new_code");
  BOOST_TEST(names.Names("no_such_kind", "a,b") == "a, b");
}

BOOST_AUTO_TEST_CASE(loads_every_name_of_code_label) {
  testing::TempDir dir;
  auto database = db::OpenDatabase(dir.File("c.db"));
  const CodeNames names = LoadCodeNames(*database);
  BOOST_TEST(names.Names("cause", "unexplained") == "Unexplained (no cause found)");
  BOOST_TEST(names.Names("red_flag", "cauda_equina,dvt_signs") == "DVT signs, Cauda equina");
  BOOST_TEST(names.Names("calcium_risk", "woman_45_plus") == "Older woman");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::report
