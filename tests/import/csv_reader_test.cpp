// Tests for CsvReader: RFC 4180, line ends and numbers, BOM, blank lines, raw text, chunking.
#include "import/csv_reader.h"

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "test_support.h"

namespace crampwatch::importer {
namespace {

namespace data = boost::unit_test::data;

using Fields = std::vector<std::string>;

// Read() sizes that put buffer boundaries inside byte order marks, CRLFs,
// doubled quotes and fields; 64 KiB is the reader's own buffer size.
const std::vector<std::size_t> kChunkSizes = {1, 2, 3, 7, 1 << 16};

struct Expected {
  std::int64_t line;
  Fields fields;
  std::string raw;
  bool unterminated_quote = false;
};

std::vector<CsvRecord> ReadAll(const std::string& input, std::size_t chunk, char delimiter = ',') {
  testing::StringSource source(input, chunk);
  CsvReader reader(source, delimiter);
  std::vector<CsvRecord> records;
  CsvRecord record;
  while (reader.Next(record)) records.push_back(record);
  BOOST_TEST(!reader.Next(record), "the reader stays at the end");
  BOOST_TEST(reader.bytes_read() == static_cast<std::int64_t>(input.size()));
  return records;
}

void Check(const std::vector<CsvRecord>& got, const std::vector<Expected>& want) {
  BOOST_TEST_REQUIRE(got.size() == want.size());
  for (std::size_t i = 0; i < got.size(); ++i) {
    BOOST_TEST_CONTEXT("record " << i) {
      BOOST_TEST(got[i].line == want[i].line);
      BOOST_TEST(got[i].fields == want[i].fields, boost::test_tools::per_element());
      BOOST_TEST(got[i].raw == want[i].raw);
      BOOST_TEST(got[i].unterminated_quote == want[i].unterminated_quote);
    }
  }
}

void CheckCsv(const std::string& input, const std::vector<Expected>& want, char delimiter = ',') {
  for (std::size_t chunk : kChunkSizes) {
    BOOST_TEST_CONTEXT("chunk " << chunk) { Check(ReadAll(input, chunk, delimiter), want); }
  }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(csv_reader)

// The examples of RFC 4180, section 2, in order.
BOOST_AUTO_TEST_CASE(rfc4180_records_end_with_crlf) {
  CheckCsv("aaa,bbb,ccc\r\nzzz,yyy,xxx\r\n",
           {{1, {"aaa", "bbb", "ccc"}, "aaa,bbb,ccc"}, {2, {"zzz", "yyy", "xxx"}, "zzz,yyy,xxx"}});
}

BOOST_AUTO_TEST_CASE(rfc4180_last_record_needs_no_line_end) {
  CheckCsv("aaa,bbb,ccc\r\nzzz,yyy,xxx",
           {{1, {"aaa", "bbb", "ccc"}, "aaa,bbb,ccc"}, {2, {"zzz", "yyy", "xxx"}, "zzz,yyy,xxx"}});
  CheckCsv("a", {{1, {"a"}, "a"}});
}

BOOST_AUTO_TEST_CASE(rfc4180_header_is_an_ordinary_record) {
  CheckCsv("field_name,field_name,field_name\r\naaa,bbb,ccc\r\n",
           {{1, {"field_name", "field_name", "field_name"}, "field_name,field_name,field_name"},
            {2, {"aaa", "bbb", "ccc"}, "aaa,bbb,ccc"}});
}

BOOST_AUTO_TEST_CASE(rfc4180_spaces_are_part_of_a_field) {
  CheckCsv("aaa , bbb,ccc \n", {{1, {"aaa ", " bbb", "ccc "}, "aaa , bbb,ccc "}});
}

BOOST_AUTO_TEST_CASE(rfc4180_fields_may_be_quoted) {
  CheckCsv("\"aaa\",\"bbb\",\"ccc\"\r\nzzz,yyy,xxx\r\n",
           {{1, {"aaa", "bbb", "ccc"}, "\"aaa\",\"bbb\",\"ccc\""},
            {2, {"zzz", "yyy", "xxx"}, "zzz,yyy,xxx"}});
}

BOOST_AUTO_TEST_CASE(rfc4180_quoted_fields_hold_line_breaks) {
  CheckCsv("\"aaa\",\"b\r\nbb\",\"ccc\"\r\nzzz,yyy,xxx\r\n",
           {{1, {"aaa", "b\r\nbb", "ccc"}, "\"aaa\",\"b\r\nbb\",\"ccc\""},
            {3, {"zzz", "yyy", "xxx"}, "zzz,yyy,xxx"}});
}

BOOST_AUTO_TEST_CASE(rfc4180_doubled_quotes_are_one_quote) {
  CheckCsv("\"aaa\",\"b\"\"bb\",\"ccc\"\r\n",
           {{1, {"aaa", "b\"bb", "ccc"}, "\"aaa\",\"b\"\"bb\",\"ccc\""}});
  CheckCsv("\"\"\"\"\n\"\"\"a\"\"\"\n", {{1, {"\""}, "\"\"\"\""}, {2, {"\"a\""}, "\"\"\"a\"\"\""}});
}

BOOST_AUTO_TEST_CASE(quoted_fields_hold_the_delimiter) {
  CheckCsv("\"a,b\",\",\",\",,\"\n", {{1, {"a,b", ",", ",,"}, "\"a,b\",\",\",\",,\""}});
}

BOOST_AUTO_TEST_CASE(line_breaks_inside_quotes_are_kept_verbatim_and_counted) {
  CheckCsv("h\n\"lf\nlf\",\"cr\rcr\",\"crlf\r\ncrlf\"\nnext\n",
           {{1, {"h"}, "h"},
            {2, {"lf\nlf", "cr\rcr", "crlf\r\ncrlf"}, "\"lf\nlf\",\"cr\rcr\",\"crlf\r\ncrlf\""},
            {6, {"next"}, "next"}});
  // Two line ends in a row inside quotes: CR LF is one, LF CR is two.
  CheckCsv("\"a\r\n\n\r\rb\"\nz", {{1, {"a\r\n\n\r\rb"}, "\"a\r\n\n\r\rb\""}, {6, {"z"}, "z"}});
}

BOOST_AUTO_TEST_CASE(lf_crlf_and_lone_cr_each_end_one_line) {
  CheckCsv("a\nb\r\nc\rd\n\re\r\rf",
           {{1, {"a"}, "a"},
            {2, {"b"}, "b"},
            {3, {"c"}, "c"},
            {4, {"d"}, "d"},
            {6, {"e"}, "e"},  // "\n\r" is two line ends, the second one ends a blank line
            {8, {"f"}, "f"}});
  CheckCsv("a,b\r\r\n\r\nc,d\r", {{1, {"a", "b"}, "a,b"}, {4, {"c", "d"}, "c,d"}});
}

BOOST_AUTO_TEST_CASE(a_file_of_lone_crs_is_not_one_long_line) {
  CheckCsv("h1,h2\r1,2\r3,4\r",
           {{1, {"h1", "h2"}, "h1,h2"}, {2, {"1", "2"}, "1,2"}, {3, {"3", "4"}, "3,4"}});
}

BOOST_AUTO_TEST_CASE(byte_order_mark_at_the_start_is_dropped) {
  CheckCsv("\xEF\xBB\xBFid,name\n1,x\n", {{1, {"id", "name"}, "id,name"}, {2, {"1", "x"}, "1,x"}});
  CheckCsv("\xEF\xBB\xBF\"id\"\n", {{1, {"id"}, "\"id\""}});
  CheckCsv("\xEF\xBB\xBF", {});
  CheckCsv("\xEF\xBB\xBF\n\nx", {{3, {"x"}, "x"}});
}

BOOST_AUTO_TEST_CASE(byte_order_mark_elsewhere_is_data) {
  CheckCsv(
      "a\n\xEF\xBB\xBF"
      "b\n",
      {{1, {"a"}, "a"},
       {2,
        {"\xEF\xBB\xBF"
         "b"},
        "\xEF\xBB\xBF"
        "b"}});
  CheckCsv(
      "\xEF\xBB"
      "a\n",
      {{1,
        {"\xEF\xBB"
         "a"},
        "\xEF\xBB"
        "a"}});
  CheckCsv("\xEF\xBB", {{1, {"\xEF\xBB"}, "\xEF\xBB"}});
}

BOOST_AUTO_TEST_CASE(blank_lines_are_skipped_but_counted) {
  CheckCsv("\n \t\r\na,b\n\n   \n\t\nc,d\r\n\r\n  ",
           {{3, {"a", "b"}, "a,b"}, {7, {"c", "d"}, "c,d"}});
  CheckCsv("", {});
  CheckCsv("\n\r\n\r  \t", {});
}

BOOST_AUTO_TEST_CASE(lines_that_only_look_blank_are_records) {
  CheckCsv("\"\"\n,\n \"\" \n  x\n",
           {{1, {""}, "\"\""}, {2, {"", ""}, ","}, {3, {" \"\" "}, " \"\" "}, {4, {"  x"}, "  x"}});
  // With a tab delimiter a line of tabs counts as blank (only spaces and tabs).
  CheckCsv("a\tb\n\t\n \t \nc\td\n", {{1, {"a", "b"}, "a\tb"}, {4, {"c", "d"}, "c\td"}}, '\t');
}

BOOST_AUTO_TEST_CASE(tab_semicolon_and_pipe_delimiters) {
  CheckCsv("a,1\t\"b\tc\"\t\n", {{1, {"a,1", "b\tc", ""}, "a,1\t\"b\tc\"\t"}}, '\t');
  CheckCsv("a,1;\"b;c\";\n", {{1, {"a,1", "b;c", ""}, "a,1;\"b;c\";"}}, ';');
  CheckCsv("a,1|\"b|c\"|\n", {{1, {"a,1", "b|c", ""}, "a,1|\"b|c\"|"}}, '|');
}

BOOST_AUTO_TEST_CASE(empty_fields_are_kept) {
  CheckCsv("a,b,\n,\n,,x\n\"\",\"\"\na,\"\",b\n", {{1, {"a", "b", ""}, "a,b,"},
                                                   {2, {"", ""}, ","},
                                                   {3, {"", "", "x"}, ",,x"},
                                                   {4, {"", ""}, "\"\",\"\""},
                                                   {5, {"a", "", "b"}, "a,\"\",b"}});
  CheckCsv("a,b,", {{1, {"a", "b", ""}, "a,b,"}});
}

BOOST_AUTO_TEST_CASE(quote_inside_an_unquoted_field_is_literal) {
  CheckCsv("ab\"c,5'11\",x\"\n", {{1, {"ab\"c", "5'11\"", "x\""}, "ab\"c,5'11\",x\""}});
}

BOOST_AUTO_TEST_CASE(bytes_after_a_closing_quote_are_appended) {
  CheckCsv("\"abc\"x,y\n\"a\"b\"c\",\"q\" \n",
           {{1, {"abcx", "y"}, "\"abc\"x,y"}, {2, {"ab\"c\"", "q "}, "\"a\"b\"c\",\"q\" "}});
}

BOOST_AUTO_TEST_CASE(unterminated_quote_keeps_the_rest_of_the_input) {
  CheckCsv(
      "id,text\n1,\"open\r\n2,x\n\n",
      {{1, {"id", "text"}, "id,text"}, {2, {"1", "open\r\n2,x\n\n"}, "1,\"open\r\n2,x\n\n", true}});
  CheckCsv("\"", {{1, {""}, "\"", true}});
  CheckCsv("a,\"b\"\"", {{1, {"a", "b\""}, "a,\"b\"\"", true}});
  // A closing quote as the very last byte is not unterminated.
  CheckCsv("a,\"b\"", {{1, {"a", "b"}, "a,\"b\""}});
}

BOOST_AUTO_TEST_CASE(nul_and_invalid_utf8_pass_through) {
  const std::string input("a\0b,\xFF\xFE,\"\xC3\0\"\n", 12);
  CheckCsv(input, {{1,
                    {std::string("a\0b", 3), "\xFF\xFE", std::string("\xC3\0", 2)},
                    input.substr(0, input.size() - 1)}});
}

BOOST_AUTO_TEST_CASE(next_replaces_a_used_record_and_reuses_its_strings) {
  const std::string long_value(100, 'x');
  testing::StringSource source(long_value + ",b,c,d\n" + std::string(50, 'y') + ",2\n");
  CsvReader reader(source, ',');
  CsvRecord record{{"stale", "stale"}, 99, "stale", true};
  BOOST_TEST_REQUIRE(reader.Next(record));
  BOOST_TEST(record.fields == (Fields{long_value, "b", "c", "d"}),
             boost::test_tools::per_element());
  BOOST_TEST(record.line == 1);
  BOOST_TEST(!record.unterminated_quote);
  const char* first_field = record.fields[0].data();
  BOOST_TEST_REQUIRE(reader.Next(record));
  BOOST_TEST(record.fields == (Fields{std::string(50, 'y'), "2"}),
             boost::test_tools::per_element());
  BOOST_TEST(record.raw == std::string(50, 'y') + ",2");
  BOOST_TEST(record.fields[0].data() == first_field, "the field's buffer was reused");
  BOOST_TEST(!reader.Next(record));
}

BOOST_AUTO_TEST_CASE(bytes_read_counts_what_was_taken) {
  testing::StringSource source(
      "\xEF\xBB\xBF"
      "a\nb\n",
      2);
  CsvReader reader(source, ',');
  BOOST_TEST(reader.bytes_read() == 0);
  CsvRecord record;
  BOOST_TEST_REQUIRE(reader.Next(record));
  BOOST_TEST(reader.bytes_read() >= 5);
  while (reader.Next(record)) {
  }
  BOOST_TEST(reader.bytes_read() == 7);
}

// Every split point of an input that holds each tricky construct must give
// the same records as reading it in one piece.
BOOST_AUTO_TEST_CASE(every_chunk_size_gives_the_same_records) {
  const std::string input =
      "\xEF\xBB\xBFh1,h2,h3\r\n"
      "\"a,\"\"b\"\"\",\"c\r\nd\",e\r"
      "\n  \r\n"
      "1,\"\",3\r"
      "\"x\"y,z\"w,\"cr\rcr\"\n"
      "\r\n"
      "last,\"open\r\n";
  const std::vector<Expected> want = {
      {1, {"h1", "h2", "h3"}, "h1,h2,h3"},
      {2, {"a,\"b\"", "c\r\nd", "e"}, "\"a,\"\"b\"\"\",\"c\r\nd\",e"},
      {5, {"1", "", "3"}, "1,\"\",3"},
      {6, {"xy", "z\"w", "cr\rcr"}, "\"x\"y,z\"w,\"cr\rcr\""},
      {9, {"last", "open\r\n"}, "last,\"open\r\n", true},
  };
  for (std::size_t chunk = 1; chunk <= input.size() + 1; ++chunk) {
    BOOST_TEST_CONTEXT("chunk " << chunk) { Check(ReadAll(input, chunk), want); }
  }
}

// A generated file, large enough to cross many buffers, read record by record.
BOOST_DATA_TEST_CASE(large_input_is_read_exactly,
                     data::make(std::vector<std::size_t>{4093, 1 << 16}), chunk) {
  constexpr int kRecords = 200'000;
  auto fields_of = [](int i) {
    Fields fields = {std::to_string(i), "CLN-" + std::to_string(i % 97),
                     "plain text " + std::to_string(i)};
    if (i % 3 == 0)
      fields.push_back("quoted, \"with\" comma " + std::to_string(i));
    else if (i % 3 == 1)
      fields.push_back("line\r\nbreak " + std::to_string(i));
    else
      fields.push_back("");
    return fields;
  };
  std::string input = "id,clinic,text,note\r\n";
  for (int i = 0; i < kRecords; ++i) {
    Fields fields = fields_of(i);
    input += fields[0] + ',' + fields[1] + ',' + fields[2] + ',';
    if (i % 3 == 0)
      input += "\"quoted, \"\"with\"\" comma " + std::to_string(i) + '"';
    else if (i % 3 == 1)
      input += "\"line\r\nbreak " + std::to_string(i) + '"';
    input += i % 2 == 0 ? "\r\n" : "\n";
  }

  testing::StringSource source(input, chunk);
  CsvReader reader(source, ',');
  CsvRecord record;
  BOOST_TEST_REQUIRE(reader.Next(record));
  BOOST_TEST(record.fields == (Fields{"id", "clinic", "text", "note"}),
             boost::test_tools::per_element());
  std::int64_t line = 2;
  int read = 0, first_wrong = -1;
  while (reader.Next(record)) {
    if (first_wrong < 0 && (record.line != line || record.fields != fields_of(read)))
      first_wrong = read;
    line += read % 3 == 1 ? 2 : 1;
    ++read;
  }
  BOOST_TEST(read == kRecords);
  BOOST_TEST(first_wrong == -1);
  BOOST_TEST(reader.bytes_read() == static_cast<std::int64_t>(input.size()));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::importer
