// Tests of SheetWriter: query results become sheets; workbooks are read back cell by cell.
#include "report/sheet_writer.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "report/xlsx_reader.h"
#include "test_support.h"
#include "util/error.h"

namespace crampwatch::report {
namespace {

using testing::FormatCodeOfStyle;
using testing::XlsxSheet;

struct SheetWriterFixture {
  testing::TempDir dir;
  SQLite::Database database{dir.File("cells.db"), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE};
  std::string path = dir.File("out.xlsx");

  CodeNames names;

  // Writes `blocks` (SQL with its layout comments) into out.xlsx, reads it back.
  std::vector<XlsxSheet> Write(const std::vector<std::string>& blocks, std::uint32_t max_rows = XlsxWorkbook::kMaxRows) {
    {
      XlsxWorkbook workbook(path);
      SheetWriter writer(workbook,
                         {.subject = "CLN-1 Riverside",
                          .period_line = "Period 2025-01-01 to 2025-12-31",
                          .page_marks = {.header = "&LCLN-1 R&&D&RContains patient data",
                                         .footer = "&CPage &P of &N"}},
                         max_rows, &names);
      int n = 0;
      for (const std::string& sql : blocks) {
        const ReportBlock block = ParseReportBlock("block" + std::to_string(++n) + ".sql", sql);
        SQLite::Statement rows(database, block.sql);
        writer.WriteBlock(block, rows);
      }
      writer.Finish();
      workbook.Commit();
    }
    return testing::ReadSheets(path);
  }

  std::string Styles() { return testing::Unzip(path, "xl/styles.xml"); }
};

// Rows 1..count as a query: SELECT n, 'row n'.
std::string Numbers(int count) {
  return "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " +
         std::to_string(count) + ") SELECT i AS \"N\", 'row ' || i AS \"Label\" FROM n;";
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(sheet_writer, SheetWriterFixture)

BOOST_AUTO_TEST_CASE(title_heading_header_and_typed_cells) {
  const auto sheets = Write({"-- @sheet Complaints\n-- @title Cramp complaints\n"
                             "-- @column Date: date\n-- @column Month: month\n-- @column Share: percent\n"
                             "-- @column Count: integer\n-- @column Note: wrap 30\n"
                             "SELECT '2025-03-04T10:00:00' AS \"Date\", '2025-03' AS \"Month\", 0.25 AS \"Share\", "
                             "42 AS \"Count\", '=SUM(A1)' AS \"Text\", NULL AS \"Empty\", "
                             "'not a date' AS \"Note\", 1.5 AS \"Auto\";"});
  BOOST_REQUIRE(sheets.size() == 1u);
  const XlsxSheet& sheet = sheets[0];
  BOOST_TEST(sheet.name == "Complaints");
  BOOST_TEST(sheet.At("A1").text == "Cramp complaints \u2014 CLN-1 Riverside");
  BOOST_TEST(sheet.At("A2").text == "Period 2025-01-01 to 2025-12-31");
  BOOST_TEST(!sheet.Has("A3"));
  const std::vector<std::string> header = {"Date", "Month", "Share", "Count", "Text", "Empty", "Note", "Auto"};
  for (int col = 0; col < static_cast<int>(header.size()); ++col) {
    BOOST_TEST(sheet.At(testing::CellRef(3, col)).text == header[col]);
  }
  const std::string styles = Styles();
  BOOST_TEST(sheet.At("A5").type == "");  // a number: a real date
  BOOST_TEST(FormatCodeOfStyle(styles, sheet.At("A5").style) == "yyyy-mm-dd");
  BOOST_TEST(sheet.At("B5").type == "");
  BOOST_TEST(FormatCodeOfStyle(styles, sheet.At("B5").style) == "mmm yyyy");
  BOOST_TEST(sheet.At("C5").text == "0.25");
  BOOST_TEST(FormatCodeOfStyle(styles, sheet.At("C5").style) == "0.0%");
  BOOST_TEST(sheet.At("D5").text == "42");
  BOOST_TEST(sheet.At("E5").type == "inlineStr");
  BOOST_TEST(sheet.At("E5").text == "=SUM(A1)");
  BOOST_TEST(!sheet.At("E5").formula);
  BOOST_TEST(!sheet.Has("F5"));  // NULL is an empty cell
  BOOST_TEST(sheet.At("G5").text == "not a date");
  BOOST_TEST(sheet.At("H5").text == "1.5");
  BOOST_TEST(sheet.xml.find("<f>") == std::string::npos);
  BOOST_TEST(sheet.xml.find("<col min=\"7\" max=\"7\" width=\"30.") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(blocks_of_one_sheet_are_stacked_and_a_new_sheet_starts_fresh) {
  const auto sheets = Write({"-- @sheet Summary\n-- @title Summary\nSELECT 'Intakes' AS \"Measure\", 3 AS \"Count\";",
                             "-- @sheet Summary\n-- @title Causes\nSELECT 'Cold' AS \"Cause\", 2 AS \"Complaints\";",
                             "-- @sheet Summary\n-- @no-header\nSELECT 'Rules v1' AS \"Footer\";",
                             "-- @sheet Trend\nSELECT '2025-01' AS \"Month\";"});
  BOOST_REQUIRE(sheets.size() == 2u);
  const XlsxSheet& summary = sheets[0];
  BOOST_TEST(summary.At("A4").text == "Measure");
  BOOST_TEST(summary.At("A5").text == "Intakes");
  BOOST_TEST(!summary.Has("A6"));  // the blank row between tables
  BOOST_TEST(summary.At("A7").text == "Causes");
  BOOST_TEST(summary.At("A8").text == "Cause");
  BOOST_TEST(summary.At("B9").text == "2");
  BOOST_TEST(summary.At("A11").text == "Rules v1");  // no header row before a footer
  BOOST_TEST(summary.LastRow() == 11);
  BOOST_TEST(sheets[1].name == "Trend");
  BOOST_TEST(sheets[1].At("A1").text == "Trend \u2014 CLN-1 Riverside");  // no title: the sheet's name
  BOOST_TEST(sheets[1].At("A4").text == "Month");
}

BOOST_AUTO_TEST_CASE(a_long_table_continues_on_further_sheets_with_its_header) {
  // 10 rows a sheet: title, heading, blank, header, then 6 data rows.
  const auto sheets = Write({"-- @sheet Complaints\n-- @filter\n" + Numbers(15)}, 10);
  BOOST_REQUIRE(sheets.size() == 3u);
  BOOST_TEST(sheets[0].name == "Complaints");
  BOOST_TEST(sheets[1].name == "Complaints (2)");
  BOOST_TEST(sheets[2].name == "Complaints (3)");
  int data_rows = 0;
  int expected = 1;
  for (const XlsxSheet& sheet : sheets) {
    BOOST_TEST(sheet.At("A4").text == "N");
    BOOST_TEST(sheet.LastRow() <= 10);
    for (int row = 5; row <= sheet.LastRow(); ++row) {
      BOOST_TEST(sheet.At("A" + std::to_string(row)).text == std::to_string(expected++));
      ++data_rows;
    }
    BOOST_TEST(sheet.xml.find("<autoFilter ref=\"A4:B" + std::to_string(sheet.LastRow()) + "\"/>") !=
               std::string::npos);
  }
  BOOST_TEST(data_rows == 15);
  BOOST_TEST(sheets[1].At("A2").text == "Period 2025-01-01 to 2025-12-31 (continued)");
}

BOOST_AUTO_TEST_CASE(an_empty_result_shows_the_empty_text_instead_of_a_table) {
  const auto sheets = Write({"-- @sheet Red flags\n-- @empty No red flags in this period.\n"
                             "SELECT 1 AS \"N\" WHERE 0;"});
  BOOST_TEST(sheets[0].At("A4").text == "No red flags in this period.");
  BOOST_TEST(sheets[0].LastRow() == 4);
}

BOOST_AUTO_TEST_CASE(filter_freeze_print_highlight_and_chart) {
  const auto sheets = Write({"-- @sheet Complaints\n-- @filter\n-- @highlight Flags: red\n"
                             "-- @chart bar: Label -> N\n"
                             "SELECT 'a' AS \"Label\", 1 AS \"N\", 'dvt' AS \"Flags\" "
                             "UNION ALL SELECT 'b', 2, '' UNION ALL SELECT 'c', 3, NULL;"});
  const std::string& xml = sheets[0].xml;
  BOOST_TEST(xml.find("<autoFilter ref=\"A4:C7\"/>") != std::string::npos);
  BOOST_TEST(xml.find("ySplit=\"4\"") != std::string::npos);  // rows 1-4 frozen
  // Only the cell that needs a person is coloured, not its row.
  BOOST_TEST(xml.find("<conditionalFormatting sqref=\"C5:C7\">") != std::string::npos);
  BOOST_TEST(xml.find("AND($C5&lt;&gt;\"\",$C5&lt;&gt;0)") != std::string::npos);
  BOOST_TEST(xml.find("orientation=\"landscape\"") != std::string::npos);
  BOOST_TEST(xml.find("fitToHeight=\"0\"") != std::string::npos);  // one page wide, as long as needed
  BOOST_TEST(xml.find("<oddHeader>&amp;LCLN-1 R&amp;&amp;D&amp;RContains patient data</oddHeader>") !=
             std::string::npos);
  BOOST_TEST(xml.find("<oddFooter>&amp;CPage &amp;P of &amp;N</oddFooter>") != std::string::npos);
  BOOST_TEST(xml.find("<drawing ") != std::string::npos);
  const std::string workbook = testing::Unzip(path, "xl/workbook.xml");
  BOOST_TEST(workbook.find("Complaints!$4:$4") != std::string::npos);  // header on every page
  const std::string chart = testing::Unzip(path, "xl/charts/chart1.xml");
  BOOST_TEST(chart.find("<c:f>Complaints!$A$5:$A$7</c:f>") != std::string::npos);
  BOOST_TEST(chart.find("<c:f>Complaints!$B$5:$B$7</c:f>") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_highlight_with_a_text_colours_the_cells_equal_to_it) {
  const auto sheets = Write({"-- @sheet Red flags\n-- @highlight Urgency: red = Same \"day\"\n"
                             "SELECT 'Same \"day\"' AS \"Urgency\" UNION ALL SELECT 'Next visit';"});
  BOOST_TEST(sheets[0].xml.find("<conditionalFormatting sqref=\"A5:A6\">") != std::string::npos);
  BOOST_TEST(sheets[0].xml.find("<formula>$A5=\"Same \"\"day\"\"\"</formula>") != std::string::npos,
             sheets[0].xml);
}

BOOST_AUTO_TEST_CASE(a_names_column_shows_the_names_of_its_codes) {
  names.Add("cause", "cold_exposure", "Cold exposure", 1);
  names.Add("cause", "overexertion", "Overexertion after a very long walk", 2);
  const auto sheets = Write({"-- @sheet S\n-- @column Causes: wrap 10 names cause\n-- @column Codes: text\n"
                             "SELECT 'overexertion,cold_exposure' AS \"Causes\", 'cold_exposure' AS \"Codes\" "
                             "UNION ALL SELECT '', 'x';"});
  BOOST_TEST(sheets[0].At("A5").text == "Cold exposure, Overexertion after a very long walk");
  BOOST_TEST(sheets[0].At("B5").text == "cold_exposure");  // other columns keep their text
  BOOST_TEST(!sheets[0].Has("A6"));                        // no codes, no cell
  // The row is as tall as the names, not the codes, need: six lines of 11 characters.
  BOOST_TEST(sheets[0].xml.find("<row r=\"5\" ht=\"90\" customHeight=\"1\">") != std::string::npos,
             sheets[0].xml);
}

BOOST_AUTO_TEST_CASE(rows_with_wrapped_text_are_as_tall_as_their_lines) {
  // A 20-wide wrapped column holds 23 characters a line (WrappedLines).
  const std::string three_lines = "one two three four five six seven eight nine ten eleven";
  const auto sheets = Write({"-- @sheet S\n-- @column Note: wrap 20\n-- @column Long header name here: integer 6\n"
                             "SELECT 'short' AS \"Note\", 1 AS \"Long header name here\" "
                             "UNION ALL SELECT '" + three_lines + "', 2 "
                             "UNION ALL SELECT 'a' || char(10) || 'b', 3;"});
  const std::string& xml = sheets[0].xml;
  // The header: "Long header name here" wraps in 6 units to four lines.
  BOOST_TEST(xml.find("<row r=\"4\" ht=\"60\" customHeight=\"1\">") != std::string::npos, xml);
  BOOST_TEST(xml.find("<row r=\"5\">") != std::string::npos);  // one line: the default height
  BOOST_TEST(xml.find("<row r=\"6\" ht=\"45\" customHeight=\"1\">") != std::string::npos);
  BOOST_TEST(xml.find("<row r=\"7\" ht=\"30\" customHeight=\"1\">") != std::string::npos);
  // A fixed width never splits a header's word: "header" needs 6.
  BOOST_TEST(xml.find("<col min=\"2\" max=\"2\" width=\"6.") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_chart_of_the_top_columns_with_a_month_axis_and_a_labelled_point) {
  const auto sheets = Write({"-- @sheet Trend\n-- @column Month: month\n"
                             "-- @chart line: Month -> All + top 2 of A .. D\n"
                             "-- @chart-title All and the two largest\n-- @chart-label Note\n"
                             "SELECT '2025-01-01' AS \"Month\", '' AS \"Note\", 9 AS \"All\", 1 AS \"A\", 5 AS \"B\", "
                             "0 AS \"C\", 3 AS \"D\" "
                             "UNION ALL SELECT '2025-02-01', 'partial, to 2025-02-10', 4, 1, 1, 0, 1;"});
  const std::string chart = testing::Unzip(path, "xl/charts/chart1.xml");
  // The series: All (C), then B and D, the two largest of A..D, in column order.
  BOOST_TEST(chart.find("<c:f>Trend!$C$5:$C$6</c:f>") != std::string::npos);
  BOOST_TEST(chart.find("<c:f>Trend!$E$5:$E$6</c:f>") != std::string::npos);
  BOOST_TEST(chart.find("<c:f>Trend!$G$5:$G$6</c:f>") != std::string::npos);
  BOOST_TEST(chart.find("<c:f>Trend!$D$5:$D$6</c:f>") == std::string::npos);
  BOOST_TEST(chart.find("<c:f>Trend!$F$5:$F$6</c:f>") == std::string::npos);
  BOOST_TEST(chart.find("All and the two largest") != std::string::npos);
  // Months on the axis as months, not serial numbers.
  BOOST_TEST(chart.find("<c:numFmt formatCode=\"mmm yyyy\" sourceLinked=\"0\"/>") != std::string::npos, chart);
  // The partial month's point of the first series says so; the other point has no label.
  BOOST_TEST(chart.find("partial, to 2025-02-10") != std::string::npos);
  BOOST_TEST(chart.find("<c:dLbl><c:idx val=\"0\"/><c:delete val=\"1\"/></c:dLbl>") != std::string::npos, chart);
}

BOOST_AUTO_TEST_CASE(widths_follow_the_content_within_a_cap) {
  const auto sheets = Write({"-- @sheet S\nSELECT 'ab' AS \"X\", printf('%.200c', 'y') AS \"Long\", "
                             "'one line' || char(10) || 'two' AS \"Lines\";"});
  const std::string& xml = sheets[0].xml;
  BOOST_TEST(xml.find("<col min=\"1\" max=\"1\" width=\"5.") != std::string::npos);   // at least 5
  BOOST_TEST(xml.find("<col min=\"2\" max=\"2\" width=\"60.") != std::string::npos);  // at most 60
  BOOST_TEST(xml.find("<col min=\"3\" max=\"3\" width=\"9.") != std::string::npos);   // longest line + 1
}

BOOST_AUTO_TEST_CASE(a_layout_naming_a_missing_column_is_an_error) {
  try {
    Write({"-- @sheet S\n-- @column Date: date\nSELECT 1 AS \"Day\";"});
    BOOST_FAIL("no error");
  } catch (const Error& error) {
    BOOST_TEST(static_cast<int>(error.kind()) == static_cast<int>(ErrorKind::kUsage));
    BOOST_TEST(std::string(error.what()) ==
               "block1.sql: @column names column 'Date', which the query does not return");
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::report
