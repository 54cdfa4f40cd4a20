// Exit codes: the one table that turns outcomes into sysexits.h codes.
#pragma once

#include <span>
#include <string_view>

#include "util/error.h"

namespace crampwatch::cli {

/// Every way a command can end. When several happen, the most serious wins.
enum class Outcome {
  kOk,
  kRowsRejected,
  kBadInput,
  kNoInput,
  kTryLater,
  kCannotCreate,
  kDatabase,
  kUsage,
  kInterrupted,
  kTerminated,
  kInternal,
};

/// One row of the table: outcome, exit code, what it means (for --help and
/// docs/intake-format.md). Rows are in increasing order of seriousness.
struct OutcomeInfo {
  Outcome outcome;
  int exit_code;
  std::string_view meaning;
};

std::span<const OutcomeInfo> AllOutcomes();

int ExitCode(Outcome outcome);
Outcome OutcomeOf(ErrorKind kind);
/// The more serious of the two.
Outcome MostSerious(Outcome a, Outcome b);

}  // namespace crampwatch::cli
