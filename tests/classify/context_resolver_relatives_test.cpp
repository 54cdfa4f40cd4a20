// The context resolver's rules about someone else, each alone with a small rules file:
// family triggers and sections, the narrator who opens a complaint, reporting words,
// companions; then the two the classifier decides around it ([section family] headers
// and a writer here for their own complaint).
#include <boost/test/unit_test.hpp>

#include "classify/classifier.h"
#include "classify/context_resolver.h"
#include "classify/resolved_mentions.h"
#include "classify/test_rules.h"

namespace crampwatch::classify {
namespace {

constexpr char kRules[] = R"(
[cramp_word]
cramp*
[site calf]
calf
[red_flag neuro_deficit]
weakness
[modifier family forward]
mother @window 8
son @window 8
dad @window 8
wife @window 8
[reporter]
says
[reporter after]
per
[companion]
with his
[self_visit]
here for my
[section family]
fhx
)";

const RuleSet& Rules() {
  static const std::unique_ptr<RuleSet> rules = ParseTestRules(kRules);
  return *rules;
}

constexpr TestField kHistory{.complaint = false};

}  // namespace

BOOST_AUTO_TEST_SUITE(context_resolver_relatives)

BOOST_AUTO_TEST_CASE(a_family_trigger_makes_what_follows_about_someone_else) {
  BOOST_TEST(Resolved(Rules(), "Mother has weakness", kHistory) == "weakness:family");
  BOOST_TEST(Resolved(Rules(), "Weakness, mother", kHistory) == "weakness");  // it looks forward only
}

BOOST_AUTO_TEST_CASE(in_a_family_section_every_mention_is_about_someone_else) {
  BOOST_TEST(Resolved(Rules(), "weakness", {.complaint = false, .family_section = true}) == "weakness:family");
}

BOOST_AUTO_TEST_CASE(a_relative_opening_the_complaint_narrates_the_patients_story) {
  BOOST_TEST(Resolved(Rules(), "My son gets calf cramps") == "calf cramp*");
  // Beyond the first four words, or outside the complaint, the relative is family.
  BOOST_TEST(Resolved(Rules(), "Calf cramps for years and his son has weakness") == "calf cramp* weakness:family");
  BOOST_TEST(Resolved(Rules(), "My son gets calf cramps", kHistory) == "calf:family cramp*:family");
}

BOOST_AUTO_TEST_CASE(the_relative_an_opening_narrator_names_next_is_the_patient) {
  BOOST_TEST(Resolved(Rules(), "Dad rang. Son has calf cramps. Mother has weakness.") == "calf cramp* weakness:family");
  // Without a narrator, the second sentence's relative is family.
  BOOST_TEST(Resolved(Rules(), "Calf cramps. Son has weakness.") == "calf cramp* weakness:family");
}

BOOST_AUTO_TEST_CASE(a_relative_who_reports_is_no_family_history) {
  // The speaker up to three words before a [reporter] word ...
  BOOST_TEST(Resolved(Rules(), "Calf cramps. Wife says he has weakness") == "calf cramp* weakness");
  BOOST_TEST(Resolved(Rules(), "Calf cramps. Wife who lives nearby often says weakness") ==
             "calf cramp* weakness:family");
  // ... or after a [reporter after] one.
  BOOST_TEST(Resolved(Rules(), "Calf cramps. Per wife he has weakness") == "calf cramp* weakness");
  // Reporting words speak only in the complaint.
  BOOST_TEST(Resolved(Rules(), "Wife says he has weakness", kHistory) == "weakness:family");
}

BOOST_AUTO_TEST_CASE(the_relative_a_narrator_names_next_in_its_sentence_is_the_patient) {
  // Wherever the sentence stands ("Son says Dad has been...", after a heading) ...
  BOOST_TEST(Resolved(Rules(), "Clinic visit. Son says dad has weakness") == "weakness");
  // ... only the first relative after the narrator, and not one given as a reason.
  BOOST_TEST(Resolved(Rules(), "Clinic visit. Son says dad has weakness, mother has weakness") ==
             "weakness weakness:family");
  BOOST_TEST(Resolved(Rules(), "Clinic visit. Son says so because dad has weakness") == "weakness:family");
}

BOOST_AUTO_TEST_CASE(a_relative_after_a_companion_phrase_is_company) {
  BOOST_TEST(Resolved(Rules(), "Calf cramps. Walked with his son and has weakness") == "calf cramp* weakness");
  // ... unless the relative goes on to be a subject, or outside the complaint.
  BOOST_TEST(Resolved(Rules(), "Calf cramps. Lives with his son, who has weakness") == "calf cramp* weakness:family");
  BOOST_TEST(Resolved(Rules(), "Walked with his son and has weakness", kHistory) == "weakness:family");
}

BOOST_AUTO_TEST_CASE(a_family_section_header_covers_its_list_and_ends_with_its_sentence) {
  const Classifier classifier(Rules());
  IntakeText intake;
  intake.complaint = "calf cramps";
  intake.history = "FHx: DM; weakness";
  BOOST_TEST(classifier.Classify(intake).JoinedCodes(TagKind::kRedFlag) == "");
  intake.history = "FHx: DM. weakness";
  BOOST_TEST(classifier.Classify(intake).JoinedCodes(TagKind::kRedFlag) == "neuro_deficit");
}

BOOST_AUTO_TEST_CASE(a_writer_here_for_their_own_complaint_names_relatives_as_others) {
  const Classifier classifier(Rules());
  IntakeText intake;
  intake.complaint = "Mother has weakness. Calf cramps";
  BOOST_TEST(classifier.Classify(intake).JoinedCodes(TagKind::kRedFlag) == "neuro_deficit");
  intake.complaint = "Mother has weakness. Calf cramps, here for my legs";
  BOOST_TEST(classifier.Classify(intake).JoinedCodes(TagKind::kRedFlag) == "");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::classify
