// StatusPrinter: where long-running stages send progress and diagnostics.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace crampwatch {

/// What a progress count counts.
enum class ProgressUnit { kBytes, kRecords };

/// Implemented by the CLI (a progress bar on a terminal, plain lines
/// otherwise, nothing with --quiet) and by tests (silent or collecting).
/// Messages never hold patient text: callers pass reasons and counts only.
class StatusPrinter {
 public:
  virtual ~StatusPrinter() = default;

  /// Work on `label` has reached `done` of `total` units; `total` is
  /// unknown for a stream. Called often; implementations throttle.
  virtual void Progress(std::string_view label, std::int64_t done,
                        std::optional<std::int64_t> total, ProgressUnit unit) = 0;

  /// A one-line summary of a finished step.
  virtual void Summary(std::string_view line) = 0;

  /// A problem worth a line of its own, e.g. "a.csv:12: age: outside 0-120".
  virtual void Warning(std::string_view line) = 0;

  /// Detail for -v: may name patient data (a rejected record's text), so it
  /// is shown only when asked for.
  virtual void Debug(std::string_view /*line*/) {}
};

/// Prints nothing; for tests and callers that only want results.
class SilentStatus : public StatusPrinter {
 public:
  void Progress(std::string_view, std::int64_t, std::optional<std::int64_t>, ProgressUnit) override {}
  void Summary(std::string_view) override {}
  void Warning(std::string_view) override {}
};

}  // namespace crampwatch
