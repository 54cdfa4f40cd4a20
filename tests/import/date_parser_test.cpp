#include "import/date_parser.h"

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <chrono>
#include <ostream>
#include <string>
#include <vector>

#include "util/error.h"

namespace crampwatch::importer {
namespace {

constexpr bool kTime = true;
constexpr bool kNoTime = false;
const std::string kRejected = "(rejected)";

struct ParseCase {
  std::string format;  // empty: the default ISO forms
  std::string text;
  bool allow_time;
  std::string iso;  // ToIso() of the result, or kRejected
};

std::ostream& operator<<(std::ostream& out, const ParseCase& c) {
  return out << '"' << c.text << "\" with \"" << c.format << '"'
             << (c.allow_time ? "" : " (no time)");
}

std::string ParseToIso(const DateParser& parser, std::string_view text, bool allow_time) {
  const std::optional<CalendarDate> date = parser.Parse(text, allow_time);
  return date ? date->ToIso() : kRejected;
}

const std::vector<ParseCase> kIsoCases = {
    {"", "2024-05-06", kTime, "2024-05-06"},
    {"", "2024-05-06", kNoTime, "2024-05-06"},
    {"", "2024-02-29", kNoTime, "2024-02-29"},
    {"", "2000-02-29", kNoTime, "2000-02-29"},
    {"", "1900-02-29", kNoTime, kRejected},
    {"", "2023-02-29", kNoTime, kRejected},
    {"", "2024-13-01", kNoTime, kRejected},
    {"", "2024-00-10", kNoTime, kRejected},
    {"", "2024-04-31", kNoTime, kRejected},
    {"", "2024-05-00", kNoTime, kRejected},
    {"", "2024-12-31", kNoTime, "2024-12-31"},
    {"", "2024-1-5", kNoTime, kRejected},
    {"", "2024-01-5", kNoTime, kRejected},
    {"", "02024-01-05", kNoTime, kRejected},
    {"", "24-01-05", kNoTime, kRejected},
    {"", "20240105", kNoTime, kRejected},
    {"", "2024/01/05", kNoTime, kRejected},
    {"", "1799-12-31", kNoTime, kRejected},
    {"", "1800-01-01", kNoTime, "1800-01-01"},
    {"", "2200-12-31", kNoTime, "2200-12-31"},
    {"", "2201-01-01", kNoTime, kRejected},
    {"", "0024-05-06", kNoTime, kRejected},
    {"", "+2024-05-06", kNoTime, kRejected},
    {"", "", kTime, kRejected},
    {"", "  \t ", kTime, kRejected},
    {"", "  2024-05-06 \t", kNoTime, "2024-05-06"},
    {"", "2024-05-06\r\n", kNoTime, "2024-05-06"},
    {"", "2024-05-06x", kTime, kRejected},
    {"", "2024-05-06 x", kTime, kRejected},
    {"", "2024-05-06T07:30", kTime, "2024-05-06T07:30:00"},
    {"", "2024-05-06 07:30", kTime, "2024-05-06T07:30:00"},
    {"", "2024-05-06T07:30:59", kTime, "2024-05-06T07:30:59"},
    {"", " 2024-05-06 07:30:05  ", kTime, "2024-05-06T07:30:05"},
    {"", "2024-05-06T00:00:00", kTime, "2024-05-06T00:00:00"},
    {"", "2024-05-06T23:59", kTime, "2024-05-06T23:59:00"},
    {"", "2024-05-06T07:30", kNoTime, kRejected},
    {"", "2024-05-06T25:00", kTime, kRejected},
    {"", "2024-05-06T24:00", kTime, kRejected},
    {"", "2024-05-06T07:60", kTime, kRejected},
    {"", "2024-05-06T07:30:60", kTime, kRejected},
    {"", "2024-05-06T7:30", kTime, kRejected},
    {"", "2024-05-06T07:3", kTime, kRejected},
    {"", "2024-05-06T07:30:5", kTime, kRejected},
    {"", "2024-05-06T07", kTime, kRejected},
    {"", "2024-05-06T", kTime, kRejected},
    {"", "2024-05-06T07:30:", kTime, kRejected},
    {"", "2024-05-06  07:30", kTime, kRejected},
    {"", "2024-05-06t07:30", kTime, kRejected},
    {"", "2024-05-06T07:30:00Z", kTime, kRejected},
    {"", "2024-05-06T07:30:00.250", kTime, kRejected},
    {"", "2024-05-06T07:30:00+02:00", kTime, kRejected},
};

const std::vector<ParseCase> kFormatCases = {
    {"%d/%m/%Y", "06/05/2024", kNoTime, "2024-05-06"},
    {"%d/%m/%Y", "6/5/2024", kNoTime, "2024-05-06"},
    {"%d/%m/%Y", " 29/02/2024 ", kNoTime, "2024-02-29"},
    {"%d/%m/%Y", "29/02/2023", kNoTime, kRejected},
    {"%d/%m/%Y", "31/04/2024", kNoTime, kRejected},
    {"%d/%m/%Y", "06/13/2024", kNoTime, kRejected},
    {"%d/%m/%Y", "006/05/2024", kNoTime, kRejected},
    {"%d/%m/%Y", "06/05/24", kNoTime, kRejected},
    {"%d/%m/%Y", "06-05-2024", kNoTime, kRejected},
    {"%d/%m/%Y", "2024-05-06", kNoTime, kRejected},
    {"%d/%m/%Y", "06/05/2024 07:30", kTime, "2024-05-06T07:30:00"},
    {"%d/%m/%Y", "06/05/2024T07:30:15", kTime, "2024-05-06T07:30:15"},
    {"%d/%m/%Y", "06/05/2024 07:30", kNoTime, kRejected},
    {"%d/%m/%Y", "06/05/2024 7:30", kTime, kRejected},
    {"%d/%m/%Y", "06/05/2024 07:30 pm", kTime, kRejected},
    {"%m/%d/%Y", "05/06/2024", kNoTime, "2024-05-06"},
    {"%m/%d/%Y", "12/31/1999", kNoTime, "1999-12-31"},
    {"%m/%d/%Y", "31/12/1999", kNoTime, kRejected},
    {"%d.%m.%y", "06.05.24", kNoTime, "2024-05-06"},
    {"%d.%m.%y", "31.12.69", kNoTime, "2069-12-31"},
    {"%d.%m.%y", "01.01.70", kNoTime, "1970-01-01"},
    {"%d.%m.%y", "29.02.00", kNoTime, "2000-02-29"},
    {"%d.%m.%y", "06.05.2024", kNoTime, kRejected},
    {"%d.%m.%y", "06.05.4", kNoTime, kRejected},
    {"%d-%b-%Y", "06-May-2024", kNoTime, "2024-05-06"},
    {"%d-%b-%Y", "6-may-2024", kNoTime, "2024-05-06"},
    {"%d-%b-%Y", "30-SEP-2024", kNoTime, "2024-09-30"},
    {"%d-%b-%Y", "06-Sept-2024", kNoTime, kRejected},
    {"%d-%b-%Y", "06-Foo-2024", kNoTime, kRejected},
    {"%d-%b-%Y", "31-Apr-2024", kNoTime, kRejected},
    {"%d-%b-%Y", "06-May-24", kNoTime, kRejected},
    {"%d-%b-%Y", "06-05-2024", kNoTime, kRejected},
    {"%B %d, %Y", "September 30, 2024", kNoTime, "2024-09-30"},
    {"%B %d, %Y", "february 29, 2024", kNoTime, "2024-02-29"},
    {"%B %d, %Y", "Sep 30, 2024", kNoTime, kRejected},
    {"%Y%m%d", "20240506", kNoTime, "2024-05-06"},
    {"%Y%m%d", "20240229", kNoTime, "2024-02-29"},
    {"%Y%m%d", "20230229", kNoTime, kRejected},
    {"%Y%m%d", "202405061", kNoTime, kRejected},
    {"%Y%m%d", "2024-05-06", kNoTime, kRejected},
    {"%Y%m%d", "20240506 07:30", kTime, "2024-05-06T07:30:00"},
    {"%d/%m/%Y %H:%M", "06/05/2024 07:30", kTime, "2024-05-06T07:30:00"},
    {"%d/%m/%Y %H:%M", "06/05/2024 7:30", kTime, "2024-05-06T07:30:00"},
    {"%d/%m/%Y %H:%M", "06/05/2024 24:00", kTime, kRejected},
    {"%d/%m/%Y %H:%M", "06/05/2024 07:30", kNoTime, kRejected},
    {"%d/%m/%Y %H:%M", "06/05/2024", kTime, kRejected},
    {"%d/%m/%Y %H:%M", "06/05/2024 07:30:00", kTime, kRejected},
    {"%Y-%m-%dT%H:%M:%S", "2024-5-6T7:30:59", kTime, "2024-05-06T07:30:59"},
    {"%Y-%m-%dT%H:%M:%S", "2024-05-06T07:30:60", kTime, kRejected},
    {"%d/%m/%Y %%", "06/05/2024 %", kNoTime, "2024-05-06"},
    {"%d/%m/%Y %%", "06/05/2024", kNoTime, kRejected},
};

const std::vector<std::string> kBadFormats = {
    "",
    "%Y-%m",
    "%m/%d",
    "%Y/%d",
    "%d/%m/%Y %q",
    "%e/%m/%Y",
    "%Y-%m-%d %z",
    "%d/%m/%Y%",
    "%Y %y-%m-%d",
    "%d %b %m %Y",
    "%d/%d/%m/%Y",
    "%Y-%m-%d %H",
    "%Y-%m-%d %M:%S",
    "%Y-%m-%d %H:%S",
};

struct AgeCase {
  std::string birth;
  std::string on;
  int years;
};

std::ostream& operator<<(std::ostream& out, const AgeCase& c) {
  return out << c.birth << " to " << c.on;
}

const std::vector<AgeCase> kAgeCases = {
    {"1980-05-06", "2024-05-05", 43},
    {"1980-05-06", "2024-05-06", 44},
    {"1980-05-06", "2024-05-07", 44},
    {"1980-05-06", "2024-05-06T00:00", 44},
    {"1980-12-31", "2025-01-01", 44},
    {"2024-05-06", "2024-05-06", 0},
    {"2024-05-06", "2025-05-05", 0},
    {"2020-02-29", "2021-02-28", 0},
    {"2020-02-29", "2021-03-01", 1},
    {"2020-02-29", "2024-02-28", 3},
    {"2020-02-29", "2024-02-29", 4},
    {"2019-03-01", "2020-02-29", 0},
    {"2019-02-28", "2020-02-29", 1},
    {"1900-03-01", "2000-02-29", 99},
    {"2024-05-07", "2024-05-06", -1},
    {"2025-05-06", "2024-05-06", -1},
};

CalendarDate IsoDate(std::string_view text) {
  const std::optional<CalendarDate> date = DateParser().Parse(text, true);
  BOOST_REQUIRE_MESSAGE(date, "not a date: " << text);
  return *date;
}

BOOST_AUTO_TEST_SUITE(date_parser)

BOOST_DATA_TEST_CASE(parses_iso_forms, boost::unit_test::data::make(kIsoCases), c) {
  BOOST_TEST(ParseToIso(DateParser(), c.text, c.allow_time) == c.iso);
}

BOOST_DATA_TEST_CASE(parses_custom_formats, boost::unit_test::data::make(kFormatCases), c) {
  BOOST_TEST(ParseToIso(DateParser(c.format), c.text, c.allow_time) == c.iso);
}

BOOST_DATA_TEST_CASE(rejects_bad_formats, boost::unit_test::data::make(kBadFormats), format) {
  BOOST_CHECK_EXCEPTION(DateParser{format}, Error, [&](const Error& error) {
    const std::string message = error.what();
    BOOST_TEST(message.find("\"" + format + "\"") != std::string::npos, message);
    return error.kind() == ErrorKind::kUsage;
  });
}

BOOST_DATA_TEST_CASE(counts_whole_years, boost::unit_test::data::make(kAgeCases), c) {
  BOOST_TEST(YearsBetween(IsoDate(c.birth), IsoDate(c.on)) == c.years);
}

BOOST_AUTO_TEST_CASE(agrees_with_the_calendar_on_every_day) {
  // Every day of the plausible range: it parses, it counts like std::chrono,
  // it prints back the same, and the day after the month's last is refused.
  namespace chrono = std::chrono;
  const DateParser parser;
  const chrono::sys_days last{chrono::year{2200} / chrono::December / 31};
  for (chrono::sys_days day{chrono::year{1800} / chrono::January / 1}; day <= last;
       day += chrono::days{1}) {
    const chrono::year_month_day ymd{day};
    CalendarDate expected;
    expected.year = static_cast<int>(ymd.year());
    expected.month = static_cast<int>(static_cast<unsigned>(ymd.month()));
    expected.day = static_cast<int>(static_cast<unsigned>(ymd.day()));
    const std::string iso = expected.ToIso();
    const std::optional<CalendarDate> parsed = parser.Parse(iso, false);
    if (!parsed || parsed->DaysSinceEpoch() != day.time_since_epoch().count() ||
        parsed->ToIso() != iso) {
      BOOST_FAIL("wrong for " << iso);
    }
    const chrono::year_month_day_last month_end{ymd.year(), chrono::month_day_last{ymd.month()}};
    if (ymd.day() == month_end.day()) {
      CalendarDate after = expected;
      ++after.day;
      if (parser.Parse(after.ToIso(), false)) BOOST_FAIL("accepted " << after.ToIso());
    }
  }
}

BOOST_AUTO_TEST_CASE(counts_days_from_the_epoch) {
  BOOST_TEST(IsoDate("1970-01-01").DaysSinceEpoch() == 0);
  BOOST_TEST(IsoDate("1969-12-31").DaysSinceEpoch() == -1);
  BOOST_TEST(IsoDate("2000-03-01").DaysSinceEpoch() == 11017);
  BOOST_TEST(IsoDate("2024-05-06T23:59:59").DaysSinceEpoch() == 19849);
}

BOOST_AUTO_TEST_CASE(prints_iso_text) {
  CalendarDate date;
  date.year = 1801;
  date.month = 2;
  date.day = 3;
  BOOST_TEST(date.ToIso() == "1801-02-03");
  date.has_time = true;
  date.hour = 4;
  date.minute = 5;
  date.second = 6;
  BOOST_TEST(date.ToIso() == "1801-02-03T04:05:06");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace crampwatch::importer
