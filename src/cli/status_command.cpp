#include "cli/status_command.h"

#include <cstdio>
#include <map>
#include <memory>

#include "cli/status_figures.h"
#include "cli/status_format.h"

namespace crampwatch::cli {
namespace {

struct StatusCommandOptions {
  StatusFormat format = StatusFormat::kText;
};

Outcome RunStatusCommand(const GlobalOptions& global, const StatusCommandOptions& options) {
  db::OpenOptions open_options = global.ToOpenOptions();
  // Read-only also means a missing file is reported (exit 66), not created.
  open_options.read_only = true;
  auto database = db::OpenDatabase(global.db_path, open_options);
  const StatusFigures figures = ReadStatusFigures(*database, global.db_path);
  const std::string text =
      options.format == StatusFormat::kJson ? FormatStatusJson(figures) : FormatStatusText(figures);
  std::fwrite(text.data(), 1, text.size(), stdout);
  return Outcome::kOk;
}

}  // namespace

Command SetupStatusCommand(CLI::App& app, const GlobalOptions& global) {
  auto options = std::make_shared<StatusCommandOptions>();
  CLI::App* sub = app.add_subcommand(
      "status", "Show the database's size, schema and rules versions, counts per clinic, "
                "the last import and run, and rejected rows (read-only)");
  const std::map<std::string, StatusFormat> formats = {{"text", StatusFormat::kText},
                                                       {"json", StatusFormat::kJson}};
  sub->add_option("--format", options->format, "Output format: text or json (for monitoring)")
      ->transform(CLI::CheckedTransformer(formats, CLI::ignore_case))
      ->default_str("text");
  return {sub, [&global, options] { return RunStatusCommand(global, *options); }};
}

}  // namespace crampwatch::cli
