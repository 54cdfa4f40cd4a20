#include "report/report_file_name.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <set>
#include <string_view>

#include "util/utf8.h"
#include "util/text.h"

namespace crampwatch::report {

namespace {

constexpr std::string_view kExtension = ".xlsx";
constexpr std::size_t kMaxNameBytes = 255;  // NAME_MAX on Linux, APFS and NTFS
constexpr std::size_t kMaxStemBytes = kMaxNameBytes - kExtension.size();
constexpr std::string_view kOverviewName = "overview.xlsx";
constexpr std::string_view kEmptyIdStem = "clinic";
constexpr std::size_t kShortHashDigits = 8;
constexpr std::size_t kLongHashDigits = 16;

// Lower case, compared after ASCII lowering the part before the first '.'.
// Windows opens the device, not a file, for each of these whatever the
// extension; the superscripts are "COM¹" etc. in UTF-8.
constexpr std::array<std::string_view, 32> kReservedNames = {
    "con",  "prn",  "aux",  "nul",  "conin$", "conout$",
    "com0", "com1", "com2", "com3", "com4",   "com5", "com6", "com7", "com8", "com9",
    "lpt0", "lpt1", "lpt2", "lpt3", "lpt4",   "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    "com\xC2\xB9", "com\xC2\xB2", "com\xC2\xB3",
    "lpt\xC2\xB9", "lpt\xC2\xB2", "lpt\xC2\xB3"};

std::uint64_t Fnv1a64(std::string_view bytes) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

// The first `digits` hex digits of the 16-digit lower-case spelling of `value`.
std::string HexPrefix(std::uint64_t value, std::size_t digits) {
  constexpr std::string_view kHexDigits = "0123456789abcdef";
  std::string hex(16, '0');
  for (std::size_t i = 16; i-- > 0; value >>= 4) hex[i] = kHexDigits[value & 0xF];
  return hex.substr(0, digits);
}


char32_t DecodeValid(std::string_view sequence) {
  const auto lead = static_cast<unsigned char>(sequence[0]);
  if (sequence.size() == 1) return lead;
  char32_t code_point = lead & (0x7F >> sequence.size());
  for (std::size_t i = 1; i < sequence.size(); ++i) {
    code_point = (code_point << 6) | (static_cast<unsigned char>(sequence[i]) & 0x3F);
  }
  return code_point;
}

bool IsUnsafe(char32_t c) {
  switch (c) {
    case '/': case '\\': case ':': case '*': case '?': case '"': case '<': case '>': case '|':
    case 0x7F:
    // Marks that reorder displayed text can make "x\u202Exslx.exe" look harmless.
    case 0x200E: case 0x200F: case 0x202A: case 0x202B: case 0x202C: case 0x202D: case 0x202E:
    case 0x2066: case 0x2067: case 0x2068: case 0x2069:
      return true;
    default:
      return c < 0x20 || (c >= 0x80 && c <= 0x9F);
  }
}

bool IsReservedWindowsName(std::string_view stem) {
  std::string_view base = stem.substr(0, stem.find('.'));
  // Windows drops trailing spaces, so "CON .x" is CON as well.
  while (!base.empty() && base.back() == ' ') base.remove_suffix(1);
  const std::string lower = AsciiLower(base);
  for (const std::string_view reserved : kReservedNames) {
    if (lower == reserved) return true;
  }
  return false;
}

struct Stem {
  std::string text;
  bool changed = false;    // some rule altered the id, so it needs the hash suffix
  bool non_ascii = false;
};

Stem MakeStem(std::string_view id) {
  Stem stem;
  if (id.empty()) {
    stem.text = kEmptyIdStem;
    stem.changed = true;
    return stem;
  }
  std::string_view rest = id;
  while (!rest.empty()) {
    const std::size_t valid = FindInvalidUtf8(rest).value_or(rest.size());
    for (std::size_t i = 0; i < valid;) {
      const std::size_t length = Utf8SequenceLength(static_cast<unsigned char>(rest[i]));
      const std::string_view sequence = rest.substr(i, length);
      if (IsUnsafe(DecodeValid(sequence))) {
        stem.text += '_';
        stem.changed = true;
      } else {
        stem.text += sequence;
        stem.non_ascii = stem.non_ascii || length > 1;
      }
      i += length;
    }
    rest.remove_prefix(valid);
    if (!rest.empty()) {  // one byte that is not valid UTF-8
      stem.text += '_';
      stem.changed = true;
      rest.remove_prefix(1);
    }
  }
  std::string& text = stem.text;
  if (text.front() == '.' || text.front() == '-') {
    text.front() = '_';
    stem.changed = true;
  }
  for (std::size_t i = text.size(); i-- > 0 && (text[i] == '.' || text[i] == ' ');) {
    text[i] = '_';
    stem.changed = true;
  }
  if (IsReservedWindowsName(text)) {
    text.insert(0, 1, '_');
    stem.changed = true;
  }
  if (text.size() > kMaxStemBytes) stem.changed = true;
  return stem;
}

// At most `max_bytes` of valid UTF-8 `text`, never half a character.
std::string_view CutUtf8(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  std::size_t end = max_bytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

// A key equal for any two names a case-insensitive file system may treat as
// one. ASCII letters are lowered, and the non-ASCII characters that fold or
// decompose to ASCII become that ASCII. Any other non-ASCII character may fold
// or (de)compose with its neighbours in ways only Unicode tables know, so the
// key drops everything up to it and keeps a marker: coarser than the file
// system, which at worst costs a longer suffix, never a clash.
std::string CollisionKey(std::string_view name) {
  std::string key;
  for (std::size_t i = 0; i < name.size();) {
    const std::size_t length = Utf8SequenceLength(static_cast<unsigned char>(name[i]));
    const char32_t c = DecodeValid(name.substr(i, length));
    i += length;
    switch (c) {
      case 0x0130: case 0x0131: key += 'i'; break;  // dotted capital I, dotless i
      case 0x017F: key += 's'; break;               // long s
      case 0x212A: key += 'k'; break;               // Kelvin sign
      case 0x037E: key += ';'; break;               // Greek question mark
      case 0x1FEF: key += '`'; break;               // Greek varia
      default:
        if (c < 0x80) {
          key += AsciiLower(static_cast<char>(c));
        } else {
          key.assign(1, '\x80');
        }
    }
  }
  return key;
}

}  // namespace

std::map<std::string, std::string> WorkbookFileNames(const std::vector<std::string>& clinic_ids) {
  // Sorted and distinct, so that the result does not depend on input order.
  const std::set<std::string> ids(clinic_ids.begin(), clinic_ids.end());
  std::map<std::string, Stem> stems;
  std::map<std::string, int> plain_key_counts;
  for (const std::string& id : ids) {
    Stem stem = MakeStem(id);
    if (!stem.changed && !stem.non_ascii) ++plain_key_counts[AsciiLower(stem.text)];
    stems.emplace(id, std::move(stem));
  }

  std::map<std::string, std::string> names;
  std::set<std::string> used_keys = {CollisionKey(kOverviewName)};
  std::vector<const std::string*> suffixed;
  // Ids that can keep their own name take it first, so a suffixed name that
  // happens to spell one of them is the one that moves.
  for (const auto& [id, stem] : stems) {
    const bool plain = !stem.changed && !stem.non_ascii &&
                       plain_key_counts[AsciiLower(stem.text)] == 1;
    std::string name = stem.text + std::string(kExtension);
    if (plain && used_keys.insert(CollisionKey(name)).second) {
      names.emplace(id, std::move(name));
    } else {
      suffixed.push_back(&id);
    }
  }
  for (const std::string* id : suffixed) {
    const std::string& stem = stems.at(*id).text;
    const std::uint64_t hash = Fnv1a64(*id);
    for (int attempt = 0;; ++attempt) {
      std::string suffix =
          "-" + HexPrefix(hash, attempt == 0 ? kShortHashDigits : kLongHashDigits);
      if (attempt >= 2) suffix += "-" + std::to_string(attempt);
      std::string name(CutUtf8(stem, kMaxStemBytes - suffix.size()));
      name += suffix;
      name += kExtension;
      if (used_keys.insert(CollisionKey(name)).second) {
        names.emplace(*id, std::move(name));
        break;
      }
    }
  }
  return names;
}

}  // namespace crampwatch::report
