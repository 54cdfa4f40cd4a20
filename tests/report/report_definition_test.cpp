// Tests of ParseReportBlock: the layout directives of reports/*.sql, and each of its messages.
#include "report/report_definition.h"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "util/error.h"

namespace crampwatch::report {
namespace {

// The message ParseReportBlock throws for `sql`, or "" when it parses.
std::string ProblemOf(const std::string& sql) {
  try {
    ParseReportBlock("x.sql", sql);
  } catch (const Error& error) {
    BOOST_TEST(static_cast<int>(error.kind()) == static_cast<int>(ErrorKind::kUsage));
    return error.what();
  }
  return "";
}

struct BadLayout {
  std::string sql;
  std::string message;
};

std::ostream& operator<<(std::ostream& out, const BadLayout& bad) { return out << bad.message; }

const std::vector<BadLayout> kBadLayouts = {
    {"SELECT 1;", "x.sql:1: no '-- @sheet NAME' line: every report file names its sheet"},
    {"-- @sheet S\n-- @colour red", "x.sql:2: unknown directive '@colour' (known: sheet, title, column, "
                                    "highlight, chart, chart-title, chart-label, filter, no-header, empty)"},
    {"-- @sheet", "x.sql:1: @sheet needs a value"},
    {"-- @sheet S\n-- @filter now", "x.sql:2: @filter takes no value"},
    {"-- @sheet S\n-- @column Date", "x.sql:2: @column expects 'HEADER: ...'"},
    {"-- @sheet S\n-- @column Date: datum", "x.sql:2: @column format 'datum' is not one of auto, text, "
                                            "wrap, date, month, integer, decimal, percent"},
    {"-- @sheet S\n-- @column Note: text 0", "x.sql:2: @column width '0' is not a whole number from 1 to 255"},
    {"-- @sheet S\n-- @column Note: wrap", "x.sql:2: @column Note: a wrapped column needs a width"},
    {"-- @sheet S\n-- @column Causes: wrap 16 names", "x.sql:2: @column Causes: 'names' expects one code kind, e.g. 'names cause'"},
    {"-- @sheet S\n-- @column Causes: text names cause red_flag", "x.sql:2: @column Causes: 'names' expects one code kind, e.g. 'names cause'"},
    {"-- @sheet S\n-- @highlight Flags: blue", "x.sql:2: @highlight colour 'blue' is not red or amber"},
    {"-- @sheet S\n-- @highlight Flags: red =", "x.sql:2: @highlight expects 'HEADER: COLOUR = TEXT' with a text after '='"},
    {"-- @sheet S\n-- @chart pie: A -> B", "x.sql:2: @chart type 'pie' is not bar, column or line"},
    {"-- @sheet S\n-- @chart bar A B", "x.sql:2: @chart expects 'TYPE: CATEGORY -> SERIES [+ SERIES]...'"},
    {"-- @sheet S\n-- @chart bar: A ->", "x.sql:2: @chart expects 'TYPE: CATEGORY -> SERIES [+ SERIES]...'"},
    {"-- @sheet S\n-- @chart bar: A -> B +", "x.sql:2: @chart expects 'TYPE: CATEGORY -> SERIES [+ SERIES]...'"},
    {"-- @sheet S\n-- @chart bar: A -> top x of B .. C", "x.sql:2: @chart 'top N of ...' needs a whole number N of at least 1"},
    {"-- @sheet S\n-- @chart bar: A -> top 0 of B .. C", "x.sql:2: @chart 'top N of ...' needs a whole number N of at least 1"},
    {"-- @sheet S\n-- @chart bar: A -> B\n-- @chart line: A -> C", "x.sql:3: a block has at most one @chart"},
    {"-- @sheet S\n-- @chart-title T", "x.sql:2: @chart-title needs a @chart line before it"},
    {"-- @sheet S\n-- @chart-label Note\n-- @chart bar: A -> B", "x.sql:2: @chart-label needs a @chart line before it"},
    {"-- @sheet S\n-- @chart bar: A -> B\n-- @chart-label", "x.sql:3: @chart-label needs a value"},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(report_definition)

BOOST_AUTO_TEST_CASE(reads_every_directive) {
  const ReportBlock block = ParseReportBlock("t.sql",
                                             "-- A comment that is not a directive.\n"
                                             "--   @sheet   Red flags  \n"
                                             "-- @title Red flags: look first\n"
                                             "-- @column Date: date\n"
                                             "-- @column Complaint: wrap 60\n"
                                             "-- @column Share of all: percent\n"
                                             "-- @column Causes: wrap 16 names cause\n"
                                             "-- @highlight Calcium risk: amber\n"
                                             "-- @highlight Urgency: red = Same day\n"
                                             "-- @chart line: Month -> All + top 5 of Cold exposure .. Unexplained\n"
                                             "-- @chart-title Per month: all and the five most frequent\n"
                                             "-- @chart-label Note\n"
                                             "-- @filter\n"
                                             "-- @empty Nothing to show.\n"
                                             "SELECT 1 AS \"Date\"; -- @not a directive: code before it\n");
  BOOST_TEST(block.file == "t.sql");
  BOOST_TEST(block.sheet == "Red flags");
  BOOST_TEST(block.title == "Red flags: look first");
  BOOST_TEST(block.filter);
  BOOST_TEST(block.header);
  BOOST_TEST(block.empty_text == "Nothing to show.");
  BOOST_REQUIRE(block.columns.size() == 4u);
  BOOST_TEST(block.Column("Causes")->names == "cause");
  BOOST_TEST(*block.Column("Causes")->width == 16);
  BOOST_TEST(static_cast<int>(block.Column("Causes")->format) == static_cast<int>(ColumnFormat::kWrap));
  BOOST_TEST(block.Column("Complaint")->names.empty());
  BOOST_TEST(static_cast<int>(block.Column("Date")->format) == static_cast<int>(ColumnFormat::kDate));
  BOOST_TEST(!block.Column("Date")->width.has_value());
  BOOST_TEST(*block.Column("Complaint")->width == 60);
  BOOST_TEST(static_cast<int>(block.Column("Share of all")->format) == static_cast<int>(ColumnFormat::kPercent));
  BOOST_TEST(block.Column("Nope") == nullptr);
  BOOST_REQUIRE(block.highlights.size() == 2u);
  BOOST_TEST(block.highlights[0].column == "Calcium risk");
  BOOST_TEST(static_cast<int>(block.highlights[0].condition.fill) == static_cast<int>(CellFill::kAmber));
  BOOST_TEST(!block.highlights[0].condition.equals.has_value());
  BOOST_TEST(block.highlights[1].column == "Urgency");
  BOOST_TEST(static_cast<int>(block.highlights[1].condition.fill) == static_cast<int>(CellFill::kRed));
  BOOST_TEST(block.highlights[1].condition.equals.value_or("") == "Same day");
  BOOST_REQUIRE(block.chart.has_value());
  BOOST_TEST(static_cast<int>(block.chart->type) == static_cast<int>(ChartType::kLine));
  BOOST_TEST(block.chart->category == "Month");
  BOOST_REQUIRE(block.chart->series.size() == 2u);
  BOOST_TEST(block.chart->series[0].first == "All");
  BOOST_TEST(block.chart->series[0].last == "All");
  BOOST_TEST(block.chart->series[0].top == 0u);
  BOOST_TEST(block.chart->series[1].first == "Cold exposure");
  BOOST_TEST(block.chart->series[1].last == "Unexplained");
  BOOST_TEST(block.chart->series[1].top == 5u);
  BOOST_TEST(block.chart->title == "Per month: all and the five most frequent");
  BOOST_TEST(block.chart->label_column == "Note");
}

BOOST_AUTO_TEST_CASE(a_single_series_chart_and_a_footer) {
  const ReportBlock block = ParseReportBlock("f.sql", "-- @sheet Summary\n-- @no-header\n-- @chart bar: Cause -> Complaints\n");
  BOOST_TEST(!block.header);
  BOOST_REQUIRE(block.chart->series.size() == 1u);
  BOOST_TEST(block.chart->series[0].first == "Complaints");
  BOOST_TEST(block.chart->series[0].last == "Complaints");
  BOOST_TEST(block.chart->title.empty());
}

BOOST_DATA_TEST_CASE(each_mistake_names_its_line, boost::unit_test::data::make(kBadLayouts), bad) {
  BOOST_TEST(ProblemOf(bad.sql) == bad.message);
}

BOOST_AUTO_TEST_CASE(the_built_in_reports_parse_in_sheet_order) {
  std::vector<std::string> sheets;
  for (const ReportBlock& block : ClinicReportBlocks()) {
    if (sheets.empty() || sheets.back() != block.sheet) sheets.push_back(block.sheet);
  }
  BOOST_TEST(sheets == (std::vector<std::string>{"Summary", "Complaints", "Red flags", "Calcium follow-up",
                                                 "Trend", "Data quality"}),
             boost::test_tools::per_element());
  BOOST_REQUIRE(OverviewReportBlocks().size() == 1u);
  BOOST_TEST(OverviewReportBlocks()[0].sheet == "Overview");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::report
