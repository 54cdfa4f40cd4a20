// fuzz_row_validator: a header and records through HeaderMap, RowValidator and DateParser.
//
// Input: when the first byte is '%', the first line is a --date-format (a bad
// format is a usage error and ends the run); otherwise dates are ISO. The rest
// is a CSV file read with CsvReader: its first record is the header (with the
// mapping "Visit Date=intake_date", as --map gives it), the next records are
// validated. Every field is also parsed as a date in both modes.
// Checks: an accepted row's dates are ISO text that the ISO parser reads back
// to the same date, its age is 0-120, and ClinicOf never throws.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz/memory_source.h"
#include "import/complaint_row.h"
#include "import/csv_reader.h"
#include "import/date_parser.h"
#include "import/header_map.h"
#include "import/row_validator.h"
#include "util/error.h"

namespace {

using crampwatch::importer::CalendarDate;
using crampwatch::importer::DateParser;

constexpr int kMaxRecords = 8;

bool SameDate(const CalendarDate& a, const CalendarDate& b) {
  return a.year == b.year && a.month == b.month && a.day == b.day && a.has_time == b.has_time &&
         a.hour == b.hour && a.minute == b.minute && a.second == b.second;
}

// An ISO date written by the importer must read back as itself.
void CheckIso(const std::string& iso, bool allow_time) {
  if (iso.empty()) return;
  const std::optional<CalendarDate> date = DateParser().Parse(iso, allow_time);
  if (!date || date->ToIso() != iso) __builtin_trap();
}

void ParseAsDates(const DateParser& dates, const std::vector<std::string>& fields) {
  std::optional<CalendarDate> previous;
  for (const std::string& field : fields) {
    const std::optional<CalendarDate> with_time = dates.Parse(field, true);
    const std::optional<CalendarDate> date_only = dates.Parse(field, false);
    if (date_only && (!with_time || !SameDate(*date_only, *with_time))) __builtin_trap();
    if (!with_time) continue;
    const std::optional<CalendarDate> again = DateParser().Parse(with_time->ToIso(), true);
    if (!again || !SameDate(*again, *with_time)) __builtin_trap();
    if (previous) {
      const int years = crampwatch::importer::YearsBetween(*previous, *with_time);
      const long days = with_time->DaysSinceEpoch() - previous->DaysSinceEpoch();
      // Whole years are negative exactly when the day count is, and a whole
      // year is at least 365 days.
      if ((years >= 0) != (days >= 0) || (years > 0 && days < 365)) __builtin_trap();
    }
    previous = with_time;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  std::optional<DateParser> dates;
  if (!input.empty() && input.front() == '%') {
    const std::size_t line_end = input.find('\n');
    const std::string_view format = input.substr(0, line_end);
    input.remove_prefix(line_end == std::string_view::npos ? input.size() : line_end + 1);
    try {
      dates.emplace(format);
    } catch (const crampwatch::Error&) {
      return 0;  // rejected as a usage error, as the CLI would
    }
  } else {
    dates.emplace();
  }

  crampwatch::fuzz::MemorySource source(input, input.size() + 1);
  crampwatch::importer::CsvReader reader(source, ',');
  crampwatch::importer::CsvRecord record;
  if (!reader.Next(record)) return 0;
  ParseAsDates(*dates, record.fields);
  std::optional<crampwatch::importer::HeaderMap> header;
  try {
    header.emplace(crampwatch::importer::HeaderMap::Read(
        record.fields, {crampwatch::importer::ParseColumnMapping("Visit Date=intake_date")},
        "fuzz.csv"));
  } catch (const crampwatch::Error&) {
    return 0;  // a bad header fails the file
  }
  const crampwatch::importer::RowValidator validator(*header, *dates);
  for (int i = 0; i < kMaxRecords && reader.Next(record); ++i) {
    ParseAsDates(*dates, record.fields);
    crampwatch::importer::ComplaintRow row;
    const std::string clinic = validator.ClinicOf(record);
    if (validator.Validate(record, row)) continue;
    CheckIso(row.intake_date, true);
    CheckIso(row.birth_date, false);
    if (row.age && (*row.age < 0 || *row.age > 120)) __builtin_trap();
    if (row.clinic_id.empty() || row.intake_id.empty() || row.clinic_id != clinic) __builtin_trap();
  }
  return 0;
}
