// `crampwatch init`: create or upgrade the database schema.
#pragma once

#include "cli/command.h"

namespace crampwatch::cli {

Command SetupInitCommand(CLI::App& app, const GlobalOptions& global);

}  // namespace crampwatch::cli
