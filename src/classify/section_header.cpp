#include "classify/section_header.h"

#include <algorithm>
#include <utility>

namespace crampwatch::classify {
namespace {

using Arguments = std::span<const std::string>;

bool ReadModifierKind(const std::string& word, ModifierKind& kind, std::string& problem) {
  static const std::pair<const char*, ModifierKind> kKinds[] = {
      {"negated", ModifierKind::kNegated},           {"possible", ModifierKind::kPossible},
      {"hypothetical", ModifierKind::kHypothetical}, {"historical", ModifierKind::kHistorical},
      {"family", ModifierKind::kFamily}};
  for (const auto& [name, value] : kKinds) {
    if (word == name) {
      kind = value;
      return true;
    }
  }
  problem = "unknown modifier kind '" + word + "' (negated, possible, hypothetical, historical, family)";
  return false;
}

std::string ReadReporter(Arguments arguments, RuleEntry& entry) {
  // The speaker stands before a reporting verb ("wife says") unless the section
  // says after ("per daughter", "according to his wife").
  entry.direction = Direction::kBackward;
  if (arguments.empty() || arguments[0] == "before") return "";
  if (arguments[0] == "after") {
    entry.direction = Direction::kForward;
    return "";
  }
  return "[reporter] takes 'before' or 'after' (where the speaker stands), found '" + arguments[0] + "'";
}

std::string ReadConcept(Arguments arguments, RuleEntry& entry) {
  entry.code = arguments[0];
  return "";
}

std::string ReadSite(Arguments arguments, RuleEntry& entry) {
  if (!IsKnownSiteCode(arguments[0])) return "unknown site '" + arguments[0] + "' (calf, foot, toes, thigh, leg)";
  entry.code = arguments[0];
  return "";
}

std::string ReadCause(Arguments arguments, RuleEntry& entry) {
  if (!IsKnownCauseCode(arguments[0])) return "unknown cause code '" + arguments[0] + "'";
  if (arguments.size() == 2 && arguments[1] != "chronic") {
    return "expected 'chronic' after the cause code, found '" + arguments[1] + "'";
  }
  entry.code = arguments[0];
  entry.chronic = arguments.size() == 2;
  return "";
}

std::string ReadRedFlag(Arguments arguments, RuleEntry& entry) {
  if (!IsKnownRedFlagCode(arguments[0])) return "unknown red-flag code '" + arguments[0] + "'";
  entry.code = arguments[0];
  return "";
}

std::string ReadModifier(Arguments arguments, RuleEntry& entry) {
  std::string problem;
  if (!ReadModifierKind(arguments[0], entry.modifier, problem)) return problem;
  static const std::pair<const char*, Direction> kDirections[] = {
      {"forward", Direction::kForward}, {"backward", Direction::kBackward}, {"both", Direction::kBoth}};
  for (const auto& [name, value] : kDirections) {
    if (arguments[1] == name) {
      entry.direction = value;
      return "";
    }
  }
  return "unknown direction '" + arguments[1] + "' (forward, backward, both)";
}

std::string ReadTerminate(Arguments arguments, RuleEntry& entry) {
  entry.terminates_all = arguments.empty();
  std::string problem;
  if (!arguments.empty()) ReadModifierKind(arguments[0], entry.modifier, problem);
  return problem;
}

std::string ReadSection(Arguments arguments, RuleEntry& entry) {
  static const std::pair<const char*, SectionKind> kSections[] = {
      {"history", SectionKind::kHistory},
      {"family", SectionKind::kFamily},
      {"medications", SectionKind::kMedications},
      {"other", SectionKind::kOther}};
  for (const auto& [name, value] : kSections) {
    if (arguments[0] == name) {
      entry.section = value;
      return "";
    }
  }
  return "unknown section kind '" + arguments[0] + "' (history, family, medications, other)";
}

constexpr std::string_view kNoArguments = "no arguments";

// In rules/FORMAT.md's order; a test keeps the two in step.
const SectionHeaderKind kSectionHeaderKinds[] = {
    {"cramp", EntryKind::kCramp, 0, 0, kNoArguments},
    {"cramp_word", EntryKind::kCrampWord, 0, 0, kNoArguments},
    {"not_cramp", EntryKind::kNotCramp, 0, 0, kNoArguments},
    {"not_night", EntryKind::kNotNight, 0, 0, kNoArguments},
    {"site", EntryKind::kSite, 1, 1, "a site code: [site calf]", ReadSite},
    {"night", EntryKind::kNight, 0, 0, kNoArguments},
    {"cause", EntryKind::kCause, 1, 2,
     "a cause code and optionally 'chronic': [cause lumbar_disc_herniation chronic]", ReadCause},
    {"red_flag", EntryKind::kRedFlag, 1, 1, "a red-flag code: [red_flag dvt_signs]", ReadRedFlag},
    {"concept", EntryKind::kConcept, 1, 1, "a name: [concept swelling]", ReadConcept},
    {"modifier", EntryKind::kModifier, 2, 2, "a kind and a direction: [modifier negated forward]", ReadModifier},
    {"pseudo", EntryKind::kPseudo, 0, 0, kNoArguments},
    {"terminate", EntryKind::kTerminate, 0, 1, "nothing or a modifier kind: [terminate historical]", ReadTerminate},
    {"clause", EntryKind::kClauseStart, 0, 0, kNoArguments},
    {"reporter", EntryKind::kReporter, 0, 1, "nothing, or where its speaker stands: [reporter after]", ReadReporter},
    {"self_visit", EntryKind::kSelfVisit, 0, 0, kNoArguments},
    {"companion", EntryKind::kCompanion, 0, 0, kNoArguments},
    {"section", EntryKind::kSectionHeader, 1, 1, "a kind: [section family]", ReadSection},
    {"group", std::nullopt, 1, 1, "a name: [group spine]"},
    {"shorthand", std::nullopt, 0, 0, kNoArguments},
    {"abbreviation", std::nullopt, 0, 0, kNoArguments},
    {"known_word", std::nullopt, 0, 0, kNoArguments},
    {"settings", std::nullopt, 0, 0, kNoArguments},
};

}  // namespace

std::span<const SectionHeaderKind> SectionHeaderKinds() { return kSectionHeaderKinds; }

std::string ReadSectionHeader(const std::vector<std::string>& words, RuleEntry& prototype) {
  const std::string& name = words[0];
  const auto kind = std::find_if(std::begin(kSectionHeaderKinds), std::end(kSectionHeaderKinds),
                                 [&](const SectionHeaderKind& k) { return k.name == name; });
  if (kind == std::end(kSectionHeaderKinds)) return "unknown section '[" + name + "]'";
  const Arguments arguments = std::span(words).subspan(1);
  if (arguments.size() < kind->min_arguments || arguments.size() > kind->max_arguments) {
    return "[" + name + "] takes " + std::string(kind->usage);
  }
  if (kind->entry_kind) prototype.kind = *kind->entry_kind;
  return kind->read_arguments ? kind->read_arguments(arguments, prototype) : "";
}

}  // namespace crampwatch::classify
