#include "report/xlsx_reader.h"

#include <boost/test/unit_test.hpp>
#include <regex>

#include "test_support.h"

namespace crampwatch::testing {
namespace {

std::string DecodeXml(std::string text) {
  static const std::pair<const char*, const char*> kEntities[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}};
  for (const auto& [entity, character] : kEntities) {
    for (std::size_t at = text.find(entity); at != std::string::npos; at = text.find(entity, at + 1)) {
      text.replace(at, std::char_traits<char>::length(entity), character);
    }
  }
  return text;
}

// The value of attribute `name` in a start tag, or "".
std::string Attribute(const std::string& tag, const std::string& name) {
  const std::string key = " " + name + "=\"";
  const std::size_t begin = tag.find(key);
  if (begin == std::string::npos) return {};
  const std::size_t value = begin + key.size();
  return tag.substr(value, tag.find('"', value) - value);
}

// The text of the first element `name` in `xml` ("<t>x</t>" or
// "<t xml:space=\"preserve\">x</t>"), or "".
std::string Element(const std::string& xml, const std::string& name) {
  for (std::size_t at = xml.find("<" + name); at != std::string::npos; at = xml.find("<" + name, at + 1)) {
    const char next = xml[at + 1 + name.size()];
    if (next != '>' && next != ' ') continue;
    const std::size_t open_end = xml.find('>', at);
    const std::size_t close = xml.find("</" + name + ">", open_end);
    if (close == std::string::npos) return {};
    return xml.substr(open_end + 1, close - open_end - 1);
  }
  return {};
}

int RowOf(const std::string& ref) {
  std::size_t digits = ref.find_first_of("0123456789");
  return std::stoi(ref.substr(digits));
}

}  // namespace

std::string Unzip(const std::string& file, const std::string& member) {
  const RunResult result = RunProgram({"/usr/bin/unzip", "-p", file, member});
  BOOST_REQUIRE_MESSAGE(result.exit_code == 0, "unzip " + member + ": " + result.err);
  return result.out;
}

std::string FormatCodeOfStyle(const std::string& styles, int style) {
  const std::size_t begin = styles.find("<cellXfs");
  const std::size_t end = styles.find("</cellXfs>");
  BOOST_REQUIRE(begin != std::string::npos && end != std::string::npos);
  const std::string xfs = styles.substr(begin, end - begin);
  static const std::regex kXf(R"re(<xf [^>]*numFmtId="(\d+)")re");
  int index = 0;
  std::string format_id;
  for (auto it = std::sregex_iterator(xfs.begin(), xfs.end(), kXf); it != std::sregex_iterator();
       ++it, ++index) {
    if (index == style) format_id = (*it)[1];
  }
  BOOST_REQUIRE_MESSAGE(!format_id.empty(), "no cell style " << style);
  const std::regex num_fmt("<numFmt numFmtId=\"" + format_id + "\" formatCode=\"([^\"]*)\"");
  std::smatch match;
  BOOST_REQUIRE_MESSAGE(std::regex_search(styles, match, num_fmt), "no numFmt " + format_id);
  return match[1];
}

const XlsxCell& XlsxSheet::At(const std::string& ref) const {
  auto found = cells.find(ref);
  BOOST_REQUIRE_MESSAGE(found != cells.end(), "sheet '" + name + "' has no cell " + ref);
  return found->second;
}

int XlsxSheet::LastRow() const {
  int last = 0;
  for (const auto& [ref, cell] : cells) last = std::max(last, RowOf(ref));
  return last;
}

std::string AllCells(const std::string& file) {
  std::string text;
  for (const XlsxSheet& sheet : ReadSheets(file)) {
    text += "[" + sheet.name + "]";
    for (const auto& [ref, cell] : sheet.cells) text += ref + "=" + cell.text + ";";
  }
  return text;
}

std::vector<XlsxSheet> ReadSheets(const std::string& file) {
  const std::string workbook = Unzip(file, "xl/workbook.xml");
  static const std::regex kSheet(R"re(<sheet name="([^"]*)" sheetId="(\d+)")re");
  std::vector<XlsxSheet> sheets;
  for (auto it = std::sregex_iterator(workbook.begin(), workbook.end(), kSheet);
       it != std::sregex_iterator(); ++it) {
    XlsxSheet sheet{.name = DecodeXml((*it)[1]), .xml = {}, .cells = {}};
    sheet.xml = Unzip(file, "xl/worksheets/sheet" + std::string((*it)[2]) + ".xml");
    // Parsed by hand: std::regex recurses per character and overflows the
    // stack on a 40,000-character cell.
    const std::string& xml = sheet.xml;
    for (std::size_t at = xml.find("<c r=\""); at != std::string::npos; at = xml.find("<c r=\"", at + 1)) {
      const std::size_t tag_end = xml.find('>', at);
      const std::string tag = xml.substr(at, tag_end - at);
      XlsxCell cell;
      cell.ref = Attribute(tag, "r");
      const std::string style = Attribute(tag, "s");
      cell.style = style.empty() ? 0 : std::stoi(style);
      cell.type = Attribute(tag, "t");
      if (xml[tag_end - 1] != '/') {
        const std::size_t close = xml.find("</c>", tag_end);
        const std::string body = xml.substr(tag_end + 1, close - tag_end - 1);
        cell.formula = body.find("<f>") != std::string::npos || body.find("<f ") != std::string::npos;
        cell.text = DecodeXml(Element(body, "t").empty() ? Element(body, "v") : Element(body, "t"));
      }
      sheet.cells[cell.ref] = cell;
    }
    sheets.push_back(std::move(sheet));
  }
  return sheets;
}

std::string CellRef(int row, int col) {
  std::string letters;
  for (int n = col + 1; n > 0; n = (n - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
  return letters + std::to_string(row + 1);
}

}  // namespace crampwatch::testing
