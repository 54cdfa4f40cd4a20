// Tests of TerminalSafe: what a terminal would obey is shown instead.
#include "util/terminal_text.h"

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <ostream>
#include <string>
#include <vector>

namespace crampwatch {
namespace {

struct ShownCase {
  std::string name;
  std::string text;
  std::string shown;
};

std::ostream& operator<<(std::ostream& out, const ShownCase& c) { return out << c.name; }

const std::vector<ShownCase> kCases = {
    {"plain text is kept", "C1:2: rejected: age", "C1:2: rejected: age"},
    {"accents and backslashes are kept", "Zoë, C:\\exports\\a.csv", "Zoë, C:\\exports\\a.csv"},
    {"a terminal title sequence", "a\x1b]0;owned\x07z", "a\\x1b]0;owned\\x07z"},
    {"clear screen", "\x1b[2J\x1b[H", "\\x1b[2J\\x1b[H"},
    {"line breaks, tabs, NUL and DEL", std::string("a\nb\rc\td\0e\x7f", 10), "a\\x0ab\\x0dc\\x09d\\x00e\\x7f"},
    {"a C1 control (CSI as one character)", "a\u009b31mz", "a\\u009b31mz"},
    {"right-to-left override", "invoice\u202Egpj.exe", "invoice\\u202egpj.exe"},
    {"isolates and marks", "\u2066x\u2069\u200F\u061C", "\\u2066x\\u2069\\u200f\\u061c"},
    {"a byte that is not UTF-8", "a\x9b" "31mz", "a\\x9b31mz"},
    {"a cut-off sequence at the end", "ab\xE2\x80", "ab\\xe2\\x80"},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(terminal_text)

BOOST_DATA_TEST_CASE(controls_are_shown_as_escapes, boost::unit_test::data::make(kCases), c) {
  BOOST_TEST(TerminalSafe(c.text) == c.shown);
}

BOOST_AUTO_TEST_CASE(line_breaks_can_be_kept_for_multi_line_messages) {
  BOOST_TEST(TerminalSafe("near x\n  ^\x1b[1m", LineBreaks::kKeep) == "near x\n  ^\\x1b[1m");
  BOOST_TEST(TerminalSafe("a\r\nb", LineBreaks::kKeep) == "a\\x0d\nb");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch
