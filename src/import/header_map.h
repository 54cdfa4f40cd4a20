// HeaderMap: which field of a record holds which column, read from the header row.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "import/column.h"

namespace crampwatch::importer {

/// A `--map "Export header=column"` option: an export's own header name and
/// the crampwatch column it holds.
struct ColumnMapping {
  std::string header;
  Column column;
};

/// Parses "Visit Date=intake_date". Throws Error(kUsage) when there is no
/// '=', either side is empty, or the right side is not a known column.
ColumnMapping ParseColumnMapping(const std::string& text);

/// The layout of one export file.
class HeaderMap {
 public:
  /// Reads a header row. `mappings` rename export headers first; then names
  /// match case-insensitively, ignoring spaces, '_' and '-'. Throws
  /// Error(kBadInput) naming `file_name` when a required column is missing
  /// (listing the missing ones and those found), when two header fields name
  /// the same column after normalising, or when a header field is not valid
  /// UTF-8 or holds a NUL byte.
  static HeaderMap Read(const std::vector<std::string>& header,
                        const std::vector<ColumnMapping>& mappings,
                        const std::string& file_name);

  /// The field index of `column`, if the export has it.
  std::optional<std::size_t> IndexOf(Column column) const {
    return indexes_[static_cast<std::size_t>(column)];
  }

  /// Fields that are none of the known columns: (index, header as written).
  const std::vector<std::pair<std::size_t, std::string>>& extra_columns() const {
    return extra_columns_;
  }

  /// How many fields every record must have.
  std::size_t field_count() const { return field_count_; }

 private:
  std::array<std::optional<std::size_t>, kColumnCount> indexes_{};
  std::vector<std::pair<std::size_t, std::string>> extra_columns_;
  std::size_t field_count_ = 0;
};

}  // namespace crampwatch::importer
