// SectionHeader: what a rules file's "[KIND ARGUMENTS]" line makes of the entries under it.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "classify/rule_set.h"

namespace crampwatch::classify {

/// One kind of section header ("[cause CODE]", "[modifier KIND DIRECTION]"): the
/// words it takes, the message when it is given others, and what it makes of the
/// section's entries. One table of them (SectionHeaderKinds) is the parser's, its
/// messages' and the format documentation's list of sections.
struct SectionHeaderKind {
  std::string_view name;  // the header's first word: "cause"
  /// What the section's entries are; none for the sections whose lines the
  /// parser reads itself ([group], [settings], [shorthand], ...), whose
  /// prototype entry the header leaves as it was.
  std::optional<EntryKind> entry_kind;
  std::size_t min_arguments = 0;
  std::size_t max_arguments = 0;
  /// Completes "[KIND] takes ..." when the argument count is wrong; ends with an
  /// example header where the kind takes arguments.
  std::string_view usage;
  /// Reads the arguments (their count already checked) into the section's
  /// prototype entry. Returns the problem as a message, or an empty string.
  /// Null for a kind whose arguments need no reading.
  std::string (*read_arguments)(std::span<const std::string> arguments, RuleEntry& prototype) = nullptr;
};

/// Every kind of section, in the order rules/FORMAT.md lists them.
std::span<const SectionHeaderKind> SectionHeaderKinds();

/// Reads a section header's words ("cause", "lumbar_disc_herniation", "chronic")
/// into `prototype`, the entry every line of the section starts from. Returns
/// the problem as a message, or an empty string. REQUIRES: `words` is not empty.
std::string ReadSectionHeader(const std::vector<std::string>& words, RuleEntry& prototype);

}  // namespace crampwatch::classify
