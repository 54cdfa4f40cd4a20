// TerminalStatus: progress and summaries on standard error, for people and for cron.
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "util/status_printer.h"

namespace crampwatch::cli {

/// Draws a progress bar when standard error is a terminal (redrawn at most
/// ten times a second), prints summaries and warnings as lines. `quiet`
/// keeps only what cron should mail: nothing but errors, which main prints.
class TerminalStatus : public StatusPrinter {
 public:
  /// `verbose` (-v) also prints Debug lines; `quiet` wins over it.
  TerminalStatus(bool quiet, bool verbose);
  ~TerminalStatus() override;

  void Progress(std::string_view label, std::int64_t done, std::optional<std::int64_t> total,
                ProgressUnit unit) override;
  void Summary(std::string_view line) override;
  void Warning(std::string_view line) override;
  void Debug(std::string_view line) override;

  /// Erases a progress bar still on screen (before printing an error).
  void ClearProgress();

 private:
  bool quiet_;
  bool verbose_;
  bool is_terminal_;
  // Progress is drawn only for work that lasts: the first report's time.
  std::optional<std::chrono::steady_clock::time_point> first_progress_;
  bool bar_visible_ = false;
  std::chrono::steady_clock::time_point last_draw_{};
};

}  // namespace crampwatch::cli
