#include "cli/terminal_status.h"

#include <unistd.h>

#include <cstdio>

#include "util/terminal_text.h"

namespace crampwatch::cli {
namespace {

constexpr int kBarWidth = 30;
constexpr auto kRedrawInterval = std::chrono::milliseconds(100);
// Stages shorter than this never show a bar.
constexpr auto kQuietStart = std::chrono::seconds(1);

std::string HumanBytes(std::int64_t bytes) {
  char text[32];
  if (bytes >= (1 << 20)) {
    std::snprintf(text, sizeof text, "%.1f MiB", static_cast<double>(bytes) / (1 << 20));
  } else {
    std::snprintf(text, sizeof text, "%.0f KiB", static_cast<double>(bytes) / 1024);
  }
  return text;
}

// Lines carry file names, header names and (with -v) records from the
// exports: their control characters are shown, never sent to the terminal.
void PrintLine(const char* prefix, std::string_view line) {
  const std::string shown = prefix + TerminalSafe(line) + "\n";
  std::fputs(shown.c_str(), stderr);
}

}  // namespace

TerminalStatus::TerminalStatus(bool quiet, bool verbose)
    : quiet_(quiet), verbose_(verbose && !quiet), is_terminal_(isatty(STDERR_FILENO) == 1) {}

TerminalStatus::~TerminalStatus() { ClearProgress(); }

void TerminalStatus::Progress(std::string_view label, std::int64_t done,
                              std::optional<std::int64_t> total, ProgressUnit unit) {
  if (quiet_ || !is_terminal_) return;
  auto now = std::chrono::steady_clock::now();
  if (!first_progress_) first_progress_ = now;
  if (now - *first_progress_ < kQuietStart) return;
  if (bar_visible_ && now - last_draw_ < kRedrawInterval) return;
  last_draw_ = now;
  std::string line = "\r";
  if (total && *total > 0) {
    int filled = static_cast<int>(kBarWidth * std::min<std::int64_t>(done, *total) / *total);
    line.push_back('[');
    line.append(static_cast<std::size_t>(filled), '#');
    line.append(static_cast<std::size_t>(kBarWidth - filled), ' ');
    line.append("] ");
    line += std::to_string(100 * std::min<std::int64_t>(done, *total) / *total) + "% ";
  }
  line += (unit == ProgressUnit::kBytes ? HumanBytes(done) : std::to_string(done) + " records") + "  " +
          TerminalSafe(label);
  line += "\x1b[K";  // erase the rest of the previous, longer line
  std::fputs(line.c_str(), stderr);
  std::fflush(stderr);
  bar_visible_ = true;
}

void TerminalStatus::ClearProgress() {
  if (!bar_visible_) return;
  std::fputs("\r\x1b[K", stderr);
  bar_visible_ = false;
}

void TerminalStatus::Summary(std::string_view line) {
  if (quiet_) return;
  ClearProgress();
  PrintLine("", line);
}

void TerminalStatus::Warning(std::string_view line) {
  if (quiet_) return;
  ClearProgress();
  PrintLine("crampwatch: warning: ", line);
}

void TerminalStatus::Debug(std::string_view line) {
  if (!verbose_) return;
  ClearProgress();
  PrintLine("crampwatch: debug: ", line);
}

}  // namespace crampwatch::cli
