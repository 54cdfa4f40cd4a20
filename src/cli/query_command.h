// `crampwatch query`: read-only ad-hoc SQL for analysts.
#pragma once

#include "cli/command.h"

namespace crampwatch::cli {

Command SetupQueryCommand(CLI::App& app, const GlobalOptions& global);

}  // namespace crampwatch::cli
