#include "cli/import_command.h"

#include <memory>

#include "cli/import_stage.h"
#include "cli/terminal_status.h"

namespace crampwatch::cli {

Command SetupImportCommand(CLI::App& app, const GlobalOptions& global) {
  auto options = std::make_shared<ImportCommandOptions>();
  CLI::App* sub = app.add_subcommand("import", "Load intake exports (CSV/TSV) into the database");
  sub->add_option("files", options->files, "Export files; '-' reads standard input")->required();
  AddImportOptions(*sub, *options);
  return {sub, [&global, options] {
            // Options are checked before the database is touched.
            importer::ImportOptions import_options = ToImportOptions(*options);
            TerminalStatus status(global.quiet, global.verbose);
            auto database = db::OpenDatabase(global.db_path, global.ToOpenOptions());
            return ImportFiles(*database, std::move(import_options), options->files, status).outcome;
          }};
}

}  // namespace crampwatch::cli
