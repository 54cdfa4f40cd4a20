// Terminal text: text from outside (exports, file names, the database) made safe to show on a terminal.
#pragma once

#include <string>
#include <string_view>

namespace crampwatch {

/// Whether a line break in the text stays one. Log lines escape it, so that
/// a value can never start a line that looks like crampwatch's own; an error
/// message that shows a SQL line under it keeps its own breaks.
enum class LineBreaks { kEscape, kKeep };

/// `text` with everything a terminal would act on rather than show replaced
/// by a visible escape: C0 controls and DEL as `\x1b`, C1 controls and the
/// bidirectional marks, embeddings, overrides and isolates (which reorder
/// what follows them on screen) as `\u202e`, and bytes that are not UTF-8
/// (a lone 0x9b is a C1 escape to some terminals) as `\xff`. Everything
/// else, backslashes included, is kept as it is: this is for reading, not a
/// reversible encoding. For every human-facing output; CSV and JSON keep
/// values exact instead.
std::string TerminalSafe(std::string_view text, LineBreaks line_breaks = LineBreaks::kEscape);

}  // namespace crampwatch
