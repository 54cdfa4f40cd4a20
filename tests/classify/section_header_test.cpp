// A rules file's section headers, each kind alone: what a valid header makes of the
// section's entries, and the exact message of each invalid one.
#include "classify/section_header.h"

#include <algorithm>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace crampwatch::classify {
namespace {

std::vector<std::string> Words(std::string_view header) {
  std::istringstream stream{std::string(header)};
  std::vector<std::string> words;
  for (std::string word; stream >> word;) words.push_back(word);
  return words;
}

// The prototype's fields a header may set, as its kind, code and modifier kind
// (RuleEntry::Describe) and every other field that differs from a default entry's.
std::string HeaderFields(const RuleEntry& entry) {
  static const char* const kModifiers[] = {"negated", "possible", "hypothetical", "historical", "family"};
  static const char* const kDirections[] = {"forward", "backward", "both"};
  static const char* const kSections[] = {"other", "history", "family", "medications"};
  std::string text = entry.Describe();
  text = text.substr(0, text.find(" \""));
  if (entry.kind != EntryKind::kModifier && entry.modifier != ModifierKind::kNegated) {
    text += std::string(" modifier=") + kModifiers[static_cast<int>(entry.modifier)];
  }
  if (entry.direction != Direction::kForward) {
    text += std::string(" direction=") + kDirections[static_cast<int>(entry.direction)];
  }
  if (entry.section != SectionKind::kOther) {
    text += std::string(" section=") + kSections[static_cast<int>(entry.section)];
  }
  if (entry.chronic) text += " chronic";
  if (!entry.terminates_all) text += " one_kind";
  return text;
}

struct ValidHeader {
  const char* header;
  const char* fields;  // HeaderFields of what the header makes of a default RuleEntry
};

std::ostream& operator<<(std::ostream& out, const ValidHeader& c) { return out << "[" << c.header << "]"; }

const ValidHeader kValidHeaders[] = {
    {"cramp", "cramp"},
    {"cramp_word", "cramp_word"},
    {"not_cramp", "not_cramp"},
    {"night", "night"},
    {"not_night", "not_night"},
    {"pseudo", "pseudo"},
    {"clause", "clause"},
    {"companion", "companion"},
    {"self_visit", "self_visit"},
    // The speaker stands before a reporting word unless the header says after.
    {"reporter", "reporter direction=backward"},
    {"reporter before", "reporter direction=backward"},
    {"reporter after", "reporter"},
    {"concept calf_looks_wrong", "concept calf_looks_wrong"},
    {"site calf", "site calf"},
    {"site leg", "site leg"},
    {"cause medication", "cause medication"},
    {"cause lumbar_disc_herniation chronic", "cause lumbar_disc_herniation chronic"},
    {"red_flag dvt_signs", "red_flag dvt_signs"},
    {"modifier negated forward", "modifier negated"},
    {"modifier possible backward", "modifier possible direction=backward"},
    {"modifier hypothetical both", "modifier hypothetical direction=both"},
    {"modifier historical backward", "modifier historical direction=backward"},
    {"modifier family forward", "modifier family"},
    {"terminate", "terminate"},
    {"terminate historical", "terminate modifier=historical one_kind"},
    {"terminate family", "terminate modifier=family one_kind"},
    {"section history", "section section=history"},
    {"section family", "section section=family"},
    {"section medications", "section section=medications"},
    {"section other", "section"},
};

struct BadHeader {
  const char* header;
  const char* message;
};

std::ostream& operator<<(std::ostream& out, const BadHeader& c) { return out << "[" << c.header << "]"; }

const BadHeader kBadHeaders[] = {
    {"frobnicate", "unknown section '[frobnicate]'"},
    {"Cramp", "unknown section '[Cramp]'"},  // kinds are lower case
    {"cramp extra", "[cramp] takes no arguments"},
    {"cramp_word extra", "[cramp_word] takes no arguments"},
    {"not_cramp extra", "[not_cramp] takes no arguments"},
    {"night extra", "[night] takes no arguments"},
    {"not_night extra", "[not_night] takes no arguments"},
    {"pseudo extra", "[pseudo] takes no arguments"},
    {"clause extra", "[clause] takes no arguments"},
    {"companion extra", "[companion] takes no arguments"},
    {"self_visit extra", "[self_visit] takes no arguments"},
    {"shorthand extra", "[shorthand] takes no arguments"},
    {"abbreviation extra", "[abbreviation] takes no arguments"},
    {"known_word extra", "[known_word] takes no arguments"},
    {"settings extra", "[settings] takes no arguments"},
    {"reporter after all", "[reporter] takes nothing, or where its speaker stands: [reporter after]"},
    {"reporter beside", "[reporter] takes 'before' or 'after' (where the speaker stands), found 'beside'"},
    {"concept", "[concept] takes a name: [concept swelling]"},
    {"concept calf swelling", "[concept] takes a name: [concept swelling]"},
    {"site", "[site] takes a site code: [site calf]"},
    {"site calf foot", "[site] takes a site code: [site calf]"},
    {"site knee", "unknown site 'knee' (calf, foot, toes, thigh, leg)"},
    {"cause", "[cause] takes a cause code and optionally 'chronic': [cause lumbar_disc_herniation chronic]"},
    {"cause medication chronic now",
     "[cause] takes a cause code and optionally 'chronic': [cause lumbar_disc_herniation chronic]"},
    {"cause medicaton", "unknown cause code 'medicaton'"},
    {"cause medicaton acute", "unknown cause code 'medicaton'"},  // the code is read first
    {"cause medication acute", "expected 'chronic' after the cause code, found 'acute'"},
    {"cause dvt_signs", "unknown cause code 'dvt_signs'"},
    {"red_flag", "[red_flag] takes a red-flag code: [red_flag dvt_signs]"},
    {"red_flag dvt_signs chronic", "[red_flag] takes a red-flag code: [red_flag dvt_signs]"},
    {"red_flag swelling", "unknown red-flag code 'swelling'"},
    {"red_flag medication", "unknown red-flag code 'medication'"},
    {"modifier", "[modifier] takes a kind and a direction: [modifier negated forward]"},
    {"modifier negated", "[modifier] takes a kind and a direction: [modifier negated forward]"},
    {"modifier negated forward now", "[modifier] takes a kind and a direction: [modifier negated forward]"},
    {"modifier sure forward", "unknown modifier kind 'sure' (negated, possible, hypothetical, historical, family)"},
    {"modifier sure sideways", "unknown modifier kind 'sure' (negated, possible, hypothetical, historical, family)"},
    {"modifier negated sideways", "unknown direction 'sideways' (forward, backward, both)"},
    {"terminate family extra", "[terminate] takes nothing or a modifier kind: [terminate historical]"},
    {"terminate sure", "unknown modifier kind 'sure' (negated, possible, hypothetical, historical, family)"},
    {"section", "[section] takes a kind: [section family]"},
    {"section family history", "[section] takes a kind: [section family]"},
    {"section diary", "unknown section kind 'diary' (history, family, medications, other)"},
    {"group", "[group] takes a name: [group spine]"},
    {"group spine back", "[group] takes a name: [group spine]"},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(section_header)

BOOST_DATA_TEST_CASE(a_valid_header_sets_its_sections_prototype, boost::unit_test::data::make(kValidHeaders), c) {
  RuleEntry prototype;
  BOOST_TEST(ReadSectionHeader(Words(c.header), prototype) == "");
  BOOST_TEST(HeaderFields(prototype) == c.fields);
}

// These sections' lines are no entries: the parser reads them itself.
BOOST_AUTO_TEST_CASE(a_section_of_no_entries_leaves_the_prototype_alone) {
  for (const char* header : {"group spine", "settings", "shorthand", "abbreviation", "known_word"}) {
    RuleEntry prototype;
    BOOST_TEST(ReadSectionHeader(Words(header), prototype) == "", header);
    BOOST_TEST(HeaderFields(prototype) == HeaderFields(RuleEntry()), header);
  }
}

BOOST_DATA_TEST_CASE(an_invalid_header_says_what_is_wrong, boost::unit_test::data::make(kBadHeaders), c) {
  RuleEntry prototype;
  BOOST_TEST(ReadSectionHeader(Words(c.header), prototype) == c.message);
}

// Every usage message's example is itself a valid header of its kind.
BOOST_AUTO_TEST_CASE(every_usage_example_is_a_valid_header) {
  for (const SectionHeaderKind& kind : SectionHeaderKinds()) {
    const std::size_t open = kind.usage.find('[');
    if (open == std::string_view::npos) {
      BOOST_TEST(kind.max_arguments == 0u, kind.name << ": a kind that takes arguments shows an example");
      continue;
    }
    const std::string_view example = kind.usage.substr(open + 1, kind.usage.size() - open - 2);
    const std::vector<std::string> words = Words(example);
    BOOST_TEST(words[0] == kind.name);
    RuleEntry prototype;
    BOOST_TEST(ReadSectionHeader(words, prototype) == "", example);
  }
}

// rules/FORMAT.md documents the sections in a table whose first column shows each
// header's forms ("`[terminate]`, `[terminate KIND]`"). Each kind there is one of
// SectionHeaderKinds, in the same order, each form takes a number of arguments the kind
// allows, and a form without placeholders (upper-case words) is a valid header.
BOOST_AUTO_TEST_CASE(the_format_documents_every_kind_and_no_other) {
  std::ifstream format(CRAMPWATCH_RULES_FORMAT);
  BOOST_REQUIRE(format);
  std::vector<std::string> documented;
  bool in_sections = false;
  for (std::string line; std::getline(format, line);) {
    if (line.starts_with("## ")) in_sections = line == "## Sections";
    if (!in_sections || !line.starts_with("| `[")) continue;
    const std::string forms = line.substr(1, line.find('|', 1) - 1);
    for (std::size_t open = forms.find("`["); open != std::string::npos; open = forms.find("`[", open + 1)) {
      const std::size_t close = forms.find("]`", open);
      BOOST_REQUIRE(close != std::string::npos);
      const std::vector<std::string> words = Words(forms.substr(open + 2, close - open - 2));
      const auto kind = std::find_if(SectionHeaderKinds().begin(), SectionHeaderKinds().end(),
                                     [&](const SectionHeaderKind& k) { return k.name == words[0]; });
      BOOST_TEST_REQUIRE((kind != SectionHeaderKinds().end()), "[" << words[0] << "] is no section kind");
      const std::size_t arguments = words.size() - 1;
      BOOST_TEST((arguments >= kind->min_arguments && arguments <= kind->max_arguments), line);
      const bool has_placeholder = std::any_of(words.begin() + 1, words.end(), [](const std::string& word) {
        return std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
      });
      RuleEntry prototype;
      if (!has_placeholder) BOOST_TEST(ReadSectionHeader(words, prototype) == "", line);
      if (documented.empty() || documented.back() != words[0]) documented.push_back(words[0]);
    }
  }
  std::vector<std::string> kinds;
  for (const SectionHeaderKind& kind : SectionHeaderKinds()) kinds.emplace_back(kind.name);
  BOOST_TEST(documented == kinds, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::classify
