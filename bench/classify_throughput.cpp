// Matching throughput of the classifier alone, on one core, apart from the database:
// reads an export into memory, then classifies every row with the default rules.
//   classify_throughput EXPORT.csv [REPEAT [RULES]]   (RULES: another rules file to compare)
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "classify/classifier.h"
#include "import/csv_reader.h"
#include "import/file_source.h"

namespace {

struct Row {
  std::string complaint, history, medications;
  int age = -1;
  char sex = 0;
};

std::vector<Row> ReadRows(const char* path) {
  crampwatch::importer::FileSource file(path);
  crampwatch::importer::CsvReader reader(file, ',');
  crampwatch::importer::CsvRecord record;
  std::vector<Row> rows;
  reader.Next(record);  // header: the generator's fixed column order
  while (reader.Next(record)) {
    if (record.fields.size() < 11) continue;
    Row row;
    row.complaint = record.fields[8];
    row.history = record.fields[9];
    row.medications = record.fields[10];
    row.age = record.fields[7].empty() ? -1 : std::atoi(record.fields[7].c_str());
    row.sex = record.fields[5].empty() ? 0 : record.fields[5][0];
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: classify_throughput EXPORT.csv [REPEAT [RULES]]\n");
    return 64;
  }
  int repeat = argc > 2 ? std::atoi(argv[2]) : 1;
  std::vector<Row> rows = ReadRows(argv[1]);
  // RULES: another rules file, to compare two versions of the rules in one run.
  auto rules = argc > 3 ? crampwatch::classify::RuleSet::Load(argv[3]) : crampwatch::classify::RuleSet::Default();
  crampwatch::classify::Classifier classifier(*rules);
  std::size_t cramps = 0, tags = 0;
  auto start = std::chrono::steady_clock::now();
  for (int r = 0; r < repeat; ++r) {
    for (const Row& row : rows) {
      crampwatch::classify::IntakeText intake;
      intake.complaint = row.complaint;
      intake.history = row.history;
      intake.medications = row.medications;
      if (row.age >= 0) intake.age = row.age;
      intake.sex = row.sex;
      auto result = classifier.Classify(intake);
      cramps += result.is_cramp;
      tags += result.tags.size();
    }
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  double total = static_cast<double>(rows.size()) * repeat;
  std::printf("%zu rows x %d in %.2f s on one core: %.0f complaints/s (%zu cramp, %zu tags)\n",
              rows.size(), repeat, seconds, total / seconds, cramps, tags);
  return 0;
}
