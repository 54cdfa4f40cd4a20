#include "cli/workbook_failures.h"

#include "cli/command.h"
#include "cli/command_failure.h"

namespace crampwatch::cli {

Outcome PrintWorkbookFailures(const report::ReportResult& result) {
  Outcome outcome = Outcome::kOk;
  for (const report::WorkbookFailure& failure : result.failures) {
    PrintError(failure.message);
    outcome = MostSerious(outcome, OutcomeOf(failure.kind));
  }
  return outcome;
}

std::string NotWrittenText(const report::ReportResult& result) {
  const std::size_t count = result.failures.size();
  if (count == 0) return "";
  return ", " + std::to_string(count) + (count == 1 ? " workbook" : " workbooks") +
         " not written (see the errors above)";
}

}  // namespace crampwatch::cli
