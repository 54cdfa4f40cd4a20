// Status formats: StatusFigures as aligned text for a person, or one JSON object for a monitor.
#pragma once

#include <string>

#include "cli/status_figures.h"

namespace crampwatch::cli {

enum class StatusFormat { kText, kJson };

/// The command that lists the rejected rows of the database at `db_path`,
/// ready to paste into a shell (the path quoted when it needs to be).
std::string RejectHint(const std::string& db_path);

/// What the last run's outcome was, in words: "success", the exit-code
/// table's meaning, or "did not finish (killed?)" when it has no finished_at.
std::string RunOutcomeText(const RunFigures& run);

/// A few aligned lines, then a table of the clinics with a total row; ends in '\n'.
std::string FormatStatusText(const StatusFigures& figures);

/// One JSON object with the same figures (absent things are null); ends in '\n'.
std::string FormatStatusJson(const StatusFigures& figures);

}  // namespace crampwatch::cli
