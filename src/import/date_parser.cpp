#include "import/date_parser.h"

#include <array>
#include <cstddef>
#include <string>

#include "util/error.h"
#include "util/text.h"

namespace crampwatch::importer {

namespace {

// Outside these years a date is a typing error (0024, 20244), not a visit or a birth.
constexpr int kMinYear = 1800;
constexpr int kMaxYear = 2200;

constexpr std::array<std::string_view, 12> kMonthNames = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeapYear(year) ? 29 : kDays[static_cast<std::size_t>(month - 1)];
}

bool IsReal(const CalendarDate& date) {
  return date.year >= kMinYear && date.year <= kMaxYear && date.month >= 1 && date.month <= 12 &&
         date.day >= 1 && date.day <= DaysInMonth(date.year, date.month) && date.hour >= 0 &&
         date.hour <= 23 && date.minute >= 0 && date.minute <= 59 && date.second >= 0 &&
         date.second <= 59;
}

void AppendPadded(std::string& out, int value, std::size_t width) {
  const std::string digits = std::to_string(value);
  if (digits.size() < width) out.append(width - digits.size(), '0');
  out += digits;
}

/// Reads a date's text from left to right, one piece of the format at a time.
class Cursor {
 public:
  explicit Cursor(std::string_view text) : text_(text) {}

  bool AtEnd() const { return text_.empty(); }

  bool Literal(char c) {
    if (text_.empty() || text_.front() != c) return false;
    text_.remove_prefix(1);
    return true;
  }

  /// Between `min_digits` and `max_digits` decimal digits, as many as there are.
  bool Number(std::size_t min_digits, std::size_t max_digits, int& value) {
    std::size_t n = 0;
    int result = 0;
    while (n < max_digits && n < text_.size() && text_[n] >= '0' && text_[n] <= '9') {
      result = result * 10 + (text_[n] - '0');
      ++n;
    }
    if (n < min_digits) return false;
    text_.remove_prefix(n);
    value = result;
    return true;
  }

  /// A month name: the full English name, or (when `abbreviated`) its first three letters.
  bool MonthName(bool abbreviated, int& month) {
    std::size_t n = 0;
    while (n < text_.size() && AsciiLower(text_[n]) >= 'a' && AsciiLower(text_[n]) <= 'z') ++n;
    for (std::size_t i = 0; i < kMonthNames.size(); ++i) {
      const std::string_view name = abbreviated ? kMonthNames[i].substr(0, 3) : kMonthNames[i];
      if (n != name.size()) continue;
      bool same = true;
      for (std::size_t k = 0; k < n; ++k) same = same && AsciiLower(text_[k]) == name[k];
      if (same) {
        text_.remove_prefix(n);
        month = static_cast<int>(i) + 1;
        return true;
      }
    }
    return false;
  }

  /// "THH:MM[:SS]" or " HH:MM[:SS]", two digits each, as docs/intake-format.md has them.
  bool IsoTime(CalendarDate& date) {
    if (!Literal('T') && !Literal(' ')) return false;
    if (!Number(2, 2, date.hour) || !Literal(':') || !Number(2, 2, date.minute)) return false;
    if (Literal(':') && !Number(2, 2, date.second)) return false;
    date.has_time = true;
    return true;
  }

 private:
  std::string_view text_;
};

}  // namespace

std::string CalendarDate::ToIso() const {
  std::string out;
  out.reserve(19);
  AppendPadded(out, year, 4);
  out += '-';
  AppendPadded(out, month, 2);
  out += '-';
  AppendPadded(out, day, 2);
  if (has_time) {
    out += 'T';
    AppendPadded(out, hour, 2);
    out += ':';
    AppendPadded(out, minute, 2);
    out += ':';
    AppendPadded(out, second, 2);
  }
  return out;
}

long CalendarDate::DaysSinceEpoch() const {
  // Howard Hinnant's days_from_civil: count from 1 March of year 0, so that
  // the leap day falls at the end of each (shifted) year.
  const long y = static_cast<long>(year) - (month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long year_of_era = y - era * 400;                                 // [0, 399]
  const long shifted_month = month > 2 ? month - 3 : month + 9;           // March = 0
  const long day_of_year = (153 * shifted_month + 2) / 5 + day - 1;       // [0, 365]
  const long day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

int YearsBetween(const CalendarDate& birth, const CalendarDate& on) {
  int years = on.year - birth.year;
  // Comparing (month, day) makes a 29 February birthday fall on 1 March
  // in common years: 28 February is still before it.
  if (on.month < birth.month || (on.month == birth.month && on.day < birth.day)) --years;
  return years;
}

DateParser::DateParser(std::string_view format) {
  const std::string quoted = "date format \"" + std::string(format) + "\": ";
  bool has_year = false;
  bool has_month = false;
  bool has_day = false;
  std::string seen;
  for (std::size_t i = 0; i < format.size(); ++i) {
    if (format[i] != '%') {
      pieces_.push_back({0, format[i]});
      continue;
    }
    if (++i == format.size()) throw Error(ErrorKind::kUsage, quoted + "ends with a lone %");
    const char c = format[i];
    if (c == '%') {
      pieces_.push_back({0, '%'});
      continue;
    }
    if (std::string_view("YymdHMSbB").find(c) == std::string_view::npos) {
      throw Error(ErrorKind::kUsage,
                  quoted + "unknown conversion %" + c +
                      " (use %Y %y %m %d %b %B %H %M %S or %%)");
    }
    // %b and %B both set the month; %Y and %y both set the year.
    const char field = c == 'b' || c == 'B' ? 'm' : c == 'y' ? 'Y' : c;
    if (seen.find(field) != std::string::npos) {
      throw Error(ErrorKind::kUsage, quoted + "gives %" + c + " twice");
    }
    seen += field;
    has_year = has_year || field == 'Y';
    has_month = has_month || field == 'm';
    has_day = has_day || field == 'd';
    pieces_.push_back({c, 0});
  }
  if (!has_year || !has_month || !has_day) {
    throw Error(ErrorKind::kUsage, quoted + "needs a year (%Y or %y), a month (%m, %b or %B) "
                                            "and a day (%d)");
  }
  const bool has_hour = seen.find('H') != std::string::npos;
  const bool has_minute = seen.find('M') != std::string::npos;
  const bool has_second = seen.find('S') != std::string::npos;
  if (has_hour != has_minute || (has_second && !has_minute)) {
    throw Error(ErrorKind::kUsage, quoted + "a time needs %H and %M (and %S only with them)");
  }
}

std::optional<CalendarDate> DateParser::Parse(std::string_view text, bool allow_time) const {
  Cursor cursor(Trim(text));
  CalendarDate date;
  if (pieces_.empty()) {
    if (!cursor.Number(4, 4, date.year) || !cursor.Literal('-') ||
        !cursor.Number(2, 2, date.month) || !cursor.Literal('-') ||
        !cursor.Number(2, 2, date.day)) {
      return std::nullopt;
    }
  } else {
    for (const Piece& piece : pieces_) {
      bool ok = true;
      switch (piece.conversion) {
        case 0: ok = cursor.Literal(piece.literal); break;
        case 'Y': ok = cursor.Number(4, 4, date.year); break;
        case 'y':
          // The POSIX pivot: 69 is 2069, 70 is 1970.
          ok = cursor.Number(2, 2, date.year);
          if (ok) date.year += date.year < 70 ? 2000 : 1900;
          break;
        case 'm': ok = cursor.Number(1, 2, date.month); break;
        case 'd': ok = cursor.Number(1, 2, date.day); break;
        case 'b': ok = cursor.MonthName(true, date.month); break;
        case 'B': ok = cursor.MonthName(false, date.month); break;
        case 'H':
          ok = cursor.Number(1, 2, date.hour);
          date.has_time = true;
          break;
        case 'M': ok = cursor.Number(2, 2, date.minute); break;
        case 'S': ok = cursor.Number(2, 2, date.second); break;
        default: ok = false; break;
      }
      if (!ok) return std::nullopt;
    }
  }
  // A date-only format may still carry an ISO time of day.
  if (!date.has_time && !cursor.AtEnd() && !cursor.IsoTime(date)) return std::nullopt;
  if (!cursor.AtEnd() || (date.has_time && !allow_time) || !IsReal(date)) return std::nullopt;
  return date;
}

}  // namespace crampwatch::importer
