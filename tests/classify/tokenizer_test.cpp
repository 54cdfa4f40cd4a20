// Tests of Tokenize: words, numbers, punctuation tokens, sentences, offsets.
#include "classify/tokenizer.h"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

namespace crampwatch::classify {
namespace {

// "word word | word" with '|' between sentences.
std::string Render(std::string_view text) {
  TokenizedText out;
  Tokenize(text, [](std::string_view word) { return word == "dr" || word == "e.g" || word == "vs"; }, out);
  std::string rendered;
  for (std::size_t s = 0; s < out.sentences.size(); ++s) {
    if (s) rendered += " | ";
    for (std::size_t t = out.sentences[s].first; t < out.sentences[s].last; ++t) {
      if (t > out.sentences[s].first) rendered += ' ';
      rendered += out.tokens[t].text;
    }
  }
  return rendered;
}

struct Case {
  const char* text;
  const char* tokens;
};

std::ostream& operator<<(std::ostream& out, const Case& c) { return out << c.text; }

const Case kCases[] = {
    {"Calf CRAMPS at night", "calf cramps at night"},
    {"cramps. worse at night!", "cramps | worse at night"},
    {"on HCTZ 12.5 mg; K 3.1", "on hctz 12.5 mg | k 3.1"},
    {"2.5mg daily", "2.5 mg daily"},
    {"s/p L4-5 discectomy", "s p l4 5 discectomy"},
    {"foot cramps, ?pregnant", "foot cramps ? pregnant"},
    {"foot cramps, ? pregnant", "foot cramps ? pregnant"},
    {"is it my statin? cramps", "is it my statin | cramps"},
    {"Swelling: none. (-) redness", "swelling : none | (-) redness"},
    {"doesn't sleep, can\xE2\x80\x99t walk", "does not sleep ca not walk"},
    {"writer's cramp", "writer s cramp"},
    {"seen by Dr. Li vs. Dr. Wu", "seen by dr li vs dr wu"},
    {"e.g. after a hike", "e.g after a hike"},
    {"line one\nline two\r\nthree\rfour", "line one | line two | three | four"},
    {"caf\xC3\xA9 au lait \xE2\x80\x94 fine", "caf\xC3\xA9 au lait fine"},
    {"...", ""},
    // template checkboxes, in their common spellings
    {"Swelling: [ ] Yes [x] No", "swelling : [ ] yes [x] no"},
    {"[X] calf [_] foot [] thigh [ \xE2\x9C\x93 ] toes", "[x] calf [ ] foot [ ] thigh [x] toes"},
    {"\xE2\x98\x90 swelling \xE2\x98\x92 night \xE2\x98\x91 calf", "[ ] swelling [x] night [x] calf"},
    {"[see note] [ok]", "see note ok"},
    // a gestation in weeks+days; a temperature below zero; ranges and levels stay as they were
    {"MW note 37+1: cramps", "mw note 37 + 1 : cramps"},
    {"oedema 2+ both ankles", "oedema 2 both ankles"},
    {"out at -10 all day, -25C freezer", "out at minus 10 all day minus 25 c freezer"},
    {"2-3 times, L4-5, BP 120/80 - fine", "2 3 times l4 5 bp 120 80 fine"},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(tokenizer)

BOOST_DATA_TEST_CASE(tokens_and_sentences, boost::unit_test::data::make(kCases), c) {
  BOOST_TEST(Render(c.text) == c.tokens);
}

BOOST_AUTO_TEST_CASE(offsets_point_into_the_original_text) {
  TokenizedText out;
  std::string text = "Pt c/o  Calf cramps x2 wks";
  Tokenize(text, nullptr, out);
  BOOST_REQUIRE(out.tokens.size() == 7u);  // pt c o calf cramps x2 wks
  BOOST_TEST(text.substr(out.tokens[3].begin, out.tokens[3].end - out.tokens[3].begin) == "Calf");
  BOOST_TEST(out.tokens[5].text == "x2");
}

BOOST_AUTO_TEST_CASE(numbers_carry_their_value) {
  TokenizedText out;
  Tokenize("Na 129, K 3.1", nullptr, out);
  BOOST_TEST((out.tokens[1].type == Token::Type::kNumber));
  BOOST_TEST(out.tokens[1].value == 129.0);
  BOOST_TEST(out.tokens[3].value == 3.1);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::classify
