#include "cli/report_command.h"

#include <cstdio>
#include <filesystem>
#include <memory>

#include "cli/terminal_status.h"
#include "cli/workbook_failures.h"
#include "report/run_report.h"
#include "util/text.h"

namespace crampwatch::cli {
namespace {

// Says where the workbooks went: an ad-hoc report's own folder is named, and
// why, so that nobody looks for them among the nightly ones.
std::string SummaryLine(const report::ReportResult& result, bool ad_hoc) {
  std::size_t clinics = 0;
  bool overview = false;
  for (const std::string& path : result.files) {
    if (std::filesystem::path(path).filename() == "overview.xlsx") {
      overview = true;
    } else {
      ++clinics;
    }
  }
  return "report: " + std::to_string(clinics) + " clinic workbooks" + (overview ? " and overview.xlsx" : "") +
         NotWrittenText(result) + " in " + result.out_dir +
         (ad_hoc ? " (a folder of their own: --clinic, --from and --to never replace the nightly workbooks)"
                 : "") +
         " (" + result.period.from + " to " + result.period.to + ", " + report::DataThroughText(result.period) +
         ", " + std::to_string(result.rows) + " rows) in " + FormatSeconds(result.seconds) + " s";
}

Outcome RunReportCommand(const GlobalOptions& global, const report::ReportOptions& options) {
  TerminalStatus status(global.quiet, global.verbose);
  const report::ReportResult result = report::RunReport(global.db_path, global.ToOpenOptions(), options, status);
  status.ClearProgress();
  const Outcome outcome = PrintWorkbookFailures(result);
  status.Summary(SummaryLine(result, report::IsAdHoc(options)));
  return outcome;
}

}  // namespace

Command SetupReportCommand(CLI::App& app, const GlobalOptions& global) {
  auto options = std::make_shared<report::ReportOptions>();
  CLI::App* sub = app.add_subcommand(
      "report", std::string("Write one Excel workbook per clinic, and overview.xlsx, for a period (default: ") +
                    report::kDefaultPeriod + ")");
  sub->add_option("--out", options->out_dir,
                  "Folder for the workbooks (created 0700 if missing); with --clinic, --from or --to "
                  "they go into a folder of their own inside it, named FROM_to_TO")
      ->required()
      ->type_name("DIR");
  sub->add_flag("--allow-shared-out", options->allow_shared_out,
                "Write into --out even if other users can write it and it has no sticky bit");
  sub->add_option("--clinic", options->clinics, "Only this clinic (repeatable; default: every clinic)")
      ->type_name("ID");
  sub->add_option("--from", options->from,
                  std::string("First day of the period, included (default: ") + report::kDefaultPeriod +
                      ": the first day of the month 11 months before --to)")
      ->type_name("YYYY-MM-DD");
  sub->add_option("--to", options->to, "Last day of the period, included (default: the latest intake date)")
      ->type_name("YYYY-MM-DD");
  sub->add_option("--threads", options->threads, "Workbooks written at once (default: one per core)")
      ->type_name("N")
      ->check(CLI::Range(1, 64));
  return {sub, [&global, options] { return RunReportCommand(global, *options); }};
}

}  // namespace crampwatch::cli
