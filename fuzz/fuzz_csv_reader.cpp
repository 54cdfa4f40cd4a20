// fuzz_csv_reader: CsvReader over arbitrary bytes.
//
// Input: the first byte picks the delimiter (',' ';' or tab) and how many bytes
// each Read hands out; the rest is the file. The file is read twice, in one
// piece and in small chunks, and both readings must give the same records:
// where a buffer ends must never change what is read.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "fuzz/memory_source.h"
#include "import/csv_reader.h"

namespace {

using crampwatch::fuzz::MemorySource;
using crampwatch::importer::CsvReader;
using crampwatch::importer::CsvRecord;

constexpr char kDelimiters[] = {',', ';', '\t', ','};
constexpr std::size_t kChunks[] = {1, 2, 3, 5, 7, 16, 4096, 65536};

std::vector<CsvRecord> ReadAll(std::string_view file, char delimiter, std::size_t chunk) {
  MemorySource source(file, chunk);
  CsvReader reader(source, delimiter);
  std::vector<CsvRecord> records;
  CsvRecord record;
  std::int64_t last_line = 0;
  while (reader.Next(record)) {
    // Lines only grow, and a record is never empty: blank lines are skipped.
    if (record.line <= last_line || record.raw.empty() || record.fields.empty()) __builtin_trap();
    last_line = record.line;
    records.push_back(record);
  }
  if (reader.bytes_read() != static_cast<std::int64_t>(file.size())) __builtin_trap();
  return records;
}

bool Same(const CsvRecord& a, const CsvRecord& b) {
  return a.fields == b.fields && a.line == b.line && a.raw == b.raw &&
         a.unterminated_quote == b.unterminated_quote;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const char delimiter = kDelimiters[data[0] & 3];
  const std::size_t chunk = kChunks[(data[0] >> 2) & 7];
  const std::string_view file(reinterpret_cast<const char*>(data) + 1, size - 1);

  const std::vector<CsvRecord> whole = ReadAll(file, delimiter, file.size() + 1);
  const std::vector<CsvRecord> chunked = ReadAll(file, delimiter, chunk);
  if (whole.size() != chunked.size()) __builtin_trap();
  for (std::size_t i = 0; i < whole.size(); ++i) {
    if (!Same(whole[i], chunked[i])) __builtin_trap();
  }
  return 0;
}
