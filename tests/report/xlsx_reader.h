// Reading .xlsx files back in tests: unzip a part, list sheets, parse cells.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace crampwatch::testing {

/// One part of the .xlsx (a zip file), as text; fails the test if missing.
std::string Unzip(const std::string& file, const std::string& member);

/// The number format code of the cell style with index `style` in styles.xml.
std::string FormatCodeOfStyle(const std::string& styles, int style);

/// A cell of a sheet's XML, as libxlsxwriter writes it.
struct XlsxCell {
  std::string ref;     // e.g. "B5"
  std::string type;    // the t attribute: "inlineStr", "s", "str", or "" for a number
  int style = 0;       // the s attribute
  std::string text;    // inline string text (XML entities decoded) or the <v> value
  bool formula = false;
};

/// A sheet of a workbook, read back.
struct XlsxSheet {
  std::string name;
  std::string xml;
  std::map<std::string, XlsxCell> cells;  // by ref

  /// The cell at `ref`; fails the test when there is none.
  const XlsxCell& At(const std::string& ref) const;
  /// Whether `ref` has a cell.
  bool Has(const std::string& ref) const { return cells.count(ref) > 0; }
  /// The number of the last row with a cell (1-based), 0 when empty.
  int LastRow() const;
};

/// Every sheet of `file`, in workbook order.
std::vector<XlsxSheet> ReadSheets(const std::string& file);

/// Every cell of every sheet of `file` as one text, for comparing two
/// workbooks by what they show rather than by their bytes.
std::string AllCells(const std::string& file);

/// Excel's name of a cell: CellRef(0, 0) is "A1".
std::string CellRef(int row, int col);

}  // namespace crampwatch::testing
