// crampwatch: the command-line entry point. Parses, runs one subcommand, maps the outcome.
#include <sys/stat.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "cli/classify_command.h"
#include "cli/command.h"
#include "cli/command_failure.h"
#include "cli/exit_code.h"
#include "cli/import_command.h"
#include "cli/init_command.h"
#include "cli/query_command.h"
#include "cli/report_command.h"
#include "cli/run_command.h"
#include "cli/rules_command.h"
#include "cli/status_command.h"

namespace crampwatch::cli {
namespace {

std::string ExitCodeHelp() {
  std::string text = "Exit codes (sysexits.h; the most serious outcome wins):\n";
  for (const OutcomeInfo& info : AllOutcomes()) {
    text += "  " + std::to_string(info.exit_code) + (info.exit_code < 10 ? "   " : "  ") +
            std::string(info.meaning) + "\n";
  }
  return text;
}

int Main(int argc, char** argv) {
  // Everything crampwatch creates holds patient data: owner-only, whatever
  // the caller's umask (files are also created with explicit modes).
  umask(077);

  CLI::App app("crampwatch: loads clinic intake exports into SQLite, tags leg and foot cramp "
               "complaints with their likely causes, and writes a workbook per clinic.",
               "crampwatch");
  app.footer(ExitCodeHelp());
  app.require_subcommand(1);
  app.fallthrough();  // global options may also follow the subcommand
  GlobalOptions global;
  if (const char* env_db = std::getenv("CRAMPWATCH_DB"); env_db != nullptr && *env_db != '\0') {
    global.db_path = env_db;
  }
  app.add_option("--db", global.db_path, "Database file (default: ./crampwatch.db or $CRAMPWATCH_DB)");
  app.add_flag("-q,--quiet", global.quiet, "Print only errors (for cron)");
  app.add_flag("-v,--verbose", global.verbose,
               "Also print debug detail, e.g. each rejected record as read (patient data: not for cron logs)");
  app.add_option("--busy-timeout", global.busy_timeout_seconds,
                 "Seconds to wait for a busy database before giving up (exit 75)")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 3600.0));

  std::vector<Command> commands = {
      SetupInitCommand(app, global),
      SetupImportCommand(app, global),
      SetupClassifyCommand(app, global),
      SetupReportCommand(app, global),
      SetupRunCommand(app, global),
      SetupQueryCommand(app, global),
      SetupStatusCommand(app, global),
      SetupRulesCommand(app),
  };
  // The exit-code table once, in the top-level --help; a subcommand inherits
  // the footer, so each says where the table is instead.
  for (CLI::App* sub : app.get_subcommands({})) sub->footer("Exit codes: crampwatch --help.");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    if (error.get_exit_code() == 0) return app.exit(error);
    app.exit(error);  // prints the message and a hint to --help
    return ExitCode(Outcome::kUsage);
  }

  for (const Command& command : commands) {
    if (command.app->parsed()) return ExitCode(RunReportingFailure(global.db_path, command.run));
  }
  return ExitCode(Outcome::kUsage);
}

}  // namespace
}  // namespace crampwatch::cli

int main(int argc, char** argv) { return crampwatch::cli::Main(argc, argv); }
