// XlsxWorkbook: the one wrapper of libxlsxwriter; writes a private workbook atomically.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// libxlsxwriter's handles, declared here so that its headers stay in the .cpp.
struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace crampwatch::report {

/// A cell format, created once per workbook.
enum class CellFormat {
  kText,     // the default format (General)
  kBold,     // header cells
  kDate,     // yyyy-mm-dd, for WriteDate
  kPercent,  // 0.0%, for a share written as a fraction (0.25 shows 25.0%)
  kInteger,  // 0, no decimals
};

/// An .xlsx file written by libxlsxwriter 1.1.4 in constant memory mode
/// (STYLE.md section 4), private (0600 whatever the umask) and atomic: it is
/// built in a hidden temporary file in the final file's folder,
/// `.<name>.tmp-<pid>-<n>`, which Commit() renames onto the final path. Until
/// then a file already at the final path stays as it was; an object destroyed
/// without Commit() removes its temporary file and leaves no trace.
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
    /// Sets the width of column `col`, in characters of the default font.
    /// libxlsxwriter has no autofit: the caller tracks widths.
    void SetColumnWidth(std::uint16_t col, double width);
    /// Keeps row 0 (the header) visible when scrolling.
    void FreezeTopRow();
    /// Puts an autofilter on the range; the first row is its header.
    void AutoFilter(std::uint32_t first_row, std::uint16_t first_col, std::uint32_t last_row,
                    std::uint16_t last_col);

   private:
    friend class XlsxWorkbook;
    Sheet(XlsxWorkbook& workbook, lxw_worksheet* worksheet, std::string name)
        : workbook_(workbook), worksheet_(worksheet), name_(std::move(name)) {}

    // Checks that the workbook is still open and that `row` is not before the
    // last row written, then records it.
    void BeginWrite(std::uint32_t row);
    [[noreturn]] void Fail(std::uint32_t row, std::uint16_t col, const std::string& cause) const;

    XlsxWorkbook& workbook_;
    lxw_worksheet* worksheet_;
    std::string name_;
    std::int64_t last_row_ = -1;
  };

  /// Starts a workbook that Commit() will put at `final_path`; creates its
  /// temporary file (0600) right away, so that a folder that cannot be
  /// written fails here. libxlsxwriter's own temporary files go to the same
  /// folder, created private and unlinked at once.
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

  /// Writes the file (workbook_close), syncs it to disk, makes it 0600 and
  /// renames it onto the final path. On failure the temporary file is removed
  /// and the final path is untouched. Call at most once; no sheet can be
  /// used afterwards. A workbook with no sheet gets an empty "Sheet1".
  void Commit();

  /// The temporary file the workbook is built in (for tests and messages).
  const std::string& temporary_path() const { return temporary_path_; }

 private:
  [[noreturn]] void Fail(const std::string& cause) const;
  lxw_format* Format(CellFormat format) const;
  // Closes the libxlsxwriter workbook (writing the temporary file) and
  // returns its lxw_error; the handle is freed whatever the outcome.
  int Close();

  std::string final_path_;
  std::string folder_;  // the final file's folder, also libxlsxwriter's tmpdir
  std::string temporary_path_;
  bool temporary_exists_ = false;
  lxw_workbook* workbook_ = nullptr;
  lxw_format* bold_ = nullptr;
  lxw_format* date_ = nullptr;
  lxw_format* percent_ = nullptr;
  lxw_format* integer_ = nullptr;
  std::vector<std::unique_ptr<Sheet>> sheets_;
  std::vector<std::string> folded_names_;  // sheet names in ASCII lower case
  bool committed_ = false;
};

}  // namespace crampwatch::report
