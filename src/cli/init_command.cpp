#include "cli/init_command.h"

#include <cstdio>

#include "db/migrations.h"

namespace crampwatch::cli {
namespace {

Outcome RunInitCommand(const GlobalOptions& global) {
  auto database = db::OpenDatabase(global.db_path, global.ToOpenOptions());
  if (!global.quiet) {
    std::fprintf(stderr, "%s: schema version %d (up to date)\n", global.db_path.c_str(),
                 db::SchemaVersion(*database));
  }
  return Outcome::kOk;
}

}  // namespace

Command SetupInitCommand(CLI::App& app, const GlobalOptions& global) {
  CLI::App* sub = app.add_subcommand("init", "Create the database, or upgrade its schema");
  return {sub, [&global] { return RunInitCommand(global); }};
}

}  // namespace crampwatch::cli
