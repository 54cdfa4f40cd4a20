#include "cli/exit_code.h"

#include <array>

namespace crampwatch::cli {
namespace {

// Ordered by seriousness: a database problem outweighs a bad input file,
// which outweighs rejected rows. Codes follow sysexits.h.
constexpr std::array<OutcomeInfo, 11> kOutcomes = {{
    {Outcome::kOk, 0, "success"},
    {Outcome::kRowsRejected, 1, "success, but some rows were rejected (see v_reject)"},
    {Outcome::kBadInput, 65, "an input file (intake export, rules file) is not valid; nothing of it was used"},
    {Outcome::kNoInput, 66, "an input file is missing or unreadable"},
    {Outcome::kTryLater, 75,
     "try again later: another run holds the lock, the database stayed busy, or a query ran past --timeout "
     "or --max-memory"},
    {Outcome::kCannotCreate, 73, "an output file (or the database file) cannot be created"},
    {Outcome::kDatabase, 74, "database trouble: I/O error, disk full, corrupt file; the failed file rolled back"},
    {Outcome::kUsage, 64, "usage error: a bad option or argument"},
    // 128 + the signal's number, as a shell reports a process the signal killed.
    {Outcome::kInterrupted, 130, "stopped by Ctrl-C (SIGINT) (query)"},
    {Outcome::kTerminated, 143, "stopped by SIGTERM (query)"},
    {Outcome::kInternal, 70, "internal error: a bug in crampwatch; please report it"},
}};

constexpr std::size_t Rank(Outcome outcome) { return static_cast<std::size_t>(outcome); }

// Seriousness is the position in the table, so the table must follow the enum.
constexpr bool TableFollowsEnum() {
  for (std::size_t i = 0; i < kOutcomes.size(); ++i) {
    if (Rank(kOutcomes[i].outcome) != i) return false;
  }
  return true;
}
static_assert(TableFollowsEnum());

}  // namespace

std::span<const OutcomeInfo> AllOutcomes() { return kOutcomes; }

int ExitCode(Outcome outcome) { return kOutcomes[Rank(outcome)].exit_code; }

Outcome OutcomeOf(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::kUsage: return Outcome::kUsage;
    case ErrorKind::kBadInput: return Outcome::kBadInput;
    case ErrorKind::kNoInput: return Outcome::kNoInput;
    case ErrorKind::kCannotCreate: return Outcome::kCannotCreate;
    case ErrorKind::kDatabase: return Outcome::kDatabase;
    case ErrorKind::kTryLater: return Outcome::kTryLater;
  }
  return Outcome::kInternal;
}

Outcome MostSerious(Outcome a, Outcome b) { return Rank(a) >= Rank(b) ? a : b; }

}  // namespace crampwatch::cli
