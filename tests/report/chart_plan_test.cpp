// Tests of ChartPlan: which columns a chart plots ("top N of"), and its point labels.
#include "report/chart_plan.h"

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "util/error.h"

namespace crampwatch::report {
namespace {

const std::vector<std::string> kHeaders = {"Month", "Note", "All", "A", "B", "C", "D", "E"};

ChartLayout Layout(std::string series) {
  return ParseReportBlock("t.sql", "-- @sheet T\n-- @chart line: Month -> " + series + "\n").chart.value();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(chart_plan)

BOOST_AUTO_TEST_CASE(every_column_of_a_plain_range) {
  const ChartLayout layout = Layout("All .. C");
  const ChartPlan plan(layout, kHeaders, "t.sql");
  BOOST_TEST(!plan.Sums(2));
  const ChartSpec spec = plan.Spec("Title", 3, 10, "mmm yyyy");
  BOOST_TEST(spec.value_cols == (std::vector<std::uint16_t>{2, 3, 4, 5}), boost::test_tools::per_element());
  BOOST_TEST(spec.category_col == 0);
  BOOST_TEST(spec.title == "Title");
  BOOST_TEST(spec.category_number_format == "mmm yyyy");
  BOOST_TEST(spec.header_row == 3u);
  BOOST_TEST(spec.last_row == 10u);
}

BOOST_AUTO_TEST_CASE(top_n_keeps_the_largest_totals_in_column_order_and_no_all_zero_line) {
  const ChartLayout layout = Layout("All + top 3 of A .. E");
  ChartPlan plan(layout, kHeaders, "t.sql");
  BOOST_TEST(!plan.Sums(2));  // "All" is always plotted
  for (std::uint16_t col = 3; col <= 7; ++col) BOOST_TEST(plan.Sums(col));
  // Totals: A 5, B 1, C 9, D 0, E 5 (A and E tie: A comes first).
  for (const auto& [col, value] : std::vector<std::pair<std::uint16_t, double>>{
           {3, 2}, {3, 3}, {4, 1}, {5, 9}, {7, 5}}) {
    plan.AddNumber(col, value);
  }
  BOOST_TEST(plan.Spec("T", 3, 10, "").value_cols == (std::vector<std::uint16_t>{2, 3, 5, 7}),
             boost::test_tools::per_element());
  // Fewer than N columns with data: only those.
  ChartPlan sparse(layout, kHeaders, "t.sql");
  sparse.AddNumber(6, 1);
  BOOST_TEST(sparse.Spec("T", 3, 10, "").value_cols == (std::vector<std::uint16_t>{2, 6}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(labels_and_an_own_title) {
  const ReportBlock block = ParseReportBlock(
      "t.sql", "-- @sheet T\n-- @chart line: Month -> All\n-- @chart-title Per month\n-- @chart-label Note\n");
  ChartPlan plan(*block.chart, kHeaders, "t.sql");
  BOOST_TEST(plan.label_column() == 1);
  plan.AddLabel(11, "partial, to 2026-11-01");
  const ChartSpec spec = plan.Spec("Block title", 3, 15, "");
  BOOST_TEST(spec.title == "Per month");
  BOOST_REQUIRE(spec.point_labels.size() == 1u);
  BOOST_TEST(spec.point_labels[0].first == 11u);
  BOOST_TEST(spec.point_labels[0].second == "partial, to 2026-11-01");
  BOOST_TEST(ChartPlan(Layout("All"), kHeaders, "t.sql").label_column() == -1);
}

BOOST_AUTO_TEST_CASE(a_missing_column_or_a_backward_range_is_an_error) {
  for (const auto& [series, message] : std::vector<std::pair<std::string, std::string>>{
           {"Nope", "t.sql: @chart names column 'Nope', which the query does not return"},
           {"top 2 of E .. A", "t.sql: @chart series range runs backwards"}}) {
    const ChartLayout layout = Layout(series);
    try {
      ChartPlan plan(layout, kHeaders, "t.sql");
      BOOST_FAIL("no error for " + series);
    } catch (const Error& error) {
      BOOST_TEST(std::string(error.what()) == message);
      BOOST_TEST((error.kind() == ErrorKind::kUsage));
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::report
