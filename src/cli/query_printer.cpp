#include "cli/query_printer.h"

#include <algorithm>

#include "util/json.h"
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

// A cell for a terminal: line breaks and tabs shown as spaces, so one row stays one line.
std::string TableText(const QueryCell& cell) {
  std::string text = cell.type == QueryCell::Type::kNull ? "" : cell.text;
  std::replace_if(text.begin(), text.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
  return text;
}

class TablePrinter : public QueryPrinter {
 public:
  explicit TablePrinter(std::FILE* out) : out_(out) {}

  void Begin(const std::vector<std::string>& columns) override {
    columns_ = columns;
    widths_.assign(columns.size(), 0);
    for (std::size_t i = 0; i < columns.size(); ++i) widths_[i] = DisplayWidth(columns[i]);
  }

  void Row(std::span<const QueryCell> cells) override {
    std::vector<std::string> row;
    for (const QueryCell& cell : cells) row.push_back(TableText(cell));
    if (!header_printed_ && pending_.size() < kSizingRows) {
      for (std::size_t i = 0; i < row.size(); ++i) widths_[i] = std::max(widths_[i], DisplayWidth(row[i]));
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
  static constexpr std::size_t kSizingRows = 1000;
  static constexpr std::size_t kMaxWidth = 60;

  void FlushPending() {
    if (!header_printed_) {
      for (std::size_t& width : widths_) width = std::min(width, kMaxWidth);
      PrintLine(columns_);
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

  void PrintLine(const std::vector<std::string>& values) {
    std::string line;
    for (std::size_t i = 0; i < values.size(); ++i) {
      if (i) line += " | ";
      line += values[i];
      std::size_t width = DisplayWidth(values[i]);
      if (i + 1 < values.size() && width < widths_[i]) line.append(widths_[i] - width, ' ');
    }
    Write(out_, line + "\n");
    ++rows_;
  }

  std::FILE* out_;
  std::vector<std::string> columns_;
  std::vector<std::size_t> widths_;
  std::vector<std::vector<std::string>> pending_;
  bool header_printed_ = false;
  std::size_t rows_ = 0;
};

class CsvPrinter : public QueryPrinter {
 public:
  explicit CsvPrinter(std::FILE* out) : out_(out) {}

  void Begin(const std::vector<std::string>& columns) override {
    std::string line;
    for (std::size_t i = 0; i < columns.size(); ++i) {
      if (i) line += ',';
      AppendField(line, columns[i]);
    }
    Write(out_, line + "\r\n");
  }

  void Row(std::span<const QueryCell> cells) override {
    std::string line;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i) line += ',';
      AppendField(line, cells[i].text);
    }
    Write(out_, line + "\r\n");
  }

  void End() override {}

 private:
  static void AppendField(std::string& line, std::string_view value) {
    if (value.find_first_of(",\"\r\n") == std::string_view::npos) {
      line += value;
      return;
    }
    line += '"';
    for (char c : value) {
      if (c == '"') line += '"';
      line += c;
    }
    line += '"';
  }

  std::FILE* out_;
};

class JsonPrinter : public QueryPrinter {
 public:
  explicit JsonPrinter(std::FILE* out) : out_(out) {}

  void Begin(const std::vector<std::string>& columns) override {
    keys_.clear();
    for (const std::string& column : columns) {
      std::string key;
      AppendJsonString(key, column);
      keys_.push_back(key + ":");
    }
    Write(out_, "[");
  }

  void Row(std::span<const QueryCell> cells) override {
    std::string line = first_ ? "\n{" : ",\n{";
    first_ = false;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i) line += ',';
      line += keys_[i];
      switch (cells[i].type) {
        case QueryCell::Type::kNull: line += "null"; break;
        case QueryCell::Type::kInteger:
        case QueryCell::Type::kReal: line += cells[i].text; break;
        case QueryCell::Type::kText: AppendJsonString(line, cells[i].text); break;
      }
    }
    Write(out_, line + "}");
  }

  void End() override { Write(out_, first_ ? "]\n" : "\n]\n"); }

 private:
  std::FILE* out_;
  std::vector<std::string> keys_;
  bool first_ = true;
};

}  // namespace

std::unique_ptr<QueryPrinter> MakeQueryPrinter(QueryFormat format, std::FILE* out) {
  switch (format) {
    case QueryFormat::kTable: return std::make_unique<TablePrinter>(out);
    case QueryFormat::kCsv: return std::make_unique<CsvPrinter>(out);
    case QueryFormat::kJson: return std::make_unique<JsonPrinter>(out);
  }
  return nullptr;
}

}  // namespace crampwatch::cli
