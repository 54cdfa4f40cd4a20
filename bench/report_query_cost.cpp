// Where a report's SQL time goes: runs every clinic's report queries as `crampwatch
// report` does (one read transaction per clinic, the period copy first), reads every
// value of every row, and prints the seconds each file took over all clinics, then the
// overview's. No workbook is written.
//   report_query_cost DB FROM TO [--no-copy] [--reports DIR]
// --no-copy: the queries read the database's views, as by hand (no period copy).
// --reports DIR: the .sql files from DIR (same names as the embedded ones), e.g. an
// older version's, to compare: git show COMMIT:reports/FILE > DIR/FILE.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <chrono>
#include <cstdio>
#include <exception>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "db/database.h"
#include "db/sql.h"
#include "report/clinic_period_copy.h"
#include "report/report_definition.h"

namespace {

using crampwatch::report::ReportBlock;
using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// The embedded blocks, or the files of the same names in `folder`.
std::vector<ReportBlock> Blocks(const std::vector<ReportBlock>& embedded, const std::string& folder) {
  if (folder.empty()) return embedded;
  std::vector<ReportBlock> blocks;
  for (const ReportBlock& block : embedded) {
    std::ifstream file(folder + "/" + block.file);
    if (!file) throw std::runtime_error(folder + "/" + block.file + ": cannot read");
    std::stringstream text;
    text << file.rdbuf();
    blocks.push_back(crampwatch::report::ParseReportBlock(block.file, text.str()));
  }
  return blocks;
}

// Runs `block` to the end, reading every value as the sheet writer would;
// returns the bytes of text it read.
std::size_t Run(SQLite::Database& database, const ReportBlock& block, const std::optional<std::string>& clinic,
         const std::string& from, const std::string& to) {
  SQLite::Statement query(database, block.sql);
  if (clinic && query.getIndex(":clinic") > 0) query.bind(":clinic", *clinic);
  if (query.getIndex(":from") > 0) query.bind(":from", from);
  if (query.getIndex(":to") > 0) query.bind(":to", to);
  // The date the data runs through, and the date days since intake count to:
  // the period's end for both (their value changes no cost).
  if (query.getIndex(":through") > 0) query.bind(":through", to);
  if (query.getIndex(":today") > 0) query.bind(":today", to);
  std::size_t bytes = 0;
  while (query.executeStep()) {
    for (int i = 0; i < query.getColumnCount(); ++i) {
      const SQLite::Column column = query.getColumn(i);
      if (column.isText()) {
        bytes += column.getString().size();
      } else if (!column.isNull()) {
        static_cast<void>(column.getDouble());
      }
    }
  }
  return bytes;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::fprintf(stderr, "usage: report_query_cost DB FROM TO [--no-copy] [--reports DIR]\n");
    return 64;
  }
  const std::string from = argv[2];
  const std::string to = argv[3];
  bool copy = true;
  std::string folder;
  for (int i = 4; i < argc; ++i) {
    const std::string option = argv[i];
    if (option == "--no-copy") {
      copy = false;
    } else if (option == "--reports" && i + 1 < argc) {
      folder = argv[++i];
    } else {
      std::fprintf(stderr, "report_query_cost: unknown option %s\n", option.c_str());
      return 64;
    }
  }
  try {
    crampwatch::db::OpenOptions options;
    options.read_only = true;
    auto database = crampwatch::db::OpenDatabase(argv[1], options);
    std::vector<std::string> clinics;
    SQLite::Statement list(*database, crampwatch::db::sql::kReportClinics);
    while (list.executeStep()) clinics.push_back(list.getColumn(0).getString());

    const std::vector<ReportBlock> clinic_blocks = Blocks(crampwatch::report::ClinicReportBlocks(), folder);
    const std::vector<ReportBlock> overview_blocks = Blocks(crampwatch::report::OverviewReportBlocks(), folder);
    std::vector<std::pair<std::string, double>> seconds;  // in order of first use
    std::map<std::string, std::size_t> slot;
    std::size_t text_bytes = 0;
    const auto add = [&](const std::string& name, double value) {
      auto [it, added] = slot.try_emplace(name, seconds.size());
      if (added) seconds.emplace_back(name, 0.0);
      seconds[it->second].second += value;
    };
    for (const std::string& clinic : clinics) {
      SQLite::Transaction snapshot(*database);
      std::optional<crampwatch::report::ClinicPeriodCopy> period_copy;
      if (copy) {
        const auto start = Clock::now();
        period_copy.emplace(*database, clinic, from, to);
        add("(period copy)", SecondsSince(start));
      }
      for (const ReportBlock& block : clinic_blocks) {
        const auto start = Clock::now();
        text_bytes += Run(*database, block, clinic, from, to);
        add(block.file, SecondsSince(start));
      }
      period_copy.reset();
      snapshot.commit();
    }
    for (const ReportBlock& block : overview_blocks) {
      const auto start = Clock::now();
      text_bytes += Run(*database, block, std::nullopt, from, to);
      add(block.file, SecondsSince(start));
    }
    double total = 0;
    std::printf("%zu clinics, %s to %s, %s:\n", clinics.size(), from.c_str(), to.c_str(),
                copy ? "with the period copy" : "without the period copy");
    for (const auto& [name, value] : seconds) {
      std::printf("  %-26s %7.2f s\n", name.c_str(), value);
      total += value;
    }
    std::printf("  %-26s %7.2f s (%.1f MB of text read)\n", "all", total, static_cast<double>(text_bytes) / 1e6);
  } catch (const std::exception& error) {
    std::fprintf(stderr, "report_query_cost: error: %s\n", error.what());
    return 1;
  }
  return 0;
}
