#include "cli/query_watchdog.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sstream>
#include <system_error>

#include "cli/command.h"
#include "cli/command_failure.h"
#include "util/error.h"

namespace crampwatch::cli {
namespace {

// How often a stopped query is interrupted again, until it ends.
constexpr std::chrono::milliseconds kInterruptEvery{10};
// The byte the destructor writes: no signal has number 0.
constexpr char kStopWatching = 0;

constexpr int kWatchedSignals[] = {SIGINT, SIGTERM};

// The pipe's write end for the signal handler; -1 when no watchdog is live.
volatile sig_atomic_t g_wake_fd = -1;
struct sigaction g_previous[2];

void OnSignal(int signal_number) {
  const int saved_errno = errno;
  const char byte = static_cast<char>(signal_number);
  // Non-blocking: with the pipe full, the watchdog has enough to wake up.
  if (g_wake_fd >= 0) (void)!write(g_wake_fd, &byte, 1);
  errno = saved_errno;
}

std::string SignalName(int signal_number) {
  return signal_number == SIGINT ? "SIGINT" : signal_number == SIGTERM ? "SIGTERM" : std::to_string(signal_number);
}

}  // namespace

QueryWatchdog::QueryWatchdog(std::function<void()> interrupt, std::optional<std::chrono::duration<double>> limit)
    : interrupt_(std::move(interrupt)), limit_(limit) {
  int fds[2];
  if (pipe2(fds, O_CLOEXEC | O_NONBLOCK) != 0) {
    throw Error(ErrorKind::kTryLater, std::string("query: cannot make the watchdog's pipe: ") + std::strerror(errno));
  }
  wake_read_ = fds[0];
  wake_write_ = fds[1];
  g_wake_fd = wake_write_;
  struct sigaction action {};
  action.sa_handler = &OnSignal;
  sigemptyset(&action.sa_mask);
  for (std::size_t i = 0; i < std::size(kWatchedSignals); ++i) {
    sigaction(kWatchedSignals[i], nullptr, &g_previous[i]);
    // An ignored signal stays ignored, as for a job started with nohup or in
    // the background of a script.
    if (g_previous[i].sa_handler != SIG_IGN) sigaction(kWatchedSignals[i], &action, nullptr);
  }
  try {
    thread_ = std::thread([this] { Watch(); });
  } catch (const std::system_error& error) {
    Release();
    throw Error(ErrorKind::kTryLater, std::string("query: cannot start the watchdog: ") + error.what());
  }
}

QueryWatchdog::~QueryWatchdog() {
  const char byte = kStopWatching;
  (void)!write(wake_write_, &byte, 1);
  thread_.join();
  Release();
}

void QueryWatchdog::Release() {
  for (std::size_t i = 0; i < std::size(kWatchedSignals); ++i) sigaction(kWatchedSignals[i], &g_previous[i], nullptr);
  g_wake_fd = -1;
  close(wake_read_);
  close(wake_write_);
}

void QueryWatchdog::Watch() {
  using Clock = std::chrono::steady_clock;
  std::optional<Clock::time_point> deadline;
  if (limit_) deadline = Clock::now() + std::chrono::duration_cast<Clock::duration>(*limit_);
  Clock::time_point stopped_at;
  for (;;) {
    const bool stopped = reason_.load() != Reason::kNone;
    int wait_ms = -1;
    if (stopped) {
      wait_ms = static_cast<int>(kInterruptEvery.count());
    } else if (deadline) {
      const auto left = std::chrono::ceil<std::chrono::milliseconds>(*deadline - Clock::now());
      wait_ms = static_cast<int>(std::max<long long>(0, left.count()));
    }
    pollfd wake{.fd = wake_read_, .events = POLLIN, .revents = 0};
    const int ready = poll(&wake, 1, wait_ms);
    if (ready > 0) {
      char bytes[16];
      const ssize_t count = read(wake_read_, bytes, sizeof bytes);
      for (ssize_t i = 0; i < count; ++i) {
        if (bytes[i] == kStopWatching) return;
        // A signal once the query is stopped: the user insists, no grace.
        if (reason_.load() != Reason::kNone) EndProcess();
        signal_number_ = bytes[i];
        reason_ = Reason::kSignal;
        stopped_at = Clock::now();
      }
    }
    if (reason_.load() == Reason::kNone && deadline && Clock::now() >= *deadline) {
      reason_ = Reason::kTimeLimit;
      stopped_at = Clock::now();
    }
    if (reason_.load() == Reason::kNone) continue;
    interrupt_();
    if (Clock::now() - stopped_at >= kGracePeriod) EndProcess();
  }
}

std::string QueryWatchdog::Message() const {
  if (reason_.load() == Reason::kSignal) return "query: stopped by " + SignalName(signal_number_.load());
  std::ostringstream seconds;
  seconds << (limit_ ? limit_->count() : 0.0);
  return "query: stopped after " + seconds.str() + " s (--timeout)";
}

Outcome QueryWatchdog::outcome() const {
  if (reason_.load() != Reason::kSignal) return Outcome::kTryLater;
  return signal_number_.load() == SIGINT ? Outcome::kInterrupted : Outcome::kTerminated;
}

void QueryWatchdog::EndProcess() const {
  // The rows printed so far come before the message; but never wait for a
  // main thread blocked writing them (a full pipe to a pager).
  if (ftrylockfile(stdout) == 0) {
    std::fflush(stdout);
    funlockfile(stdout);
  }
  PrintError(Message());
  std::_Exit(ExitCode(outcome()));
}

}  // namespace crampwatch::cli
