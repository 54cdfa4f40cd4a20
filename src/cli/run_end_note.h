// RunEndNote: a run's end, kept in the run lock file when the database cannot take it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace crampwatch::cli {

/// How a run ended, as run_log records it. On a full disk the database
/// may refuse even this one row's update; the run then writes the note into
/// its lock file (FileLock::WriteNote), `status` reads it there, and the next
/// run copies it into run_log.
struct RunEndNote {
  std::int64_t run_id = 0;
  std::string finished_at;  // UTC, ISO 8601
  int exit_code = 0;
};

/// "run 12 ended 2026-11-26T02:16:00Z exit 74".
std::string FormatRunEndNote(const RunEndNote& note);

/// The note `text` holds, or nullopt when it is not one.
std::optional<RunEndNote> ParseRunEndNote(std::string_view text);

}  // namespace crampwatch::cli
