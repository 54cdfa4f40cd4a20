#include "util/utf8.h"

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace crampwatch {
namespace {

struct Utf8Case {
  std::string name;
  std::string text;
  std::optional<std::size_t> invalid_at;
};

std::ostream& operator<<(std::ostream& out, const Utf8Case& c) { return out << c.name; }

// -1 for "valid", so that a failed check prints both sides.
long long Offset(std::optional<std::size_t> offset) {
  return offset ? static_cast<long long>(*offset) : -1;
}

const std::vector<Utf8Case> kCases = {
    {"empty", "", std::nullopt},
    {"ascii", "clinic_id,intake_id", std::nullopt},
    {"two-byte", "caf\xC3\xA9", std::nullopt},
    {"three-byte euro", "\xE2\x82\xAC 5", std::nullopt},
    {"four-byte emoji", "pain \xF0\x9F\x98\xA3", std::nullopt},
    {"smallest of each length", std::string("\0", 1) + "\xC2\x80\xE0\xA0\x80\xF0\x90\x80\x80",
     std::nullopt},
    {"largest of each length", "\x7F\xDF\xBF\xEF\xBF\xBF\xF4\x8F\xBF\xBF", std::nullopt},
    {"around the surrogates", "\xED\x9F\xBF\xEE\x80\x80", std::nullopt},
    {"lone continuation", "ab\x80", 2},
    {"windows-1252 e acute", "caf\xE9", 3},
    {"windows-1252 e acute then ascii", "caf\xE9 au lait", 3},
    {"overlong slash C0", "a\xC0\xAF", 1},
    {"overlong C1", "\xC1\xBF", 0},
    {"overlong three-byte", "\xE0\x80\xAF", 0},
    {"overlong four-byte", "\xF0\x80\x80\xAF", 0},
    {"high surrogate", "x\xED\xA0\x80", 1},
    {"low surrogate", "\xED\xBF\xBF", 0},
    {"above U+10FFFF", "\xF4\x90\x80\x80", 0},
    {"F5 lead", "\xF5\x80\x80\x80", 0},
    {"FF byte", "ok\xFF", 2},
    {"truncated two-byte at end", "abc\xC3", 3},
    {"truncated three-byte at end", "abc\xE2\x82", 3},
    {"truncated four-byte at end", "\xF0\x9F\x98", 0},
    {"bad second continuation", "\xE2\x82\x41", 0},
    {"bad third continuation", "\xF0\x9F\x98\x41", 0},
    {"ascii after the first word", "12345678\xC3\xA9" "abcdefgh\x80", 18},
    {"invalid in the middle of a long ascii run",
     std::string(21, 'a') + "\xFE" + std::string(30, 'b'), 21},
    {"valid long mixed text", std::string(17, 'x') + "\xC3\xA9" + std::string(9, 'y') +
                                  "\xE2\x80\x9C" "quoted\xE2\x80\x9D",
     std::nullopt},
};

BOOST_AUTO_TEST_SUITE(utf8)

BOOST_DATA_TEST_CASE(finds_the_first_invalid_byte, boost::unit_test::data::make(kCases), c) {
  BOOST_TEST(Offset(FindInvalidUtf8(c.text)) == Offset(c.invalid_at));
}

BOOST_AUTO_TEST_CASE(checks_every_alignment_of_a_bad_byte) {
  // The 8-byte fast path must not step over a bad byte wherever it sits.
  for (std::size_t position = 0; position < 40; ++position) {
    std::string text(40, 'a');
    text[position] = '\x80';
    BOOST_TEST(Offset(FindInvalidUtf8(text)) == static_cast<long long>(position));
  }
}

BOOST_AUTO_TEST_CASE(reads_a_view_not_past_its_end) {
  const std::string text = "abcdefghij\xC3\xA9";
  // Cut inside the two-byte character: the view ends after its lead byte.
  BOOST_TEST(Offset(FindInvalidUtf8(std::string_view(text).substr(0, 11))) == 10);
  BOOST_TEST(!FindInvalidUtf8(std::string_view(text).substr(0, 10)));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace crampwatch
