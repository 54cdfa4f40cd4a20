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
  evidence.clear();
  for (const Tag& tag : tags) {
    if (!evidence.empty()) evidence += '\n';
    const auto label = labels.find(tag.code);
    evidence += label == labels.end() ? tag.code : label->second;
    if (tag.certainty == Certainty::kPossible) evidence += " (possible)";
    evidence += ": \"";
    // As SQL's substr of the field's bytes: offsets past the end give less.
    const std::string_view field = FieldText(text, tag.field);
    const std::size_t begin = std::min(tag.begin, field.size());
    evidence += field.substr(begin, tag.end > begin ? tag.end - begin : 0);
    evidence += "\" (";
    evidence += StoredCode(tag.field);
    evidence += ')';
  }
}

}  // namespace crampwatch::classify
