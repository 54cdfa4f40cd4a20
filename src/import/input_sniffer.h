// InputSniffer: decides from a file's first bytes whether it can be an intake export.
#pragma once

#include <string>
#include <string_view>

#include "import/encoding.h"

namespace crampwatch::importer {

/// What the first bytes of a file say about it.
enum class InputKind {
  kText,       // plausible text in the expected encoding
  kEmpty,      // no bytes, or only a byte order mark and white space
  kBinary,     // an image, archive, compressed or other non-text file
  kUtf16,      // UTF-16 (BOM or NUL-byte pattern) while another encoding was expected
};

struct SniffResult {
  InputKind kind = InputKind::kText;
  std::string detail;  // for kBinary: what it looks like ("a ZIP archive", "a PNG image", ...)
};

/// Classifies a file from its first bytes (`head`: up to the first 64 KiB;
/// `complete` tells whether `head` is the whole file). `expected` is the
/// encoding the user asked for: UTF-16 text is only kText when kUtf16 was asked.
/// A lone NUL byte does not make a file binary (that row is rejected later);
/// known magic numbers and a high share of NUL or control bytes do.
SniffResult SniffInput(std::string_view head, bool complete, Encoding expected);

}  // namespace crampwatch::importer
