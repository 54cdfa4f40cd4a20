#include "report/chart_plan.h"

#include <algorithm>

#include "util/error.h"

namespace crampwatch::report {

ChartPlan::ChartPlan(const ChartLayout& layout, const std::vector<std::string>& headers,
                     const std::string& file)
    : layout_(layout), summed_(headers.size(), false), totals_(headers.size(), 0) {
  auto index_of = [&](const std::string& header) -> std::uint16_t {
    auto found = std::find(headers.begin(), headers.end(), header);
    if (found == headers.end()) {
      throw Error(ErrorKind::kUsage,
                  file + ": @chart names column '" + header + "', which the query does not return");
    }
    return static_cast<std::uint16_t>(found - headers.begin());
  };
  category_ = index_of(layout.category);
  for (const ChartSeriesRange& series : layout.series) {
    const Range range{.first = index_of(series.first), .last = index_of(series.last), .top = series.top};
    if (range.first > range.last) throw Error(ErrorKind::kUsage, file + ": @chart series range runs backwards");
    if (range.top > 0) std::fill(summed_.begin() + range.first, summed_.begin() + range.last + 1, true);
    ranges_.push_back(range);
  }
  if (!layout.label_column.empty()) label_column_ = index_of(layout.label_column);
}

ChartSpec ChartPlan::Spec(const std::string& block_title, std::uint32_t header_row, std::uint32_t last_row,
                          std::string category_number_format) const {
  ChartSpec spec;
  spec.type = layout_.type;
  spec.title = layout_.title.empty() ? block_title : layout_.title;
  spec.header_row = header_row;
  spec.last_row = last_row;
  spec.category_col = category_;
  spec.category_number_format = std::move(category_number_format);
  spec.point_labels = labels_;
  for (const Range& range : ranges_) {
    std::vector<std::uint16_t> cols;
    for (std::uint16_t col = range.first; col <= range.last; ++col) cols.push_back(col);
    if (range.top > 0) {
      // The largest totals, none that is all zeros (a flat line says nothing);
      // ties keep the columns' order. Then back in column order, so that the
      // legend reads as the table does.
      std::erase_if(cols, [&](std::uint16_t col) { return totals_[col] <= 0; });
      std::stable_sort(cols.begin(), cols.end(),
                       [&](std::uint16_t a, std::uint16_t b) { return totals_[a] > totals_[b]; });
      if (cols.size() > range.top) cols.resize(range.top);
      std::sort(cols.begin(), cols.end());
    }
    spec.value_cols.insert(spec.value_cols.end(), cols.begin(), cols.end());
  }
  return spec;
}

}  // namespace crampwatch::report
