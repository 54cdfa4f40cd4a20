// Command: a subcommand's CLI11 parser and what running it does.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <string>

#include "cli/exit_code.h"
#include "db/database.h"

namespace crampwatch::cli {

/// Options that come before (or after) any subcommand.
struct GlobalOptions {
  std::string db_path = "crampwatch.db";  // --db, or $CRAMPWATCH_DB
  bool quiet = false;                      // --quiet: only errors, for cron
  bool verbose = false;                    // -v: debug detail (may show patient data)
  double busy_timeout_seconds = 10;        // --busy-timeout

  db::OpenOptions ToOpenOptions() const {
    return {.busy_timeout_ms = static_cast<int>(busy_timeout_seconds * 1000)};
  }
};

/// Set up by Setup<Name>Command; main runs the one that was parsed, after
/// parsing succeeded, so errors while running never look like usage errors.
struct Command {
  CLI::App* app = nullptr;
  std::function<Outcome()> run;
};

}  // namespace crampwatch::cli
