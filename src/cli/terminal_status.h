// TerminalStatus: progress and summaries on standard error, for people and for cron.
#pragma once

#include <chrono>
#include <string>

#include "util/status_printer.h"

namespace crampwatch::cli {

/// Draws a progress bar when standard error is a terminal (redrawn at most
/// ten times a second), prints summaries and warnings as lines. `quiet`
/// keeps only what cron should mail: nothing but errors, which main prints.
class TerminalStatus : public StatusPrinter {
 public:
  explicit TerminalStatus(bool quiet);
  ~TerminalStatus() override;

  void Progress(std::string_view label, std::int64_t done, std::optional<std::int64_t> total,
                ProgressUnit unit) override;
  void Summary(std::string_view line) override;
  void Warning(std::string_view line) override;

  /// Erases a progress bar still on screen (before printing an error).
  void ClearProgress();

 private:
  bool quiet_;
  bool is_terminal_;
  bool bar_visible_ = false;
  std::chrono::steady_clock::time_point last_draw_{};
};

}  // namespace crampwatch::cli
