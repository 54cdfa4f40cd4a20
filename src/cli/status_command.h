// `crampwatch status`: what the database holds and how the last import and run went.
#pragma once

#include "cli/command.h"

namespace crampwatch::cli {

/// Read-only: never creates, upgrades or changes the database (a missing file
/// exits 66). Prints to standard output, as text or, with --format json, as
/// one JSON object for monitoring.
Command SetupStatusCommand(CLI::App& app, const GlobalOptions& global);

}  // namespace crampwatch::cli
