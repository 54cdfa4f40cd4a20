#include "classify/section_header.h"

#include <utility>

namespace crampwatch::classify {
namespace {

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

}  // namespace

std::string ReadSectionHeader(const std::vector<std::string>& words, RuleEntry& entry) {
  const std::string& kind = words[0];
  const std::size_t args = words.size() - 1;
  std::string problem;
  const auto args_between = [&](std::size_t low, std::size_t high, const char* usage) {
    if (args >= low && args <= high) return true;
    problem = "[" + kind + "] takes " + usage;
    return false;
  };
  if (kind == "cramp" || kind == "cramp_word" || kind == "not_cramp" || kind == "night" || kind == "not_night" ||
      kind == "pseudo" || kind == "clause" || kind == "shorthand" || kind == "abbreviation" || kind == "settings" ||
      kind == "known_word" || kind == "companion" ||
      kind == "self_visit") {
    if (!args_between(0, 0, "no arguments")) return problem;
    entry.kind = kind == "cramp"        ? EntryKind::kCramp
                 : kind == "cramp_word" ? EntryKind::kCrampWord
                 : kind == "not_cramp"  ? EntryKind::kNotCramp
                 : kind == "night"      ? EntryKind::kNight
                 : kind == "not_night"  ? EntryKind::kNotNight
                 : kind == "clause"     ? EntryKind::kClauseStart
                 : kind == "companion"  ? EntryKind::kCompanion
                 : kind == "self_visit" ? EntryKind::kSelfVisit
                                        : EntryKind::kPseudo;
  } else if (kind == "reporter") {
    if (!args_between(0, 1, "nothing, or where its speaker stands: [reporter after]")) return problem;
    entry.kind = EntryKind::kReporter;
    // The speaker stands before a reporting verb ("wife says") unless the section
    // says after ("per daughter", "according to his wife").
    entry.direction = Direction::kBackward;
    if (args == 1 && words[1] == "after") {
      entry.direction = Direction::kForward;
    } else if (args == 1 && words[1] != "before") {
      return "[reporter] takes 'before' or 'after' (where the speaker stands), found '" + words[1] + "'";
    }
  } else if (kind == "concept") {
    if (!args_between(1, 1, "a name: [concept swelling]")) return problem;
    entry.kind = EntryKind::kConcept;
    entry.code = words[1];
  } else if (kind == "site") {
    if (!args_between(1, 1, "a site code: [site calf]")) return problem;
    if (!IsKnownSiteCode(words[1])) return "unknown site '" + words[1] + "' (calf, foot, toes, thigh, leg)";
    entry.kind = EntryKind::kSite;
    entry.code = words[1];
  } else if (kind == "cause") {
    if (!args_between(1, 2, "a cause code and optionally 'chronic': [cause lumbar_disc_herniation chronic]")) {
      return problem;
    }
    if (!IsKnownCauseCode(words[1])) return "unknown cause code '" + words[1] + "'";
    if (args == 2 && words[2] != "chronic") return "expected 'chronic' after the cause code, found '" + words[2] + "'";
    entry.kind = EntryKind::kCause;
    entry.code = words[1];
    entry.chronic = args == 2;
  } else if (kind == "red_flag") {
    if (!args_between(1, 1, "a red-flag code: [red_flag dvt_signs]")) return problem;
    if (!IsKnownRedFlagCode(words[1])) return "unknown red-flag code '" + words[1] + "'";
    entry.kind = EntryKind::kRedFlag;
    entry.code = words[1];
  } else if (kind == "modifier") {
    if (!args_between(2, 2, "a kind and a direction: [modifier negated forward]")) return problem;
    if (!ReadModifierKind(words[1], entry.modifier, problem)) return problem;
    if (words[2] == "forward") {
      entry.direction = Direction::kForward;
    } else if (words[2] == "backward") {
      entry.direction = Direction::kBackward;
    } else if (words[2] == "both") {
      entry.direction = Direction::kBoth;
    } else {
      return "unknown direction '" + words[2] + "' (forward, backward, both)";
    }
    entry.kind = EntryKind::kModifier;
  } else if (kind == "terminate") {
    if (!args_between(0, 1, "nothing or a modifier kind: [terminate historical]")) return problem;
    entry.kind = EntryKind::kTerminate;
    entry.terminates_all = args == 0;
    if (args == 1 && !ReadModifierKind(words[1], entry.modifier, problem)) return problem;
  } else if (kind == "section") {
    if (!args_between(1, 1, "a kind: [section family]")) return problem;
    entry.kind = EntryKind::kSectionHeader;
    if (words[1] == "history") {
      entry.section = SectionKind::kHistory;
    } else if (words[1] == "family") {
      entry.section = SectionKind::kFamily;
    } else if (words[1] == "medications") {
      entry.section = SectionKind::kMedications;
    } else if (words[1] == "other") {
      entry.section = SectionKind::kOther;
    } else {
      return "unknown section kind '" + words[1] + "' (history, family, medications, other)";
    }
  } else if (kind == "group") {
    if (!args_between(1, 1, "a name: [group spine]")) return problem;
  } else {
    return "unknown section '[" + kind + "]'";
  }
  return "";
}

}  // namespace crampwatch::classify
