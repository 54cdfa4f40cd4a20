// RowValidator: turns a CSV record into a ComplaintRow, or says why it cannot.
#pragma once

#include <optional>

#include "import/complaint_row.h"
#include "import/csv_reader.h"
#include "import/date_parser.h"
#include "import/header_map.h"
#include "import/import_issue.h"

namespace crampwatch::importer {

/// Checks one record against the row rules of docs/intake-format.md: the field count, no
/// quote left open, no NUL byte, valid UTF-8, required values present, real
/// calendar dates in every date column, a known sex, age 0-120, birth not
/// after intake. Pure: no I/O.
class RowValidator {
 public:
  /// `header` and `dates` must outlive the validator.
  RowValidator(const HeaderMap& header, const DateParser& dates)
      : header_(header), dates_(dates) {}

  /// Fills `row` from `record` and returns nullopt, or returns the first
  /// problem found (then `row` is unspecified).
  std::optional<ImportIssue> Validate(const CsvRecord& record, ComplaintRow& row) const;

  /// The clinic a record names, trimmed, when its clinic_id field can be read
  /// (present, no NUL, valid UTF-8) even if the record is rejected; else ''.
  /// Lets a clinic's report list its own rejected rows.
  std::string ClinicOf(const CsvRecord& record) const;

 private:
  const HeaderMap& header_;
  const DateParser& dates_;
};

/// The stored code for a sex value ("F", "M", "X", "U"), accepting the
/// words docs/intake-format.md allows, any case; nullopt when not recognised.
std::optional<char> ParseSex(std::string_view text);

}  // namespace crampwatch::importer
