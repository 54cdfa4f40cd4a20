// The context rules with small rules files of their own: each scope rule alone, then
// triggers inside dropped phrases, clause boundaries, template boxes and relatives who
// narrate together through the classifier. Relatives alone: context_resolver_relatives_test.cpp.
#include "classify/context_resolver.h"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "classify/classifier.h"
#include "classify/resolved_mentions.h"
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

// Targets for the focused cases below; each case adds the few context rules it is about.
constexpr char kTargets[] = R"(
[cramp_word]
cramp*
[site calf]
calf
[red_flag dvt_signs]
swelling
[red_flag neuro_deficit]
weakness
numbness
[cause pregnancy]
pregnant
)";

std::unique_ptr<RuleSet> TargetsAnd(std::string_view context_rules) {
  return ParseTestRules(std::string(kTargets) + std::string(context_rules));
}

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

BOOST_AUTO_TEST_CASE(a_forward_negation_reaches_every_target_after_it_through_a_list) {
  const auto rules = TargetsAnd("[modifier negated forward]\nno\ndenies\n");
  BOOST_TEST(Resolved(*rules, "no swelling") == "swelling:negated");
  BOOST_TEST(Resolved(*rules, "calf cramps, no swelling") == "calf cramp* swelling:negated");
  BOOST_TEST(Resolved(*rules, "denies swelling, numbness or weakness") ==
             "swelling:negated numbness:negated weakness:negated");
}

BOOST_AUTO_TEST_CASE(a_backward_negation_reaches_back_to_a_comma) {
  const auto rules = TargetsAnd("[modifier negated backward]\nruled out\n");
  BOOST_TEST(Resolved(*rules, "swelling ruled out") == "swelling:negated");
  BOOST_TEST(Resolved(*rules, "ruled out swelling") == "swelling");
  BOOST_TEST(Resolved(*rules, "calf cramps swelling ruled out") == "calf:negated cramp*:negated swelling:negated");
  BOOST_TEST(Resolved(*rules, "calf cramps, swelling ruled out") == "calf cramp* swelling:negated");
}

BOOST_AUTO_TEST_CASE(a_backward_scope_with_comma_reaches_over_commas) {
  const auto rules = TargetsAnd("[modifier historical backward]\nnone since @comma\n");
  BOOST_TEST(Resolved(*rules, "calf cramps in the summer, none since") == "calf:historical cramp*:historical");
}

BOOST_AUTO_TEST_CASE(a_window_caps_a_scope_in_words) {
  const auto rules =
      TargetsAnd("[modifier negated forward]\nno @window 2\n[modifier negated backward]\nnil @window 2\n");
  BOOST_TEST(Resolved(*rules, "no new calf swelling") == "calf:negated swelling");
  BOOST_TEST(Resolved(*rules, "swelling of calf nil") == "swelling calf:negated");
}

BOOST_AUTO_TEST_CASE(a_scope_ends_at_a_terminating_word) {
  const auto rules = TargetsAnd("[modifier negated forward]\nno\n[terminate]\nbut\n");
  BOOST_TEST(Resolved(*rules, "no swelling but calf cramps") == "swelling:negated calf cramp*");
}

BOOST_AUTO_TEST_CASE(a_terminating_word_of_one_kind_ends_only_that_kinds_scopes) {
  const auto rules = TargetsAnd(
      "[modifier historical forward]\nhad\n[modifier negated forward]\nno\n"
      "[terminate historical]\nnow\n");
  BOOST_TEST(Resolved(*rules, "had no swelling now weakness") == "swelling:negated,historical weakness:negated");
}

BOOST_AUTO_TEST_CASE(a_scope_ends_at_the_next_trigger_of_its_kind) {
  // "ruled out" reaches back to "weakness" only: "no" stands between it and "swelling".
  const auto rules = TargetsAnd("[modifier negated forward]\nno\n[modifier negated backward]\nruled out\n");
  BOOST_TEST(Resolved(*rules, "swelling no weakness ruled out") == "swelling weakness:negated");
  // A trigger of another kind does not end it.
  const auto other = TargetsAnd("[modifier possible forward]\nmaybe\n[modifier negated backward]\nruled out\n");
  BOOST_TEST(Resolved(*other, "swelling maybe weakness ruled out") == "swelling:negated weakness:negated,possible");
}

BOOST_AUTO_TEST_CASE(a_scope_ends_with_its_sentence) {
  const auto rules = TargetsAnd("[modifier negated forward]\nno\n[modifier negated backward]\nruled out\n");
  BOOST_TEST(Resolved(*rules, "No swelling. Calf cramps.") == "swelling:negated calf cramp*");
  BOOST_TEST(Resolved(*rules, "no swelling; calf cramps") == "swelling:negated calf cramp*");
  BOOST_TEST(Resolved(*rules, "no swelling\ncalf cramps") == "swelling:negated calf cramp*");
  BOOST_TEST(Resolved(*rules, "Calf cramps. Swelling ruled out.") == "calf cramp* swelling:negated");
}

BOOST_AUTO_TEST_CASE(a_comma_and_a_clause_word_open_a_new_clause_a_forward_scope_does_not_enter) {
  const auto rules = TargetsAnd("[modifier negated forward]\nno\n[clause]\nshe\n");
  BOOST_TEST(Resolved(*rules, "no swelling, she gets calf cramps") == "swelling:negated calf cramp*");
  // Without the comma, or with a word between it and the clause word, the scope goes on.
  BOOST_TEST(Resolved(*rules, "no swelling she gets calf cramps") == "swelling:negated calf:negated cramp*:negated");
  BOOST_TEST(Resolved(*rules, "no swelling, and she gets calf cramps") ==
             "swelling:negated calf:negated cramp*:negated");
}

BOOST_AUTO_TEST_CASE(a_pseudo_trigger_drops_the_trigger_inside_it) {
  const auto without = TargetsAnd("[modifier negated forward]\nno\n");
  const auto with = TargetsAnd("[modifier negated forward]\nno\n[pseudo]\nno relief\n");
  BOOST_TEST(Resolved(*without, "no relief with stretching, calf cramps") == "calf:negated cramp*:negated");
  BOOST_TEST(Resolved(*with, "no relief with stretching, calf cramps") == "calf cramp*");
  // A pseudo phrase overlapping a target is dropped: its "no" negates the target.
  const auto overlapping = TargetsAnd("[modifier negated forward]\nno\n[pseudo]\nno swelling\n");
  BOOST_TEST(Resolved(*overlapping, "no swelling") == "swelling:negated");
}

BOOST_AUTO_TEST_CASE(a_trigger_overlapping_a_target_is_dropped_but_not_the_triggers_inside_it) {
  const auto rules = TargetsAnd("[modifier negated forward]\nno\nno swelling or\n[cause cold_exposure]\nno heating\n");
  // "no heating" is the cause: its "no" overlaps it and negates nothing after it.
  BOOST_TEST(Resolved(*rules, "no heating, swelling") == "no heating swelling");
  // "no swelling or" overlaps "swelling"; its "no" still negates the list.
  BOOST_TEST(Resolved(*rules, "no swelling or weakness") == "swelling:negated weakness:negated");
}

BOOST_AUTO_TEST_CASE(a_site_inside_a_trigger_leaves_the_trigger_acting) {
  const auto rules = TargetsAnd("[modifier negated backward]\ncalf normal\n");
  BOOST_TEST(Resolved(*rules, "swelling calf normal") == "swelling:negated calf");
}

BOOST_AUTO_TEST_CASE(a_trigger_inside_a_longer_one_of_the_other_direction_stays) {
  // As in "x-ray: no osteophytes": ": no" looks back, its "no" forward.
  const auto rules = TargetsAnd("[modifier negated forward]\nno\n[modifier negated backward]\n: no\n");
  BOOST_TEST(Resolved(*rules, "swelling: no weakness") == "swelling:negated weakness:negated");
}

BOOST_AUTO_TEST_CASE(a_possible_trigger_marks_its_targets_possible_and_is_named) {
  const auto rules = TargetsAnd("[modifier possible forward]\n?\n[modifier possible backward]\nsuspected\n");
  BOOST_TEST(Resolved(*rules, "calf cramps, ?pregnant") == "calf cramp* pregnant:possible");
  BOOST_TEST(Resolved(*rules, "swelling suspected") == "swelling:possible");
  const std::vector<Mention> mentions = ResolveMentions(*rules, "swelling suspected");
  BOOST_REQUIRE(mentions.size() == 1u);
  BOOST_REQUIRE(mentions[0].possible_by != nullptr);
  BOOST_TEST(mentions[0].possible_by->phrase == "suspected");
}

BOOST_AUTO_TEST_CASE(a_hypothetical_trigger_marks_what_might_happen) {
  const auto rules = TargetsAnd("[modifier hypothetical forward]\ncall if\n");
  BOOST_TEST(Resolved(*rules, "calf cramps. Call if calf swelling") ==
             "calf cramp* calf:hypothetical swelling:hypothetical");
}

BOOST_AUTO_TEST_CASE(a_historical_trigger_dates_its_targets_and_is_named) {
  const auto rules = TargetsAnd(
      "[modifier historical forward]\nhistory of\n"
      "[modifier historical backward]\n<num> @above 1950 @below 2100 @window 4\n");
  BOOST_TEST(Resolved(*rules, "history of swelling") == "swelling:historical");
  // A year dates what it follows; another number is no year.
  BOOST_TEST(Resolved(*rules, "swelling in 2019") == "swelling:historical");
  BOOST_TEST(Resolved(*rules, "swelling for 3 days") == "swelling");
  const std::vector<Mention> mentions = ResolveMentions(*rules, "swelling in 2019");
  BOOST_REQUIRE(mentions.size() == 1u);
  BOOST_REQUIRE(mentions[0].historical_by != nullptr);
  BOOST_TEST(mentions[0].historical_by->phrase == "<num>");
}

BOOST_AUTO_TEST_CASE(template_checkboxes_negate_their_item) {
  const auto rules = TargetsAnd(R"(
[modifier negated forward]
<unticked> @window 4
[modifier negated backward]
<ticked> no @window 6
[terminate negated]
<ticked>
[pseudo]
<unticked> yes
<unticked> no
)");
  BOOST_TEST(Resolved(*rules, "Swelling: [ ] Yes [x] No") == "swelling:negated");
  BOOST_TEST(Resolved(*rules, "Swelling: [x] Yes [ ] No") == "swelling");
  // An unticked box negates its item; the next, ticked box ends its scope.
  BOOST_TEST(Resolved(*rules, "[ ] swelling [x] weakness") == "swelling:negated weakness");
  BOOST_TEST(Resolved(*rules, "[ ] swelling ☑ weakness") == "swelling:negated weakness");
}

BOOST_AUTO_TEST_CASE(targets_compete_only_within_their_group) {
  const auto rules = TargetsAnd("[red_flag dvt_signs]\ncalf swelling\nswelling of both ankles @not\n");
  // The longer red-flag phrase wins over "swelling"; the site "calf" inside it still stands.
  BOOST_TEST(Resolved(*rules, "calf swelling") == "calf calf swelling");
  // An @not phrase keeps the shorter ones out and is no finding itself.
  BOOST_TEST(Resolved(*rules, "swelling of both ankles") == "");
}

BOOST_AUTO_TEST_CASE(a_conditional_target_counts_only_where_its_condition_holds) {
  const auto rules = ParseTestRules(R"(
[cause electrolyte_imbalance]
k <num> @below 3.5
na <num> @above 130 @below 135
[group spine]
l4
[cause lumbar_disc_herniation]
ldh @near spine 3
)");
  BOOST_TEST(Resolved(*rules, "k 3.1") == "k <num>");
  BOOST_TEST(Resolved(*rules, "k 3.5") == "");
  BOOST_TEST(Resolved(*rules, "na 133") == "na <num>");
  BOOST_TEST(Resolved(*rules, "na 130") == "");
  BOOST_TEST(Resolved(*rules, "na 135") == "");
  BOOST_TEST(Resolved(*rules, "ldh at l4") == "ldh");
  BOOST_TEST(Resolved(*rules, "l4 ldh") == "ldh");
  BOOST_TEST(Resolved(*rules, "ldh 250") == "");
  BOOST_TEST(Resolved(*rules, "ldh seen on the scan at l4") == "");  // beyond 3 words
  BOOST_TEST(Resolved(*rules, "ldh high. l4") == "");                // in another sentence
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::classify
