#include "import/column.h"
#include "util/text.h"

#include <array>

namespace crampwatch::importer {
namespace {

constexpr std::array<ColumnInfo, kColumnCount> kColumns = {{
    {Column::kClinicId, "clinic_id", true},
    {Column::kClinicName, "clinic_name", false},
    {Column::kIntakeId, "intake_id", true},
    {Column::kPatientId, "patient_id", true},
    {Column::kIntakeDate, "intake_date", true},
    {Column::kSex, "sex", false},
    {Column::kBirthDate, "birth_date", false},
    {Column::kAge, "age", false},
    {Column::kComplaint, "complaint", true},
    {Column::kHistory, "history", false},
    {Column::kMedications, "medications", false},
}};

}  // namespace

std::span<const ColumnInfo> AllColumns() { return kColumns; }

const ColumnInfo& DescribeColumn(Column column) {
  return kColumns[static_cast<std::size_t>(column)];
}

std::string NormaliseColumnName(std::string_view name) {
  std::string normalised;
  normalised.reserve(name.size());
  for (char c : name) {
    if (c == ' ' || c == '_' || c == '-' || c == '\t') continue;
    normalised.push_back(AsciiLower(c));
  }
  return normalised;
}

std::optional<Column> FindColumn(std::string_view name) {
  std::string wanted = NormaliseColumnName(name);
  for (const ColumnInfo& info : kColumns) {
    if (NormaliseColumnName(info.name) == wanted) return info.column;
  }
  return std::nullopt;
}

}  // namespace crampwatch::importer
