// XlsxWorkbook::Sheet: cells, row heights, widths, panes, filters, highlights, charts and page setup of one sheet.
#include <xlsxwriter.h>

#include <algorithm>
#include <string>
#include <vector>

#include "report/cell_text.h"
#include "report/xlsx_workbook.h"

namespace crampwatch::report {
namespace {

// Excel's tallest row, in points.
constexpr double kMaxRowPoints = 409;

std::string LxwText(lxw_error error) { return lxw_strerror(error); }

// Excel's name of a cell, e.g. "B3" for row 2, column 1.
std::string CellName(std::uint32_t row, std::uint16_t col) {
  std::string letters;
  for (unsigned n = col + 1u; n > 0; n = (n - 1) / 26) {
    letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
  }
  return letters + std::to_string(std::uint64_t{row} + 1);
}

}  // namespace

void XlsxWorkbook::Sheet::Fail(std::uint32_t row, std::uint16_t col,
                               const std::string& cause) const {
  workbook_.Fail("sheet '" + name_ + "' cell " + CellName(row, col) + ": " + cause);
}

void XlsxWorkbook::Sheet::BeginWrite(std::uint32_t row) {
  CheckOpen();
  if (row < last_row_) {
    workbook_.Fail("sheet '" + name_ + "': row " + std::to_string(std::uint64_t{row} + 1) +
                   " written after row " + std::to_string(last_row_ + 1) +
                   " (rows must be written in order)");
  }
  last_row_ = row;
}

bool XlsxWorkbook::Sheet::WriteString(std::uint32_t row, std::uint16_t col,
                                      std::string_view text, CellFormat format) {
  BeginWrite(row);
  const bool truncated = AssignSafeCellText(text, cell_text_);
  const lxw_error error =
      worksheet_write_string(worksheet_, row, col, cell_text_.c_str(), workbook_.Format(format));
  if (error != LXW_NO_ERROR) Fail(row, col, LxwText(error));
  return truncated;
}

void XlsxWorkbook::Sheet::WriteNumber(std::uint32_t row, std::uint16_t col, double value,
                                      CellFormat format) {
  BeginWrite(row);
  const lxw_error error =
      worksheet_write_number(worksheet_, row, col, value, workbook_.Format(format));
  if (error != LXW_NO_ERROR) Fail(row, col, LxwText(error));
}

void XlsxWorkbook::Sheet::WriteDate(std::uint32_t row, std::uint16_t col, int year, int month,
                                    int day, CellFormat format) {
  if (!IsExcelDate(year, month, day)) {
    Fail(row, col,
         "invalid date " + std::to_string(year) + "-" + std::to_string(month) + "-" +
             std::to_string(day));
  }
  BeginWrite(row);
  lxw_datetime date{};
  date.year = year;
  date.month = month;
  date.day = day;
  const lxw_error error =
      worksheet_write_datetime(worksheet_, row, col, &date, workbook_.Format(format));
  if (error != LXW_NO_ERROR) Fail(row, col, LxwText(error));
}

void XlsxWorkbook::Sheet::SetRowHeight(std::uint32_t row, double points) {
  BeginWrite(row);
  const lxw_error error = worksheet_set_row(worksheet_, row, std::min(points, kMaxRowPoints), nullptr);
  if (error != LXW_NO_ERROR) Fail(row, 0, "cannot set the row height: " + LxwText(error));
}

void XlsxWorkbook::Sheet::SetColumnWidth(std::uint16_t col, double width) {
  CheckOpen();
  const lxw_error error = worksheet_set_column(worksheet_, col, col, width, nullptr);
  if (error != LXW_NO_ERROR) Fail(0, col, "cannot set the column width: " + LxwText(error));
}

void XlsxWorkbook::Sheet::CheckOpen() const {
  if (workbook_.workbook_ == nullptr) workbook_.Fail("sheet '" + name_ + "' used after Commit");
}

void XlsxWorkbook::Sheet::FreezeRows(std::uint32_t rows) {
  CheckOpen();
  worksheet_freeze_panes(worksheet_, rows, 0);
}

void XlsxWorkbook::Sheet::SetPageSetup(const PageMarks& marks) {
  CheckOpen();
  worksheet_set_landscape(worksheet_);
  worksheet_fit_to_pages(worksheet_, 1, 0);  // one page wide, as many long as needed
  // Inches: narrow sides leave more width for the columns (a larger print
  // scale); top and bottom leave room for the header and footer lines.
  worksheet_set_margins(worksheet_, 0.4, 0.4, 0.75, 0.75);
  const std::string header = SafeCellText(marks.header);
  const std::string footer = SafeCellText(marks.footer);
  lxw_error error = worksheet_set_header(worksheet_, header.c_str());
  if (error == LXW_NO_ERROR) error = worksheet_set_footer(worksheet_, footer.c_str());
  if (error != LXW_NO_ERROR) {
    workbook_.Fail("sheet '" + name_ + "': cannot set the page header and footer: " + LxwText(error));
  }
}

void XlsxWorkbook::Sheet::RepeatRowOnEveryPage(std::uint32_t row) {
  CheckOpen();
  const lxw_error error = worksheet_repeat_rows(worksheet_, row, row);
  if (error != LXW_NO_ERROR) Fail(row, 0, "cannot repeat the header row: " + LxwText(error));
}

void XlsxWorkbook::Sheet::Highlight(std::uint32_t first_row, std::uint32_t last_row, std::uint16_t col,
                                    const HighlightCondition& condition) {
  CheckOpen();
  if (last_row < first_row) return;
  // Relative to the range's first row: Excel applies it to each row.
  const std::string key = "$" + CellName(first_row, col);
  std::string formula;
  if (condition.equals) {
    std::string quoted;
    for (char c : SafeCellText(*condition.equals)) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    formula = key + "=\"" + quoted + "\"";
  } else {
    formula = "AND(" + key + "<>\"\"," + key + "<>0)";
  }
  lxw_conditional_format format{};
  format.type = LXW_CONDITIONAL_TYPE_FORMULA;
  format.value_string = formula.data();
  format.format = condition.fill == CellFill::kRed ? workbook_.red_fill_ : workbook_.amber_fill_;
  const lxw_error error = worksheet_conditional_format_range(worksheet_, first_row, col, last_row, col, &format);
  if (error != LXW_NO_ERROR) Fail(first_row, col, "cannot highlight cells: " + LxwText(error));
}

void XlsxWorkbook::Sheet::AddChart(const ChartSpec& spec) {
  CheckOpen();
  const std::uint8_t type = spec.type == ChartType::kBar      ? LXW_CHART_BAR
                            : spec.type == ChartType::kColumn ? LXW_CHART_COLUMN
                                                              : LXW_CHART_LINE;
  lxw_chart* chart = workbook_add_chart(workbook_.workbook_, type);
  if (chart == nullptr) workbook_.Fail("sheet '" + name_ + "': cannot add a chart (out of memory)");
  const std::uint32_t first_data_row = spec.header_row + 1;
  // Labels for the first series's marked points, none on the others. The
  // array ends with nullptr; `texts` keeps the label strings alive meanwhile.
  lxw_chart_data_label hidden{};
  hidden.hide = 1;
  std::vector<lxw_chart_data_label> labels;
  for (const auto& [index, text] : spec.point_labels) {
    if (labels.size() <= index) labels.resize(index + 1u, hidden);
  }
  std::vector<std::string> texts;
  texts.reserve(spec.point_labels.size());
  for (const auto& [index, text] : spec.point_labels) {
    texts.push_back(SafeCellText(text));
    labels[index].value = texts.back().data();
    labels[index].hide = 0;
  }
  std::vector<lxw_chart_data_label*> label_list;
  for (lxw_chart_data_label& label : labels) label_list.push_back(&label);
  label_list.push_back(nullptr);
  for (std::uint16_t col : spec.value_cols) {
    lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
    if (series == nullptr) workbook_.Fail("sheet '" + name_ + "': cannot add a chart series");
    chart_series_set_categories(series, name_.c_str(), first_data_row, spec.category_col,
                                spec.last_row, spec.category_col);
    chart_series_set_values(series, name_.c_str(), first_data_row, col, spec.last_row, col);
    chart_series_set_name_range(series, name_.c_str(), spec.header_row, col);
    if (!labels.empty() && col == spec.value_cols.front()) {
      chart_series_set_labels(series);
      chart_series_set_labels_position(series, LXW_CHART_LABEL_POSITION_ABOVE);
      if (chart_series_set_labels_custom(series, label_list.data()) != LXW_NO_ERROR) {
        workbook_.Fail("sheet '" + name_ + "': cannot label chart points");
      }
    }
  }
  if (!spec.category_number_format.empty()) {
    chart_axis_set_num_format(chart->x_axis, spec.category_number_format.c_str());
  }
  const std::string title = SafeCellText(spec.title);
  chart_title_set_name(chart, title.c_str());
  if (spec.value_cols.size() <= 1) chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
  if (spec.type == ChartType::kBar) chart_axis_set_reverse(chart->y_axis);  // first category on top
  lxw_chart_options options{};
  // A chart beside its table (one series) is narrower than one below it, so
  // that both fit the printed page at a readable scale.
  options.x_scale = spec.value_cols.size() > 1 ? 2.0 : 1.2;
  options.y_scale = 1.5;
  options.object_position = LXW_OBJECT_MOVE_DONT_SIZE;
  const lxw_error error = worksheet_insert_chart_opt(worksheet_, spec.anchor_row, spec.anchor_col,
                                                     chart, &options);
  if (error != LXW_NO_ERROR) Fail(spec.anchor_row, spec.anchor_col, "cannot insert a chart: " + LxwText(error));
}

void XlsxWorkbook::Sheet::AutoFilter(std::uint32_t first_row, std::uint16_t first_col,
                                     std::uint32_t last_row, std::uint16_t last_col) {
  CheckOpen();
  const lxw_error error = worksheet_autofilter(worksheet_, first_row, first_col, last_row, last_col);
  if (error != LXW_NO_ERROR) {
    Fail(first_row, first_col, "cannot set the autofilter: " + LxwText(error));
  }
}

}  // namespace crampwatch::report
