// PhraseMatcher: exact words, prefixes, and the fallbacks for inflections and typos.
#include "classify/phrase_matcher.h"

#include <algorithm>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <tuple>

#include "classify/test_rules.h"

namespace crampwatch::classify {
namespace {

constexpr const char* kRules = R"(
[cause overexertion]
walk
walking
hike
stop
swim
[cramp_word]
cramp
cramps
[cause salt_loss]
sweat
sweats a lot
[modifier possible forward]
worry
[red_flag dvt_signs]
swollen calf
[red_flag neuro_deficit]
numbness
spasm
123456
[night]
waking
[site leg]
ble
[known_word]
making
talking
bled
)";


const RuleSet& TestRules() {
  static const std::unique_ptr<RuleSet> rules = ParseTestRules(kRules);
  return *rules;
}

// The phrases found in `text`, each as "phrase@first-last", in order, joined by ' '.
std::string Matches(const RuleSet& rules, std::string_view text) {
  TokenizedText tokenized;
  Tokenize(text, nullptr, tokenized);
  PhraseMatcher::Scratch scratch;
  std::vector<PhraseMatch> matches;
  rules.matcher().FindAll(tokenized.tokens, 0, tokenized.tokens.size(), scratch, matches);
  std::sort(matches.begin(), matches.end(), [](const PhraseMatch& a, const PhraseMatch& b) {
    return std::tie(a.first, a.last, a.entry) < std::tie(b.first, b.last, b.entry);
  });
  std::string joined;
  for (const PhraseMatch& match : matches) {
    if (!joined.empty()) joined += ' ';
    joined += rules.entries()[match.entry].phrase + "@" + std::to_string(match.first) + "-" +
              std::to_string(match.last);
  }
  return joined;
}

struct Case {
  const char* text;
  const char* matches;
};

std::ostream& operator<<(std::ostream& out, const Case& c) { return out << c.text; }

const Case kInflections[] = {
    {"walked", "walk@0-1"},
    {"hiking", "hike@0-1"},
    {"hiked", "hike@0-1"},
    {"stopped", "stop@0-1"},
    {"stopping", "stop@0-1"},
    {"swimming", "swim@0-1"},
    {"crampy", "cramp@0-1"},
    {"sweaty", "sweat@0-1"},
    {"worries", "worry@0-1"},
    {"worried", "worry@0-1"},
    {"Sweats a lot", "sweats a lot@0-3"},  // "sweats": an exact word, in the section of "sweat"
};

const Case kExactWords[] = {
    {"walk", "walk@0-1"},
    // An exact word listed beside its stem in every section that lists the stem reads as
    // itself there ("walk" and "walking" both overexertion); never "waking" by one edit.
    {"walking", "walking@0-1"},
    {"cramps", "cramps@0-1"},
    {"waking", "waking@0-1"},
    {"123456", "123456@0-1"},
};

const Case kTypos[] = {
    {"swolen calf", "swollen calf@0-2"},      // a letter left out
    {"swolleen calf", "swollen calf@0-2"},    // one too many
    {"swollan calf", "swollen calf@0-2"},     // one wrong
    {"numbess", "numbness@0-1"},
    {"nmubness", "numbness@0-1"},             // neighbours swapped
    {"NUMBNES", "numbness@0-1"},
    {"raking", "waking@0-1"},
};

const Case kNoMatch[] = {
    {"swolan calf", ""},      // two edits
    {"nubmnses", ""},         // two swaps
    {"spasn", ""},            // "spasm" has 5 letters: never by a typo
    {"spassm", ""},           // a 6-letter word, but "spasm" is too short
    {"walkd", ""},            // shorter than 6 letters, and no inflection
    {"123457", ""},           // numbers are never typos
    {"swoll3n calf", ""},     // nor codes with digits
    {"making", ""},           // [known_word]s are not "waking"
    {"talking", ""},          // nor "walking"
    {"bled", ""},             // nor a form of "ble" (bilateral lower extremities) by spelling
};

}  // namespace

BOOST_AUTO_TEST_SUITE(phrase_matcher)

BOOST_DATA_TEST_CASE(an_inflection_matches_its_lexicon_word, boost::unit_test::data::make(kInflections), c) {
  BOOST_TEST(Matches(TestRules(), c.text) == c.matches);
}

BOOST_DATA_TEST_CASE(an_exact_word_matches_only_itself, boost::unit_test::data::make(kExactWords), c) {
  BOOST_TEST(Matches(TestRules(), c.text) == c.matches);
}

// Once "periods" was a word of some phrase, it no longer read as `period` anywhere:
// "long periods" added to one section stopped "painful periods" from being period
// pain, and a stomach cramp complaint became a leg cramp one.
BOOST_AUTO_TEST_CASE(a_phrase_added_elsewhere_leaves_a_words_inflections_alone) {
  // In a section that lists the stem and not the word, the word reads as the stem.
  const std::unique_ptr<RuleSet> without = ParseTestRules("[not_cramp]\npainful period\n");
  const std::unique_ptr<RuleSet> with =
      ParseTestRules("[not_cramp]\npainful period\n[cause overexertion]\nstanding for long periods\n");
  BOOST_TEST(Matches(*without, "painful periods") == "painful period@0-2");
  BOOST_TEST(Matches(*with, "painful periods") == "painful period@0-2");
}

BOOST_DATA_TEST_CASE(a_typo_of_a_long_word_matches_it, boost::unit_test::data::make(kTypos), c) {
  BOOST_TEST(Matches(TestRules(), c.text) == c.matches);
}

BOOST_DATA_TEST_CASE(short_words_numbers_and_known_words_are_no_typos, boost::unit_test::data::make(kNoMatch), c) {
  BOOST_TEST(Matches(TestRules(), c.text) == c.matches);
}

BOOST_AUTO_TEST_CASE(each_rule_set_answers_for_itself) {
  // The same words through another matcher on the same thread: its cached
  // answers must not leak into the other's.
  std::string rules = kRules;
  std::unique_ptr<RuleSet> without_known_words = ParseTestRules(rules.substr(0, rules.find("[known_word]")));
  BOOST_TEST(Matches(TestRules(), "making") == "");
  BOOST_TEST(Matches(*without_known_words, "making") == "waking@0-1");
  BOOST_TEST(Matches(TestRules(), "making") == "");
}

BOOST_AUTO_TEST_CASE(answers_stay_right_past_the_cache_bound) {
  std::string text;
  for (int i = 0; i < 20000; ++i) {
    // Distinct words of letters: "swolenaaa", "swolenaab", ...
    std::string word = "swolen";
    for (int n = i, k = 0; k < 3; ++k, n /= 26) word += static_cast<char>('a' + n % 26);
    text += word + " ";
  }
  BOOST_TEST(Matches(TestRules(), text) == "");
  BOOST_TEST(Matches(TestRules(), "swolen calf, walked") == "swollen calf@0-2 walk@2-3");
}

BOOST_AUTO_TEST_CASE(a_prefix_matches_every_word_it_starts) {
  const std::unique_ptr<RuleSet> rules = ParseTestRules("[cramp_word]\ncramp*\n");
  BOOST_TEST(Matches(*rules, "Cramping cramps cramp") == "cramp*@0-1 cramp*@1-2 cramp*@2-3");
  BOOST_TEST(Matches(*rules, "cram") == "");
}

// The matcher finds a number phrase for any number: its @below, @above and @near are
// the resolver's to check, so it marks such a match conditional.
BOOST_AUTO_TEST_CASE(a_number_matches_num_whatever_its_limits) {
  const std::unique_ptr<RuleSet> rules = ParseTestRules(R"(
[cause electrolyte_imbalance]
k <num> @below 3.5
[group spine]
l4
[cause lumbar_disc_herniation]
ldh @near spine
[cause pregnancy]
<num> + <num> weeks
)");
  BOOST_TEST(Matches(*rules, "K 3.1") == "k <num>@0-2");
  BOOST_TEST(Matches(*rules, "K 9") == "k <num>@0-2");
  BOOST_TEST(Matches(*rules, "K low") == "");
  BOOST_TEST(Matches(*rules, "27+4 weeks") == "<num> + <num> weeks@0-4");
  TokenizedText tokenized;
  Tokenize("k 9 ldh 27+4 weeks", nullptr, tokenized);
  PhraseMatcher::Scratch scratch;
  std::vector<PhraseMatch> matches;
  rules->matcher().FindAll(tokenized.tokens, 0, tokenized.tokens.size(), scratch, matches);
  BOOST_REQUIRE(matches.size() == 3u);
  for (const PhraseMatch& match : matches) {
    const std::string& phrase = rules->entries()[match.entry].phrase;
    BOOST_TEST(match.conditional == (phrase != "<num> + <num> weeks"), phrase);
  }
}

// Choosing the leftmost longest is the resolver's: the matcher reports all of them.
BOOST_AUTO_TEST_CASE(every_overlapping_phrase_is_found) {
  const std::unique_ptr<RuleSet> rules = ParseTestRules(R"(
[site calf]
calf
[red_flag dvt_signs]
calf swelling
swelling
swelling of both ankles @not
)");
  BOOST_TEST(Matches(*rules, "calf swelling") == "calf@0-1 calf swelling@0-2 swelling@1-2");
  BOOST_TEST(Matches(*rules, "swelling of both ankles") == "swelling@0-1 swelling of both ankles@0-4");
}

BOOST_AUTO_TEST_CASE(template_checkboxes_match_their_names) {
  const std::unique_ptr<RuleSet> rules =
      ParseTestRules("[modifier negated forward]\n<unticked>\n[terminate]\n<ticked>\n");
  BOOST_TEST(Matches(*rules, "[ ] [x] [_] [X] \u2610 \u2612") ==
             "<unticked>@0-1 <ticked>@1-2 <unticked>@2-3 <ticked>@3-4 <unticked>@4-5 <ticked>@5-6");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::classify
