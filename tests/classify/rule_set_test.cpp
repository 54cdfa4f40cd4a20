// Tests of the rules file parser: every message names its line.
#include "classify/rule_set.h"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "test_support.h"
#include "util/error.h"

namespace crampwatch::classify {
namespace {

struct BadRules {
  const char* text;
  int line;
  const char* message;
};

std::ostream& operator<<(std::ostream& out, const BadRules& c) { return out << c.message; }

const BadRules kBadRules[] = {
    {"calf\n", 1, "an entry before any [section]"},
    {"[cause\n", 1, "must end with ']'"},
    {"[]\n", 1, "empty section header"},
    {"[frobnicate]\nx\n", 1, "unknown section '[frobnicate]'"},
    {"# c\n[cause medicaton]\nlasix\n", 2, "unknown cause code 'medicaton'"},
    {"[cause medication acute]\n", 1, "expected 'chronic'"},
    {"[red_flag swelling]\n", 1, "unknown red-flag code 'swelling'"},
    {"[site knee]\n", 1, "unknown site 'knee'"},
    {"[modifier negated sideways]\n", 1, "unknown direction 'sideways'"},
    {"[modifier sure forward]\n", 1, "unknown modifier kind 'sure'"},
    {"[cramp extra]\n", 1, "[cramp] takes no arguments"},
    {"[section diary]\n", 1, "unknown section kind 'diary'"},
    {"[cause medication]\nla*\n", 2, "at least 3 characters"},
    {"[known_word extra]\n", 1, "[known_word] takes no arguments"},
    {"[known_word]\nmaking\ntalking walking\n", 3, "a known word is one word of letters a-z"},
    {"[known_word]\nb12\n", 2, "a known word is one word of letters a-z"},
    {"[cause medication]\nlas*ix\n", 2, "'*' only at the end of a word"},
    {"[cause medication]\n@chronic\n", 2, "needs a phrase before its options"},
    {"[cause medication]\nlasix @window 3\n", 2, "@window applies only to modifiers"},
    {"[modifier negated forward]\nno @window x\n", 2, "@window needs a whole number"},
    {"[cause medication]\nlasix @below 3\n", 2, "@below needs a <num>"},
    {"[cause electrolyte_imbalance]\nk <num> @below low\n", 2, "@below needs a number"},
    {"[cause medication]\nlasix @sometimes\n", 2, "unknown option '@sometimes'"},
    {"[red_flag dvt_signs]\nswelling @chronic\n", 2, "@chronic applies only to causes"},
    {"[red_flag dvt_signs]\nswelling @shared\n", 2, "@shared applies only to causes"},
    {"[cause lumbar_disc_herniation]\nldh @near spine\n", 2, "[group spine], which is not defined"},
    {"[cause medication]\nlasix\nLasix\n", 3, "listed twice"},
    {"[cause calcium_deficiency]\nca <num> @below 2.2\nca <num> @below 2.2\n", 3, "listed twice"},
    {"[modifier negated forward]\nno @not\n", 2, "@not applies only to phrases of"},
    {"[cause cold_exposure]\n{a} + {b} @not\n", 2, "@not applies only to phrases of"},
    {"[settings]\nadolescent_ages = 19-10\n", 2, "adolescent_ages reads"},
    {"[settings]\nwoman_min_age = old\n", 2, "woman_min_age must be"},
    {"[settings]\ncolour = blue\n", 2, "unknown setting 'colour'"},
    {"[shorthand]\nw/o without\n", 2, "FROM => TO"},
    {"[abbreviation]\ndr mr\n", 2, "an abbreviation is one word"},
    {"[group]\n", 1, "[group] takes a name"},
    {"[site]\n", 1, "[site] takes a site code"},
    {"[terminate family extra]\n", 1, "[terminate] takes nothing or a modifier kind"},
    {"[settings]\nwoman_min_age 50\n", 2, "a setting reads 'name = value'"},
    {"[shorthand]\nw/o =>\n", 2, "both sides of '=>' need words"},
    {"[group spine]\nl4\n[cause lumbar_disc_herniation]\nldh @near spine x\n", 4, "@near GROUP N needs"},
    {"[modifier negated forward]\nno @window\n", 2, "@window needs a value"},
    {"[cause electrolyte_imbalance]\nk <num> @above 6 @below\n", 2, "@below needs a value"},
    {"[cause medication]\nlasix <nm>\n", 2, "'<num>' alone"},
    {"[cause medication]\n...\n", 2, "has no words"},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(rule_set)

BOOST_DATA_TEST_CASE(each_mistake_is_reported_with_its_line, boost::unit_test::data::make(kBadRules), bad) {
  RuleSet::ParseResult result = RuleSet::Parse(bad.text);
  BOOST_TEST(!result.rules);
  BOOST_REQUIRE(!result.problems.empty());
  BOOST_TEST(result.problems[0].line == bad.line);
  BOOST_TEST(result.problems[0].message.find(bad.message) != std::string::npos, result.problems[0].message);
}

BOOST_AUTO_TEST_CASE(all_problems_are_reported_in_line_order) {
  RuleSet::ParseResult result =
      RuleSet::Parse("[cause nope]\nx\n[cause medication]\nlasix @near nowhere\n[bad]\n");
  BOOST_REQUIRE(result.problems.size() == 4u);
  BOOST_TEST(result.problems[0].line == 1);
  BOOST_TEST(result.problems[1].line == 2);  // under a bad header
  BOOST_TEST(result.problems[2].line == 4);
  BOOST_TEST(result.problems[3].line == 5);
}

BOOST_AUTO_TEST_CASE(a_good_file_parses_with_its_options) {
  RuleSet::ParseResult result = RuleSet::Parse(
      "# comment\n[cause lumbar_disc_herniation chronic]\nldh @near spine 4  # lab value otherwise\n"
      "[group spine]\nlumbar\nL4\n[cause electrolyte_imbalance]\nK <num> @below 3.5\n"
      "[modifier historical forward]\nh/o @window 4\n[settings]\nwoman_min_age = 50\n");
  BOOST_REQUIRE(result.rules);
  const auto& entries = result.rules->entries();
  BOOST_REQUIRE(entries.size() == 3u);
  BOOST_TEST(entries[0].chronic);
  BOOST_TEST(entries[0].near_group == "spine");
  BOOST_TEST(entries[0].near_window == 4);
  BOOST_TEST(*entries[1].below == 3.5);
  BOOST_TEST(entries[2].pattern.size() == 2u);  // "h", "o"
  BOOST_TEST(entries[2].window == 4);
  BOOST_TEST(result.rules->InGroup("spine", "l4"));
  BOOST_TEST(result.rules->calcium().woman_min_age == 50);
  BOOST_TEST(entries[1].Describe() == "cause electrolyte_imbalance \"K <num>\" (line 8)");
}

BOOST_AUTO_TEST_CASE(the_version_follows_the_text_and_the_thresholds) {
  auto a = RuleSet::Parse("[cause medication]\nlasix\n").rules;
  auto b = RuleSet::Parse("[cause medication]\nlasix\n").rules;
  auto c = RuleSet::Parse("[cause medication]\nlasix\nhctz\n").rules;
  BOOST_TEST(a->version() == b->version());
  BOOST_TEST(a->version() != c->version());
  BOOST_TEST(a->version().size() == 12u);
  CalciumSettings settings;
  settings.woman_min_age = 50;
  b->SetCalciumSettings(settings);
  BOOST_TEST(a->version() != b->version());
}

BOOST_AUTO_TEST_CASE(the_default_rules_parse) {
  std::unique_ptr<RuleSet> rules = RuleSet::Default();
  BOOST_TEST(rules->entries().size() > 300u);
  BOOST_TEST(rules->calcium().adolescent_min_age == 10);
  BOOST_TEST(rules->calcium().adolescent_max_age == 19);
  BOOST_TEST(rules->calcium().woman_min_age == 45);
}

BOOST_AUTO_TEST_CASE(load_names_the_file_and_every_line) {
  testing::TempDir dir;
  std::string path = dir.Write("site.rules", "[cause nope]\n[cause medication]\nlasix @x\n");
  try {
    RuleSet::Load(path);
    BOOST_FAIL("loaded a bad file");
  } catch (const Error& error) {
    std::string message = error.what();
    BOOST_TEST(static_cast<int>(error.kind()) == static_cast<int>(ErrorKind::kBadInput));
    BOOST_TEST(message.find(path + ":1: unknown cause code") != std::string::npos, message);
    BOOST_TEST(message.find(path + ":3: unknown option") != std::string::npos, message);
  }
  BOOST_CHECK_THROW(RuleSet::Load(dir.File("missing.rules")), Error);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::classify
