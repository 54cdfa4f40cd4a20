#include "import/transcoding_source.h"

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <ostream>
#include <string>
#include <vector>

#include "test_support.h"
#include "util/error.h"

namespace crampwatch::importer {
namespace {

using crampwatch::testing::StringSource;

// UTF-16 bytes of `text`, in either byte order, with or without a BOM.
std::string Utf16(std::u16string_view text, bool little_endian, bool bom) {
  std::u16string units = bom ? u"\uFEFF" : u"";
  units += text;
  std::string bytes;
  for (char16_t unit : units) {
    const char high = static_cast<char>(unit >> 8);
    const char low = static_cast<char>(unit & 0xFF);
    bytes += little_endian ? low : high;
    bytes += little_endian ? high : low;
  }
  return bytes;
}

// Everything the source hands out, asked for `read_size` bytes at a time.
std::string ReadAll(ByteSource& source, std::size_t read_size) {
  std::string out;
  std::vector<char> buffer(read_size);
  while (std::size_t n = source.Read(buffer.data(), buffer.size())) out.append(buffer.data(), n);
  return out;
}

std::string Convert(std::string input, Encoding encoding, std::size_t chunk,
                    std::size_t read_size = 4096) {
  StringSource inner(std::move(input), chunk);
  TranscodingSource source(inner, encoding, "in.csv");
  return ReadAll(source, read_size);
}

struct GoodCase {
  std::string name;
  Encoding encoding;
  std::string input;
  std::string utf8;
};

std::ostream& operator<<(std::ostream& out, const GoodCase& c) { return out << c.name; }

// café € “q”
const std::string kText = "caf\xC3\xA9 \xE2\x82\xAC \xE2\x80\x9Cq\xE2\x80\x9D\r\n";
const std::u16string kText16 = u"caf\u00E9 \u20AC \u201Cq\u201D\r\n";
const std::string kEmoji = "\xF0\x9F\x98\xA3";  // U+1F623, a surrogate pair in UTF-16

const std::vector<GoodCase> kGood = {
    {"cp1252", Encoding::kWindows1252, "caf\xE9 \x80 \x93q\x94\r\n", kText},
    {"cp1252 ascii", Encoding::kWindows1252, "a,b\n1,2\n", "a,b\n1,2\n"},
    {"cp1252 empty", Encoding::kWindows1252, "", ""},
    {"latin-1", Encoding::kLatin1, "caf\xE9 \xFF\n", "caf\xC3\xA9 \xC3\xBF\n"},
    // In ISO-8859-1 0x80 is the C1 control U+0080, not the euro sign.
    {"latin-1 has no euro", Encoding::kLatin1, "\x80", "\xC2\x80"},
    {"utf-16le with bom", Encoding::kUtf16, Utf16(kText16, true, true), kText},
    {"utf-16be with bom", Encoding::kUtf16, Utf16(kText16, false, true), kText},
    {"utf-16le without bom", Encoding::kUtf16, Utf16(kText16, true, false), kText},
    {"utf-16 surrogate pair", Encoding::kUtf16, Utf16(u"x\U0001F623y", true, true),
     "x" + kEmoji + "y"},
    {"utf-16be surrogate pair", Encoding::kUtf16, Utf16(u"\U0001F623", false, true), kEmoji},
    {"utf-16 bom only", Encoding::kUtf16, Utf16(u"", true, true), ""},
    {"utf-16 empty", Encoding::kUtf16, "", ""},
    {"utf-16 single character", Encoding::kUtf16, Utf16(u"a", true, false), "a"},
    // Only the first BOM is a byte order mark; a later U+FEFF is text.
    {"utf-16 second bom kept", Encoding::kUtf16, Utf16(u"\uFEFFa", false, true),
     "\xEF\xBB\xBF" "a"},
};

const std::vector<std::size_t> kChunks = {1, 2, 3, 1 << 16};

struct BadCase {
  std::string name;
  Encoding encoding;
  std::string input;
  std::string message;
};

std::ostream& operator<<(std::ostream& out, const BadCase& c) { return out << c.name; }

const std::vector<BadCase> kBad = {
    {"cp1252 undefined 0x81", Encoding::kWindows1252, "caf\x81", "windows-1252 at byte 3"},
    {"cp1252 undefined 0x8D", Encoding::kWindows1252, "\x8D", "windows-1252 at byte 0"},
    {"cp1252 undefined 0x8F", Encoding::kWindows1252, "ab\x8F", "windows-1252 at byte 2"},
    {"cp1252 undefined 0x90", Encoding::kWindows1252, "abcd\x90", "windows-1252 at byte 4"},
    {"cp1252 undefined 0x9D", Encoding::kWindows1252, "\xE9\x9D", "windows-1252 at byte 1"},
    {"utf-16 odd length", Encoding::kUtf16, Utf16(u"ab", true, false) + "c",
     "utf-16 at byte 4 (the file ends inside a character)"},
    {"utf-16 odd length after bom", Encoding::kUtf16, Utf16(u"ab", true, true) + "c",
     "utf-16 at byte 6 (the file ends inside a character)"},
    {"utf-16 lone low surrogate", Encoding::kUtf16,
     Utf16(u"ab", true, true) + Utf16(u"\xDC00" u"c", true, false),
     "utf-16 at byte 6"},
    {"utf-16be high surrogate then letter", Encoding::kUtf16,
     Utf16(u"a", false, true) + Utf16(u"\xD83D" u"b", false, false), "utf-16 at byte 4"},
    {"utf-16 high surrogate at the end", Encoding::kUtf16, Utf16(u"abc", true, false) + "\x3D\xD8",
     "utf-16 at byte 6 (the file ends inside a character)"},
};

bool HasMessage(const Error& error, const std::string& suffix) {
  const std::string expected = "in.csv: not valid " + suffix;
  BOOST_TEST(error.what() == expected);
  return error.kind() == ErrorKind::kBadInput && error.what() == expected;
}

BOOST_AUTO_TEST_SUITE(transcoding_source)

BOOST_DATA_TEST_CASE(converts_to_utf8,
                     boost::unit_test::data::make(kGood) * boost::unit_test::data::make(kChunks),
                     c, chunk) {
  BOOST_TEST(Convert(c.input, c.encoding, chunk) == c.utf8);
}

BOOST_DATA_TEST_CASE(serves_readers_smaller_than_a_character,
                     boost::unit_test::data::make(kGood) *
                         boost::unit_test::data::make(std::vector<std::size_t>{1, 2, 3}),
                     c, read_size) {
  BOOST_TEST(Convert(c.input, c.encoding, 2, read_size) == c.utf8);
}

BOOST_DATA_TEST_CASE(rejects_invalid_input,
                     boost::unit_test::data::make(kBad) * boost::unit_test::data::make(kChunks),
                     c, chunk) {
  BOOST_CHECK_EXCEPTION(Convert(c.input, c.encoding, chunk), Error,
                        [&](const Error& error) { return HasMessage(error, c.message); });
}

BOOST_AUTO_TEST_CASE(counts_the_error_offset_across_buffer_refills) {
  // 70,000 three-byte UTF-8 characters from cp1252, then one undefined byte:
  // the offset counts every byte before it, over several 64 KiB buffers.
  const std::string input = std::string(70000, '\x80') + "\x81";
  BOOST_CHECK_EXCEPTION(Convert(input, Encoding::kWindows1252, 1 << 16), Error,
                        [](const Error& error) {
                          return HasMessage(error, "windows-1252 at byte 70000");
                        });
}

BOOST_DATA_TEST_CASE(streams_long_input_across_buffer_boundaries,
                     boost::unit_test::data::make(std::vector<std::size_t>{3, 1 << 16}), chunk) {
  std::string cp1252;
  std::string utf8;
  for (int i = 0; i < 50000; ++i) {
    cp1252 += "\xE9\x80\x93;";
    utf8 += "\xC3\xA9\xE2\x82\xAC\xE2\x80\x9C;";
  }
  BOOST_TEST(Convert(cp1252, Encoding::kWindows1252, chunk, 1000) == utf8);

  // Three-unit steps after a two-byte BOM put surrogate pairs across the
  // 64 KiB refills at every possible split.
  std::u16string text16;
  std::string expected16;
  for (int i = 0; i < 30000; ++i) {
    text16 += u"\U0001F623\u00E9";
    expected16 += kEmoji + "\xC3\xA9";
  }
  BOOST_TEST(Convert(Utf16(text16, true, true), Encoding::kUtf16, chunk, 777) == expected16);
}

BOOST_AUTO_TEST_CASE(a_zero_byte_read_returns_zero) {
  StringSource inner("caf\xE9");
  TranscodingSource source(inner, Encoding::kLatin1, "in.csv");
  char byte = 0;
  BOOST_TEST(source.Read(&byte, 0) == 0u);
  BOOST_TEST(ReadAll(source, 16) == "caf\xC3\xA9");
  BOOST_TEST(source.Read(&byte, 1) == 0u);  // and stays at the end
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace crampwatch::importer
