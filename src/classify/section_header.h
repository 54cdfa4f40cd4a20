// SectionHeader: what a rules file's "[KIND ARGUMENTS]" line makes of the entries under it.
#pragma once

#include <string>
#include <vector>

#include "classify/rule_set.h"

namespace crampwatch::classify {

/// Reads a section header's words ("cause", "lumbar_disc_herniation", "chronic")
/// into `prototype`, the entry every line of the section starts from. Returns
/// the problem as a message, or an empty string. `[group NAME]`, `[settings]`,
/// `[shorthand]`, `[abbreviation]` and `[known_word]` hold no entries: their
/// prototype stays as it was. REQUIRES: `words` is not empty.
std::string ReadSectionHeader(const std::vector<std::string>& words, RuleEntry& prototype);

}  // namespace crampwatch::classify
