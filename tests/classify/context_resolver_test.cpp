// The context rules with a small rules file of their own: triggers inside dropped
// phrases, clause boundaries, template boxes, relatives who narrate.
#include "classify/context_resolver.h"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "classify/classifier.h"
#include "classify/test_rules.h"

namespace crampwatch::classify {
namespace {

// Targets that red-flag lexicons will hold once they are described by concepts
// ("fever", "falls"), beside list-keeping triggers and pseudo phrases that contain them.
constexpr char kRules[] = R"(
[cramp_word]
cramp*
[site calf]
calf
[cause bone_hyperplasia]
osteophytes
[cause overexertion]
long walk
[red_flag atypical_pattern]
fever
nausea
vomiting
[red_flag neuro_deficit]
falls
weakness
[red_flag dvt_signs]
swelling
[modifier negated forward]
no
no fever or
no nausea or
no falls or
denies
<unticked> @window 4
[modifier negated backward]
: no @window 3
<ticked> no @window 6
[modifier historical backward]
<num> @above 1950 @below 2100 @window 4
none since @window 12 @comma
[modifier family forward]
dad @window 8
[modifier family forward]
wife @window 8
mother @window 8
son @window 8
[pseudo]
no relief
no fever
<unticked> yes
<unticked> no
won't go away
[terminate negated]
<ticked>
[clause]
she
[reporter]
says
mentions
:
[reporter after]
per
[companion]
with his
at
)";

const RuleSet& Rules() {
  static const std::unique_ptr<RuleSet> rules = ParseTestRules(kRules);
  return *rules;
}

struct Case {
  const char* complaint;
  bool is_cramp;
  const char* causes;
  const char* red_flags;
};

std::ostream& operator<<(std::ostream& out, const Case& c) { return out << c.complaint; }

const Case kCases[] = {
    // A longer phrase dropped because it overlaps a target keeps its negation word.
    {"Calf cramps. She had no fever.", true, "", ""},
    {"Calf cramps. No nausea or vomiting.", true, "", ""},
    {"Calf cramps. No falls or weakness.", true, "", ""},
    {"Calf cramps with fever.", true, "", "atypical_pattern"},
    // ... and the pseudo phrases and inner triggers that must stay as they are.
    {"no relief with stretching, calf cramps persist", true, "", ""},
    {"calf cramps after a long walk, x-ray: no osteophytes", true, "overexertion", ""},
    // A persistence idiom negates nothing after it.
    {"calf cramp that won't go away, swelling since Monday", true, "", "dvt_signs"},
    // A forward scope ends where a comma opens a new clause ...
    {"no swelling, she gets calf cramps after a long walk", true, "overexertion", ""},
    // ... but runs on through a list.
    {"calf cramps, denies swelling, fever or weakness", true, "", ""},
    // Template boxes.
    {"Calf cramps: [x] Yes [ ] No. Swelling: [ ] Yes [x] No", true, "", ""},
    {"Calf cramps: [x] Yes [ ] No. Swelling: [x] Yes [ ] No", true, "", "dvt_signs"},
    {"calf cramps\n[ ] swelling [x] weakness", true, "", "neuro_deficit"},
    // A modifier's number condition: a year dates what it follows, a count does not.
    {"Calf cramps. Swelling in 2019, treated.", true, "", ""},
    {"Calf cramps. Swelling for 3 days.", true, "", "dvt_signs"},
    // A relative who tells the story is not family history.
    {"Wife says his calf cramps after a long walk", true, "overexertion", ""},
    {"My son gets calf cramps at night", true, "", ""},
    // ... nor the relative that an opening narrator names next, the patient.
    {"Dad rang. Son has calf cramps after a long walk.", true, "overexertion", ""},
    {"Dad rang. Son has calf cramps. Mother had a long walk.", true, "", ""},
    // "Mum:" reports, wherever in the complaint.
    {"Swimming club. Mum: his calf cramps after a long walk", true, "overexertion", ""},
    // A backward scope with @comma reaches over commas.
    {"Had calf cramps in the summer, none since", false, "", ""},
    {"Calf cramps, per wife after a long walk", true, "overexertion", ""},
    {"Here for a sore throat. Mentions his mother gets calf cramps", false, "", ""},
    {"Calf cramps. His mother had a long walk and swelling.", true, "", ""},
    // A relative right after a companion phrase is company, not the subject of what follows.
    {"Calf cramps. Went with his son on a long walk", true, "overexertion", ""},
    {"Calf cramps after dancing at mother's party, then a long walk", true, "overexertion", ""},
    {"Calf cramps. Lives with his son, who had a long walk", true, "", ""},
    {"Calf cramps. Wife at home had a long walk", true, "", ""},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(context_resolver)

BOOST_DATA_TEST_CASE(context_rules, boost::unit_test::data::make(kCases), c) {
  IntakeText intake;
  intake.complaint = c.complaint;
  Classification found = Classifier(Rules()).Classify(intake);
  BOOST_TEST(found.is_cramp == c.is_cramp);
  BOOST_TEST(found.JoinedCodes(TagKind::kCause) == c.causes);
  BOOST_TEST(found.JoinedCodes(TagKind::kRedFlag) == c.red_flags);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::classify
