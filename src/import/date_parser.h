// DateParser: reads the dates of an intake export into ISO 8601 text.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crampwatch::importer {

/// A calendar date, optionally with a time of day, known to be real
/// (2024-02-29 yes, 2023-02-29 no; hours 0-23, minutes and seconds 0-59).
struct CalendarDate {
  int year = 0;
  int month = 0;
  int day = 0;
  bool has_time = false;
  int hour = 0;
  int minute = 0;
  int second = 0;

  /// "YYYY-MM-DD", or "YYYY-MM-DDTHH:MM:SS" when has_time.
  std::string ToIso() const;
  /// Days since 1970-01-01 (negative before it); ignores the time.
  long DaysSinceEpoch() const;
};

/// Whole years from `birth` to `on` (the age on the day `on`); negative when
/// `birth` is after `on`. A 29 February birthday counts on 1 March in other years.
int YearsBetween(const CalendarDate& birth, const CalendarDate& on);

/// Parses dates either in the ISO forms of docs/intake-format.md (the default:
/// `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS]`, `YYYY-MM-DD HH:MM[:SS]`) or in a
/// strftime-like format given with `--date-format`. The format supports
/// %Y (4 digits), %y (2 digits, 1970-2069), %m and %d (1 or 2 digits), %H, %M,
/// %S, %b (English month abbreviation, any case), %B (full month name), %%,
/// and literal characters; a format without %H may still be followed by a
/// time of day in the ISO forms (" HH:MM[:SS]" or "THH:MM[:SS]").
/// Leading and trailing white space around the text is ignored.
class DateParser {
 public:
  /// Default: ISO forms.
  DateParser() = default;
  /// Throws crampwatch::Error (kUsage) naming the problem when `format` is not
  /// a usable format (unknown conversion, no year/month/day).
  explicit DateParser(std::string_view format);

  /// The date in `text`, or nullopt when it is not a real calendar date in
  /// this parser's format. A time part is accepted only when `allow_time`.
  std::optional<CalendarDate> Parse(std::string_view text, bool allow_time) const;

 private:
  struct Piece {
    char conversion = 0;  // 'Y', 'y', 'm', 'd', 'H', 'M', 'S', 'b', 'B'; 0 for a literal
    char literal = 0;
  };
  std::vector<Piece> pieces_;  // empty: ISO forms
};

}  // namespace crampwatch::importer
