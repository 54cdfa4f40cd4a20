// `crampwatch report`: one workbook per clinic and overview.xlsx.
#pragma once

#include "cli/command.h"

namespace crampwatch::cli {

Command SetupReportCommand(CLI::App& app, const GlobalOptions& global);

}  // namespace crampwatch::cli
