// Tests of JSON string escaping.
#include "util/json.h"

#include <boost/test/unit_test.hpp>

namespace crampwatch {

BOOST_AUTO_TEST_SUITE(json)

BOOST_AUTO_TEST_CASE(escapes_quotes_backslashes_and_controls) {
  std::string out;
  AppendJsonString(out, std::string("a\"b\\c\nd\te\x01\0f", 12));
  BOOST_TEST(out == "\"a\\\"b\\\\c\\nd\\te\\u0001\\u0000f\"");
}

BOOST_AUTO_TEST_CASE(keeps_utf8_and_replaces_invalid_bytes) {
  std::string out;
  AppendJsonString(out, "caf\u00e9 \x92 ok");
  BOOST_TEST(out == "\"caf\u00e9 \uFFFD ok\"");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch
