#include "report/sheet_writer.h"

#include <SQLiteCpp/Column.h>

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>
#include <utility>

#include "report/wrapped_lines.h"
#include "util/error.h"

namespace crampwatch::report {
namespace {

// Title, heading and a blank row come before a sheet's first table.
constexpr std::uint32_t kFirstTableRow = 3;
// Column widths in characters: sized to the content, within these bounds.
constexpr double kMinWidth = 5;
constexpr double kMaxWidth = 60;
// A chart put below its table takes about this many rows (1.5 x 15 default rows).
constexpr std::uint32_t kChartRows = 23;
// A table this narrow gets its chart to its right; a wider one below it.
constexpr std::size_t kMaxColumnsBesideChart = 4;

bool IsDigits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int ToInt(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

// "YYYY-MM-DD..." or, with `month_only`, "YYYY-MM..." as a date Excel can show.
std::optional<std::array<int, 3>> ParseIsoDate(std::string_view text, bool month_only) {
  const std::size_t length = month_only ? 7 : 10;
  if (text.size() < length || text[4] != '-' || (!month_only && text[7] != '-')) return std::nullopt;
  if (!IsDigits(text.substr(0, 4)) || !IsDigits(text.substr(5, 2))) return std::nullopt;
  if (!month_only && !IsDigits(text.substr(8, 2))) return std::nullopt;
  std::array<int, 3> date = {ToInt(text.substr(0, 4)), ToInt(text.substr(5, 2)),
                             month_only ? 1 : ToInt(text.substr(8, 2))};
  if (!IsExcelDate(date[0], date[1], date[2])) return std::nullopt;
  return date;
}

// The characters of the longest line of `text`, counted up to kMaxWidth.
double TextWidth(std::string_view text) {
  double widest = 0;
  double line = 0;
  for (char c : text) {
    if (c == '\n') {
      widest = std::max(widest, line);
      line = 0;
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++line;
    }
  }
  return std::min(std::max(widest, line), kMaxWidth);
}

// A number's width, with the indent of the formats that have one.
double NumberWidth(double value, ColumnFormat format) {
  if (format == ColumnFormat::kPercent) return 9;  // "100.0%"
  const double digits = static_cast<double>(std::to_string(static_cast<long long>(value)).size());
  return (format == ColumnFormat::kDecimal ? digits + 2 : digits) + 2;
}

}  // namespace

struct SheetWriter::ResolvedColumn {
  std::string header;
  ColumnFormat format = ColumnFormat::kAuto;
  double fixed_width = 0;  // 0: sized to the content
  std::string names = {};  // a code kind whose names the cell shows; empty: none
};

SheetWriter::SheetWriter(XlsxWorkbook& workbook, SheetHeading heading, std::uint32_t max_rows,
                         const CodeNames* names)
    : workbook_(workbook), heading_(std::move(heading)), max_rows_(max_rows), names_(names) {
  // Room for the title rows, a header and at least a few data rows per sheet.
  if (max_rows_ < kFirstTableRow + 4 || max_rows_ > XlsxWorkbook::kMaxRows) {
    throw Error(ErrorKind::kUsage, "SheetWriter: max_rows out of range");
  }
}

SheetWriter::SheetState& SheetWriter::OpenSheet(const ReportBlock& block, bool continuation) {
  XlsxWorkbook::Sheet& sheet = workbook_.AddSheet(block.sheet);
  sheets_.push_back(SheetState{.sheet = &sheet, .block_sheet = block.sheet, .next_row = kFirstTableRow,
                               .content_widths = {}, .fixed_widths = {}});
  const std::string title = block.title.empty() ? block.sheet : block.title;
  sheet.WriteString(0, 0, title + " \u2014 " + heading_.subject, CellFormat::kTitle);
  sheet.WriteString(1, 0, heading_.period_line + (continuation ? " (continued)" : ""), CellFormat::kNote);
  sheet.SetPageSetup(heading_.page_marks);
  return sheets_.back();
}

void SheetWriter::NoteWidth(SheetState& state, std::uint16_t col, double width) {
  if (state.content_widths.size() <= col) state.content_widths.resize(col + 1u, 0);
  state.content_widths[col] = std::max(state.content_widths[col], width);
}

std::uint32_t SheetWriter::WriteHeader(SheetState& state, const std::vector<ResolvedColumn>& columns) {
  const std::uint32_t row = state.next_row++;
  // A name wider than its fixed-width column wraps; other columns are sized
  // to at least their name.
  int lines = 1;
  for (const ResolvedColumn& column : columns) {
    if (column.fixed_width > 0) {
      lines = std::max(lines, WrappedLines(column.header, column.fixed_width));
    }
  }
  if (lines > 1) state.sheet->SetRowHeight(row, lines * kPointsPerLine);
  for (std::uint16_t col = 0; col < columns.size(); ++col) {
    state.sheet->WriteString(row, col, columns[col].header, CellFormat::kHeader);
    // + room for the filter button, which covers a character on screen (it is not printed)
    if (columns[col].fixed_width == 0) NoteWidth(state, col, TextWidth(columns[col].header) + 1);
  }
  return row;
}

void SheetWriter::NameCodes(const std::vector<ResolvedColumn>& columns, SQLite::Statement& rows) {
  named_.resize(columns.size());
  for (std::uint16_t col = 0; col < columns.size(); ++col) {
    named_[col].clear();
    if (columns[col].names.empty() || names_ == nullptr) continue;
    const SQLite::Column value = rows.getColumn(col);
    if (value.isText()) named_[col] = names_->Names(columns[col].names, value.getText());
  }
}

void SheetWriter::FitRowHeight(SheetState& state, std::uint32_t row, const std::vector<ResolvedColumn>& columns,
                               SQLite::Statement& rows) {
  int lines = 1;
  for (std::uint16_t col = 0; col < columns.size(); ++col) {
    if (columns[col].format != ColumnFormat::kWrap) continue;
    std::string_view text = named_[col];
    if (text.empty()) {
      const SQLite::Column value = rows.getColumn(col);
      if (!value.isText()) continue;
      const char* bytes = static_cast<const char*>(value.getBlob());
      text = std::string_view(bytes == nullptr ? "" : bytes, static_cast<std::size_t>(value.getBytes()));
    }
    lines = std::max(lines, WrappedLines(text, columns[col].fixed_width));
  }
  if (lines > 1) state.sheet->SetRowHeight(row, lines * kPointsPerLine);
}

void SheetWriter::WriteCell(SheetState& state, std::uint32_t row, std::uint16_t col,
                            const ResolvedColumn& column, const SQLite::Column& value) {
  XlsxWorkbook::Sheet& sheet = *state.sheet;
  const bool is_number = value.isInteger() || value.isFloat();
  // The value's bytes, without a copy. Only asked for once the value is known
  // to be shown as text: SQLite converts a number to text in place.
  auto text_of = [&value] {
    const char* bytes = static_cast<const char*>(value.getBlob());
    return std::string_view(bytes == nullptr ? "" : bytes, static_cast<std::size_t>(value.getBytes()));
  };
  switch (column.format) {
    case ColumnFormat::kDate:
    case ColumnFormat::kMonth:
      if (value.isText()) {
        const bool month = column.format == ColumnFormat::kMonth;
        if (auto date = ParseIsoDate(text_of(), month)) {
          sheet.WriteDate(row, col, (*date)[0], (*date)[1], (*date)[2],
                          month ? CellFormat::kMonth : CellFormat::kDate);
          NoteWidth(state, col, month ? 9 : 11);  // the text and its indent
          return;
        }
      }
      break;
    case ColumnFormat::kInteger:
    case ColumnFormat::kDecimal:
    case ColumnFormat::kPercent:
      if (is_number) {
        const CellFormat format = column.format == ColumnFormat::kInteger   ? CellFormat::kInteger
                                  : column.format == ColumnFormat::kDecimal ? CellFormat::kDecimal
                                                                            : CellFormat::kPercent;
        sheet.WriteNumber(row, col, value.getDouble(), format);
        NoteWidth(state, col, NumberWidth(value.getDouble(), column.format));
        return;
      }
      break;
    case ColumnFormat::kAuto:
      if (is_number) {
        sheet.WriteNumber(row, col, value.getDouble());
        NoteWidth(state, col, value.isInteger() ? NumberWidth(value.getDouble(), ColumnFormat::kInteger) : 10);
        return;
      }
      break;
    case ColumnFormat::kText:
    case ColumnFormat::kWrap:
      break;
  }
  // Text (and anything a format could not show) is written as a string: the
  // codes' names for a `names` column. Empty text is no cell at all: a
  // formatted blank would cost as much as a cell, and most rows have no red
  // flag or calcium flag.
  const std::string_view text = named_[col].empty() ? text_of() : std::string_view(named_[col]);
  if (text.empty()) return;
  const bool wrap = column.format == ColumnFormat::kWrap;
  if (sheet.WriteString(row, col, text, wrap ? CellFormat::kWrap : CellFormat::kText)) {
    ++counts_.truncated_cells;
  }
  if (!wrap) NoteWidth(state, col, TextWidth(text));
}

void SheetWriter::WriteBlock(const ReportBlock& block, SQLite::Statement& rows) {
  const int column_count = rows.getColumnCount();
  if (column_count > XlsxWorkbook::kMaxColumns) {
    throw Error(ErrorKind::kUsage, block.file + ": more columns than a sheet holds");
  }
  std::vector<ResolvedColumn> columns;
  std::vector<std::string> headers;
  for (int i = 0; i < column_count; ++i) {
    ResolvedColumn column{.header = rows.getColumnName(i)};
    if (const ColumnLayout* layout = block.Column(column.header)) {
      column.format = layout->format;
      column.names = layout->names;
      // A fixed width may wrap the header's words onto lines, never split one.
      if (layout->width) {
        column.fixed_width = std::max(*layout->width, WidestWordWidth(column.header));
      }
    }
    headers.push_back(column.header);
    columns.push_back(std::move(column));
  }
  auto check_named = [&](const std::string& header, std::string_view directive) {
    if (std::find(headers.begin(), headers.end(), header) == headers.end()) {
      throw Error(ErrorKind::kUsage, block.file + ": " + std::string(directive) + " names column '" +
                                         header + "', which the query does not return");
    }
  };
  for (const ColumnLayout& layout : block.columns) check_named(layout.header, "@column");
  for (const HighlightLayout& highlight : block.highlights) check_named(highlight.column, "@highlight");
  std::optional<ChartPlan> chart;
  if (block.chart) chart.emplace(*block.chart, headers, block.file);

  const bool has_rows = rows.executeStep();
  const bool stacked = !sheets_.empty() && sheets_.back().block_sheet == block.sheet;
  SheetState* state = stacked ? &sheets_.back() : &OpenSheet(block, false);
  if (stacked) {
    ++state->next_row;  // a blank row between stacked tables
    if (!block.title.empty()) state->sheet->WriteString(state->next_row++, 0, block.title, CellFormat::kBold);
  }
  for (std::uint16_t col = 0; col < columns.size(); ++col) {
    if (columns[col].fixed_width > 0) {
      if (state->fixed_widths.size() <= col) state->fixed_widths.resize(col + 1u, 0);
      state->fixed_widths[col] = columns[col].fixed_width;
    }
  }
  if (!has_rows && !block.empty_text.empty()) {
    state->sheet->WriteString(state->next_row++, 0, block.empty_text, CellFormat::kNote);
    return;
  }

  std::uint32_t header_row = block.header ? WriteHeader(*state, columns) : state->next_row;
  ChartPlan* table_chart = chart ? &*chart : nullptr;  // the first table only
  std::uint32_t point = 0;
  for (bool more = has_rows; more; more = rows.executeStep()) {
    if (state->next_row >= max_rows_) {
      FinishTable(*state, block, columns, header_row, state->next_row - 1, table_chart);
      table_chart = nullptr;
      // The fixed widths carry over to the continuation sheet.
      std::vector<double> fixed_widths = state->fixed_widths;
      state = &OpenSheet(block, true);
      state->fixed_widths = std::move(fixed_widths);
      header_row = block.header ? WriteHeader(*state, columns) : state->next_row;
    }
    const std::uint32_t row = state->next_row++;
    NameCodes(columns, rows);
    if (block.header) FitRowHeight(*state, row, columns, rows);
    for (std::uint16_t col = 0; col < columns.size(); ++col) {
      const SQLite::Column value = rows.getColumn(col);
      if (value.isNull()) continue;
      if (block.header) {
        WriteCell(*state, row, col, columns[col], value);
      } else {
        // A header-less block is a footer line: a note, not a table.
        state->sheet->WriteString(row, col, value.getString(), CellFormat::kNote);
      }
      if (table_chart != nullptr) {
        if (table_chart->Sums(col) && (value.isInteger() || value.isFloat())) {
          table_chart->AddNumber(col, value.getDouble());
        }
        if (table_chart->label_column() == col && value.isText() && value.getBytes() > 0) {
          table_chart->AddLabel(point, value.getString());
        }
      }
    }
    ++point;
    ++counts_.rows;
  }
  FinishTable(*state, block, columns, header_row, state->next_row - 1, table_chart);
}

void SheetWriter::FinishTable(SheetState& state, const ReportBlock& block,
                              const std::vector<ResolvedColumn>& columns, std::uint32_t header_row,
                              std::uint32_t last_row, ChartPlan* chart) {
  if (!block.header || columns.empty()) return;
  XlsxWorkbook::Sheet& sheet = *state.sheet;
  const auto last_col = static_cast<std::uint16_t>(columns.size() - 1);
  auto index_of = [&](const std::string& header) {
    std::uint16_t col = 0;
    while (columns[col].header != header) ++col;  // WriteBlock checked that it exists
    return col;
  };
  if (block.filter) {
    sheet.AutoFilter(header_row, 0, last_row, last_col);
    sheet.FreezeRows(header_row + 1);
    sheet.RepeatRowOnEveryPage(header_row);
  }
  if (last_row <= header_row) return;  // no data rows
  for (const HighlightLayout& highlight : block.highlights) {
    sheet.Highlight(header_row + 1, last_row, index_of(highlight.column), highlight.condition);
  }
  if (chart == nullptr) return;
  const ColumnFormat category_format = columns[index_of(block.chart->category)].format;
  ChartSpec spec = chart->Spec(block.title.empty() ? block.sheet : block.title, header_row, last_row,
                               category_format == ColumnFormat::kMonth  ? "mmm yyyy"
                               : category_format == ColumnFormat::kDate ? "yyyy-mm-dd"
                                                                        : "");
  if (spec.value_cols.empty()) return;
  if (columns.size() <= kMaxColumnsBesideChart) {
    spec.anchor_row = header_row;
    spec.anchor_col = static_cast<std::uint16_t>(last_col + 2);
  } else {
    spec.anchor_row = last_row + 2;
    state.next_row = last_row + 2 + kChartRows;  // the next table goes below the chart
  }
  sheet.AddChart(spec);
}

void SheetWriter::Finish() {
  for (SheetState& state : sheets_) {
    const std::size_t count = std::max(state.content_widths.size(), state.fixed_widths.size());
    for (std::size_t col = 0; col < count; ++col) {
      const double fixed = col < state.fixed_widths.size() ? state.fixed_widths[col] : 0;
      const double content = col < state.content_widths.size() ? state.content_widths[col] : 0;
      const double width = fixed > 0 ? fixed : std::clamp(content + 1, kMinWidth, kMaxWidth);
      state.sheet->SetColumnWidth(static_cast<std::uint16_t>(col), width);
    }
  }
}

}  // namespace crampwatch::report
