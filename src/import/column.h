// Column: the columns of an intake export that crampwatch understands.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace crampwatch::importer {

enum class Column {
  kClinicId,
  kClinicName,
  kIntakeId,
  kPatientId,
  kIntakeDate,
  kSex,
  kBirthDate,
  kAge,
  kComplaint,
  kHistory,
  kMedications,
};

inline constexpr std::size_t kColumnCount = 11;

/// One row of the column table: value, canonical name, required or not.
struct ColumnInfo {
  Column column;
  std::string_view name;
  bool required;
};

/// Every known column, in the order of docs/intake-format.md.
std::span<const ColumnInfo> AllColumns();

const ColumnInfo& DescribeColumn(Column column);

/// A header name as matched: lower-case ASCII, without spaces, '_' and '-'
/// ("Intake Date", "INTAKE_DATE" and "intake-date" all give "intakedate").
std::string NormaliseColumnName(std::string_view name);

/// The known column a (normalised) name stands for, if any.
std::optional<Column> FindColumn(std::string_view name);

}  // namespace crampwatch::importer
