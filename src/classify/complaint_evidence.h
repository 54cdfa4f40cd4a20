// ComplaintEvidence: a complaint's tags as the Complaints sheet shows them,
// formatted once at classification rather than by every report.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "classify/classification.h"

namespace crampwatch::classify {

/// The readable names of the cause and red-flag codes (code_label), by code:
/// the two kinds' codes differ.
using TagLabels = std::unordered_map<std::string, std::string>;

/// Sets `evidence` to one line per tag of `tags`, in their order, joined by
/// '\n': `NAME: "WORDS" (FIELD)`, with " (possible)" after NAME for a possible
/// tag. NAME is the code's label in `labels` (the code when it has none),
/// WORDS the bytes [begin, end) of the tag's field in `text`, FIELD its stored
/// code. Empty for no tags (stored as NULL). The same text schema/008 makes
/// in SQL from the tags column for records classified before it.
void FormatEvidence(const std::vector<Tag>& tags, const IntakeText& text, const TagLabels& labels,
                    std::string& evidence);

}  // namespace crampwatch::classify
