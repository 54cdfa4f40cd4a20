#include "cli/query_printer.h"

#include <algorithm>

#include "util/json.h"
#include "util/terminal_text.h"
#include "util/utf8.h"

namespace crampwatch::cli {
namespace {

void Write(std::FILE* out, std::string_view text) { std::fwrite(text.data(), 1, text.size(), out); }

// Terminal width of UTF-8 text, counting code points (good enough for the
// Latin text of intake records).
std::size_t DisplayWidth(std::string_view text) {
  std::size_t width = 0;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++width;
  }
  return width;
}

// `text` cut to `width` code points, its last one replaced by an ellipsis,
// when it is wider: a table keeps its alignment when a later row is wider
// than the rows its widths came from.
std::string FitWidth(std::string text, std::size_t width) {
  if (DisplayWidth(text) <= width || width == 0) return text;
  std::size_t kept = 0;
  std::size_t end = 0;
  for (; end < text.size(); ++end) {
    if ((static_cast<unsigned char>(text[end]) & 0xC0) != 0x80 && kept++ == width - 1) break;
  }
  text.resize(end);
  return text + "\u2026";
}

// A cell for a terminal: line breaks and tabs shown as spaces, so one row
// stays one line; every other control character (an escape sequence in an
// export would drive the analyst's terminal) as a visible escape.
QueryCell TableCell(const QueryCell& cell) {
  QueryCell shown = cell;
  std::replace_if(shown.text.begin(), shown.text.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; },
                  ' ');
  shown.text = TerminalSafe(shown.text);
  return shown;
}

bool IsNumber(const QueryCell& cell) {
  return cell.type == QueryCell::Type::kInteger || cell.type == QueryCell::Type::kReal;
}

class TablePrinter : public QueryPrinter {
 public:
  explicit TablePrinter(std::FILE* out) : out_(out) {}

  void Begin(const std::vector<std::string>& columns) override {
    header_.clear();
    for (const std::string& column : columns) header_.push_back(TableCell({QueryCell::Type::kText, column}));
    widths_.assign(columns.size(), 0);
    for (std::size_t i = 0; i < columns.size(); ++i) widths_[i] = DisplayWidth(header_[i].text);
  }

  void Row(std::span<const QueryCell> cells) override {
    std::vector<QueryCell> row;
    for (const QueryCell& cell : cells) row.push_back(TableCell(cell));
    if (!header_printed_ && pending_.size() < kSizingRows) {
      for (std::size_t i = 0; i < row.size(); ++i) widths_[i] = std::max(widths_[i], DisplayWidth(row[i].text));
      pending_.push_back(std::move(row));
      return;
    }
    FlushPending();
    PrintLine(row);
  }

  void End() override {
    FlushPending();
    std::fprintf(out_, "(%zu row%s)\n", rows_, rows_ == 1 ? "" : "s");
  }

 private:
  // Widths come from this many rows, held back until the header is printed;
  // later rows stream through with those widths.
  static constexpr std::size_t kSizingRows = 1000;
  static constexpr std::size_t kMaxWidth = 60;

  void FlushPending() {
    if (!header_printed_) {
      for (std::size_t& width : widths_) width = std::min(width, kMaxWidth);
      PrintLine(header_);
      std::string rule;
      for (std::size_t i = 0; i < widths_.size(); ++i) {
        rule += (i ? "-+-" : "") + std::string(widths_[i], '-');
      }
      Write(out_, rule + "\n");
      header_printed_ = true;
      rows_ = 0;
    }
    for (const auto& row : pending_) PrintLine(row);
    pending_.clear();
  }

  // Text wider than its column is cut, so the columns stay aligned; a number
  // never is (a cut number would read as another number): it pushes the rest
  // of its line right. The last column is neither cut nor padded: nothing
  // follows it to align.
  void PrintLine(const std::vector<QueryCell>& cells) {
    std::string line;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i) line += " | ";
      if (i + 1 == cells.size()) {
        line += cells[i].text;
        break;
      }
      std::string value = IsNumber(cells[i]) ? cells[i].text : FitWidth(cells[i].text, widths_[i]);
      line += value;
      std::size_t width = DisplayWidth(value);
      if (width < widths_[i]) line.append(widths_[i] - width, ' ');
    }
    Write(out_, line + "\n");
    ++rows_;
  }

  std::FILE* out_;
  std::vector<QueryCell> header_;
  std::vector<std::size_t> widths_;
  std::vector<std::vector<QueryCell>> pending_;
  bool header_printed_ = false;
  std::size_t rows_ = 0;
};

// Whether a spreadsheet would take text starting so for a formula.
bool StartsLikeFormula(std::string_view text) {
  return !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
}

class CsvPrinter : public QueryPrinter {
 public:
  CsvPrinter(std::FILE* out, CsvCells cells) : out_(out), cells_(cells) {}

  void Begin(const std::vector<std::string>& columns) override {
    std::string line;
    for (std::size_t i = 0; i < columns.size(); ++i) {
      if (i) line += ',';
      AppendField(line, columns[i], /*is_number=*/false);
    }
    Write(out_, line + "\r\n");
  }

  void Row(std::span<const QueryCell> cells) override {
    std::string line;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i) line += ',';
      AppendField(line, cells[i].text, IsNumber(cells[i]));
    }
    Write(out_, line + "\r\n");
  }

  void End() override {}

 private:
  // A number (as SQLite typed it) is never a formula: -3 stays a number.
  void AppendField(std::string& line, std::string_view value, bool is_number) const {
    const bool defuse = cells_ == CsvCells::kExcelSafe && !is_number && StartsLikeFormula(value);
    if (!defuse && value.find_first_of(",\"\r\n") == std::string_view::npos) {
      line += value;
      return;
    }
    line += '"';
    if (defuse) line += '\'';
    for (char c : value) {
      if (c == '"') line += '"';
      line += c;
    }
    line += '"';
  }

  std::FILE* out_;
  CsvCells cells_;
};

// Column names as JSON object keys, `"name":`, escaped once for all rows.
std::vector<std::string> JsonKeys(const std::vector<std::string>& columns) {
  std::vector<std::string> keys;
  for (const std::string& column : columns) {
    std::string key;
    AppendJsonString(key, column);
    keys.push_back(key + ":");
  }
  return keys;
}

void AppendJsonValue(std::string& out, const QueryCell& cell) {
  switch (cell.type) {
    case QueryCell::Type::kNull: out += "null"; break;
    case QueryCell::Type::kInteger: out += cell.text; break;
    // SQLite writes infinities as "Inf", which JSON has no number for.
    case QueryCell::Type::kReal: out += cell.text.ends_with("Inf") ? "null" : cell.text; break;
    case QueryCell::Type::kText: AppendJsonString(out, cell.text); break;
  }
}

std::string JsonObject(const std::vector<std::string>& keys, std::span<const QueryCell> cells) {
  std::string object = "{";
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i) object += ',';
    object += keys[i];
    AppendJsonValue(object, cells[i]);
  }
  return object + "}";
}

// One array of objects, an object per line, so a large result stays readable.
class JsonPrinter : public QueryPrinter {
 public:
  explicit JsonPrinter(std::FILE* out) : out_(out) {}

  void Begin(const std::vector<std::string>& columns) override {
    keys_ = JsonKeys(columns);
    Write(out_, "[");
  }

  void Row(std::span<const QueryCell> cells) override {
    Write(out_, (first_ ? "\n" : ",\n") + JsonObject(keys_, cells));
    first_ = false;
  }

  void End() override { Write(out_, first_ ? "]\n" : "\n]\n"); }

 private:
  std::FILE* out_;
  std::vector<std::string> keys_;
  bool first_ = true;
};

// JSON Lines: one object per row and nothing else, for line-oriented tools.
class JsonLinesPrinter : public QueryPrinter {
 public:
  explicit JsonLinesPrinter(std::FILE* out) : out_(out) {}

  void Begin(const std::vector<std::string>& columns) override { keys_ = JsonKeys(columns); }
  void Row(std::span<const QueryCell> cells) override { Write(out_, JsonObject(keys_, cells) + "\n"); }
  void End() override {}

 private:
  std::FILE* out_;
  std::vector<std::string> keys_;
};

}  // namespace

std::unique_ptr<QueryPrinter> MakeQueryPrinter(QueryFormat format, std::FILE* out, CsvCells csv_cells) {
  switch (format) {
    case QueryFormat::kTable: return std::make_unique<TablePrinter>(out);
    case QueryFormat::kCsv: return std::make_unique<CsvPrinter>(out, csv_cells);
    case QueryFormat::kJson: return std::make_unique<JsonPrinter>(out);
    case QueryFormat::kJsonLines: return std::make_unique<JsonLinesPrinter>(out);
  }
  return nullptr;
}

}  // namespace crampwatch::cli
