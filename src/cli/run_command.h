// `crampwatch run`: the nightly job: import, classify and report under one lock.
#pragma once

#include "cli/command.h"

namespace crampwatch::cli {

Command SetupRunCommand(CLI::App& app, const GlobalOptions& global);

}  // namespace crampwatch::cli
