// WrappedLines: how many lines a text takes in a wrapped cell, for row heights.
#pragma once

#include <string_view>

namespace crampwatch::report {

/// Points per line of the default font (Calibri 11): Excel's default row height.
inline constexpr double kPointsPerLine = 15;

/// Characters of text per unit of column width (a unit is the default font's
/// digit). Measured on LibreOffice's rendering of the sample workbooks with
/// its fallback font, DejaVu Sans, which is wider than Calibri: Excel, and
/// LibreOffice with Calibri or Carlito, fit more, so rows err on the tall
/// side. A row a line too tall wastes a little paper; one a line too short
/// hides text.
inline constexpr double kTextCharactersPerUnit = 1.2;

/// The lines `text` (UTF-8) takes in a wrapped cell of a column `width`
/// units wide: broken at line breaks, and at spaces as Excel and LibreOffice
/// wrap, a word longer than a line split across lines. At least 1.
int WrappedLines(std::string_view text, double width,
                 double characters_per_unit = kTextCharactersPerUnit);

/// The width a column needs so that no word of `text` is split.
double WidestWordWidth(std::string_view text, double characters_per_unit = kTextCharactersPerUnit);

}  // namespace crampwatch::report
