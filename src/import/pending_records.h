// PendingRecords: the valid records of a batch, shown to SQL with intake's columns.
#pragma once

#include <cstdint>
#include <vector>

#include "db/memory_table.h"
#include "import/complaint_row.h"

namespace crampwatch::importer {

/// Records waiting to be merged into intake, in file order, read by the
/// merge's statements through a db::MemoryTable with the columns of
/// db::sql::kImportBatchColumns. Holds pointers: each record must stay alive
/// and unchanged until Clear.
class PendingRecords : public db::MemoryRows {
 public:
  void Add(const ComplaintRow& row, std::int64_t import_id);
  void Clear() { rows_.clear(); }

  std::size_t size() const override { return rows_.size(); }
  db::MemoryValue Value(std::size_t row, int column) const override;

 private:
  std::vector<const ComplaintRow*> rows_;
  std::int64_t import_id_ = 0;
};

}  // namespace crampwatch::importer
