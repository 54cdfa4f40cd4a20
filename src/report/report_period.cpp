#include "report/report_period.h"

#include <algorithm>

#include "report/xlsx_workbook.h"
#include "util/error.h"

namespace crampwatch::report {
namespace {

std::string CheckedDate(const std::string& option, const std::string& text) {
  if (!IsIsoDate(text)) {
    throw Error(ErrorKind::kUsage, option + " '" + text + "': expected a date as YYYY-MM-DD");
  }
  return text;
}

// The first day of the month 11 months before `date`: 12 calendar months up to it.
std::string TwelveMonthsBefore(const std::string& date) {
  int year = std::stoi(date.substr(0, 4));
  int month = std::stoi(date.substr(5, 2)) - 11;
  if (month < 1) {
    month += 12;
    --year;
  }
  const std::string month_text = std::to_string(month);
  return std::to_string(year) + (month < 10 ? "-0" : "-") + month_text + "-01";
}

}  // namespace

bool IsIsoDate(const std::string& text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  return IsExcelDate(std::stoi(text.substr(0, 4)), std::stoi(text.substr(5, 2)),
                     std::stoi(text.substr(8, 2)));
}

ReportPeriod ResolvePeriod(const std::optional<std::string>& from,
                           const std::optional<std::string>& to,
                           const std::optional<std::string>& latest_intake_date,
                           const std::string& today) {
  ReportPeriod period;
  // The period ends where the data ends: a default period that ran to the end
  // of the month made the month look finished, and its last weeks a drop.
  period.to = to ? CheckedDate("--to", *to) : latest_intake_date.value_or(today);
  period.from = from ? CheckedDate("--from", *from) : TwelveMonthsBefore(period.to);
  period.is_default = !from && !to;
  if (period.from > period.to) {
    throw Error(ErrorKind::kUsage, "--from " + period.from + " is after --to " + period.to);
  }
  if (latest_intake_date) period.data_through = std::min(*latest_intake_date, period.to);
  return period;
}

std::string DataThroughText(const ReportPeriod& period) {
  return period.data_through ? "data through " + *period.data_through : "no intakes yet";
}

std::string PeriodLine(const ReportPeriod& period) {
  std::string line = "Period " + period.from + " to " + period.to + " (both days included)";
  if (period.is_default) line += std::string(": ") + kDefaultPeriod;
  return line + "; " + DataThroughText(period) + ".";
}

std::string AdHocFolderName(const ReportPeriod& period) { return period.from + "_to_" + period.to; }

}  // namespace crampwatch::report
