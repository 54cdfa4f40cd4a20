// crampwatch-gen: writes a synthetic intake export (CSV) for benchmarks and load tests.
#include <sys/stat.h>

#include <CLI/CLI.hpp>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>

#include "gen/intake_generator.h"
#include "util/error.h"

namespace {

// sysexits.h codes, as crampwatch itself uses them.
constexpr int kExitUsage = 64;
constexpr int kExitSoftware = 70;
constexpr int kExitCannotCreate = 73;
constexpr int kExitIoError = 74;

struct FileCloser {
  void operator()(std::FILE* file) const { std::fclose(file); }
};

void PrintError(const std::string& message) {
  std::fprintf(stderr, "crampwatch-gen: error: %s\n", message.c_str());
}

int ExitCodeOf(crampwatch::ErrorKind kind) {
  switch (kind) {
    case crampwatch::ErrorKind::kUsage: return kExitUsage;
    case crampwatch::ErrorKind::kCannotCreate: return kExitCannotCreate;
    case crampwatch::ErrorKind::kBadInput:
    case crampwatch::ErrorKind::kNoInput:
    case crampwatch::ErrorKind::kDatabase:
    case crampwatch::ErrorKind::kTryLater: return kExitIoError;
  }
  return kExitSoftware;
}

int Main(int argc, char** argv) {
  crampwatch::gen::GeneratorOptions options;
  std::string out_path;
  bool quiet = false;

  CLI::App app(
      "crampwatch-gen: writes a synthetic clinic intake export (CSV, the columns of docs/intake-format.md) for "
      "benchmarks and load tests. About half the complaints are leg or foot cramps. The same options "
      "always give the same bytes; row i belongs to clinic i % clinics with intake number "
      "id-start + i / clinics, so a higher --id-start makes new records and another --seed with the "
      "same --id-start makes changed versions of the same records.",
      "crampwatch-gen");
  app.footer("Exit codes: 0 success, 64 usage error, 73 the output cannot be created or written.");
  app.add_option("--rows", options.rows, "Data rows to write")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  app.add_option("--clinics", options.clinics, "Number of clinics, CLN-001 upwards")
      ->capture_default_str()
      ->check(CLI::Range(1, 999));
  app.add_option("--seed", options.seed, "Seed of every random choice")->capture_default_str();
  app.add_option("-o,--out", out_path, "Output file (default: standard output)");
  app.add_option("--bad-rate", options.bad_rate,
                 "Share of rows made invalid on purpose (empty complaint, impossible date, age 150, "
                 "birth after intake)")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 1.0));
  app.add_option("--id-start", options.id_start, "Intake number of each clinic's first row")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  app.add_option("--start-date", options.start_date, "First possible intake date, YYYY-MM-DD")
      ->capture_default_str();
  app.add_option("--days", options.days, "Intake dates fall in this many days from --start-date")
      ->capture_default_str()
      ->check(CLI::Range(1, 36500));
  app.add_flag("--in-date-order", options.in_date_order,
               "Dates rise with the row number (an export of a period) instead of being random");
  app.add_flag("-q,--quiet", quiet, "Print no summary on standard error");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    if (error.get_exit_code() == 0) return app.exit(error);
    app.exit(error);
    return kExitUsage;
  }

  std::unique_ptr<std::FILE, FileCloser> file;
  bool regular_file = false;  // only a regular file is removed after a failed write
  try {
    crampwatch::gen::IntakeGenerator generator(options);
    const std::string name = out_path.empty() ? "standard output" : out_path;
    if (!out_path.empty()) {
      file.reset(std::fopen(out_path.c_str(), "wb"));
      if (!file) {
        throw crampwatch::Error(crampwatch::ErrorKind::kCannotCreate,
                                out_path + ": cannot create: " + std::strerror(errno));
      }
      struct stat info {};
      regular_file = fstat(fileno(file.get()), &info) == 0 && S_ISREG(info.st_mode);
    }
    const auto started = std::chrono::steady_clock::now();
    try {
      generator.Write(file ? file.get() : stdout, name);
      if (file && std::fclose(file.release()) != 0) {
        throw crampwatch::Error(crampwatch::ErrorKind::kCannotCreate,
                                out_path + ": write failed: " + std::strerror(errno));
      }
    } catch (const crampwatch::Error&) {
      // A half-written export would only mislead a benchmark: remove it, but
      // never a device or pipe given as --out (such as /dev/full).
      if (regular_file) {
        file.reset();
        std::remove(out_path.c_str());
      }
      throw;
    }
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - started;
    if (!quiet) {
      std::fprintf(stderr, "crampwatch-gen: %lld rows (%lld bad) from %d clinics, %.1f MB to %s in %.2f s\n",
                   static_cast<long long>(options.rows), static_cast<long long>(generator.bad_rows()),
                   options.clinics, static_cast<double>(generator.bytes_written()) / 1e6, name.c_str(),
                   elapsed.count());
    }
    return 0;
  } catch (const crampwatch::Error& error) {
    PrintError(error.what());
    return ExitCodeOf(error.kind());
  } catch (const std::exception& error) {
    PrintError(std::string("unexpected: ") + error.what());
    return kExitSoftware;
  }
}

}  // namespace

int main(int argc, char** argv) { return Main(argc, argv); }
