// UTC time as text, for timestamps stored in the database and written to files.
#pragma once

#include <string>

namespace crampwatch {

/// The current time in UTC, as ISO 8601: "2026-11-26T02:15:00Z".
std::string UtcNow();

/// Today's date in UTC: "2026-11-26".
std::string UtcToday();

}  // namespace crampwatch
