// Tests of WrappedLines and WidestWordWidth: the row-height estimate for wrapped cells.
#include "report/wrapped_lines.h"

#include <boost/test/unit_test.hpp>
#include <string>

namespace crampwatch::report {

BOOST_AUTO_TEST_SUITE(wrapped_lines)

// A 10-unit column holds 11 characters a line (10 x 1.2, less one for the margins).
BOOST_AUTO_TEST_CASE(words_wrap_at_spaces_as_a_line_fills) {
  BOOST_TEST(WrappedLines("", 10) == 1);
  BOOST_TEST(WrappedLines("short", 10) == 1);
  BOOST_TEST(WrappedLines("eleven char", 10) == 1);   // exactly a line
  BOOST_TEST(WrappedLines("eleven chars", 10) == 2);  // one more: the word moves down
  BOOST_TEST(WrappedLines("aaa bbb ccc ddd eee", 10) == 2);  // "aaa bbb ccc" / "ddd eee"
  BOOST_TEST(WrappedLines("aaa bbb ccc ddd eee fff ggg", 10) == 3);
  BOOST_TEST(WrappedLines("  spaces   between   ", 10) == 2);  // runs of spaces wrap like one
}

BOOST_AUTO_TEST_CASE(line_breaks_start_new_lines_and_long_words_are_split) {
  BOOST_TEST(WrappedLines("a\nb", 10) == 2);
  BOOST_TEST(WrappedLines("a\n\nb", 10) == 3);  // an empty line counts
  BOOST_TEST(WrappedLines("a\n", 10) == 2);
  BOOST_TEST(WrappedLines(std::string(22, 'x'), 10) == 2);  // two full lines
  BOOST_TEST(WrappedLines(std::string(23, 'x'), 10) == 3);
  BOOST_TEST(WrappedLines("ab " + std::string(23, 'x') + " cd", 10) == 4);  // ab / 11 x / 11 x / x cd
}

BOOST_AUTO_TEST_CASE(characters_not_bytes_are_counted) {
  // Eleven two-byte characters fit a line of eleven.
  std::string accented;
  for (int i = 0; i < 11; ++i) accented += "\xC3\xA9";  // é
  BOOST_TEST(WrappedLines(accented, 10) == 1);
  BOOST_TEST(WrappedLines(accented + "\xC3\xA9", 10) == 2);
}

BOOST_AUTO_TEST_CASE(a_narrow_column_still_holds_a_character_a_line) {
  BOOST_TEST(WrappedLines("abc", 0.5) == 3);
}

BOOST_AUTO_TEST_CASE(widest_word_width_fits_the_longest_word) {
  BOOST_TEST(WidestWordWidth("Days since intake") == 7.0 / 1.2);  // "intake" + a margin
  BOOST_TEST(WrappedLines("Days since intake", WidestWordWidth("Days since intake")) == 3);
  BOOST_TEST(WidestWordWidth("") == 1.0 / 1.2);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::report
