// IntakeGenerator: writes large synthetic intake exports (CSV) for benchmarks and load tests.
#pragma once

#include <cstdint>
#include <cstdio>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace crampwatch::gen {

/// What to generate. The defaults give 1,000 rows from 10 clinics over 2025.
///
/// Row i belongs to clinic CLN-(i % clinics + 1) and has that clinic's intake
/// number id_start + i / clinics. Each record is computed from (seed, clinic,
/// intake number, start_date, days) alone: the same options reproduce the same
/// bytes on every platform, a longer run begins with the rows of a shorter one,
/// a run with a higher id_start makes new records, and a run with another seed
/// but the same id_start makes changed versions of the same records.
struct GeneratorOptions {
  /// Data rows to write, not counting the header. At least 0.
  std::int64_t rows = 1000;
  /// Number of clinics, CLN-001 upwards. 1 to 999.
  int clinics = 10;
  /// Seed of every random choice.
  std::uint64_t seed = 1;
  /// Share of rows (0 to 1) made invalid on purpose, in turn: an empty
  /// complaint, an impossible intake date, age 150, birth after intake.
  double bad_rate = 0.0;
  /// Intake number of each clinic's first row, at least 1.
  std::int64_t id_start = 1;
  /// First possible intake date, YYYY-MM-DD (years 1900 to 9998).
  std::string start_date = "2025-01-01";
  /// Intake dates fall in [start_date, start_date + days). 1 to 36500.
  int days = 365;
  /// Dates rise with the row number, spread evenly over the days, as in an
  /// export of a period (or nights imported in turn), where intake ids and
  /// dates grow together. Then a row's date depends on `rows` too. Without
  /// it each date is drawn at random: the worst order for an index on dates.
  bool in_date_order = false;
};

/// Throws crampwatch::Error (kUsage) naming the first invalid option.
void ValidateOptions(const GeneratorOptions& options);

/// Writes an RFC 4180 CSV export with the header of docs/intake-format.md
/// (clinic_id,clinic_name,intake_id,patient_id,intake_date,sex,birth_date,age,
/// complaint,history,medications), LF line ends. About half of the complaints
/// are leg or foot cramps built from phrase pieces (site, cramp term, timing,
/// causes, negations, red flags); the rest are ordinary complaints, some
/// mentioning other cramps. Output goes out in 1 MiB chunks.
class IntakeGenerator {
 public:
  /// Throws crampwatch::Error (kUsage) when `options` are invalid.
  explicit IntakeGenerator(GeneratorOptions options);

  /// Writes everything to `out` (not closed; flushed). Throws crampwatch::Error
  /// (kCannotCreate) naming `name` when a write fails, e.g. on a full disk.
  void Write(std::FILE* out, std::string_view name);
  /// Same, to a stream.
  void Write(std::ostream& out, std::string_view name);

  /// Rows made invalid on purpose by the last Write.
  std::int64_t bad_rows() const { return bad_rows_; }
  /// Bytes written by the last Write.
  std::int64_t bytes_written() const { return bytes_written_; }

 private:
  class Row;  // the state of one row while it is written

  /// Produces the whole export, handing each full buffer to `flush`.
  void Generate(const std::function<void(std::string_view)>& flush);
  /// Appends data row `index` (0-based) to `out`, using `row` as scratch
  /// space; returns whether the row was made bad.
  bool AppendRow(std::int64_t index, Row& row, std::string& out) const;
  /// Appends the cramp or ordinary complaint of `row` to `text`, and puts
  /// its history field in `row.list`.
  void AppendComplaint(Row& row, std::string& text) const;

  GeneratorOptions options_;
  long start_day_ = 0;  // options_.start_date as days since 1970-01-01
  std::vector<std::string> clinic_prefixes_;  // "CLN-007,<name>,I007-" per clinic
  std::int64_t bad_rows_ = 0;
  std::int64_t bytes_written_ = 0;
};

}  // namespace crampwatch::gen
