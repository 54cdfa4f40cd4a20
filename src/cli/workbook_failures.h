// Workbook failures: how `report` and `run` tell of workbooks they could not write.
#pragma once

#include <string>

#include "cli/exit_code.h"
#include "report/run_report.h"

namespace crampwatch::cli {

/// Prints an error line for each workbook of `result` that could not be
/// written (its message names the path) and returns the most serious of
/// their outcomes: kOk when there is none.
Outcome PrintWorkbookFailures(const report::ReportResult& result);

/// ", N workbook(s) not written (see the errors above)" for a summary line,
/// or "" when every workbook was written.
std::string NotWrittenText(const report::ReportResult& result);

}  // namespace crampwatch::cli
