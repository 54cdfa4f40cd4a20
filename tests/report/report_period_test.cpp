// Tests of ResolvePeriod and how a period is said: one definition of the
// default period, on every sheet and in --help.
#include "report/report_period.h"

#include <boost/test/unit_test.hpp>
#include <string>
#include <utility>
#include <vector>

#include "util/error.h"

namespace crampwatch::report {

BOOST_AUTO_TEST_SUITE(report_period)

BOOST_AUTO_TEST_CASE(default_period_is_twelve_calendar_months_up_to_the_latest_intake) {
  ReportPeriod period = ResolvePeriod(std::nullopt, std::nullopt, "2026-10-31", "2026-11-26");
  BOOST_TEST(period.from == "2025-11-01");
  BOOST_TEST(period.to == "2026-10-31");
  BOOST_TEST(period.is_default);
  BOOST_TEST(period.data_through.value_or("") == "2026-10-31");
  // The period ends where the data ends, not at the end of its month: the
  // month it ends in is partial, and said to be.
  period = ResolvePeriod(std::nullopt, std::nullopt, "2026-11-01", "2026-11-26");
  BOOST_TEST(period.from == "2025-12-01");
  BOOST_TEST(period.to == "2026-11-01");
  BOOST_TEST(PeriodLine(period) ==
             "Period 2025-12-01 to 2026-11-01 (both days included): the 12 calendar months up to the latest "
             "intake date; data through 2026-11-01.");
  period = ResolvePeriod(std::nullopt, std::nullopt, "2024-02-03", "2026-11-26");
  BOOST_TEST(period.from == "2023-03-01");
  BOOST_TEST(period.to == "2024-02-03");
  period = ResolvePeriod(std::nullopt, std::nullopt, std::nullopt, "2026-11-26");
  BOOST_TEST(period.from == "2025-12-01");
  BOOST_TEST(period.to == "2026-11-26");
  BOOST_TEST(!period.data_through.has_value());
  BOOST_TEST(PeriodLine(period).ends_with("; no intakes yet."));
  // An explicit period says only its dates; the data may run past it, or stop inside it.
  period = ResolvePeriod(std::string("2025-01-01"), std::string("2025-06-30"), "2026-10-31", "x");
  BOOST_TEST(period.from == "2025-01-01");
  BOOST_TEST(period.to == "2025-06-30");
  BOOST_TEST(!period.is_default);
  BOOST_TEST(period.data_through.value_or("") == "2025-06-30");
  BOOST_TEST(PeriodLine(period) == "Period 2025-01-01 to 2025-06-30 (both days included); data through 2025-06-30.");
  period = ResolvePeriod(std::nullopt, std::string("2027-03-31"), "2026-10-31", "x");
  BOOST_TEST(period.from == "2026-04-01");
  BOOST_TEST(period.data_through.value_or("") == "2026-10-31");
  BOOST_TEST(AdHocFolderName(period) == "2026-04-01_to_2027-03-31");
}

BOOST_AUTO_TEST_CASE(bad_periods_are_usage_errors) {
  for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
           {"2025-02-30", "2025-06-30"}, {"2025-1-01", "2025-06-30"}, {"2025-07-01", "2025-06-30"}}) {
    BOOST_CHECK_EXCEPTION(ResolvePeriod(from, to, std::nullopt, "2026-01-01"), Error,
                          [](const Error& e) { return e.kind() == ErrorKind::kUsage; });
  }
}

BOOST_AUTO_TEST_CASE(only_real_dates_are_taken) {
  BOOST_TEST(IsIsoDate("2024-02-29"));
  BOOST_TEST(!IsIsoDate("2023-02-29"));
  BOOST_TEST(!IsIsoDate("2024-2-29"));
  BOOST_TEST(!IsIsoDate("2024-02-29T10:00:00"));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::report
