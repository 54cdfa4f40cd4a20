// A rules file's section headers, each kind alone: what a valid header makes of the
// section's entries, and the exact message of each invalid one.
#include "classify/section_header.h"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
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

BOOST_DATA_TEST_CASE(an_invalid_header_says_what_is_wrong, boost::unit_test::data::make(kBadHeaders), c) {
  RuleEntry prototype;
  BOOST_TEST(ReadSectionHeader(Words(c.header), prototype) == c.message);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::classify
