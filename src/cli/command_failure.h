// Command failures: the one place where an exception that ends a command becomes an outcome.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "cli/exit_code.h"

namespace crampwatch::cli {

class TerminalStatus;

/// Prints "crampwatch: error: <message>" on standard error, its control
/// characters escaped (a message may name a file or a header from an export).
void PrintError(std::string_view message);

/// Runs `work` and returns its outcome; when it throws, prints the error and
/// returns what the error means. Every command goes through here (main), and
/// each stage of `run`, so that an exception means the same exit code
/// wherever it is thrown: Error by its kind; SQLite::Exception as
/// db::ErrorKindOf says (busy or locked: try later, 75; a file that cannot be
/// opened: 73; any other: database trouble, 74), its message naming
/// `db_path`; anything else is an internal error (70). `status`, when given,
/// has its progress bar erased before the message.
Outcome RunReportingFailure(const std::string& db_path, const std::function<Outcome()>& work,
                            TerminalStatus* status = nullptr);

}  // namespace crampwatch::cli
