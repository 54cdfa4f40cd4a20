// MakePageMarks: the header and footer printed on every page of a workbook's sheets.
#pragma once

#include <string_view>

#include "report/report_period.h"
#include "report/xlsx_workbook.h"

namespace crampwatch::report {

/// Whose data the pages show, and which period: the clinic ("CLN-014
/// Riverside", cut to a length a header line holds) and the sheet's name
/// at the top with "Confidential: contains patient data"; the period and the
/// date the data runs through, "Page X of Y" and the date printed at the
/// bottom. Text is escaped for Excel's header codes ('&' becomes "&&").
PageMarks MakePageMarks(std::string_view subject, const ReportPeriod& period);

}  // namespace crampwatch::report
