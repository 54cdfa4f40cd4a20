// Encoding: the text encodings an intake export may come in.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace crampwatch::importer {

enum class Encoding {
  kUtf8,
  kWindows1252,
  kLatin1,
  kUtf16,  // with a byte order mark; little-endian when there is none
};

/// One row of the encoding table: the value, the name given on the command
/// line (`--encoding`), the name iconv knows it by, and a description.
struct EncodingInfo {
  Encoding encoding;
  std::string_view name;
  std::string_view iconv_name;
  std::string_view description;
};

/// Every supported encoding, in the order `--help` lists them.
std::span<const EncodingInfo> AllEncodings();

/// Looks an encoding up by name, case-insensitively, ignoring `-` and `_`
/// ("UTF-8", "cp1252", "latin1", "iso-8859-1", "utf16" all work).
std::optional<Encoding> ParseEncoding(std::string_view name);

const EncodingInfo& DescribeEncoding(Encoding encoding);

}  // namespace crampwatch::importer
