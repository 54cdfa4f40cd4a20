#include "classify/classification_row.h"

#include <charconv>


namespace crampwatch::classify {
namespace {

// Stored codes and the rules' cause and red-flag codes are identifiers from
// fixed lists (classification.cpp, rule_set.cpp): lower-case ASCII letters
// and '_', nothing to escape.
void AppendCode(std::string& out, std::string_view code) {
  out += '"';
  out += code;
  out += '"';
}

void AppendNumber(std::string& out, std::int64_t number) {
  char digits[24];
  auto [end, error] = std::to_chars(digits, digits + sizeof digits, number);
  out.append(digits, end);
}

}  // namespace

bool FormatTags(const std::vector<Tag>& tags,
                const std::function<std::int64_t(const std::string&)>& rule_id, std::string& json) {
  json.clear();
  if (tags.empty()) return true;
  json += '[';
  for (const Tag& tag : tags) {
    const std::int64_t id = rule_id(tag.rule);
    if (id < 0) return false;
    if (json.size() > 1) json += ',';
    json += '[';
    AppendCode(json, StoredCode(tag.kind));
    json += ',';
    AppendCode(json, tag.code);
    json += ',';
    AppendCode(json, StoredCode(tag.certainty));
    json += ',';
    AppendCode(json, StoredCode(tag.field));
    json += ',';
    AppendNumber(json, static_cast<std::int64_t>(tag.begin));
    json += ',';
    AppendNumber(json, static_cast<std::int64_t>(tag.end));
    json += ',';
    AppendNumber(json, id);
    json += ']';
  }
  json += ']';
  return true;
}

void FormatRow(Classification&& verdict, const IntakeText& text, const TagLabels& labels, const RuleIds& rule_ids,
               ClassificationRow& row) {
  // Every string is moved in, not copied into the row's buffers: a buffer
  // kept from record to record would grow to the longest text it ever held.
  row.is_cramp = verdict.is_cramp;
  row.nocturnal = verdict.nocturnal;
  row.site = verdict.JoinedSites();
  row.causes = verdict.JoinedCodes(TagKind::kCause);
  row.red_flags = verdict.JoinedCodes(TagKind::kRedFlag);
  row.calcium_risk = verdict.calcium_risk;
  row.calcium_reason = std::move(verdict.calcium_reason);
  row.tag_count = verdict.tags.size();
  std::string evidence;
  FormatEvidence(verdict.tags, text, labels, evidence);
  row.evidence = std::move(evidence);
  const auto known = [&rule_ids](const std::string& description) -> std::int64_t {
    auto found = rule_ids.find(description);
    return found == rule_ids.end() ? -1 : found->second;
  };
  std::string tags_json;
  if (FormatTags(verdict.tags, known, tags_json)) {
    row.tags_json = std::move(tags_json);
    row.unresolved = {};
  } else {
    row.tags_json = {};
    row.unresolved = std::move(verdict.tags);
  }
}

}  // namespace crampwatch::classify
