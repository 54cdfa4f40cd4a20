// The limit for `crampwatch report`: the report's cells written with libxlsxwriter alone.
// For each workbook (one per clinic, then overview.xlsx) it runs the report queries and
// loads every cell into memory (not timed), then writes exactly those cells with plain
// libxlsxwriter in constant-memory mode, without formats, widths or charts (timed), on
// one thread. Prints the writing seconds summed over all workbooks (and, apart, the
// seconds its queries took).
//   minimal_report_writer DB OUT_DIR FROM TO        (FROM, TO: YYYY-MM-DD, both included)
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <xlsxwriter.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "db/database.h"
#include "report/report_definition.h"
#include "util/error.h"

namespace {

// Excel's limit on a cell's text, in characters; cutting to as many bytes keeps under it.
constexpr std::size_t kMaxCellBytes = 32767;

struct Cell {
  enum class Kind { kEmpty, kNumber, kText };
  Kind kind = Kind::kEmpty;
  double number = 0;
  std::string text;
};

/// One sheet's cells, row by row from row 0; an empty row is a gap.
struct SheetCells {
  std::string name;
  std::vector<std::vector<Cell>> rows;
};

struct WorkbookCells {
  std::string path;
  std::vector<SheetCells> sheets;
  std::int64_t rows = 0;  // data rows, as the report counts them (no headers, no gaps)
  std::int64_t cells = 0;
};

struct Totals {
  int workbooks = 0;
  std::int64_t rows = 0;
  std::int64_t cells = 0;
  double seconds = 0;       // writing, the benchmark's figure
  double load_seconds = 0;  // running the queries and keeping the cells, not counted
};

std::string CutToCellLimit(std::string text) {
  if (text.size() <= kMaxCellBytes) return text;
  std::size_t end = kMaxCellBytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  text.resize(end);
  return text;
}

Cell TextCell(std::string text) {
  return Cell{.kind = Cell::Kind::kText, .number = 0, .text = CutToCellLimit(std::move(text))};
}

// Runs each block's query and keeps its cells: blocks naming the sheet of the block
// before them are stacked below it after a blank row, as the report does.
WorkbookCells LoadWorkbook(SQLite::Database& database,
                           const std::vector<crampwatch::report::ReportBlock>& blocks,
                           const std::optional<std::string>& clinic, const std::string& from,
                           const std::string& to, std::string path) {
  WorkbookCells workbook{.path = std::move(path), .sheets = {}, .rows = 0, .cells = 0};
  for (const crampwatch::report::ReportBlock& block : blocks) {
    SQLite::Statement query(database, block.sql);
    if (clinic && query.getIndex(":clinic") > 0) query.bind(":clinic", *clinic);
    if (query.getIndex(":from") > 0) query.bind(":from", from);
    if (query.getIndex(":to") > 0) query.bind(":to", to);
    // The date the data runs through, and the date days since intake count to:
    // the period's end for both (their value changes no cost).
    if (query.getIndex(":through") > 0) query.bind(":through", to);
    if (query.getIndex(":today") > 0) query.bind(":today", to);

    if (workbook.sheets.empty() || workbook.sheets.back().name != block.sheet) {
      workbook.sheets.push_back(SheetCells{.name = block.sheet, .rows = {}});
    } else {
      workbook.sheets.back().rows.emplace_back();  // the blank row between stacked blocks
    }
    std::vector<std::vector<Cell>>& rows = workbook.sheets.back().rows;
    const int column_count = query.getColumnCount();
    if (block.header) {
      std::vector<Cell>& header = rows.emplace_back();
      for (int col = 0; col < column_count; ++col) header.push_back(TextCell(query.getColumnName(col)));
      workbook.cells += column_count;
    }
    while (query.executeStep()) {
      std::vector<Cell>& row = rows.emplace_back();
      row.reserve(static_cast<std::size_t>(column_count));
      for (int col = 0; col < column_count; ++col) {
        const SQLite::Column value = query.getColumn(col);
        if (value.isNull()) {
          row.emplace_back();
        } else if (value.isInteger() || value.isFloat()) {
          row.push_back(Cell{.kind = Cell::Kind::kNumber, .number = value.getDouble(), .text = {}});
          ++workbook.cells;
        } else {
          row.push_back(TextCell(value.getString()));
          ++workbook.cells;
        }
      }
      ++workbook.rows;
    }
  }
  return workbook;
}

void Check(lxw_error error, const std::string& what) {
  if (error != LXW_NO_ERROR) {
    throw crampwatch::Error(crampwatch::ErrorKind::kCannotCreate, what + ": " + lxw_strerror(error));
  }
}

// Writes the cells with libxlsxwriter alone; returns the seconds it took, from
// creating the workbook to closing (zipping and writing) it.
double WriteWorkbook(const WorkbookCells& cells, const std::string& out_dir) {
  const auto start = std::chrono::steady_clock::now();
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;
  options.tmpdir = const_cast<char*>(out_dir.c_str());
  lxw_workbook* workbook = workbook_new_opt(cells.path.c_str(), &options);
  if (workbook == nullptr) {
    throw crampwatch::Error(crampwatch::ErrorKind::kCannotCreate, cells.path + ": cannot create workbook");
  }
  try {
    for (const SheetCells& sheet : cells.sheets) {
      lxw_worksheet* worksheet = workbook_add_worksheet(workbook, sheet.name.c_str());
      if (worksheet == nullptr) {
        throw crampwatch::Error(crampwatch::ErrorKind::kCannotCreate,
                                cells.path + ": cannot add sheet '" + sheet.name + "'");
      }
      for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
        const auto row = static_cast<lxw_row_t>(r);
        const std::vector<Cell>& values = sheet.rows[r];
        for (std::size_t c = 0; c < values.size(); ++c) {
          const auto col = static_cast<lxw_col_t>(c);
          const Cell& cell = values[c];
          switch (cell.kind) {
            case Cell::Kind::kEmpty:
              break;
            case Cell::Kind::kNumber:
              Check(worksheet_write_number(worksheet, row, col, cell.number, nullptr), cells.path);
              break;
            case Cell::Kind::kText:
              Check(worksheet_write_string(worksheet, row, col, cell.text.c_str(), nullptr), cells.path);
              break;
          }
        }
      }
    }
  } catch (...) {
    workbook_close(workbook);
    throw;
  }
  Check(workbook_close(workbook), cells.path);
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

Totals Run(const std::string& db_path, const std::string& out_dir, const std::string& from,
           const std::string& to) {
  crampwatch::db::OpenOptions open_options;
  open_options.read_only = true;
  std::unique_ptr<SQLite::Database> database = crampwatch::db::OpenDatabase(db_path, open_options);
  database->exec("PRAGMA cache_size = -16384");  // as the report's workers: loading is not timed anyway

  std::vector<std::string> clinics;
  SQLite::Statement list(*database, "SELECT DISTINCT clinic_id FROM intake ORDER BY 1");
  while (list.executeStep()) clinics.push_back(list.getColumn(0).getString());

  std::filesystem::create_directories(out_dir);
  const std::filesystem::path out(out_dir);
  Totals totals;
  auto load = [&](const std::vector<crampwatch::report::ReportBlock>& blocks,
                  const std::optional<std::string>& clinic, const std::string& name) {
    const auto start = std::chrono::steady_clock::now();
    WorkbookCells cells = LoadWorkbook(*database, blocks, clinic, from, to, (out / name).string());
    totals.load_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return cells;
  };
  // One workbook's cells at a time: each is freed before the next is loaded.
  auto write = [&](const WorkbookCells& cells) {
    totals.seconds += WriteWorkbook(cells, out_dir);
    totals.rows += cells.rows;
    totals.cells += cells.cells;
    ++totals.workbooks;
  };
  for (const std::string& clinic : clinics) {
    write(load(crampwatch::report::ClinicReportBlocks(), clinic, clinic + ".xlsx"));
  }
  write(load(crampwatch::report::OverviewReportBlocks(), std::nullopt, "overview.xlsx"));
  return totals;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 5) {
    std::fprintf(stderr, "usage: minimal_report_writer DB OUT_DIR FROM TO   (dates YYYY-MM-DD)\n");
    return 64;
  }
  try {
    const Totals totals = Run(argv[1], argv[2], argv[3], argv[4]);
    std::printf("minimal writer: %d workbooks, %lld rows, %lld cells, %.2f s writing (queries: %.2f s, not counted)\n",
                totals.workbooks, static_cast<long long>(totals.rows), static_cast<long long>(totals.cells),
                totals.seconds, totals.load_seconds);
  } catch (const std::exception& error) {
    std::fprintf(stderr, "minimal_report_writer: error: %s\n", error.what());
    return 1;
  }
  return 0;
}
