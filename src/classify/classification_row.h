// ClassificationRow: a verdict in the form the classification table stores it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "classify/classification.h"
#include "classify/complaint_evidence.h"

namespace crampwatch::classify {

/// The rule table's ids, by description. Transparent, so that a
/// std::string_view finds a std::string key without a copy.
struct RuleDescriptionHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};
using RuleIds = std::unordered_map<std::string, std::int64_t, RuleDescriptionHash, std::equal_to<>>;

/// The columns of one classification row (schema/002 and 004), formatted on
/// the classifying threads so that the writing thread only binds them.
struct ClassificationRow {
  bool is_cramp = false;
  bool nocturnal = false;
  std::string site;       // joined codes, as Classification::JoinedSites
  std::string causes;     // as Classification::JoinedCodes(kCause)
  std::string red_flags;  // as Classification::JoinedCodes(kRedFlag)
  CalciumRisk calcium_risk = CalciumRisk::kNone;
  std::string calcium_reason;
  std::size_t tag_count = 0;
  /// The tags column's JSON array; empty for no tags (stored as NULL), and
  /// while `unresolved` holds tags.
  std::string tags_json;
  /// The tags, when one of their rules had no id yet: only the writing
  /// thread may add rules, so it formats tags_json from these.
  std::vector<Tag> unresolved;
  /// The evidence column: FormatEvidence's text; empty for no tags (NULL).
  std::string evidence;
};

/// Fills `row` from `verdict` on the record `text`, the tags' rule ids from
/// `rule_ids` and the evidence's names from `labels`. When a rule is not
/// there, the tags are moved to row.unresolved instead.
void FormatRow(Classification&& verdict, const IntakeText& text, const TagLabels& labels, const RuleIds& rule_ids,
               ClassificationRow& row);

/// Sets `json` to the tags column's JSON array for `tags`: one element per
/// tag, [kind, code, certainty, field, start, end, rule_id], with the rule
/// ids `rule_id` gives; empty for no tags. Returns false, `json` then
/// unfinished, as soon as `rule_id` returns a negative id (not known).
bool FormatTags(const std::vector<Tag>& tags,
                const std::function<std::int64_t(const std::string&)>& rule_id, std::string& json);

}  // namespace crampwatch::classify
