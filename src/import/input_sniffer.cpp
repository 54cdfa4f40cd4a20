#include "import/input_sniffer.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>

namespace crampwatch::importer {

namespace {

/// A file signature that rules out an intake export.
struct Magic {
  std::string_view bytes;
  std::string_view detail;
};

// The explicit lengths keep the NUL bytes that end two of the signatures.
constexpr std::array<Magic, 15> kMagics = {{
    {"PK\x03\x04", "a ZIP archive (an .xlsx workbook is one)"},
    {"PK\x05\x06", "a ZIP archive (an .xlsx workbook is one)"},
    {"\x1F\x8B", "gzip-compressed data"},
    {"\x89PNG\r\n\x1A\n", "a PNG image"},
    {"\xFF\xD8\xFF", "a JPEG image"},
    {"GIF87a", "a GIF image"},
    {"GIF89a", "a GIF image"},
    {"%PDF", "a PDF document"},
    {std::string_view("SQLite format 3\0", 16), "an SQLite database"},
    {"\x7F" "ELF", "an ELF executable"},
    {std::string_view("\xFD" "7zXZ\0", 6), "xz-compressed data"},
    {"7z\xBC\xAF\x27\x1C", "a 7-Zip archive"},
    {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "an old Microsoft Office file (.xls, .doc)"},
    {"\x28\xB5\x2F\xFD", "zstd-compressed data"},
    {"Rar!\x1A\x07", "a RAR archive"},
}};

// Enough pairs to see the NUL pattern of UTF-16 text; more adds nothing.
constexpr std::size_t kPatternBytes = 1024;

bool IsSpace(unsigned unit) {
  return unit == ' ' || unit == '\t' || unit == '\n' || unit == '\r' || unit == '\f' ||
         unit == '\v';
}

// Control characters that do not occur in CSV text; TAB, CR, LF and FF do.
bool IsStrayControl(unsigned unit) {
  return (unit < 0x20 && unit != '\t' && unit != '\n' && unit != '\r' && unit != '\f') ||
         unit == 0x7F;
}

unsigned Byte(std::string_view data, std::size_t i) {
  return static_cast<unsigned char>(data[i]);
}

/// A view of the head as code units: bytes, or 16-bit UTF-16 units.
struct Units {
  std::string_view data;
  std::size_t width = 1;  // 1 or 2
  bool little_endian = true;

  std::size_t size() const { return data.size() / width; }
  unsigned operator[](std::size_t i) const {
    if (width == 1) return Byte(data, i);
    const unsigned a = Byte(data, 2 * i);
    const unsigned b = Byte(data, 2 * i + 1);
    return little_endian ? a | (b << 8) : (a << 8) | b;
  }
};

bool StartsWith(std::string_view data, std::string_view prefix) {
  return data.substr(0, prefix.size()) == prefix;
}

// How UTF-16 shows itself: a byte order mark, or (ASCII text, mostly) a NUL
// in nearly every high byte while the low bytes are not NUL. Returns the
// byte order, or nothing when the head does not look like UTF-16.
std::optional<bool> Utf16LittleEndian(std::string_view head) {
  if (StartsWith(head, "\xFF\xFE")) return true;
  if (StartsWith(head, "\xFE\xFF")) return false;
  const std::size_t pairs = std::min(head.size(), kPatternBytes) / 2;
  if (pairs < 2) return std::nullopt;
  std::size_t even_nuls = 0;
  std::size_t odd_nuls = 0;
  for (std::size_t i = 0; i < pairs; ++i) {
    even_nuls += head[2 * i] == '\0';
    odd_nuls += head[2 * i + 1] == '\0';
  }
  // "Most" is over half of one position and at most a tenth of the other;
  // all-NUL data is binary, not UTF-16.
  if (odd_nuls * 2 > pairs && even_nuls * 10 <= pairs) return true;
  if (even_nuls * 2 > pairs && odd_nuls * 10 <= pairs) return false;
  return std::nullopt;
}

bool AllSpace(const Units& units) {
  for (std::size_t i = 0; i < units.size(); ++i) {
    if (!IsSpace(units[i])) return false;
  }
  return units.data.size() % units.width == 0;
}

// A file holding nothing but a byte order mark (UTF-8 or UTF-16) and white space.
bool LooksEmpty(std::string_view head, bool complete, std::optional<bool> utf16_little) {
  if (head.empty()) return true;
  if (!complete) return false;
  std::string_view bytes = head;
  if (StartsWith(bytes, "\xEF\xBB\xBF")) bytes.remove_prefix(3);
  if (AllSpace({bytes})) return true;
  if (!utf16_little) return false;
  std::string_view text = head;
  if (StartsWith(text, "\xFF\xFE") || StartsWith(text, "\xFE\xFF")) text.remove_prefix(2);
  return AllSpace({text, 2, *utf16_little});
}

}  // namespace

SniffResult SniffInput(std::string_view head, bool complete, Encoding expected) {
  std::optional<bool> utf16_little = Utf16LittleEndian(head);
  // Without a BOM or a NUL pattern, UTF-16 was asked for, and
  // TranscodingSource will read the data as little-endian.
  if (expected == Encoding::kUtf16 && !utf16_little) utf16_little = true;

  if (LooksEmpty(head, complete, utf16_little)) return {InputKind::kEmpty, ""};
  for (const Magic& magic : kMagics) {
    if (StartsWith(head, magic.bytes)) return {InputKind::kBinary, std::string(magic.detail)};
  }
  // bzip2: "BZh", the block size, then the magic of a first block or of the
  // end of the stream; the three letters alone could start a CSV header.
  if (head.size() >= 10 && StartsWith(head, "BZh") && head[3] >= '1' && head[3] <= '9' &&
      (head.substr(4, 6) == "1AY&SY" || head.substr(4, 6) == "\x17\x72\x45\x38\x50\x90")) {
    return {InputKind::kBinary, "bzip2-compressed data"};
  }

  Units units{head};
  if (utf16_little) {
    if (expected != Encoding::kUtf16) {
      return {InputKind::kUtf16, *utf16_little ? "UTF-16 little-endian" : "UTF-16 big-endian"};
    }
    // Judge UTF-16 by its characters: in bytes, half of its ASCII is NUL.
    units = {head, 2, *utf16_little};
  }

  std::size_t nuls = 0;
  std::size_t controls = 0;
  for (std::size_t i = 0; i < units.size(); ++i) {
    const unsigned unit = units[i];
    nuls += unit == 0;
    controls += IsStrayControl(unit);
  }
  // Thresholds are shares of the head; at least two hits are needed so that
  // the single NUL of a tiny file is left for the row check.
  const std::size_t n = units.size();
  if ((nuls >= 2 && nuls * 10 > n) || (controls >= 2 && controls * 10 > n * 3)) {
    return {InputKind::kBinary, "binary data"};
  }
  return {InputKind::kText, ""};
}

}  // namespace crampwatch::importer
