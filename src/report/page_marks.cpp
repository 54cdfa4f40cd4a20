#include "report/page_marks.h"

#include <string>

namespace crampwatch::report {
namespace {

// A header line holds 255 characters with its codes; the clinic gets at most
// this many bytes of it (cut on a character boundary, with an ellipsis).
constexpr std::size_t kMaxSubjectBytes = 100;

// '&' starts a code in Excel's header syntax ("&P", "&12" a font size...).
std::string Escaped(std::string_view text) {
  std::string escaped;
  for (char c : text) {
    if (c == '&') escaped += '&';
    escaped += c;
  }
  return escaped;
}

std::string Shortened(std::string_view text) {
  if (text.size() <= kMaxSubjectBytes) return std::string(text);
  std::size_t end = kMaxSubjectBytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return std::string(text.substr(0, end)) + "\u2026";
}

}  // namespace

PageMarks MakePageMarks(std::string_view subject, const ReportPeriod& period) {
  PageMarks marks;
  marks.header = "&L" + Escaped(Shortened(subject)) + "&C&A&RConfidential: contains patient data";
  marks.footer = "&LPeriod " + period.from + " to " + period.to + "; " + Escaped(DataThroughText(period)) +
                 "&CPage &P of &N&RPrinted &D";
  return marks;
}

}  // namespace crampwatch::report
