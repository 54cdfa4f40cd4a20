// SheetWriter: turns report queries' results into the tables of a workbook's sheets.
#pragma once

#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <string>
#include <vector>

#include "report/chart_plan.h"
#include "report/code_names.h"
#include "report/report_definition.h"
#include "report/xlsx_workbook.h"

namespace crampwatch::report {

/// What every sheet says under its title and on every printed page: whose
/// data and which period.
struct SheetHeading {
  std::string subject;      // e.g. "CLN-014 Riverside" or "All clinics"
  std::string period_line;  // the sheet's second row (PeriodLine in report_period.h)
  PageMarks page_marks;     // header and footer of every printed page
};

/// What writing the blocks did.
struct SheetWriterCounts {
  std::int64_t rows = 0;             // table rows written, all blocks
  std::int64_t truncated_cells = 0;  // text cut at Excel's cell limit
};

/// Writes report blocks one after another into a workbook. A block starts a
/// new sheet (title, heading, a blank row, then its table) unless it names
/// the sheet of the block before it: then it is stacked below, after a blank
/// row and its own title. Cells follow the block's column layout, or their
/// SQL type (integers and reals are numbers, text is always a string, never a
/// formula); NULL is an empty cell. A row with wrapped text is made tall
/// enough for it (WrappedLines), and so is a header row whose names wrap in
/// fixed-width columns. A table longer than a sheet continues on
/// "<sheet> (2)", ... with the title and header repeated. Every sheet prints
/// landscape, one page wide, with the heading's page marks. Columns are
/// sized to their content (capped) when Finish() is called.
///
/// REQUIRES: the workbook outlives the writer, and nothing else writes to it
/// meanwhile.
class SheetWriter {
 public:
  /// Rows of a sheet before a table continues on the next one; less than
  /// Excel's limit only in tests. `names` (may be null: codes then stay as
  /// they are) names the codes of `names KIND` columns, and must outlive the
  /// writer.
  SheetWriter(XlsxWorkbook& workbook, SheetHeading heading,
              std::uint32_t max_rows = XlsxWorkbook::kMaxRows, const CodeNames* names = nullptr);

  /// Writes the rows of `rows` (prepared from block.sql, parameters bound,
  /// not yet stepped) as `block` describes. Throws Error(kUsage) when the
  /// layout names a column the query does not return.
  void WriteBlock(const ReportBlock& block, SQLite::Statement& rows);

  /// Sizes the columns of every sheet written. Call once, after the last block.
  void Finish();

  const SheetWriterCounts& counts() const { return counts_; }

 private:
  // A sheet being written, and the widths its columns need.
  struct SheetState {
    XlsxWorkbook::Sheet* sheet = nullptr;
    std::string block_sheet;         // the @sheet name it was opened for
    std::uint32_t next_row = 0;
    std::vector<double> content_widths;  // widest cell per column, in characters
    std::vector<double> fixed_widths;    // 0 where the layout gives none
  };
  struct ResolvedColumn;

  SheetState& OpenSheet(const ReportBlock& block, bool continuation);
  std::uint32_t WriteHeader(SheetState& state, const std::vector<ResolvedColumn>& columns);
  // The text of the current row's cells whose codes are shown by name, in
  // named_ (empty for the other columns).
  void NameCodes(const std::vector<ResolvedColumn>& columns, SQLite::Statement& rows);
  // Makes `row` tall enough for its wrapped cells.
  void FitRowHeight(SheetState& state, std::uint32_t row, const std::vector<ResolvedColumn>& columns,
                    SQLite::Statement& rows);
  void WriteCell(SheetState& state, std::uint32_t row, std::uint16_t col,
                 const ResolvedColumn& column, const SQLite::Column& value);
  void FinishTable(SheetState& state, const ReportBlock& block,
                   const std::vector<ResolvedColumn>& columns, std::uint32_t header_row,
                   std::uint32_t last_row, ChartPlan* chart);
  void NoteWidth(SheetState& state, std::uint16_t col, double width);

  XlsxWorkbook& workbook_;
  SheetHeading heading_;
  std::uint32_t max_rows_;
  const CodeNames* names_;
  std::vector<std::string> named_;  // by column, for the row being written
  std::vector<SheetState> sheets_;
  SheetWriterCounts counts_;
};

}  // namespace crampwatch::report
