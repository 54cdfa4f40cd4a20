// ComplaintRow: one validated intake record, ready for the database.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace crampwatch::importer {

/// Values are trimmed; an empty optional text means NULL in the database.
struct ComplaintRow {
  std::string clinic_id;
  std::string clinic_name;
  std::string intake_id;
  std::string patient_id;
  std::string intake_date;  // ISO 8601
  std::string sex;          // "F", "M", "X", "U" or empty
  std::string birth_date;   // ISO 8601 or empty
  std::optional<int> age;   // at intake_date: from birth_date, else the age column
  std::string complaint;
  std::string history;
  std::string medications;
  std::string extra_json;   // JSON object of the other columns, or empty
  std::int64_t line = 0;    // physical line where the record starts
};

}  // namespace crampwatch::importer
