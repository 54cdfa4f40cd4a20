// RunSummary: the figures of a `run`, as log lines' JSON twin for monitoring.
#pragma once

#include <optional>
#include <string>

#include "classify/classify_job.h"
#include "cli/import_stage.h"
#include "report/run_report.h"

namespace crampwatch::cli {

/// What each stage of a run did; a stage that did not run stays empty.
struct RunSummary {
  std::string started_at;  // UTC, ISO 8601
  double seconds = 0;
  int exit_code = 0;
  ImportStageResult import;
  int files = 0;
  std::optional<classify::ClassifyResult> classify;
  std::string rules_version;
  std::optional<report::ReportResult> report;
  std::string out_dir;

  /// One JSON object (the format of --summary-json and run_log.summary):
  /// {"started_at", "seconds", "exit_code", "import": {...}, "classify": {...}
  /// or null, "report": {...} or null}. No patient data: counts and names of
  /// files only.
  std::string ToJson() const;
};

}  // namespace crampwatch::cli
