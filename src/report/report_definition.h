// ReportBlock: one SQL file of reports/ and the layout its comments describe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "report/xlsx_workbook.h"

namespace crampwatch::report {

/// How a column's cells are shown (`-- @column HEADER: FORMAT [WIDTH]`).
enum class ColumnFormat {
  kAuto,     // by value: text as a string, integers and reals as numbers
  kText,     // always a string
  kWrap,     // a string, wrapped in a fixed-width column
  kDate,     // 'YYYY-MM-DD...' as a real date (yyyy-mm-dd); other text as is
  kMonth,    // 'YYYY-MM...' as a real date shown "mmm yyyy"
  kInteger,  // a number without decimals
  kDecimal,  // a number with one decimal
  kPercent,  // a fraction shown as a percentage (0.25 shows 25.0%)
};

struct ColumnLayout {
  std::string header;  // the column's name in the SQL result
  ColumnFormat format = ColumnFormat::kAuto;
  std::optional<double> width;  // in characters; else sized to the content
  /// A code_label kind: the cell lists codes of it, joined by ',', and the
  /// sheet shows their names instead (CodeNames). Empty: shown as they are.
  std::string names;
};

/// Cells of `column` that meet the condition (neither empty nor 0, or equal
/// to a text) get a fill colour: only the cell that needs a person, not its
/// row. Excel conditional formatting, so it follows edits and sorting.
struct HighlightLayout {
  std::string column;
  HighlightCondition condition;
};

/// Columns a chart plots: FIRST to LAST in result order, or of those only
/// the `top` with the largest totals over the table's rows.
struct ChartSeriesRange {
  std::string first;
  std::string last;
  std::size_t top = 0;  // 0: every column of the range
};

/// A chart of the block's rows: categories from one column, one series per
/// column of its ranges.
struct ChartLayout {
  ChartType type = ChartType::kBar;
  std::string category;
  std::vector<ChartSeriesRange> series;
  std::string title;         // @chart-title; empty: the block's title
  std::string label_column;  // @chart-label: a row's text here labels its point of the first series
};

/// One report block: a query whose result becomes a table on a sheet. The
/// layout is written in the SQL file's comments, one directive a line:
///   -- @sheet NAME                    the sheet (blocks of one sheet are stacked)
///   -- @title TEXT                    the block's title
///   -- @column HEADER: FORMAT [WIDTH] [names KIND]
///                                     FORMAT: auto text wrap date month integer decimal percent;
///                                     names KIND: the cell's codes of that kind shown by their names
///   -- @highlight HEADER: red|amber [= TEXT]
///                                     fill HEADER cells that are not empty nor 0 (or equal TEXT)
///   -- @chart bar|column|line: CATEGORY -> SERIES [+ SERIES]...
///                                     SERIES: [top N of] FIRST [.. LAST]
///   -- @chart-title TEXT              the chart's title (default: the block's)
///   -- @chart-label HEADER            a row's text in HEADER labels its point (e.g. a partial month)
///   -- @filter                        header frozen, autofilter, header on every printed page
///   -- @no-header                     rows only, no header row (a footer line)
///   -- @empty TEXT                    shown instead of the table when there are no rows
/// The SQL uses the named parameters :clinic, :from, :to (YYYY-MM-DD, the
/// period), :through (the date the data runs through) and :today (the date
/// the workbook is written); reports/README.md describes them.
struct ReportBlock {
  std::string file;   // e.g. "complaints.sql", for messages
  std::string sql;    // the whole file, comments included
  std::string sheet;
  std::string title;
  std::vector<ColumnLayout> columns;
  std::vector<HighlightLayout> highlights;
  std::optional<ChartLayout> chart;
  bool filter = false;
  bool header = true;
  std::string empty_text;

  /// The layout of the column named `name`, or nullptr (auto format).
  const ColumnLayout* Column(std::string_view name) const;
};

/// Reads the layout directives of `sql`. Throws Error(kUsage) naming
/// "file:line" for an unknown directive or a malformed one, and for a file
/// without @sheet.
ReportBlock ParseReportBlock(std::string_view file, std::string_view sql);

/// The blocks of a clinic's workbook, in order (reports/*.sql, embedded).
const std::vector<ReportBlock>& ClinicReportBlocks();

/// The blocks of overview.xlsx.
const std::vector<ReportBlock>& OverviewReportBlocks();

}  // namespace crampwatch::report
