// Cell text: makes any byte string safe to write as a worksheet cell's text.
#pragma once

#include <string>
#include <string_view>

namespace crampwatch::report {

/// Makes text safe for a worksheet cell, as libxlsxwriter 1.1.4 writes the
/// bytes it is given unchecked:
/// - the result is valid UTF-8: each byte that is not part of a well-formed
///   sequence becomes U+FFFD;
/// - characters XML 1.0 forbids are removed, not escaped: C0 controls other
///   than TAB, LF and CR, and U+FFFE, U+FFFF (DEL and C1 controls are allowed
///   and kept);
/// - a literal `_xHHHH_` (lower-case x, four hex digits of either case) gets
///   its leading underscore written as `_x005F_`, Excel's own escape, so Excel
///   shows the text as typed instead of decoding it;
/// - text over Excel's 32,767-character cell limit is cut on a character
///   boundary so that the result, " [truncated]" included, fits the limit;
///   `*truncated` (when given) tells whether that happened.
/// Formula-like text ("=SUM(A1)", "+1", "@x") is returned as is: the caller
/// writes it as a string, never as a formula, so it is never evaluated.
/// Plain printable ASCII without '_' that fits the limit comes back unchanged
/// without further work.
std::string SafeCellText(std::string_view text, bool* truncated = nullptr);

/// SafeCellText(text) into `out`, replacing its content; returns whether the
/// text was cut. A writer of millions of cells reuses one buffer this way
/// instead of allocating a string per cell.
bool AssignSafeCellText(std::string_view text, std::string& out);

}  // namespace crampwatch::report
