#include "cli/command_failure.h"

#include <SQLiteCpp/Exception.h>

#include <cstdio>

#include "cli/terminal_status.h"
#include "db/database.h"
#include "util/error.h"
#include "util/terminal_text.h"

namespace crampwatch::cli {

void PrintError(std::string_view message) {
  const std::string line = "crampwatch: error: " + TerminalSafe(message, LineBreaks::kKeep) + "\n";
  std::fputs(line.c_str(), stderr);
}

Outcome RunReportingFailure(const std::string& db_path, const std::function<Outcome()>& work,
                            TerminalStatus* status) {
  auto failed = [status](std::string_view message, Outcome outcome) {
    if (status != nullptr) status->ClearProgress();
    PrintError(message);
    return outcome;
  };
  try {
    return work();
  } catch (const Error& error) {
    return failed(error.what(), OutcomeOf(error.kind()));
  } catch (const SQLite::Exception& error) {
    const Error database_error = db::DatabaseError(db_path, error);
    return failed(database_error.what(), OutcomeOf(database_error.kind()));
  } catch (const std::exception& error) {
    return failed(std::string("internal error: ") + error.what(), Outcome::kInternal);
  }
}

}  // namespace crampwatch::cli
