#include "report/cell_text.h"

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "util/utf8.h"

namespace crampwatch::report {
namespace {

constexpr std::size_t kMaxCellChars = 32767;
const std::string kMarker = " [truncated]";
const std::string kReplacement = "\xEF\xBF\xBD";  // U+FFFD
const std::string kEuro = "\xE2\x82\xAC";         // 3 bytes
const std::string kEmoji = "\xF0\x9F\x98\xA3";    // 4 bytes, beyond U+FFFF

struct CellCase {
  std::string name;
  std::string text;
  std::string expected;
  bool truncated = false;
};

std::ostream& operator<<(std::ostream& out, const CellCase& c) { return out << c.name; }

std::string Repeat(const std::string& piece, std::size_t count) {
  std::string out;
  for (std::size_t i = 0; i < count; ++i) out += piece;
  return out;
}

// Code points, the unit the cell limit is counted in.
std::size_t CountChars(const std::string& text) {
  std::size_t chars = 0;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++chars;
  }
  return chars;
}

// A long complaint of `chars` ASCII characters, as a nurse might paste it.
std::string Complaint(std::size_t chars) {
  const std::string sentence = "Cramps in both calves at night, worse after walking. ";
  std::string text;
  while (text.size() < chars) text += sentence;
  text.resize(chars);
  return text;
}

const std::vector<CellCase> kCharacterCases = {
    {"empty", "", ""},
    {"plain ascii", "Cramps in left calf at night", "Cramps in left calf at night"},
    {"tab lf cr kept", "calf\tfoot\nnight\r\nday", "calf\tfoot\nnight\r\nday"},
    {"DEL kept, XML 1.0 allows it", "a\x7F" "b", "a\x7F" "b"},
    {"C1 control NEL kept, XML 1.0 allows it", "a\xC2\x85" "b", "a\xC2\x85" "b"},
    {"SOH removed", "a\x01" "b", "ab"},
    {"ESC removed", "\x1B[31mred\x1B[0m", "[31mred[0m"},
    {"NUL removed", std::string("a\0b", 3), "ab"},
    {"unit separator removed", "a\x1F" "b", "ab"},
    {"vertical tab and form feed removed", "a\x0B\x0C" "b", "ab"},
    {"U+FFFE removed", "a\xEF\xBF\xBE" "b", "ab"},
    {"U+FFFF removed", "a\xEF\xBF\xBF" "b", "ab"},
    {"U+FFFD kept", "a\xEF\xBF\xBD" "b", "a\xEF\xBF\xBD" "b"},
    {"valid multi-byte kept", "caf\xC3\xA9 " + kEuro + "5 " + kEmoji,
     "caf\xC3\xA9 " + kEuro + "5 " + kEmoji},
    {"windows-1252 apostrophe 0x92", "patient\x92s calf", "patient" + kReplacement + "s calf"},
    {"truncated sequence at end", "calf \xE2\x82", "calf " + kReplacement + kReplacement},
    {"truncated sequence before ascii", "\xE2\x82x", kReplacement + kReplacement + "x"},
    {"overlong two-byte slash", "a\xC0\xAF" "b", "a" + kReplacement + kReplacement + "b"},
    {"overlong three-byte", "\xE0\x80\xAF", Repeat(kReplacement, 3)},
    {"encoded surrogate", "\xED\xA0\x80", Repeat(kReplacement, 3)},
    {"escape-like text escaped", "_x0041_", "_x005F_x0041_"},
    {"escape with lower-case hex", "_x00e9_", "_x005F_x00e9_"},
    {"escape with upper-case hex", "see _x00E9_ here", "see _x005F_x00E9_ here"},
    {"Excel's own escape escaped too", "_x005F_", "_x005F_x005F_"},
    {"overlapping escapes", "_x0041_x0042_", "_x005F_x0041_x005F_x0042_"},
    {"escape formed by a removed control", "_x00\x01" "41_", "_x005F_x0041_"},
    {"non-hex digits unchanged", "_x00zz_", "_x00zz_"},
    {"three hex digits unchanged", "_x041_", "_x041_"},
    {"five hex digits unchanged", "_x00411_", "_x00411_"},
    {"no closing underscore unchanged", "_x0041", "_x0041"},
    {"plain underscores unchanged", "left_calf __x_", "left_calf __x_"},
    {"formula =SUM unchanged", "=SUM(A1)", "=SUM(A1)"},
    {"formula +1 unchanged", "+1", "+1"},
    {"formula -2 unchanged", "-2", "-2"},
    {"formula @x unchanged", "@x", "@x"},
    {"hyperlink formula unchanged", "=HYPERLINK(\"http://x\",\"y\")",
     "=HYPERLINK(\"http://x\",\"y\")"},
};

const std::vector<CellCase> kLengthCases = {
    {"exactly the limit", std::string(kMaxCellChars, 'a'), std::string(kMaxCellChars, 'a')},
    {"one past the limit", std::string(kMaxCellChars + 1, 'a'),
     std::string(kMaxCellChars - kMarker.size(), 'a') + kMarker, true},
    {"40,000-character complaint", Complaint(40000),
     Complaint(kMaxCellChars - kMarker.size()) + kMarker, true},
    {"limit counts characters, not bytes", Repeat("\xC3\xA9", kMaxCellChars),
     Repeat("\xC3\xA9", kMaxCellChars)},
    {"emoji counted as one character", Repeat(kEmoji, kMaxCellChars),
     Repeat(kEmoji, kMaxCellChars)},
    {"emoji past the limit", Repeat(kEmoji, kMaxCellChars + 1),
     Repeat(kEmoji, kMaxCellChars - kMarker.size()) + kMarker, true},
    // A byte-counted cut would fall inside the first euro sign.
    {"three-byte character at the cut kept whole",
     std::string(kMaxCellChars - kMarker.size() - 1, 'a') + Repeat(kEuro, 100),
     std::string(kMaxCellChars - kMarker.size() - 1, 'a') + kEuro + kMarker, true},
    {"four-byte character at the cut kept whole",
     std::string(kMaxCellChars - kMarker.size() - 1, 'a') + Repeat(kEmoji, 100),
     std::string(kMaxCellChars - kMarker.size() - 1, 'a') + kEmoji + kMarker, true},
    // "_x005F_" would end 2 characters past the kept part: it goes whole.
    {"escape at the cut dropped whole",
     std::string(kMaxCellChars - kMarker.size() - 5, 'a') + "_x0041_" + std::string(100, 'b'),
     std::string(kMaxCellChars - kMarker.size() - 5, 'a') + kMarker, true},
    {"escapes count as written", std::string(kMaxCellChars - 1, 'a') + "_x0041_",
     std::string(kMaxCellChars - kMarker.size(), 'a') + kMarker, true},
    {"removed controls do not count", Repeat("a\x01", kMaxCellChars),
     std::string(kMaxCellChars, 'a')},
    {"replacements count", std::string(kMaxCellChars, '\x92'),
     Repeat(kReplacement, kMaxCellChars)},
    {"huge invalid field cut", std::string(100000, '\x92'),
     Repeat(kReplacement, kMaxCellChars - kMarker.size()) + kMarker, true},
};

BOOST_AUTO_TEST_SUITE(cell_text)

BOOST_DATA_TEST_CASE(cleans_characters, boost::unit_test::data::make(kCharacterCases), c) {
  bool truncated = true;
  const std::string out = SafeCellText(c.text, &truncated);
  BOOST_TEST(out == c.expected);
  BOOST_TEST(!truncated);
  BOOST_TEST(!FindInvalidUtf8(out));
}

BOOST_DATA_TEST_CASE(fits_the_cell_limit, boost::unit_test::data::make(kLengthCases), c) {
  bool truncated = !c.truncated;
  const std::string out = SafeCellText(c.text, &truncated);
  // Compared as a flag first: a 32 KiB mismatch would flood the log.
  const bool as_expected = out == c.expected;
  BOOST_TEST(as_expected);
  BOOST_TEST(truncated == c.truncated);
  BOOST_TEST(CountChars(out) <= kMaxCellChars);
  BOOST_TEST(!FindInvalidUtf8(out));
  if (c.truncated) BOOST_TEST(out.ends_with(kMarker));
}

// One buffer for every case, as a sheet writes its cells: each result
// replaces the one before, whatever their lengths.
BOOST_AUTO_TEST_CASE(assigning_into_a_buffer_gives_the_same_text) {
  std::string buffer = "left over from an earlier cell";
  for (const auto* cases : {&kCharacterCases, &kLengthCases}) {
    for (const auto& c : *cases) {
      bool truncated = false;
      const std::string expected = SafeCellText(c.text, &truncated);
      BOOST_TEST(AssignSafeCellText(c.text, buffer) == truncated);
      const bool same = buffer == expected;
      BOOST_TEST(same, c.name);
    }
  }
}

BOOST_AUTO_TEST_CASE(truncated_flag_is_optional) {
  BOOST_TEST(SafeCellText(std::string(40000, 'a')) ==
             std::string(kMaxCellChars - kMarker.size(), 'a') + kMarker);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace crampwatch::report
