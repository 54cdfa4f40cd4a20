// LocalToday: the date on the wall calendar where crampwatch runs.
#pragma once

#include <string>

namespace crampwatch {

/// Today's date in the local time zone, "2026-11-02": the day a clinician
/// reading tonight's workbook calls today (UtcToday may still be yesterday).
std::string LocalToday();

}  // namespace crampwatch
