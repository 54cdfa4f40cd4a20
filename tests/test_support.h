// Shared test helpers: temporary folders, in-memory byte sources, exports, running the binary.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "import/byte_source.h"

namespace crampwatch::testing {

/// A fresh folder under $TMPDIR, removed with everything in it on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  /// path() / name, as a string.
  std::string File(std::string_view name) const;
  /// Writes `content` to path() / name and returns the full path.
  std::string Write(std::string_view name, std::string_view content) const;

 private:
  std::filesystem::path path_;
};

/// Hands out a string's bytes at most `chunk` at a time, so tests can put
/// buffer boundaries anywhere.
class StringSource : public importer::ByteSource {
 public:
  explicit StringSource(std::string data, std::size_t chunk = 1 << 16)
      : data_(std::move(data)), chunk_(chunk) {}
  std::size_t Read(char* buffer, std::size_t size) override;

 private:
  std::string data_;
  std::size_t chunk_;
  std::size_t position_ = 0;
};

std::string ReadFile(const std::filesystem::path& path);

/// The outcome of running a program to completion.
struct RunResult {
  int exit_code = -1;  // -1 when killed by a signal
  std::string out;
  std::string err;
};

/// Limits a child started by RunProgram gets before it runs.
struct ProcessLimits {
  /// RLIMIT_FSIZE in bytes: no file may grow past it. SIGXFSZ is ignored in
  /// the child, so a write beyond it fails with EFBIG instead of killing it.
  long long max_file_bytes = -1;  // -1: no limit
  /// RLIMIT_AS in bytes: a program that would eat the machine's memory fails
  /// its allocation instead. Not applied in an AddressSanitizer build, whose
  /// programs cannot start under it.
  long long max_memory_bytes = -1;  // -1: no limit
};

/// Runs `argv` (argv[0] is a path) with `input` on standard input, waiting
/// for it to finish, and captures its output.
RunResult RunProgram(const std::vector<std::string>& argv, std::string_view input = {},
                     const ProcessLimits& limits = {});

/// Starts `argv` in the background with its output discarded; returns its pid.
int StartProgram(const std::vector<std::string>& argv);

/// Waits for `pid`; returns its exit code, or -signal when a signal killed it.
int WaitProgram(int pid);

/// The header line of a standard intake export, with its newline.
inline constexpr char kExportHeader[] =
    "clinic_id,intake_id,patient_id,intake_date,sex,age,complaint,history,medications\n";

/// Writes kExportHeader followed by `rows` (each ending in a newline) to
/// dir / name; returns the full path.
std::string WriteExport(const TempDir& dir, std::string_view name, std::string_view rows);

/// The argv of `crampwatch --db <db> args...`, the binary under test, for
/// tests that start it themselves or give each run its own database.
std::vector<std::string> CrampwatchCommand(const std::string& db, std::vector<std::string> args);

/// A temporary folder holding the database the binary under test is run on.
struct CliFixture {
  TempDir dir;
  std::string db = dir.File("clinic.db");

  /// Runs `crampwatch --db <db> args...` to completion, `input` on its standard input.
  RunResult Crampwatch(std::vector<std::string> args, std::string_view input = {},
                       const ProcessLimits& limits = {}) const;
};

}  // namespace crampwatch::testing

namespace SQLite {
class Database;
}

namespace crampwatch::testing {

/// Every row of every table, in rowid order, as text: two dumps are equal
/// exactly when the database content is.
std::string DumpDatabase(SQLite::Database& database);

/// The first column of the first row of `sql`, as an integer.
long long QueryInt(SQLite::Database& database, const std::string& sql);

/// The first column of the first row of `sql`, as text ("NULL" for NULL).
std::string QueryText(SQLite::Database& database, const std::string& sql);

}  // namespace crampwatch::testing

namespace crampwatch::testing {


/// PRAGMA integrity_check's report on a read-only connection, rows joined by
/// newlines: "ok" when the database is whole. Leaves -wal and -shm as they are.
std::string IntegrityCheck(const std::string& database_path);

/// The first column of the first row of `sql`, as an integer, read from the
/// database file alone, its -wal ignored (SQLite's `immutable=1`): what
/// checkpoints have written back so far.
long long QueryIntInFileAlone(const std::string& database_path, const std::string& sql);

}  // namespace crampwatch::testing
