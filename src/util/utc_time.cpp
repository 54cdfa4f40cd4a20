#include "util/utc_time.h"

#include <ctime>

namespace crampwatch {
namespace {

std::string FormatNow(const char* format) {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof text, format, &utc);
  return text;
}

}  // namespace

std::string UtcNow() { return FormatNow("%Y-%m-%dT%H:%M:%SZ"); }

std::string UtcToday() { return FormatNow("%Y-%m-%d"); }

}  // namespace crampwatch
