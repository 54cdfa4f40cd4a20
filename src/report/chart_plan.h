// ChartPlan: which columns a table's chart plots and which points it dashes, learnt as rows are written.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "report/report_definition.h"
#include "report/xlsx_workbook.h"

namespace crampwatch::report {

/// Follows a table's rows for its @chart: sums the columns of "top N" ranges
/// (to pick the N largest once the table is done) and keeps the labels of
/// the rows that have one (@chart-label).
class ChartPlan {
 public:
  /// Resolves the layout's column names among `headers` (the query's columns
  /// in order). Throws Error(kUsage) naming `file` when one is missing or a
  /// range runs backwards.
  ChartPlan(const ChartLayout& layout, const std::vector<std::string>& headers, const std::string& file);

  /// Whether WriteBlock must report this column's numbers (AddNumber).
  bool Sums(std::uint16_t col) const { return col < summed_.size() && summed_[col]; }
  void AddNumber(std::uint16_t col, double value) { totals_[col] += value; }

  /// The column whose text labels a row's point, or -1.
  int label_column() const { return label_column_; }
  /// Labels the `point`-th data row (0 = the first) with `text`.
  void AddLabel(std::uint32_t point, std::string text) { labels_.emplace_back(point, std::move(text)); }

  /// The chart of the table whose header is `header_row` and last data row
  /// `last_row`; `category_number_format` is the category column's format
  /// ("mmm yyyy" for months), for the axis.
  ChartSpec Spec(const std::string& block_title, std::uint32_t header_row, std::uint32_t last_row,
                 std::string category_number_format) const;

 private:
  struct Range {
    std::uint16_t first = 0;
    std::uint16_t last = 0;
    std::size_t top = 0;
  };

  ChartLayout layout_;
  std::uint16_t category_ = 0;
  std::vector<Range> ranges_;
  std::vector<bool> summed_;
  std::vector<double> totals_;
  int label_column_ = -1;
  std::vector<std::pair<std::uint32_t, std::string>> labels_;
};

}  // namespace crampwatch::report
