// The fixture the Importer tests share: a real, file-backed database in a temporary
// folder, and the header of an export in the default layout.
#pragma once

#include <SQLiteCpp/Database.h>

#include <memory>
#include <string>

#include "db/database.h"
#include "import/importer.h"
#include "test_support.h"

namespace crampwatch::importer {

inline constexpr char kHeader[] =
    "clinic_id,clinic_name,intake_id,patient_id,intake_date,sex,birth_date,age,complaint,"
    "history,medications\n";

struct ImporterFixture {
  testing::TempDir dir;
  std::unique_ptr<SQLite::Database> database = db::OpenDatabase(dir.File("test.db"));
  SilentStatus status;

  FileImportResult Import(const std::string& name, const std::string& content, ImportOptions options = {}) {
    std::string path = dir.Write(name, content);
    Importer importer(*database, std::move(options), status);
    return importer.ImportFile(path);
  }

  long long Count(const std::string& table) { return testing::QueryInt(*database, "SELECT count(*) FROM " + table); }
};

}  // namespace crampwatch::importer
