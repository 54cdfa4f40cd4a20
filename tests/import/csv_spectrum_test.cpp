// Tests CsvReader against csv-spectrum, a public set of CSV edge cases with expected JSON.
#include <algorithm>
#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "import/csv_reader.h"
#include "test_support.h"

namespace crampwatch::importer {
namespace {

namespace data = boost::unit_test::data;

// One expected record: (column, value) pairs in the JSON's order.
using JsonObject = std::vector<std::pair<std::string, std::string>>;

const std::filesystem::path kSpectrumDir = CRAMPWATCH_TEST_DATA "/csv-spectrum";

// A cell whose JSON expectation disagrees with its own CSV file.
struct KnownMismatch {
  std::string_view case_name;
  std::string_view column;
  std::string_view value_in_csv;  // what the CSV holds, and so what we must read
};

// csv-spectrum 2.0.0 anonymised the phone number in location_coordinates.json
// ("1234567890") but not in location_coordinates.csv (2095257564): no reader
// can produce the JSON value, so we check that we read what the CSV holds.
constexpr KnownMismatch kKnownMismatches[] = {
    {"location_coordinates", "Contact Phone Number", "2095257564"},
};

/// Just enough JSON for csv-spectrum: an array of objects, or one bare object
/// (location_coordinates.json), whose values are strings. Throws
/// std::runtime_error on anything else.
class SpectrumJsonParser {
 public:
  explicit SpectrumJsonParser(std::string_view text) : text_(text) {}

  std::vector<JsonObject> ParseRecords() {
    std::vector<JsonObject> records;
    SkipSpace();
    if (Peek() == '{') {
      records.push_back(ParseObject());
    } else {
      Expect('[');
      SkipSpace();
      if (Peek() == ']') {
        ++position_;
      } else {
        do {
          SkipSpace();
          records.push_back(ParseObject());
          SkipSpace();
        } while (Accept(','));
        Expect(']');
      }
    }
    SkipSpace();
    if (position_ != text_.size()) Fail("text after the JSON value");
    return records;
  }

 private:
  JsonObject ParseObject() {
    JsonObject object;
    Expect('{');
    SkipSpace();
    if (Accept('}')) return object;
    do {
      SkipSpace();
      std::string key = ParseString();
      SkipSpace();
      Expect(':');
      SkipSpace();
      object.emplace_back(std::move(key), ParseString());
      SkipSpace();
    } while (Accept(','));
    Expect('}');
    return object;
  }

  std::string ParseString() {
    Expect('"');
    std::string value;
    for (;;) {
      char c = Next();
      if (c == '"') return value;
      if (c != '\\') {
        value.push_back(c);
        continue;
      }
      switch (char escape = Next()) {
        case '"':
        case '\\':
        case '/':
          value.push_back(escape);
          break;
        case 'b':
          value.push_back('\b');
          break;
        case 'f':
          value.push_back('\f');
          break;
        case 'n':
          value.push_back('\n');
          break;
        case 'r':
          value.push_back('\r');
          break;
        case 't':
          value.push_back('\t');
          break;
        case 'u':
          AppendUtf8(ParseCodePoint(), value);
          break;
        default:
          Fail("bad escape");
      }
    }
  }

  // After "\u": four hex digits, and a low surrogate's "\uXXXX" after a high one.
  std::uint32_t ParseCodePoint() {
    std::uint32_t code = ParseHex4();
    if (code >= 0xD800 && code < 0xDC00) {
      Expect('\\');
      Expect('u');
      std::uint32_t low = ParseHex4();
      if (low < 0xDC00 || low >= 0xE000) Fail("unpaired surrogate");
      code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
    }
    return code;
  }

  std::uint32_t ParseHex4() {
    std::uint32_t code = 0;
    for (int i = 0; i < 4; ++i) {
      char c = Next();
      std::uint32_t digit;
      if (c >= '0' && c <= '9')
        digit = static_cast<std::uint32_t>(c - '0');
      else if (c >= 'a' && c <= 'f')
        digit = static_cast<std::uint32_t>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F')
        digit = static_cast<std::uint32_t>(c - 'A' + 10);
      else
        Fail("bad \\u escape");
      code = code * 16 + digit;
    }
    return code;
  }

  static void AppendUtf8(std::uint32_t code, std::string& out) {
    auto byte = [](std::uint32_t bits) { return static_cast<char>(bits); };
    if (code < 0x80) {
      out.push_back(byte(code));
    } else if (code < 0x800) {
      out.push_back(byte(0xC0 | (code >> 6)));
      out.push_back(byte(0x80 | (code & 0x3F)));
    } else if (code < 0x10000) {
      out.push_back(byte(0xE0 | (code >> 12)));
      out.push_back(byte(0x80 | ((code >> 6) & 0x3F)));
      out.push_back(byte(0x80 | (code & 0x3F)));
    } else {
      out.push_back(byte(0xF0 | (code >> 18)));
      out.push_back(byte(0x80 | ((code >> 12) & 0x3F)));
      out.push_back(byte(0x80 | ((code >> 6) & 0x3F)));
      out.push_back(byte(0x80 | (code & 0x3F)));
    }
  }

  void SkipSpace() {
    while (position_ < text_.size() &&
           std::string_view(" \t\r\n").find(text_[position_]) != std::string_view::npos) {
      ++position_;
    }
  }
  char Peek() const { return position_ < text_.size() ? text_[position_] : '\0'; }
  char Next() {
    if (position_ == text_.size()) Fail("unexpected end");
    return text_[position_++];
  }
  bool Accept(char c) {
    if (Peek() != c) return false;  // Peek() gives '\0' at the end
    ++position_;
    return true;
  }
  void Expect(char c) {
    if (!Accept(c)) Fail(std::string("expected '") + c + "'");
  }
  [[noreturn]] void Fail(const std::string& what) const {
    throw std::runtime_error("JSON: " + what + " at offset " + std::to_string(position_));
  }

  std::string_view text_;
  std::size_t position_ = 0;
};

// Every csvs/<name>.csv, sorted; each must have its json/<name>.json.
std::vector<std::string> CaseNames() {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(kSpectrumDir / "csvs")) {
    if (entry.path().extension() == ".csv") names.push_back(entry.path().stem().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

const KnownMismatch* FindMismatch(std::string_view case_name, std::string_view column) {
  for (const KnownMismatch& mismatch : kKnownMismatches) {
    if (mismatch.case_name == case_name && mismatch.column == column) return &mismatch;
  }
  return nullptr;
}

void CheckCase(const std::string& name, std::size_t chunk) {
  std::vector<JsonObject> expected =
      SpectrumJsonParser(testing::ReadFile(kSpectrumDir / "json" / (name + ".json")))
          .ParseRecords();
  testing::StringSource source(testing::ReadFile(kSpectrumDir / "csvs" / (name + ".csv")), chunk);
  CsvReader reader(source, ',');
  CsvRecord header;
  BOOST_TEST_REQUIRE(reader.Next(header));
  CsvRecord record;
  std::size_t index = 0;
  for (; reader.Next(record); ++index) {
    BOOST_TEST_CONTEXT("record " << index << " on line " << record.line) {
      BOOST_TEST_REQUIRE(index < expected.size());
      BOOST_TEST(!record.unterminated_quote);
      BOOST_TEST_REQUIRE(record.fields.size() == header.fields.size());
      BOOST_TEST(expected[index].size() == header.fields.size());
      for (const auto& [column, value] : expected[index]) {
        auto found = std::find(header.fields.begin(), header.fields.end(), column);
        BOOST_TEST_REQUIRE((found != header.fields.end()), "column " << column);
        const std::string& got = record.fields[found - header.fields.begin()];
        if (const KnownMismatch* mismatch = FindMismatch(name, column)) {
          BOOST_TEST(got == mismatch->value_in_csv);
        } else {
          BOOST_TEST(got == value, "column " << column);
        }
      }
    }
  }
  BOOST_TEST(index == expected.size());
}

}  // namespace

BOOST_AUTO_TEST_SUITE(csv_reader)

BOOST_AUTO_TEST_CASE(spectrum_has_every_case_in_both_forms) {
  std::vector<std::string> names = CaseNames();
  BOOST_TEST(names.size() > 10u);
  std::size_t json_files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(kSpectrumDir / "json")) {
    if (entry.path().extension() != ".json") continue;
    ++json_files;
    BOOST_TEST(std::binary_search(names.begin(), names.end(), entry.path().stem().string()),
               entry.path().filename() << " has no CSV");
  }
  BOOST_TEST(json_files == names.size());
}

BOOST_DATA_TEST_CASE(spectrum_cases_match_their_json,
                     data::make(std::vector<std::size_t>{1, 2, 3, 7, 1 << 16}), chunk) {
  std::vector<std::string> names = CaseNames();
  BOOST_TEST_REQUIRE(names.size() > 10u);
  for (const std::string& name : names) {
    BOOST_TEST_CONTEXT("case " << name) { CheckCase(name, chunk); }
  }
}

BOOST_AUTO_TEST_CASE(spectrum_json_parser_decodes_escapes) {
  std::vector<JsonObject> records =
      SpectrumJsonParser(R"([{"a\"b": "\\\/\n\r\t\u00e9\u02A4\ud83d\ude00"}, {}])").ParseRecords();
  BOOST_TEST_REQUIRE(records.size() == 2u);
  BOOST_TEST_REQUIRE(records[0].size() == 1u);
  BOOST_TEST(records[0][0].first == "a\"b");
  BOOST_TEST(records[0][0].second == "\\/\n\r\t\xC3\xA9\xCA\xA4\xF0\x9F\x98\x80");
  BOOST_TEST(records[1].empty());
  BOOST_CHECK_THROW(SpectrumJsonParser("[1]").ParseRecords(), std::runtime_error);
  BOOST_CHECK_THROW(SpectrumJsonParser("[{\"a\": \"b\"}").ParseRecords(), std::runtime_error);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::importer
