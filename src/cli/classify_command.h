// `crampwatch classify`: tag the complaints that wait for the classifier.
#pragma once

#include "cli/command.h"

namespace crampwatch::cli {

Command SetupClassifyCommand(CLI::App& app, const GlobalOptions& global);

}  // namespace crampwatch::cli
