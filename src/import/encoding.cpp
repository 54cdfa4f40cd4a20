#include "import/encoding.h"
#include "util/text.h"

#include <array>
#include <cstddef>
#include <stdexcept>
#include <string>

namespace crampwatch::importer {

namespace {

// Indexed by the enum's value: kEncodingsMatchEnum below checks the order.
constexpr std::array<EncodingInfo, 4> kEncodings = {{
    {Encoding::kUtf8, "utf-8", "UTF-8",
     "UTF-8, the default (a leading byte order mark is allowed)"},
    {Encoding::kWindows1252, "windows-1252", "WINDOWS-1252",
     "Windows-1252 (cp1252), Western European text from Windows and Excel"},
    {Encoding::kLatin1, "latin-1", "ISO-8859-1", "ISO-8859-1 (Latin-1)"},
    {Encoding::kUtf16, "utf-16", "UTF-16",
     "UTF-16 (\"Unicode text\" from Excel); little-endian unless a byte order mark says otherwise"},
}};

constexpr bool EncodingsMatchEnum() {
  for (std::size_t i = 0; i < kEncodings.size(); ++i) {
    if (static_cast<std::size_t>(kEncodings[i].encoding) != i) return false;
  }
  return true;
}
static_assert(EncodingsMatchEnum(), "kEncodings must list the encodings in enum order");

// Names that are neither a table name nor an iconv name once normalised
// ("latin1" and "iso-8859-1" already match those).
struct EncodingAlias {
  std::string_view name;
  Encoding encoding;
};
constexpr std::array<EncodingAlias, 1> kAliases = {{
    {"cp1252", Encoding::kWindows1252},
}};

// Lower case without '-' and '_', so "UTF_8", "utf8" and "Utf-8" compare equal.
std::string Normalise(std::string_view name) {
  std::string result;
  result.reserve(name.size());
  for (char c : name) {
    if (c == '-' || c == '_') continue;
    result += AsciiLower(c);
  }
  return result;
}

}  // namespace

std::span<const EncodingInfo> AllEncodings() { return kEncodings; }

std::optional<Encoding> ParseEncoding(std::string_view name) {
  const std::string wanted = Normalise(name);
  if (wanted.empty()) return std::nullopt;
  for (const EncodingInfo& info : kEncodings) {
    if (wanted == Normalise(info.name) || wanted == Normalise(info.iconv_name)) {
      return info.encoding;
    }
  }
  for (const EncodingAlias& alias : kAliases) {
    if (wanted == alias.name) return alias.encoding;
  }
  return std::nullopt;
}

const EncodingInfo& DescribeEncoding(Encoding encoding) {
  const auto index = static_cast<std::size_t>(encoding);
  if (index >= kEncodings.size()) throw std::out_of_range("DescribeEncoding: not an Encoding");
  return kEncodings[index];
}

}  // namespace crampwatch::importer
