#include "import/row_validator.h"

#include <charconv>
#include <string>
#include <string_view>

#include "util/json.h"
#include "util/utf8.h"
#include "util/text.h"

namespace crampwatch::importer {
namespace {

constexpr int kMaxAge = 120;


ImportIssue Issue(Column column, std::string message) {
  return {std::string(DescribeColumn(column).name), std::move(message)};
}

}  // namespace

std::optional<char> ParseSex(std::string_view text) {
  struct Spelling {
    std::string_view word;
    char code;
  };
  static constexpr Spelling kSpellings[] = {
      {"f", 'F'}, {"female", 'F'}, {"woman", 'F'}, {"w", 'F'},
      {"m", 'M'}, {"male", 'M'},   {"man", 'M'},
      {"x", 'X'}, {"other", 'X'},  {"nonbinary", 'X'}, {"non-binary", 'X'}, {"diverse", 'X'},
      {"u", 'U'}, {"unknown", 'U'}, {"not stated", 'U'}, {"undisclosed", 'U'},
  };
  std::string lower = AsciiLower(Trim(text));
  for (const Spelling& spelling : kSpellings) {
    if (lower == spelling.word) return spelling.code;
  }
  return std::nullopt;
}

std::string RowValidator::ClinicOf(const CsvRecord& record) const {
  std::optional<std::size_t> index = header_.IndexOf(Column::kClinicId);
  if (!index || *index >= record.fields.size()) return {};
  const std::string& value = record.fields[*index];
  if (value.find('\0') != std::string::npos || FindInvalidUtf8(value)) return {};
  return std::string(Trim(value));
}

std::optional<ImportIssue> RowValidator::Validate(const CsvRecord& record,
                                                  ComplaintRow& row) const {
  if (record.unterminated_quote) {
    return ImportIssue{"", "a quoted field is still open at the end of the file"};
  }
  if (record.fields.size() != header_.field_count()) {
    return ImportIssue{"", "expected " + std::to_string(header_.field_count()) +
                               " fields, found " + std::to_string(record.fields.size())};
  }

  // Byte-level checks on every field, known or extra, before reading any value.
  auto field_name = [&](std::size_t index) -> std::string {
    for (const ColumnInfo& info : AllColumns()) {
      if (header_.IndexOf(info.column) == index) return std::string(info.name);
    }
    for (const auto& [extra_index, name] : header_.extra_columns()) {
      if (extra_index == index) return name;
    }
    return "field " + std::to_string(index + 1);
  };
  for (std::size_t index = 0; index < record.fields.size(); ++index) {
    const std::string& value = record.fields[index];
    if (value.find('\0') != std::string::npos) {
      return ImportIssue{field_name(index), "contains a NUL byte"};
    }
    if (std::optional<std::size_t> bad = FindInvalidUtf8(value)) {
      return ImportIssue{field_name(index),
                         "invalid UTF-8 at byte " + std::to_string(*bad + 1) +
                             " (an export in another encoding? see --encoding)"};
    }
  }

  auto value = [&](Column column) -> std::string_view {
    std::optional<std::size_t> index = header_.IndexOf(column);
    return index ? Trim(record.fields[*index]) : std::string_view();
  };
  for (const ColumnInfo& info : AllColumns()) {
    if (info.required && value(info.column).empty()) {
      return Issue(info.column, "required value is empty");
    }
  }

  row.line = record.line;
  row.clinic_id = value(Column::kClinicId);
  row.clinic_name = value(Column::kClinicName);
  row.intake_id = value(Column::kIntakeId);
  row.patient_id = value(Column::kPatientId);
  row.complaint = value(Column::kComplaint);
  row.history = value(Column::kHistory);
  row.medications = value(Column::kMedications);

  std::optional<CalendarDate> intake_date = dates_.Parse(value(Column::kIntakeDate), true);
  if (!intake_date) return Issue(Column::kIntakeDate, "not a real calendar date in the expected format");
  row.intake_date = intake_date->ToIso();

  row.birth_date.clear();
  row.age.reset();
  std::string_view birth_text = value(Column::kBirthDate);
  if (!birth_text.empty()) {
    std::optional<CalendarDate> birth = dates_.Parse(birth_text, false);
    if (!birth) return Issue(Column::kBirthDate, "not a real calendar date in the expected format");
    int years = YearsBetween(*birth, *intake_date);
    if (years < 0 || birth->DaysSinceEpoch() > intake_date->DaysSinceEpoch()) {
      return Issue(Column::kBirthDate, "is after the intake date");
    }
    if (years > kMaxAge) return Issue(Column::kBirthDate, "gives an age over 120 at intake");
    row.birth_date = birth->ToIso();
    row.age = years;
  }
  std::string_view age_text = value(Column::kAge);
  if (!age_text.empty()) {
    int age = 0;
    auto [end, error] = std::from_chars(age_text.data(), age_text.data() + age_text.size(), age);
    if (error != std::errc() || end != age_text.data() + age_text.size()) {
      return Issue(Column::kAge, "not a whole number of years");
    }
    if (age < 0 || age > kMaxAge) return Issue(Column::kAge, "outside 0-120");
    if (!row.age) row.age = age;  // a birth date is more precise than a stated age
  }

  row.sex.clear();
  std::string_view sex_text = value(Column::kSex);
  if (!sex_text.empty()) {
    std::optional<char> sex = ParseSex(sex_text);
    if (!sex) return Issue(Column::kSex, "not one of F, M, X, U, female, male, woman, man");
    row.sex.assign(1, *sex);
  }

  row.extra_json.clear();
  if (!header_.extra_columns().empty()) {
    row.extra_json.push_back('{');
    for (const auto& [index, name] : header_.extra_columns()) {
      if (row.extra_json.size() > 1) row.extra_json.push_back(',');
      AppendJsonString(row.extra_json, name);
      row.extra_json.push_back(':');
      AppendJsonString(row.extra_json, record.fields[index]);
    }
    row.extra_json.push_back('}');
  }
  return std::nullopt;
}

}  // namespace crampwatch::importer
