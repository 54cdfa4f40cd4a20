// `crampwatch import FILE...`: load intake exports into the database.
#pragma once

#include "cli/command.h"

namespace crampwatch::cli {

Command SetupImportCommand(CLI::App& app, const GlobalOptions& global);

}  // namespace crampwatch::cli
