// `crampwatch rules`: print the active rules, or validate a rules file.
#pragma once

#include "cli/command.h"

namespace crampwatch::cli {

Command SetupRulesCommand(CLI::App& app);

}  // namespace crampwatch::cli
