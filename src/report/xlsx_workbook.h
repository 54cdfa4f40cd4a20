// XlsxWorkbook: the one wrapper of libxlsxwriter; writes a private workbook atomically.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "util/file_digest.h"
#include "util/folder.h"
#include "util/private_folder.h"

// libxlsxwriter's handles, declared here so that its headers stay in the .cpp.
struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;
struct lxw_chart;

namespace crampwatch::report {

/// A cell format, created once per workbook. Data formats align text to the
/// top of the cell, so that a row made tall by a wrapped cell reads across
/// from its first line.
enum class CellFormat {
  kText,      // text and numbers shown as they are (General)
  kBold,      // a stacked table's title
  kHeader,    // a table's header cells: grey, ruled below, wrapped in their column
  kTitle,     // a sheet's title: bold, larger
  kNote,      // a sheet's period line and footers: italic, grey
  kWrap,      // text wrapped in its column
  kDate,      // yyyy-mm-dd, for WriteDate
  kMonth,     // mmm yyyy, for WriteDate of a month's first day
  kPercent,   // 0.0%, for a share written as a fraction (0.25 shows 25.0%)
  kInteger,   // 0, no decimals
  kDecimal,   // 0.0
};

/// Fills that Highlight gives to cells (Excel's light red and yellow styles).
enum class CellFill { kRed, kAmber };

enum class ChartType { kBar, kColumn, kLine };

/// A chart of a table on the same sheet: categories from one column, a
/// series per value column, each named by its header cell.
struct ChartSpec {
  ChartType type = ChartType::kBar;
  std::string title;
  std::uint32_t header_row = 0;  // the table's header row; data follows it
  std::uint32_t last_row = 0;    // the table's last data row
  std::uint16_t category_col = 0;
  std::vector<std::uint16_t> value_cols;
  std::uint32_t anchor_row = 0;  // where the chart's top left corner goes
  std::uint16_t anchor_col = 0;
  /// The category axis's number format (e.g. "mmm yyyy" for months); empty:
  /// as the cells. Set explicitly, as LibreOffice shows date categories as
  /// serial numbers unless the axis says otherwise.
  std::string category_number_format;
  /// Labels on points of the first series (0 = the first data row), e.g. a
  /// month the data covers only in part; other points have none.
  std::vector<std::pair<std::uint32_t, std::string>> point_labels;
};

/// A condition for Highlight: cells that are neither empty nor 0, or, when
/// `equals` is set, cells whose text equals it.
struct HighlightCondition {
  CellFill fill = CellFill::kRed;
  std::optional<std::string> equals;
};

/// What every printed page of a sheet carries: three parts of a header and
/// three of a footer (left, centre, right), in Excel's header codes: "&&" is
/// a literal '&', "&P" the page number, "&N" the page count, "&D" the date
/// printed, "&A" the sheet's name. MakePageMarks (report/page_marks.h) writes them.
struct PageMarks {
  std::string header;  // e.g. "&LCLN-014&C&A&RContains patient data"
  std::string footer;
};

/// Whether WriteDate can write the date: a real calendar date in 1900..9999.
bool IsExcelDate(int year, int month, int day);

/// Document properties shown by File > Info.
struct WorkbookProperties {
  std::string title;
  std::string subject;
  std::string comments;
  std::string keywords;
};

/// An .xlsx file written by libxlsxwriter 1.1.4 in constant memory mode
/// (STYLE.md section 4), private (0600 whatever the umask) and atomic: it is
/// built in a PrivateFolder (util/private_folder.h) made in the final file's
/// folder, `.crampwatch-<pid>-XXXXXX/<name>`, which Commit() renames onto the
/// final path. Until then a file already at the final path stays as it was;
/// an object destroyed without Commit() removes its folder and leaves no trace.
///
/// Another user who can write the final file's folder cannot redirect the
/// workbook: the private folder is 0700, libxlsxwriter reaches it (its file
/// and its own temporary files) through the folder's descriptor, never by
/// its name in the shared folder, and the rename is made by descriptors.
///
/// Every failure throws Error(kCannotCreate, "<final path>: ..."), explained
/// with lxw_strerror for libxlsxwriter's errors. Not thread-safe.
class XlsxWorkbook {
 public:
  /// Excel's limits: a sheet has at most kMaxRows rows and kMaxColumns
  /// columns, so a longer table must continue on another sheet.
  static constexpr std::uint32_t kMaxRows = 1048576;
  static constexpr std::uint16_t kMaxColumns = 16384;
  /// The longest sheet name Excel accepts, in UTF-16 code units.
  static constexpr std::size_t kMaxSheetNameLength = 31;

  /// A worksheet of the workbook; AddSheet hands out references that stay
  /// valid until the workbook is committed or destroyed.
  ///
  /// REQUIRES: cells are written row by row: a write to a row before the last
  /// row written throws, as constant memory mode has already flushed it to
  /// disk. Cells of one row may be written in any column order.
  /// Rows and columns count from 0.
  class Sheet {
   public:
    Sheet(const Sheet&) = delete;
    Sheet& operator=(const Sheet&) = delete;

    /// The (sanitised) name the sheet got.
    const std::string& name() const { return name_; }

    /// Writes `text` as a string cell, made safe by SafeCellText first; it is
    /// never a formula, even when it starts with '='. Returns true when the
    /// text was cut to fit Excel's cell limit (it then ends with " [truncated]").
    bool WriteString(std::uint32_t row, std::uint16_t col, std::string_view text,
                     CellFormat format = CellFormat::kText);
    /// Writes a number cell.
    void WriteNumber(std::uint32_t row, std::uint16_t col, double value,
                     CellFormat format = CellFormat::kText);
    /// Writes a real Excel date (a serial number shown by a date format).
    /// REQUIRES: a valid calendar date in years 1900..9999; else throws Error.
    void WriteDate(std::uint32_t row, std::uint16_t col, int year, int month, int day,
                   CellFormat format = CellFormat::kDate);
    /// Sets the height of `row` in points (Excel's default row is 15; at
    /// most 409). libxlsxwriter does not size rows to wrapped text: the caller
    /// estimates. REQUIRES: `row` is not before the last row written.
    void SetRowHeight(std::uint32_t row, double points);
    /// Sets the width of column `col`, in characters of the default font.
    /// libxlsxwriter has no autofit: the caller tracks widths.
    void SetColumnWidth(std::uint16_t col, double width);
    /// Keeps rows [0, rows) visible when scrolling.
    void FreezeRows(std::uint32_t rows);
    /// Prints landscape, one page wide and as many long as needed, with
    /// narrow side margins and `marks` on every page. Throws Error when a
    /// header or footer is longer than Excel's 255 characters.
    void SetPageSetup(const PageMarks& marks);
    /// Repeats `row` (a table's header) at the top of every printed page.
    void RepeatRowOnEveryPage(std::uint32_t row);
    /// Fills the cells of column `col` in [first_row, last_row] that meet
    /// `condition`, by conditional formatting (it follows edits and sorting).
    void Highlight(std::uint32_t first_row, std::uint32_t last_row, std::uint16_t col,
                   const HighlightCondition& condition);
    /// Inserts a chart of cells of this sheet.
    void AddChart(const ChartSpec& spec);
    /// Puts an autofilter on the range; the first row is its header.
    void AutoFilter(std::uint32_t first_row, std::uint16_t first_col, std::uint32_t last_row,
                    std::uint16_t last_col);

   private:
    friend class XlsxWorkbook;
    Sheet(XlsxWorkbook& workbook, lxw_worksheet* worksheet, std::string name)
        : workbook_(workbook), worksheet_(worksheet), name_(std::move(name)) {}

    // Throws unless the workbook is still open (not committed).
    void CheckOpen() const;
    // Checks that the workbook is still open and that `row` is not before the
    // last row written, then records it.
    void BeginWrite(std::uint32_t row);
    [[noreturn]] void Fail(std::uint32_t row, std::uint16_t col, const std::string& cause) const;

    XlsxWorkbook& workbook_;
    lxw_worksheet* worksheet_;
    std::string name_;
    std::int64_t last_row_ = -1;
    std::string cell_text_;  // a cell's safe text; one buffer for all, so no allocation per cell
  };

  /// Starts a workbook that Commit() will put at `file_name` in `folder`;
  /// creates its private folder and temporary file (0600) right away, so that
  /// a folder that cannot be written fails here. libxlsxwriter's own
  /// temporary files go to the private folder too (0600, unlinked at once).
  XlsxWorkbook(const Folder& folder, const std::string& file_name);
  /// The same for the file at `final_path`, whose folder must exist.
  explicit XlsxWorkbook(const std::string& final_path);
  /// Without Commit(): closes the workbook and removes the temporary file.
  /// Never throws.
  ~XlsxWorkbook();
  XlsxWorkbook(const XlsxWorkbook&) = delete;
  XlsxWorkbook& operator=(const XlsxWorkbook&) = delete;

  /// Adds a sheet named `name` made legal: invalid UTF-8 and control
  /// characters become U+FFFD and '_', each of []:*?/\ becomes '_', a leading
  /// or trailing apostrophe becomes '_', an empty name becomes "Sheet", a name
  /// longer than 31 UTF-16 units is cut on a character boundary, and a name
  /// already used (ignoring ASCII case; "History" is reserved by Excel) gets
  /// " (2)", " (3)"... within the 31 units. Sheets appear in the order added.
  Sheet& AddSheet(std::string_view name);

  /// Sets the document properties; text is made safe like cell text.
  void SetProperties(const WorkbookProperties& properties);

  /// Writes the file (workbook_close), syncs it to disk, makes it 0600 and
  /// renames it onto the final path. With `digest`, returns the size and
  /// SHA-256 of the bytes renamed into place (read back just before: `run`
  /// records them), else nullopt. On failure the temporary file is removed
  /// and the final path is untouched. Call at most once; no sheet can be
  /// used afterwards. A workbook with no sheet gets an empty "Sheet1".
  std::optional<FileDigest> Commit(bool digest = false);

  /// The temporary file the workbook is built in (for tests and messages).
  const std::string& temporary_path() const { return temporary_path_; }

 private:
  [[noreturn]] void Fail(const std::string& cause) const;
  void Start();
  void AddFormats();
  lxw_format* Format(CellFormat format) const;
  // Closes the libxlsxwriter workbook (writing the temporary file) and
  // returns its lxw_error; the handle is freed whatever the outcome.
  int Close();
  // Syncs the written temporary file, makes it 0600, digests it when asked
  // and renames it into place; returns why not, or "" on success.
  std::string PutInPlace(bool digest, std::optional<FileDigest>& file);

  Folder folder_;  // the final file's
  std::string file_name_;
  std::string final_path_;
  std::unique_ptr<PrivateFolder> private_folder_;  // null once committed
  std::string temporary_path_;
  // libxlsxwriter's names of the temporary file and of its tmpdir: through the
  // private folder's descriptor (Folder::DescriptorPath).
  std::string lxw_file_;
  std::string lxw_tmpdir_;
  lxw_workbook* workbook_ = nullptr;
  // Indexed by CellFormat.
  std::vector<lxw_format*> formats_;
  lxw_format* red_fill_ = nullptr;
  lxw_format* amber_fill_ = nullptr;
  // workbook_set_properties keeps pointers until the workbook is closed.
  std::vector<std::string> property_texts_;
  std::vector<std::unique_ptr<Sheet>> sheets_;
  std::vector<std::string> folded_names_;  // sheet names in ASCII lower case
  bool committed_ = false;
};

}  // namespace crampwatch::report
