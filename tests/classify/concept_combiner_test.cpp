// Combinations of concepts: when they tag, what their evidence and rule say.
#include "classify/concept_combiner.h"

#include <boost/test/unit_test.hpp>

#include "classify/classifier.h"
#include "classify/test_rules.h"

namespace crampwatch::classify {
namespace {

constexpr char kRules[] = R"(
[cramp_word]
cramp*
[site calf]
calf
[modifier negated forward]
no
[modifier family forward]
brother @window 8
wife @window 8
[modifier historical backward]
years ago @window 4
[concept puffy]
puffy
swollen
[concept calf_words]
calf
leg
[concept walking]
walk
walking
[concept rest]
has to stop
then it eases
[concept numb]
numb
[concept saddle]
back passage
[concept spine]
disc
[concept slipped]
slipped
[red_flag dvt_signs]
{puffy} + {calf_words} @window 4
[red_flag claudication]
{walking} + {rest} @window 20 @sentences 2
[red_flag cauda_equina]
{numb} + {saddle}
[red_flag neuro_deficit]
numb
[cause lumbar_disc_herniation chronic]
{slipped} + {spine}
[concept bedding]
sheets
[concept tucked]
tucked tight
[cause sleep_posture]
{bedding} + {tucked} @shared
[cause cold_exposure]
window open @shared
)";

const RuleSet& Rules() {
  static const std::unique_ptr<RuleSet> rules = ParseTestRules(kRules);
  return *rules;
}

Classification Classify(const char* complaint, const char* history = "") {
  IntakeText intake;
  intake.complaint = complaint;
  intake.history = history;
  return Classifier(Rules()).Classify(intake);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(concept_combiner)

BOOST_AUTO_TEST_CASE(the_evidence_names_each_piece_as_written) {
  Classification found = Classify("cramp in my calf, and the calf is Puffy");
  BOOST_REQUIRE_EQUAL(found.tags.size(), 1u);
  const Tag& tag = found.tags[0];
  BOOST_TEST(tag.code == "dvt_signs");
  BOOST_TEST(tag.evidence == "calf is Puffy");
  BOOST_TEST(tag.rule.find("{puffy} + {calf_words}") != std::string::npos, tag.rule);

  Classification apart = Classify("calf cramp when I walk to the shop, I has to stop");
  BOOST_REQUIRE_EQUAL(apart.tags.size(), 1u);
  BOOST_TEST(apart.tags[0].evidence == "walk \u2026 has to stop");
}

BOOST_AUTO_TEST_CASE(every_piece_must_count) {
  BOOST_TEST(Classify("calf cramp, no swollen calf").JoinedCodes(TagKind::kRedFlag) == "");
  BOOST_TEST(Classify("calf cramp. Brother has a swollen leg").JoinedCodes(TagKind::kRedFlag) == "");
  BOOST_TEST(Classify("calf cramp, calf swollen").JoinedCodes(TagKind::kRedFlag) == "dvt_signs");
}

BOOST_AUTO_TEST_CASE(pieces_keep_to_their_window_and_sentences) {
  BOOST_TEST(Classify("swollen ankle after the long flight home, cramp in calf").JoinedCodes(TagKind::kRedFlag) == "");
  BOOST_TEST(Classify("calf cramp on walking. Has to stop.").JoinedCodes(TagKind::kRedFlag) == "claudication");
  BOOST_TEST(Classify("calf cramp on walking. Then sleeps. Has to stop.").JoinedCodes(TagKind::kRedFlag) == "");
}

BOOST_AUTO_TEST_CASE(a_combination_supersedes_another_codes_phrase_in_its_pieces) {
  BOOST_TEST(Classify("calf cramps, numb round the back passage").JoinedCodes(TagKind::kRedFlag) == "cauda_equina");
  BOOST_TEST(Classify("calf cramps, numb feet").JoinedCodes(TagKind::kRedFlag) == "neuro_deficit");
}

BOOST_AUTO_TEST_CASE(a_chronic_cause_counts_when_historical) {
  BOOST_TEST(Classify("calf cramps", "slipped disc years ago").JoinedCodes(TagKind::kCause) == "lumbar_disc_herniation");
}

BOOST_AUTO_TEST_CASE(a_shared_cause_counts_when_said_of_someone_else) {
  // The patient's bed and room: whoever tucks the sheets or opens the window.
  BOOST_TEST(Classify("calf cramp at night, wife keeps the sheets tucked tight").JoinedCodes(TagKind::kCause) ==
             "sleep_posture");
  BOOST_TEST(Classify("calf cramp at night, wife likes the window open").JoinedCodes(TagKind::kCause) ==
             "cold_exposure");
  // Still not when negated, and a cause that is not shared stays the relative's own.
  BOOST_TEST(Classify("calf cramp at night, no window open").JoinedCodes(TagKind::kCause) == "");
  BOOST_TEST(Classify("calf cramp. Wife has a slipped disc").JoinedCodes(TagKind::kCause) == "");
}

BOOST_AUTO_TEST_CASE(a_combination_needs_defined_concepts_and_two_of_them) {
  const struct {
    const char* text;
    const char* message;
  } bad[] = {
      {"[red_flag dvt_signs]\n{puffy} + {calf}\n[concept puffy]\nswollen\n", "{calf} refers to [concept calf]"},
      {"[concept a]\nx\n[red_flag dvt_signs]\n{a}\n", "a combination joins 2 to 4 concepts"},
      {"[concept a]\nx\n[red_flag dvt_signs]\n{a} {a}\n", "joined by ' + '"},
      {"[concept a]\nx\n[night]\n{a} + {a}\n", "belongs in a [cause], [red_flag] or [cramp] section"},
      {"[concept a]\nx\n[red_flag dvt_signs]\nswollen @sentences 2\n", "@sentences applies only to combinations"},
  };
  for (const auto& [text, message] : bad) {
    RuleSet::ParseResult parsed = RuleSet::Parse(text);
    BOOST_REQUIRE_MESSAGE(!parsed.problems.empty(), text);
    BOOST_TEST(parsed.problems.front().message.find(message) != std::string::npos, parsed.problems.front().message);
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::classify
