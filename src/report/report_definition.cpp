#include "report/report_definition.h"

#include <charconv>
#include <utility>

#include "util/embedded_file.h"
#include "util/error.h"
#include "util/text.h"

namespace crampwatch::report {
namespace {

// Reads the directives of one file; each mistake names its line.
class DirectiveReader {
 public:
  DirectiveReader(std::string_view file, ReportBlock& block) : file_(file), block_(block) {}

  void Read(std::string_view sql) {
    for (std::size_t start = 0; start <= sql.size();) {
      std::size_t end = sql.find('\n', start);
      if (end == std::string_view::npos) end = sql.size();
      ++line_;
      ReadLine(Trim(sql.substr(start, end - start)));
      start = end + 1;
    }
    if (block_.sheet.empty()) Fail("no '-- @sheet NAME' line: every report file names its sheet");
  }

 private:
  [[noreturn]] void Fail(const std::string& message) const {
    throw Error(ErrorKind::kUsage, std::string(file_) + ":" + std::to_string(line_) + ": " + message);
  }

  void ReadLine(std::string_view line) {
    if (!line.starts_with("--")) return;
    line = Trim(line.substr(2));
    if (!line.starts_with("@")) return;
    const std::size_t name_end = line.find_first_of(" \t");
    const std::string_view name = line.substr(1, name_end == std::string_view::npos ? line.npos : name_end - 1);
    const std::string_view argument =
        name_end == std::string_view::npos ? std::string_view() : Trim(line.substr(name_end));
    if (name == "sheet") {
      block_.sheet = Required(name, argument);
    } else if (name == "title") {
      block_.title = Required(name, argument);
    } else if (name == "empty") {
      block_.empty_text = Required(name, argument);
    } else if (name == "filter") {
      NoArgument(name, argument);
      block_.filter = true;
    } else if (name == "no-header") {
      NoArgument(name, argument);
      block_.header = false;
    } else if (name == "column") {
      block_.columns.push_back(ReadColumn(argument));
    } else if (name == "highlight") {
      block_.highlights.push_back(ReadHighlight(argument));
    } else if (name == "chart") {
      if (block_.chart) Fail("a block has at most one @chart");
      block_.chart = ReadChart(argument);
    } else if (name == "chart-title") {
      Chart(name).title = Required(name, argument);
    } else if (name == "chart-label") {
      Chart(name).label_column = Required(name, argument);
    } else {
      Fail("unknown directive '@" + std::string(name) +
           "' (known: sheet, title, column, highlight, chart, chart-title, chart-label, filter, "
           "no-header, empty)");
    }
  }

  // The block's chart, which a directive refining it needs before it.
  ChartLayout& Chart(std::string_view name) const {
    if (!block_.chart) Fail("@" + std::string(name) + " needs a @chart line before it");
    return *block_.chart;
  }

  std::string Required(std::string_view name, std::string_view argument) const {
    if (argument.empty()) Fail("@" + std::string(name) + " needs a value");
    return std::string(argument);
  }

  void NoArgument(std::string_view name, std::string_view argument) const {
    if (!argument.empty()) Fail("@" + std::string(name) + " takes no value");
  }

  // "HEADER: REST" -> {HEADER, REST}; the header may contain spaces.
  std::pair<std::string, std::string_view> SplitHeader(std::string_view directive,
                                                       std::string_view argument) const {
    const std::size_t colon = argument.rfind(':');
    if (colon == std::string_view::npos || Trim(argument.substr(0, colon)).empty()) {
      Fail("@" + std::string(directive) + " expects 'HEADER: ...'");
    }
    return {std::string(Trim(argument.substr(0, colon))), Trim(argument.substr(colon + 1))};
  }

  ColumnLayout ReadColumn(std::string_view argument) const {
    auto [header, rest] = SplitHeader("column", argument);
    ColumnLayout column{.header = std::move(header), .format = ColumnFormat::kAuto, .width = std::nullopt, .names = {}};
    // "... names KIND" ends the directive.
    if (const std::size_t names = rest.find("names"); names != std::string_view::npos &&
                                                      (names == 0 || rest[names - 1] == ' ')) {
      const std::string_view kind = Trim(rest.substr(names + 5));
      if (kind.empty() || kind.find_first_of(" \t") != std::string_view::npos ||
          (names + 5 < rest.size() && rest[names + 5] != ' ' && rest[names + 5] != '\t')) {
        Fail("@column " + column.header + ": 'names' expects one code kind, e.g. 'names cause'");
      }
      column.names = kind;
      rest = Trim(rest.substr(0, names));
    }
    const std::size_t space = rest.find_first_of(" \t");
    const std::string_view format = rest.substr(0, space);
    static constexpr std::pair<std::string_view, ColumnFormat> kFormats[] = {
        {"auto", ColumnFormat::kAuto},       {"text", ColumnFormat::kText},
        {"wrap", ColumnFormat::kWrap},       {"date", ColumnFormat::kDate},
        {"month", ColumnFormat::kMonth},     {"integer", ColumnFormat::kInteger},
        {"decimal", ColumnFormat::kDecimal}, {"percent", ColumnFormat::kPercent}};
    bool known = false;
    for (const auto& [name, value] : kFormats) {
      if (name == format) {
        column.format = value;
        known = true;
      }
    }
    if (!known) {
      Fail("@column format '" + std::string(format) +
           "' is not one of auto, text, wrap, date, month, integer, decimal, percent");
    }
    if (space != std::string_view::npos) {
      const std::string_view width_text = Trim(rest.substr(space));
      int width = 0;
      auto [end, error] = std::from_chars(width_text.data(), width_text.data() + width_text.size(), width);
      if (error != std::errc() || end != width_text.data() + width_text.size() || width < 1 ||
          width > 255) {
        Fail("@column width '" + std::string(width_text) + "' is not a whole number from 1 to 255");
      }
      column.width = width;
    }
    if (column.format == ColumnFormat::kWrap && !column.width) {
      Fail("@column " + column.header + ": a wrapped column needs a width");
    }
    return column;
  }

  HighlightLayout ReadHighlight(std::string_view argument) const {
    std::optional<std::string> equals;
    if (const std::size_t sign = argument.find('='); sign != std::string_view::npos) {
      equals = std::string(Trim(argument.substr(sign + 1)));
      if (equals->empty()) Fail("@highlight expects 'HEADER: COLOUR = TEXT' with a text after '='");
      argument = Trim(argument.substr(0, sign));
    }
    auto [header, colour] = SplitHeader("highlight", argument);
    HighlightLayout highlight{.column = std::move(header), .condition = {.fill = CellFill::kRed, .equals = equals}};
    if (colour == "amber") {
      highlight.condition.fill = CellFill::kAmber;
    } else if (colour != "red") {
      Fail("@highlight colour '" + std::string(colour) + "' is not red or amber");
    }
    return highlight;
  }

  ChartLayout ReadChart(std::string_view argument) const {
    static const std::string kExpected = "@chart expects 'TYPE: CATEGORY -> SERIES [+ SERIES]...'";
    const std::size_t colon = argument.find(':');
    const std::size_t arrow = argument.find("->");
    if (colon == std::string_view::npos || arrow == std::string_view::npos || arrow < colon) Fail(kExpected);
    ChartLayout chart;
    const std::string_view type = Trim(argument.substr(0, colon));
    if (type == "bar") {
      chart.type = ChartType::kBar;
    } else if (type == "column") {
      chart.type = ChartType::kColumn;
    } else if (type == "line") {
      chart.type = ChartType::kLine;
    } else {
      Fail("@chart type '" + std::string(type) + "' is not bar, column or line");
    }
    chart.category = Trim(argument.substr(colon + 1, arrow - colon - 1));
    if (chart.category.empty()) Fail(kExpected);
    std::string_view rest = argument.substr(arrow + 2);
    for (;;) {
      const std::size_t plus = rest.find('+');
      chart.series.push_back(ReadSeries(Trim(rest.substr(0, plus)), kExpected));
      if (plus == std::string_view::npos) break;
      rest.remove_prefix(plus + 1);
    }
    return chart;
  }

  // "[top N of] FIRST [.. LAST]".
  ChartSeriesRange ReadSeries(std::string_view text, const std::string& expected) const {
    ChartSeriesRange range;
    if (text.starts_with("top ")) {
      const std::size_t of = text.find(" of ");
      const std::string_view count = of == std::string_view::npos ? std::string_view() : Trim(text.substr(4, of - 4));
      int top = 0;
      auto [end, error] = std::from_chars(count.data(), count.data() + count.size(), top);
      if (count.empty() || error != std::errc() || end != count.data() + count.size() || top < 1) {
        Fail("@chart 'top N of ...' needs a whole number N of at least 1");
      }
      range.top = static_cast<std::size_t>(top);
      text = Trim(text.substr(of + 4));
    }
    const std::size_t dots = text.find("..");
    range.first = Trim(text.substr(0, dots));
    range.last = dots == std::string_view::npos ? range.first : std::string(Trim(text.substr(dots + 2)));
    if (range.first.empty() || range.last.empty()) Fail(expected);
    return range;
  }

  std::string_view file_;
  ReportBlock& block_;
  int line_ = 0;
};

std::vector<ReportBlock> ParseAll(std::span<const embedded::EmbeddedFile> files) {
  std::vector<ReportBlock> blocks;
  for (const embedded::EmbeddedFile& file : files) {
    blocks.push_back(ParseReportBlock(file.name, file.content));
  }
  return blocks;
}

}  // namespace

const ColumnLayout* ReportBlock::Column(std::string_view name) const {
  for (const ColumnLayout& column : columns) {
    if (column.header == name) return &column;
  }
  return nullptr;
}

ReportBlock ParseReportBlock(std::string_view file, std::string_view sql) {
  ReportBlock block;
  block.file = file;
  block.sql = sql;
  DirectiveReader(file, block).Read(sql);
  return block;
}

// The embedded files are checked by a test; a mistake in one is a build bug,
// so parsing them once at first use is safe.
const std::vector<ReportBlock>& ClinicReportBlocks() {
  static const std::vector<ReportBlock> blocks = ParseAll(embedded::ClinicReportFiles());
  return blocks;
}

const std::vector<ReportBlock>& OverviewReportBlocks() {
  static const std::vector<ReportBlock> blocks = ParseAll(embedded::OverviewReportFiles());
  return blocks;
}

}  // namespace crampwatch::report
