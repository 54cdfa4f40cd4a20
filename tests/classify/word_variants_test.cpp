// WordVariants: the inflection stems of a word, the one-edit test, and the fallbacks.
#include "classify/word_variants.h"

#include <algorithm>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

namespace crampwatch::classify {
namespace {

struct Stem {
  const char* word;
  const char* stem;  // one of InflectionStems(word)
};

std::ostream& operator<<(std::ostream& out, const Stem& c) { return out << c.word << " -> " << c.stem; }

const Stem kStems[] = {
    {"cramps", "cramp"},   {"boxes", "box"},      {"worries", "worry"},   {"worried", "worry"},
    {"walked", "walk"},    {"hiked", "hike"},     {"walking", "walk"},    {"hiking", "hike"},
    {"freezing", "freeze"}, {"stopped", "stop"},  {"stopping", "stop"},   {"swimming", "swim"},
    {"crampy", "cramp"},   {"sweaty", "sweat"},
};

struct Pair {
  const char* a;
  const char* b;
  bool within_one_edit;
};

std::ostream& operator<<(std::ostream& out, const Pair& c) { return out << c.a << " / " << c.b; }

const Pair kPairs[] = {
    {"swollen", "swollen", true},   {"swolen", "swollen", true},    // deletion
    {"swolleen", "swollen", true},  {"swollan", "swollen", true},   // insertion, substitution
    {"nmubness", "numbness", true}, {"numbnses", "numbness", true}, // transpositions
    {"swollenx", "swollen", true},  {"xswollen", "swollen", true},  // at either end
    {"swolan", "swollen", false},   {"nubmnses", "numbness", false},
    {"swo", "swollen", false},      {"tsollan", "swollen", false},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(word_variants)

BOOST_DATA_TEST_CASE(regular_inflections_give_their_stem, boost::unit_test::data::make(kStems), c) {
  std::vector<std::string> stems = WordVariants::InflectionStems(c.word);
  BOOST_TEST((std::find(stems.begin(), stems.end(), c.stem) != stems.end()));
}

BOOST_AUTO_TEST_CASE(stems_are_three_letters_or_more_and_e_takes_no_es_or_ed) {
  BOOST_TEST(WordVariants::InflectionStems("bed").empty());   // not "b" + "ed"
  BOOST_TEST(WordVariants::InflectionStems("ring").empty());  // not "r" + "ing"
  std::vector<std::string> bleed = WordVariants::InflectionStems("bleed");
  BOOST_TEST((std::find(bleed.begin(), bleed.end(), "ble") == bleed.end()));
  std::vector<std::string> hikees = WordVariants::InflectionStems("hikees");
  BOOST_TEST((std::find(hikees.begin(), hikees.end(), "hike") == hikees.end()));
}

BOOST_AUTO_TEST_CASE(impossible_spellings_give_no_stem) {
  const auto has_stem = [](const char* word, const char* stem) {
    std::vector<std::string> stems = WordVariants::InflectionStems(word);
    return std::find(stems.begin(), stems.end(), stem) != stems.end();
  };
  BOOST_TEST(!has_stem("noting", "not"));   // "not" would double its t
  BOOST_TEST(has_stem("noting", "note"));
  BOOST_TEST(!has_stem("shiny", "shin"));
  BOOST_TEST(!has_stem("shines", "shin"));  // -es only after s, x, z, ch, sh, o
  BOOST_TEST(!has_stem("planed", "plan"));
  BOOST_TEST(has_stem("planned", "plan"));
  BOOST_TEST(has_stem("walked", "walk"));   // two consonants: nothing to double
  BOOST_TEST(has_stem("seeing", "see"));
}

BOOST_DATA_TEST_CASE(one_edit_is_optimal_string_alignment, boost::unit_test::data::make(kPairs), c) {
  BOOST_TEST(WordVariants::WithinOneEdit(c.a, c.b) == c.within_one_edit);
  BOOST_TEST(WordVariants::WithinOneEdit(c.b, c.a) == c.within_one_edit);
}

BOOST_AUTO_TEST_CASE(fallbacks_prefer_an_inflection_and_skip_known_words) {
  WordVariants variants({{"walk", 1}, {"walks", 2}, {"swollen", 3}, {"waking", 4}, {"bruise", 5}},
                        {"making"});
  auto symbols = [&](const char* word) {
    std::vector<std::uint32_t> out;
    variants.FallbackSymbols(word, out);
    return out;
  };
  BOOST_TEST(symbols("walked") == std::vector<std::uint32_t>{1});
  BOOST_TEST(symbols("walks").empty());   // a lexicon word itself
  BOOST_TEST(symbols("swolen") == std::vector<std::uint32_t>{3});
  BOOST_TEST(symbols("raking") == std::vector<std::uint32_t>{4});
  BOOST_TEST(symbols("making").empty());  // a [known_word]
  BOOST_TEST(symbols("bruises") == std::vector<std::uint32_t>{5});
  BOOST_TEST(symbols("bruisse").empty() == false);  // a typo of "bruise" (6 letters)
  BOOST_TEST(symbols("wakin9").empty());  // not letters only
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::classify
