#include "import/pending_records.h"

namespace crampwatch::importer {

void PendingRecords::Add(const ComplaintRow& row, std::int64_t import_id) {
  rows_.push_back(&row);
  import_id_ = import_id;
}

// Empty optional text is NULL in the database, as the importer always stored it.
db::MemoryValue PendingRecords::Value(std::size_t row, int column) const {
  using db::MemoryValue;
  const ComplaintRow& record = *rows_[row];
  switch (column) {
    case 0: return MemoryValue::Text(record.clinic_id);
    case 1: return MemoryValue::Text(record.intake_id);
    case 2: return MemoryValue::TextOrNull(record.clinic_name);
    case 3: return MemoryValue::Text(record.patient_id);
    case 4: return MemoryValue::Text(record.intake_date);
    case 5: return MemoryValue::TextOrNull(record.sex);
    case 6: return MemoryValue::TextOrNull(record.birth_date);
    case 7: return record.age ? MemoryValue::Integer(*record.age) : MemoryValue::Null();
    case 8: return MemoryValue::Text(record.complaint);
    case 9: return MemoryValue::TextOrNull(record.history);
    case 10: return MemoryValue::TextOrNull(record.medications);
    case 11: return MemoryValue::TextOrNull(record.extra_json);
    case 12: return MemoryValue::Integer(import_id_);
    case 13: return MemoryValue::Integer(record.line);
    default: return MemoryValue::Null();
  }
}

}  // namespace crampwatch::importer
