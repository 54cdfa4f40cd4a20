// QueryWatchdog: stops a running query from another thread, at its time limit or on SIGINT/SIGTERM.
#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <thread>

#include "cli/exit_code.h"

namespace crampwatch::cli {

/// Watches a query while it runs. When `limit` passes, or SIGINT or SIGTERM
/// arrives, it calls `interrupt` (sqlite3_interrupt: safe from any thread),
/// again every few milliseconds, since an interrupt before the statement
/// starts is forgotten. SQLite only sees an interrupt between two of its
/// instructions, and one function call (instr() over a huge string) can run
/// for a minute: if the query has not ended kGracePeriod later, the watchdog
/// prints Message() and ends the process itself. That is safe because the
/// connection is read-only: a reader that exits with its connection open
/// leaves the database as closing would (no checkpoint, nothing written).
///
/// The signal handlers only write a byte to a pipe that the watchdog's
/// thread polls (async-signal-safe); they are installed by the constructor,
/// unless the signal is ignored, and the previous ones restored by the
/// destructor. One watchdog at a time.
class QueryWatchdog {
 public:
  /// How long an interrupted query has to end before the process does.
  static constexpr std::chrono::seconds kGracePeriod{2};

  /// Why the query was stopped.
  enum class Reason { kNone, kTimeLimit, kSignal };

  /// `limit`: nullopt for no time limit. Throws Error (kTryLater) when the
  /// pipe or the thread cannot be made.
  QueryWatchdog(std::function<void()> interrupt, std::optional<std::chrono::duration<double>> limit);
  /// Stops watching and joins the thread; the signals get their old handlers.
  ~QueryWatchdog();
  QueryWatchdog(const QueryWatchdog&) = delete;
  QueryWatchdog& operator=(const QueryWatchdog&) = delete;

  /// kNone while the query was not stopped.
  Reason reason() const { return reason_.load(); }
  /// The signal that stopped the query, when reason() is kSignal.
  int signal_number() const { return signal_number_.load(); }
  /// "query: stopped after 1.5 s (--timeout)", "query: stopped by SIGINT".
  std::string Message() const;
  /// kTryLater for the time limit; kInterrupted or kTerminated for a signal.
  Outcome outcome() const;

 private:
  void Watch();
  /// Restores the signal handlers and closes the pipe.
  void Release();
  void Stop(Reason reason, int signal_number);
  [[noreturn]] void EndProcess() const;

  std::function<void()> interrupt_;
  std::optional<std::chrono::duration<double>> limit_;
  int wake_read_ = -1;   // the pipe the signal handlers and the destructor write to
  int wake_write_ = -1;
  std::atomic<Reason> reason_{Reason::kNone};
  std::atomic<int> signal_number_{0};
  std::thread thread_;
};

}  // namespace crampwatch::cli
