#include "classify/complaint_evidence.h"

#include <algorithm>
#include <string_view>

namespace crampwatch::classify {
namespace {

std::string_view FieldText(const IntakeText& text, TextField field) {
  switch (field) {
    case TextField::kComplaint:
      return text.complaint;
    case TextField::kHistory:
      return text.history;
    case TextField::kMedications:
      return text.medications;
  }
  return {};
}

}  // namespace

void FormatEvidence(const std::vector<Tag>& tags, const IntakeText& text, const TagLabels& labels,
                    std::string& evidence) {
  constexpr std::string_view kPossible = " (possible)";
  // Each line's parts, measured first: the text is then allocated once, at
  // its size. Grown by appending, a row's evidence left the smaller buffers
  // it outgrew scattered over the heap: `classify --all` on 1M records
  // peaked 1 MiB higher.
  struct Line {
    std::string_view name;
    std::string_view words;
  };
  std::vector<Line> lines;
  lines.reserve(tags.size());
  std::size_t size = 0;
  for (const Tag& tag : tags) {
    const auto label = labels.find(tag.code);
    const std::string_view name = label == labels.end() ? std::string_view(tag.code) : label->second;
    // As SQL's substr of the field's bytes: offsets past the end give less.
    const std::string_view field = FieldText(text, tag.field);
    const std::size_t begin = std::min(tag.begin, field.size());
    const std::string_view words = field.substr(begin, tag.end > begin ? tag.end - begin : 0);
    lines.push_back({name, words});
    size += name.size() + (tag.certainty == Certainty::kPossible ? kPossible.size() : 0) + words.size() +
            StoredCode(tag.field).size() + 8;  // ': "', '" (', ')' and the line feed
  }
  evidence.clear();
  if (tags.empty()) return;
  evidence.reserve(size);
  for (std::size_t i = 0; i < tags.size(); ++i) {
    if (i > 0) evidence += '\n';
    evidence += lines[i].name;
    if (tags[i].certainty == Certainty::kPossible) evidence += kPossible;
    evidence += ": \"";
    evidence += lines[i].words;
    evidence += "\" (";
    evidence += StoredCode(tags[i].field);
    evidence += ')';
  }
}

}  // namespace crampwatch::classify
