// Tests of MakePageMarks: the header and footer of every printed page.
#include "report/page_marks.h"

#include <boost/test/unit_test.hpp>
#include <string>

namespace crampwatch::report {

BOOST_AUTO_TEST_SUITE(page_marks)

BOOST_AUTO_TEST_CASE(clinic_sheet_confidentiality_period_data_through_page_and_date) {
  ReportPeriod period{.from = "2025-12-01", .to = "2026-11-01", .is_default = true, .data_through = "2026-11-01"};
  const PageMarks marks = MakePageMarks("CLN-014 Riverside Family Practice", period);
  BOOST_TEST(marks.header == "&LCLN-014 Riverside Family Practice&C&A&RConfidential: contains patient data");
  BOOST_TEST(marks.footer ==
             "&LPeriod 2025-12-01 to 2026-11-01; data through 2026-11-01&CPage &P of &N&RPrinted &D");
  period.data_through.reset();
  BOOST_TEST(MakePageMarks("All clinics", period).footer.find("; no intakes yet&C") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(an_ampersand_is_text_and_a_long_name_is_cut_to_fit_the_line) {
  const ReportPeriod period{.from = "2026-01-01", .to = "2026-01-31", .is_default = false, .data_through = "2026-01-31"};
  // "&12" would otherwise set the font size, "&P" print the page number.
  BOOST_TEST(MakePageMarks("C&12 Smith &Partners", period).header.starts_with("&LC&&12 Smith &&Partners&C"));
  const std::string header = MakePageMarks("LONG " + std::string(300, 'N'), period).header;
  BOOST_TEST(header.size() <= 255u);  // Excel's limit for a header, codes included
  BOOST_TEST(header.find("N\u2026&C&A") != std::string::npos);
  // Cut on a character boundary.
  std::string accented = "C ";
  for (int i = 0; i < 60; ++i) accented += "\xC3\xA9";
  const std::string cut = MakePageMarks(accented, period).header;
  BOOST_TEST(cut.find("\xC3\xA9\u2026") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::report
