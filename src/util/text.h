// Small text helpers every part needs the same way: ASCII case folding,
// trimming, and seconds as the summaries print them. ASCII only, on purpose:
// codes, column names, options and keywords are ASCII, and a locale must
// never change how an export or a rules file is read.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

namespace crampwatch {

/// 'A'-'Z' to 'a'-'z'; every other byte (UTF-8 included) unchanged.
inline char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

/// `text` with 'A'-'Z' lowered in place.
inline void AsciiLowerInPlace(std::string& text) {
  for (char& c : text) c = AsciiLower(c);
}

/// A copy of `text` with 'A'-'Z' lowered.
inline std::string AsciiLower(std::string_view text) {
  std::string lower(text);
  AsciiLowerInPlace(lower);
  return lower;
}

/// Space, tab, line feed, carriage return, vertical tab, form feed.
inline bool IsAsciiSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/// `text` without ASCII spaces (IsAsciiSpace) at either end.
inline std::string_view Trim(std::string_view text) {
  while (!text.empty() && IsAsciiSpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && IsAsciiSpace(text.back())) text.remove_suffix(1);
  return text;
}

/// A count as every summary line prints it: 1234567 -> "1,234,567".
inline std::string FormatCount(long long value) {
  const std::string digits = std::to_string(value);
  std::string grouped;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && digits[i - 1] != '-' && (digits.size() - i) % 3 == 0) grouped.push_back(',');
    grouped.push_back(digits[i]);
  }
  return grouped;
}

/// Seconds as every summary line prints them: "12.34".
inline std::string FormatSeconds(double seconds) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f", seconds);
  return text;
}

}  // namespace crampwatch
