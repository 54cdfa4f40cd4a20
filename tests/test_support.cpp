#include "test_support.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAddressSanitizer = true;
#else
constexpr bool kAddressSanitizer = false;
#endif

namespace crampwatch::testing {

TempDir::TempDir() {
  std::string pattern =
      (std::filesystem::temp_directory_path() / "crampwatch-test-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) {
    throw std::runtime_error("mkdtemp failed: " + std::string(std::strerror(errno)));
  }
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

std::string TempDir::File(std::string_view name) const { return (path_ / name).string(); }

std::string TempDir::Write(std::string_view name, std::string_view content) const {
  std::string full = File(name);
  std::ofstream out(full, std::ios::binary);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
  if (!out) throw std::runtime_error("cannot write " + full);
  return full;
}

std::size_t StringSource::Read(char* buffer, std::size_t size) {
  std::size_t n = std::min({size, chunk_, data_.size() - position_});
  std::memcpy(buffer, data_.data() + position_, n);
  position_ += n;
  return n;
}

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

RunResult RunProgram(const std::vector<std::string>& argv, std::string_view input,
                     const ProcessLimits& limits) {
  // A child that exits without reading its input must not kill the tests.
  signal(SIGPIPE, SIG_IGN);
  int in_pipe[2], out_pipe[2], err_pipe[2];
  if (pipe(in_pipe) != 0 || pipe(out_pipe) != 0 || pipe(err_pipe) != 0) {
    throw std::runtime_error("pipe failed");
  }
  // Built before fork: the child may only make async-signal-safe calls.
  std::vector<char*> args;
  for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    dup2(in_pipe[0], STDIN_FILENO);
    dup2(out_pipe[1], STDOUT_FILENO);
    dup2(err_pipe[1], STDERR_FILENO);
    for (int fd : {in_pipe[0], in_pipe[1], out_pipe[0], out_pipe[1], err_pipe[0], err_pipe[1]}) {
      close(fd);
    }
    if (limits.max_file_bytes >= 0) {
      // An ignored signal stays ignored across exec; the limit is inherited.
      signal(SIGXFSZ, SIG_IGN);
      const rlimit limit{static_cast<rlim_t>(limits.max_file_bytes),
                         static_cast<rlim_t>(limits.max_file_bytes)};
      if (setrlimit(RLIMIT_FSIZE, &limit) != 0) _exit(126);
    }
    // Under AddressSanitizer the child reserves terabytes of shadow address
    // space at start and cannot run under RLIMIT_AS at all: the limit, a
    // guard against a runaway test, is left out there.
    if (limits.max_memory_bytes >= 0 && !kAddressSanitizer) {
      const rlimit limit{static_cast<rlim_t>(limits.max_memory_bytes),
                         static_cast<rlim_t>(limits.max_memory_bytes)};
      if (setrlimit(RLIMIT_AS, &limit) != 0) _exit(126);
    }
    execv(args[0], args.data());
    _exit(127);
  }
  close(in_pipe[0]);
  close(out_pipe[1]);
  close(err_pipe[1]);
  fcntl(in_pipe[1], F_SETFL, O_NONBLOCK);

  RunResult result;
  std::size_t written = 0;
  if (input.empty()) close(in_pipe[1]);
  bool in_open = !input.empty();
  bool out_open = true, err_open = true;
  char buffer[65536];
  while (out_open || err_open) {
    pollfd fds[3] = {{out_open ? out_pipe[0] : -1, POLLIN, 0},
                     {err_open ? err_pipe[0] : -1, POLLIN, 0},
                     {in_open ? in_pipe[1] : -1, POLLOUT, 0}};
    if (poll(fds, 3, -1) < 0) {
      if (errno == EINTR) continue;
      throw std::runtime_error("poll failed");
    }
    if (in_open && (fds[2].revents & (POLLOUT | POLLERR | POLLHUP))) {
      ssize_t n = write(in_pipe[1], input.data() + written, input.size() - written);
      if (n > 0) written += static_cast<std::size_t>(n);
      if (n < 0 && errno != EAGAIN) written = input.size();
      if (written == input.size()) {
        close(in_pipe[1]);
        in_open = false;
      }
    }
    for (int i = 0; i < 2; ++i) {
      if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      ssize_t n = read(fds[i].fd, buffer, sizeof buffer);
      if (n > 0) {
        (i == 0 ? result.out : result.err).append(buffer, static_cast<std::size_t>(n));
      } else {
        close(fds[i].fd);
        (i == 0 ? out_open : err_open) = false;
      }
    }
  }
  if (in_open) close(in_pipe[1]);
  int status = 0;
  waitpid(pid, &status, 0);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

int StartProgram(const std::vector<std::string>& argv) {
  pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    int null_fd = open("/dev/null", O_RDWR);
    dup2(null_fd, STDIN_FILENO);
    dup2(null_fd, STDOUT_FILENO);
    dup2(null_fd, STDERR_FILENO);
    std::vector<char*> args;
    for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);
    execv(args[0], args.data());
    _exit(127);
  }
  return pid;
}

int WaitProgram(int pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
}

std::string WriteExport(const TempDir& dir, std::string_view name, std::string_view rows) {
  return dir.Write(name, std::string(kExportHeader) + std::string(rows));
}

std::vector<std::string> CrampwatchCommand(const std::string& db, std::vector<std::string> args) {
  args.insert(args.begin(), {CRAMPWATCH_BIN, "--db", db});
  return args;
}

RunResult CliFixture::Crampwatch(std::vector<std::string> args, std::string_view input,
                                 const ProcessLimits& limits) const {
  return RunProgram(CrampwatchCommand(db, std::move(args)), input, limits);
}

}  // namespace crampwatch::testing

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace crampwatch::testing {

std::string DumpDatabase(SQLite::Database& database) {
  std::string dump;
  SQLite::Statement tables(database,
                           "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
  while (tables.executeStep()) {
    std::string table = tables.getColumn(0).getString();
    dump += "== " + table + "\n";
    // Every column in order: WITHOUT ROWID tables have no rowid to sort by.
    int columns = database.execAndGet("SELECT count(*) FROM pragma_table_info('" + table + "')").getInt();
    std::string order;
    for (int c = 1; c <= columns; ++c) order += (c > 1 ? ", " : "") + std::to_string(c);
    SQLite::Statement rows(database, "SELECT * FROM \"" + table + "\" ORDER BY " + order);
    while (rows.executeStep()) {
      for (int i = 0; i < rows.getColumnCount(); ++i) {
        dump += rows.getColumn(i).isNull() ? "NULL" : rows.getColumn(i).getString();
        dump += '|';
      }
      dump += '\n';
    }
  }
  return dump;
}

long long QueryInt(SQLite::Database& database, const std::string& sql) {
  return database.execAndGet(sql).getInt64();
}

std::string QueryText(SQLite::Database& database, const std::string& sql) {
  SQLite::Column value = database.execAndGet(sql);
  return value.isNull() ? "NULL" : value.getString();
}

std::string IntegrityCheck(const std::string& database_path) {
  // Read-only: a read-write connection would checkpoint and delete the -wal
  // on closing, changing what the next program finds.
  SQLite::Database database(database_path, SQLite::OPEN_READONLY);
  SQLite::Statement check(database, "PRAGMA integrity_check");
  std::string report;
  while (check.executeStep()) report += (report.empty() ? "" : "\n") + check.getColumn(0).getString();
  return report;
}

long long QueryIntInFileAlone(const std::string& database_path, const std::string& sql) {
  SQLite::Database database("file:" + database_path + "?immutable=1", SQLite::OPEN_READONLY | SQLite::OPEN_URI);
  return QueryInt(database, sql);
}

}  // namespace crampwatch::testing
