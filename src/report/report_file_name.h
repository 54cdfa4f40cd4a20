// Workbook file names: clinic ids turned into names safe on every file system.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace crampwatch::report {

/// Maps each distinct clinic id to the name of its workbook, "<stem>.xlsx",
/// a name that can be created on Linux, macOS and Windows and stays in the
/// output folder. An ordinary id is its own stem ("CLN-014" -> "CLN-014.xlsx").
///
/// Rules of the stem, applied to the id's bytes:
/// - each of / \ : * ? " < > |, each control character (below 0x20, 0x7F,
///   U+0080..U+009F), each character that reorders displayed text (U+200E,
///   U+200F, U+202A..U+202E, U+2066..U+2069) and each byte that is not part of
///   valid UTF-8 becomes '_'; other non-ASCII characters are kept;
/// - a leading '.' (hidden) or '-' (read as an option) becomes '_', and so do
///   trailing dots and spaces, which Windows drops;
/// - a reserved Windows device name (CON, PRN, AUX, NUL, CONIN$, CONOUT$,
///   COM0-9, LPT0-9, COM/LPT with a superscript 1-3) before the first '.', in
///   any case, gets a leading '_': Windows reserves "CON.xlsx" and "con.x.xlsx" too;
/// - an empty id becomes "clinic".
///
/// The stem gets the suffix "-" + the first 8 hex digits of the FNV-1a 64 hash
/// of the raw id when any rule above changed it, when it is longer than 250
/// bytes, when it has non-ASCII characters, or when it equals "overview" or
/// another id's stem ignoring ASCII case. Non-ASCII names always get it because
/// macOS and Windows also ignore non-ASCII case and macOS ignores composed vs
/// decomposed accents, which cannot be told apart without Unicode tables; the
/// hash makes such names differ in their ASCII tail instead. A long stem is cut
/// on a UTF-8 character boundary so the whole name is at most 255 bytes.
///
/// Guarantees: distinct ids get names that differ ignoring case, and none is
/// "overview.xlsx" in any case. Should two suffixed names still clash (equal
/// hash prefixes, or an id that spells another id's suffixed name), the later
/// id in byte order gets all 16 hex digits, then also "-2", "-3"... The result
/// depends only on the set of ids, not on their order or repetition.
std::map<std::string, std::string> WorkbookFileNames(const std::vector<std::string>& clinic_ids);

}  // namespace crampwatch::report
