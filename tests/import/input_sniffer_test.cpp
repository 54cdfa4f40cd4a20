#include "import/input_sniffer.h"

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <ostream>
#include <string>
#include <utility>
#include <vector>

namespace crampwatch::importer {
namespace {

std::string KindName(InputKind kind) {
  switch (kind) {
    case InputKind::kText: return "kText";
    case InputKind::kEmpty: return "kEmpty";
    case InputKind::kBinary: return "kBinary";
    case InputKind::kUtf16: return "kUtf16";
  }
  return "InputKind(" + std::to_string(static_cast<int>(kind)) + ")";
}

// Bytes that may hold NULs, spelled as a string literal.
template <std::size_t N>
std::string Bytes(const char (&literal)[N]) {
  return std::string(literal, N - 1);
}

// UTF-16 bytes of ASCII `text`.
std::string Utf16(std::string_view text, bool little_endian, bool bom) {
  std::string bytes = bom ? (little_endian ? "\xFF\xFE" : "\xFE\xFF") : "";
  for (char c : text) {
    bytes += little_endian ? c : '\0';
    bytes += little_endian ? '\0' : c;
  }
  return bytes;
}

const std::string kCsv = "clinic_id,intake_id,patient_id,intake_date,complaint\n"
                         "CLN-014,1,P1,2024-05-06,calf cramps at night\n";

struct SniffCase {
  // A constructor, not an aggregate, so that most rows can leave out the last two.
  SniffCase(std::string name_, std::string head_, Encoding expected_, InputKind kind_,
            std::string detail_ = "", bool complete_ = true)
      : name(std::move(name_)), head(std::move(head_)), expected(expected_), kind(kind_),
        detail(std::move(detail_)), complete(complete_) {}

  std::string name;
  std::string head;
  Encoding expected;
  InputKind kind;
  std::string detail;  // expected SniffResult::detail
  bool complete;       // whether `head` is the whole file
};

std::ostream& operator<<(std::ostream& out, const SniffCase& c) { return out << c.name; }

const std::vector<SniffCase> kCases = {
    // Empty files.
    {"no bytes", "", Encoding::kUtf8, InputKind::kEmpty},
    {"no bytes, utf-16 expected", "", Encoding::kUtf16, InputKind::kEmpty},
    {"utf-8 bom only", "\xEF\xBB\xBF", Encoding::kUtf8, InputKind::kEmpty},
    {"utf-8 bom and white space", "\xEF\xBB\xBF \r\n\t\n", Encoding::kWindows1252,
     InputKind::kEmpty},
    {"white space only", "\n\n  \r\n", Encoding::kUtf8, InputKind::kEmpty},
    {"utf-16 bom only", "\xFF\xFE", Encoding::kUtf8, InputKind::kEmpty},
    {"utf-16 bom and new lines", Utf16("\r\n\n", true, true), Encoding::kUtf16, InputKind::kEmpty},
    {"utf-16 without bom, only new lines", Utf16("\n\n", true, false), Encoding::kUtf16,
     InputKind::kEmpty},
    {"white space, more to come", "\n\n\n", Encoding::kUtf8, InputKind::kText, "", false},
    // Text.
    {"csv", kCsv, Encoding::kUtf8, InputKind::kText},
    {"csv with utf-8 bom", "\xEF\xBB\xBF" + kCsv, Encoding::kUtf8, InputKind::kText},
    {"head cut short", kCsv.substr(0, 20), Encoding::kUtf8, InputKind::kText, "", false},
    {"windows-1252 text", "name\ncaf\xE9 \x93q\x94 \x80\n", Encoding::kUtf8, InputKind::kText},
    {"windows-1252 expected", "name\ncaf\xE9\n", Encoding::kWindows1252, InputKind::kText},
    {"one nul byte", "a,b\n1," + Bytes("\0") + "\n", Encoding::kUtf8, InputKind::kText},
    {"two nul bytes in a longer file", kCsv + Bytes("\0") + kCsv + Bytes("\0"), Encoding::kUtf8,
     InputKind::kText},
    {"tabs, form feeds and line ends", "a\tb\f\r\n\t\t\t\f\f\r\r\n\n", Encoding::kUtf8,
     InputKind::kText},
    {"a few escape bytes", kCsv + "\x1B[1mbold\x1B[0m\n", Encoding::kUtf8, InputKind::kText},
    {"starts like bzip2 but is a header", "BZh1,other\n1,2\n", Encoding::kUtf8, InputKind::kText},
    // UTF-16.
    {"utf-16le bom", Utf16(kCsv, true, true), Encoding::kUtf8, InputKind::kUtf16,
     "UTF-16 little-endian"},
    {"utf-16be bom", Utf16(kCsv, false, true), Encoding::kUtf8, InputKind::kUtf16,
     "UTF-16 big-endian"},
    {"utf-16le nul pattern", Utf16(kCsv, true, false), Encoding::kWindows1252, InputKind::kUtf16,
     "UTF-16 little-endian"},
    {"utf-16be nul pattern", Utf16(kCsv, false, false), Encoding::kLatin1, InputKind::kUtf16,
     "UTF-16 big-endian"},
    {"utf-16le bom, utf-16 expected", Utf16(kCsv, true, true), Encoding::kUtf16, InputKind::kText},
    {"utf-16be bom, utf-16 expected", Utf16(kCsv, false, true), Encoding::kUtf16, InputKind::kText},
    {"utf-16le pattern, utf-16 expected", Utf16(kCsv, true, false), Encoding::kUtf16,
     InputKind::kText},
    {"utf-16be pattern, utf-16 expected", Utf16(kCsv, false, false), Encoding::kUtf16,
     InputKind::kText},
    {"utf-16 controls, utf-16 expected", Utf16("\x01\x02\x03\x04\x05", true, true),
     Encoding::kUtf16, InputKind::kBinary, "binary data"},
    // Left for the transcoder and the header check to refuse.
    {"8-bit text, utf-16 expected", kCsv, Encoding::kUtf16, InputKind::kText},
    // Magic numbers.
    {"xlsx", Bytes("PK\x03\x04\x14\0\x06\0[Content_Types].xml"), Encoding::kUtf8,
     InputKind::kBinary, "a ZIP archive (an .xlsx workbook is one)"},
    {"empty zip", Bytes("PK\x05\x06\0\0\0\0"), Encoding::kUtf8, InputKind::kBinary,
     "a ZIP archive (an .xlsx workbook is one)"},
    {"zip, utf-16 expected", Bytes("PK\x03\x04\x14\0"), Encoding::kUtf16, InputKind::kBinary,
     "a ZIP archive (an .xlsx workbook is one)"},
    {"gzip", Bytes("\x1F\x8B\x08\0\0\0\0\0\0\x03"), Encoding::kUtf8, InputKind::kBinary,
     "gzip-compressed data"},
    {"png", Bytes("\x89PNG\r\n\x1A\n\0\0\0\rIHDR"), Encoding::kUtf8, InputKind::kBinary,
     "a PNG image"},
    {"jpeg", Bytes("\xFF\xD8\xFF\xE0\0\x10JFIF"), Encoding::kUtf8, InputKind::kBinary,
     "a JPEG image"},
    {"gif87a", "GIF87a\x01\x02", Encoding::kUtf8, InputKind::kBinary, "a GIF image"},
    {"gif89a", "GIF89a\x01\x02", Encoding::kUtf8, InputKind::kBinary, "a GIF image"},
    {"pdf", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", Encoding::kUtf8, InputKind::kBinary,
     "a PDF document"},
    {"sqlite", Bytes("SQLite format 3\0\x10\0\x01\x01"), Encoding::kUtf8, InputKind::kBinary,
     "an SQLite database"},
    {"elf", Bytes("\x7F" "ELF\x02\x01\x01\0"), Encoding::kUtf8, InputKind::kBinary,
     "an ELF executable"},
    {"bzip2", "BZh91AY&SY\x12\x34", Encoding::kUtf8, InputKind::kBinary, "bzip2-compressed data"},
    {"empty bzip2", "BZh9\x17\x72\x45\x38\x50\x90\0\0\0\0", Encoding::kUtf8, InputKind::kBinary,
     "bzip2-compressed data"},
    {"xz", Bytes("\xFD" "7zXZ\0\0\x04\xE6"), Encoding::kUtf8, InputKind::kBinary,
     "xz-compressed data"},
    {"7z", Bytes("7z\xBC\xAF\x27\x1C\0\x04"), Encoding::kUtf8, InputKind::kBinary,
     "a 7-Zip archive"},
    {"old office", Bytes("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0"), Encoding::kUtf8,
     InputKind::kBinary, "an old Microsoft Office file (.xls, .doc)"},
    {"zstd", "\x28\xB5\x2F\xFD\x24\x05", Encoding::kUtf8, InputKind::kBinary,
     "zstd-compressed data"},
    {"rar", Bytes("Rar!\x1A\x07\x01\0"), Encoding::kUtf8, InputKind::kBinary, "a RAR archive"},
    // Binary by content.
    {"all nul", std::string(100, '\0'), Encoding::kUtf8, InputKind::kBinary, "binary data"},
    {"many nuls", kCsv + std::string(40, '\0') + kCsv, Encoding::kUtf8, InputKind::kBinary,
     "binary data"},
    {"control bytes", "\x01\x02\x03\x04" "abc", Encoding::kUtf8, InputKind::kBinary,
     "binary data"},
    {"control bytes in 8-bit data",
     std::string(40, '\x05') + "abcdefghij" + std::string(60, '\x9B'), Encoding::kWindows1252,
     InputKind::kBinary, "binary data"},
};

BOOST_AUTO_TEST_SUITE(input_sniffer)

BOOST_DATA_TEST_CASE(classifies_the_head_of_a_file, boost::unit_test::data::make(kCases), c) {
  const SniffResult result = SniffInput(c.head, c.complete, c.expected);
  BOOST_TEST(KindName(result.kind) == KindName(c.kind));
  BOOST_TEST(result.detail == c.detail);
}

BOOST_AUTO_TEST_CASE(judges_the_share_of_nul_bytes) {
  // One NUL in ten bytes is still text; more than that is binary.
  std::string head(100, 'a');
  for (std::size_t i = 0; i < 100; i += 10) head[i + 3] = '\0';
  BOOST_TEST(KindName(SniffInput(head, true, Encoding::kUtf8).kind) == "kText");
  head[4] = '\0';
  BOOST_TEST(KindName(SniffInput(head, true, Encoding::kUtf8).kind) == "kBinary");
}

BOOST_AUTO_TEST_CASE(judges_the_share_of_control_bytes) {
  // Three control bytes in ten is still text; more than that is binary.
  std::string head(100, 'a');
  for (std::size_t i = 0; i < 30; ++i) head[i * 3] = '\x07';
  BOOST_TEST(KindName(SniffInput(head, true, Encoding::kUtf8).kind) == "kText");
  head[1] = '\x7F';
  BOOST_TEST(KindName(SniffInput(head, true, Encoding::kUtf8).kind) == "kBinary");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace crampwatch::importer
