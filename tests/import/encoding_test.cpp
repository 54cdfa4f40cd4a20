#include "import/encoding.h"

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <iconv.h>

#include <ostream>
#include <set>
#include <string>
#include <vector>

namespace crampwatch::importer {
namespace {

struct NameCase {
  std::string name;
  std::optional<Encoding> expected;
};

std::ostream& operator<<(std::ostream& out, const NameCase& c) {
  return out << '"' << c.name << '"';
}

const std::vector<NameCase> kNames = {
    {"utf-8", Encoding::kUtf8},
    {"UTF-8", Encoding::kUtf8},
    {"utf8", Encoding::kUtf8},
    {"Utf_8", Encoding::kUtf8},
    {"windows-1252", Encoding::kWindows1252},
    {"WINDOWS-1252", Encoding::kWindows1252},
    {"windows1252", Encoding::kWindows1252},
    {"cp1252", Encoding::kWindows1252},
    {"CP-1252", Encoding::kWindows1252},
    {"latin-1", Encoding::kLatin1},
    {"latin1", Encoding::kLatin1},
    {"LATIN_1", Encoding::kLatin1},
    {"iso-8859-1", Encoding::kLatin1},
    {"ISO8859-1", Encoding::kLatin1},
    {"utf-16", Encoding::kUtf16},
    {"utf16", Encoding::kUtf16},
    {"UTF-16", Encoding::kUtf16},
    {"", std::nullopt},
    {"-", std::nullopt},
    {"ascii", std::nullopt},
    {"utf-16le", std::nullopt},
    {"utf-32", std::nullopt},
    {"latin-9", std::nullopt},
    {"utf-8 ", std::nullopt},
};

BOOST_AUTO_TEST_SUITE(encoding)

BOOST_DATA_TEST_CASE(parses_names_and_aliases, boost::unit_test::data::make(kNames), c) {
  BOOST_TEST((ParseEncoding(c.name) == c.expected));
}

BOOST_AUTO_TEST_CASE(table_lists_each_encoding_once_in_order) {
  const std::vector<Encoding> expected = {Encoding::kUtf8, Encoding::kWindows1252,
                                          Encoding::kLatin1, Encoding::kUtf16};
  BOOST_REQUIRE_EQUAL(AllEncodings().size(), expected.size());
  std::set<std::string_view> names;
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const EncodingInfo& info = AllEncodings()[i];
    BOOST_TEST((info.encoding == expected[i]));
    BOOST_TEST(!info.description.empty());
    names.insert(info.name);
    // The name printed by --help must parse back to the same encoding.
    BOOST_TEST((ParseEncoding(info.name) == info.encoding));
    BOOST_TEST(&DescribeEncoding(info.encoding) == &info);
  }
  BOOST_TEST(names.size() == expected.size());
}

BOOST_AUTO_TEST_CASE(names_match_the_command_line_and_iconv) {
  BOOST_TEST(DescribeEncoding(Encoding::kUtf8).name == "utf-8");
  BOOST_TEST(DescribeEncoding(Encoding::kWindows1252).name == "windows-1252");
  BOOST_TEST(DescribeEncoding(Encoding::kWindows1252).iconv_name == "WINDOWS-1252");
  BOOST_TEST(DescribeEncoding(Encoding::kLatin1).name == "latin-1");
  BOOST_TEST(DescribeEncoding(Encoding::kLatin1).iconv_name == "ISO-8859-1");
  BOOST_TEST(DescribeEncoding(Encoding::kUtf16).iconv_name == "UTF-16");
}

BOOST_AUTO_TEST_CASE(iconv_knows_every_iconv_name) {
  for (const EncodingInfo& info : AllEncodings()) {
    const iconv_t converter = iconv_open("UTF-8", std::string(info.iconv_name).c_str());
    BOOST_TEST((converter != reinterpret_cast<iconv_t>(-1)), info.iconv_name);
    if (converter != reinterpret_cast<iconv_t>(-1)) iconv_close(converter);
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace crampwatch::importer
