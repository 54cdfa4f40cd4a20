// ReportPeriod: the dates a report covers, how far its data goes, and how both are said.
#pragma once

#include <optional>
#include <string>

namespace crampwatch::report {

/// The default period, word for word as `report --help`, the README and every
/// sheet's subtitle state it.
inline constexpr char kDefaultPeriod[] = "the 12 calendar months up to the latest intake date";

/// The period reported, both days included.
struct ReportPeriod {
  std::string from;  // YYYY-MM-DD
  std::string to;
  bool is_default = false;  // neither --from nor --to was given
  /// The latest intake date in the database (every clinic's exports), when
  /// not after `to`; else `to`. nullopt when the database has no intake.
  /// A month after it holds no data yet, and its own month may be partial.
  std::optional<std::string> data_through;
};

/// The period: --from/--to when given (Error kUsage unless real YYYY-MM-DD
/// dates with from <= to); by default kDefaultPeriod: from the first day of
/// the month 11 months before `latest_intake_date` (or `today` when there are
/// no intakes) to that date. An explicit --to without --from takes the same
/// twelve months up to --to.
ReportPeriod ResolvePeriod(const std::optional<std::string>& from,
                           const std::optional<std::string>& to,
                           const std::optional<std::string>& latest_intake_date,
                           const std::string& today);

/// "data through 2026-11-01", or "no intakes yet".
std::string DataThroughText(const ReportPeriod& period);

/// A sheet's subtitle: "Period 2025-12-01 to 2026-11-01 (both days included):
/// the 12 calendar months up to the latest intake date; data through
/// 2026-11-01." (the part after the colon for the default period only).
std::string PeriodLine(const ReportPeriod& period);

/// The folder an ad-hoc report (one with --clinic, --from or --to) writes
/// into, inside --out, so that it never replaces the nightly workbooks:
/// "2025-01-01_to_2025-06-30". A workbook's name ends in ".xlsx", so no
/// workbook and this folder ever share a name.
std::string AdHocFolderName(const ReportPeriod& period);

/// Whether `date` (YYYY-MM-DD) is a real calendar date Excel can show.
bool IsIsoDate(const std::string& date);

}  // namespace crampwatch::report
