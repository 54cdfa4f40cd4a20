// The classifier with the default rules: the must-get-right cases of
// docs/classifier.md, each context rule, each ambiguity, evidence and the
// calcium-risk flag (the intake corpus's cases are in classifier_intake_text_test.cpp).
#include "classify/classifier.h"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <cstdint>
#include <utility>
#include <vector>

#include "classify/classifier_cases.h"
#include "classify/flat_index.h"

namespace crampwatch::classify {
namespace {

// docs/classifier.md, "Cases every version must get right".
const Case kMustGetRight[] = {
    {"Denies calf swelling or redness. Calf cramps", "", "", true, "", ""},
    {"Leg cramps at night but no swelling", "", "", true, "", ""},
    {"No cramps since stopping HCTZ", "", "", false, "", ""},
    {"Calf cramps at night. Mother has osteoporosis", "", "", true, "", ""},
    {"calf cramps. Call if calf becomes swollen", "", "", true, "", ""},
    {"c/o R calf cramps x2 wks, on lasix", "", "", true, "medication", ""},
    {"calf cramps, LDH 250", "", "", true, "", ""},
    {"cramping in calves, LDH L4-5 on MRI", "", "", true, "lumbar_disc_herniation", ""},
    {"stomach cramps after dinner", "", "", false, "", ""},
    {"no relief with stretching, calf cramps persist", "", "", true, "", ""},
    {"foot cramps, ?pregnant", "", "", true, "pregnancy", ""},
    {"woke with toe cramps, room has no heating", "", "", true, "cold_exposure", ""},
};

// Each context rule and ambiguity, one case each.
const Case kContext[] = {
    // negation, forward and backward, across a list
    {"calf cramps, denies swelling, numbness or weakness", "", "", true, "", ""},
    {"calf cramps. swelling: none", "", "", true, "", ""},
    {"calf cramps, DVT ruled out", "", "", true, "", ""},
    // termination: the scope of "no" ends at "but"
    {"calf cramps, no swelling but calf is red and warm", "", "", true, "", "dvt_signs"},
    // someone else
    {"calf cramps at night", "FHx: osteoporosis (mother)", "", true, "", ""},
    {"calf cramps", "father has diabetes", "", true, "", ""},
    // a relative before ':' reports in the complaint, but lists a family history elsewhere
    {"calf cramps at night", "Mother: osteoporosis", "", true, "", ""},
    // historical: a chronic condition counts, a past medicine does not
    {"calf cramps", "h/o L4-L5 disc herniation", "", true, "lumbar_disc_herniation", ""},
    {"calf cramps", "stopped HCTZ last year", "", true, "", ""},
    // hypothetical
    {"night cramps in calves. Return if leg swelling or weakness", "", "", true, "", ""},
    // the medications field is a medicine list
    {"calf cramps at night", "", "atorvastatin 40mg daily; metformin", true, "medication", ""},
    // a possible mention tags
    {"calf cramps, ?sciatica", "", "", true, "lumbar_disc_herniation", ""},
    // red flags
    {"R calf cramp and swelling of the right calf, warm to touch", "", "", true, "", "dvt_signs"},
    {"leg cramps with new numbness in the groin and trouble passing urine", "", "", true, "",
     "cauda_equina"},
    // a backward trigger does not reach over a comma; a forward one does
    {"calf cramps, knee x-ray: no osteophytes, no arthritis", "", "", true, "", ""},
    // a family section covers its list, and ends with its sentence
    {"calf cramps at night", "FHx: diabetes; osteoporosis. L4-5 disc herniation", "", true,
     "lumbar_disc_herniation", ""},
    {"FHx: osteoporosis (mother). Nocturnal calf cramps", "", "", true, "", ""},
    // ambiguity: lab values need a value or low/high
    {"calf cramps, K 3.1 last week", "", "", true, "electrolyte_imbalance", ""},
    {"calf cramps, K 4.2 last week", "", "", true, "", ""},
    // "paralysis" is a warning sign, never a cramp
    {"paralysis of the left leg", "", "", false, "", ""},
    // a number must be in range: @above for distances, @below for lab values
    {"calf cramps at night, walking 15 km a day this month", "", "", true, "overexertion", ""},
    {"calf cramps at night, walking 3 km a day", "", "", true, "", ""},
    // cramps elsewhere are not leg cramps
    {"writer's cramp in right hand", "", "", false, "", ""},
    {"period cramps", "", "", false, "", ""},
    // no causes for other complaints
    {"med refill: lasix", "", "", false, "", ""},
    // a cramp word finds its site in the sentence before as well as after
    {"My calf is getting thinner. I get cramps there most nights.", "", "", true, "", "neuro_deficit"},
    {"Cramps most nights. Mostly in my calves.", "", "", true, "", ""},
    // a gestation in weeks+days; a word's inflections hold even when it is a lexicon word
    {"MW note 37+1: cramps both calves at night", "", "", true, "pregnancy", ""},
    {"CC: painful periods, cramps lower abdomen\nRadiates to thighs: Y", "", "", false, "", ""},
    // an old clot is history; signs away from a leg are no DVT signs
    {"Calf cramps at night. DVT 2 years ago, treated. No swelling now.", "", "", true, "", ""},
    {"Calf cramps at night. Burn on R forearm, red and swollen.", "", "", true, "", ""},
    {"Calf cramps at night. Pressure area: redness on sacrum.", "", "", true, "", ""},
    // the atypical pattern told in everyday words: long, frequent by day, at rest, spreading
    // (a daytime cramp at rest is atypical when it is frequent: once in the chair is not)
    {"Cramps in my calf for about twenty minutes each time.", "", "", true, "", "atypical_pattern"},
    {"Calf cramps now coming on several times a day while I'm resting in the chair.", "", "", true, "",
     "atypical_pattern"},
    {"Mum's feet cramp in the afternoons when she's been sitting.", "", "", true, "", ""},
    {"Calf cramps 5 or 6 times every day.", "", "", true, "", "atypical_pattern"},
    {"Cramps in my feet and now my hands and stomach too.", "", "", true, "", "atypical_pattern"},
    {"Calf cramps at night, each lasting about a minute.", "", "", true, "", ""},
    // neurological deficits in everyday words
    {"Cramps in feet, and I can't feel the floor properly under my feet.", "", "", true, "", "neuro_deficit"},
    {"Leg cramps, lost the feeling in my big toe.", "", "", true, "", "neuro_deficit"},
    {"Calf cramps, the left calf has shrunk compared to the right.", "", "", true, "", "neuro_deficit"},
    // lab values in either unit: low calcium and magnesium, but not normal mmol/L values
    {"calf cramps at night. Ca 1.98, Mg 0.6", "", "", true, "calcium_deficiency,electrolyte_imbalance", ""},
    {"calf cramps at night. Ca 7.9", "", "", true, "calcium_deficiency", ""},
    {"calf cramps at night. Bloods normal: Ca 2.38, Mg 0.86", "", "", true, "", ""},
    // @not phrases: the heat of a place, a cold floor, a time ago, walking that relieves
    {"Calf cramps after a hot yoga class.", "", "", true, "salt_loss", ""},
    {"Toe cramps in bed, I stand on the cold floor to stop them.", "", "", true, "", ""},
    {"Sudden cramp in my calf about an hour ago, eased now.", "", "", true, "", ""},
    {"Calf cramps at night, eases with stretching and walking round the bedroom.", "", "", true, "", ""},
    {"Calf puffy and warm compared to the right one, cramps at night.", "", "", true, "", "dvt_signs"},
    // a writer here for their own complaint names a relative's cramps, not the patient's
    {"My husband has cramp in his legs every night, I am here for my knee", "", "", false, "", ""},
    {"My husband has cramp in his legs every night, can he be seen?", "", "", true, "", ""},
    // one cramp that has not stopped lasts over ten minutes; new trouble starting to pee
    {"Nora c/o cramping R calf since lunch.", "", "", true, "", "atypical_pattern"},
    {"Calf cramps at night. Since Friday he has to strain to start peeing.", "", "", true, "", "cauda_equina"},
    // a red flag written in the history is a sign now; a dated or past one is not
    {"calf cramps at night", "new numbness in both feet this month", "", true, "", "neuro_deficit"},
    {"calf cramps at night", "DVT 2019, treated; previous DVT R leg", "", true, "", ""},
    {"calf cramps at night", "", "enoxaparin for DVT", true, "", ""},
    // numbness of a hand is no neurological deficit of the legs
    {"Calf cramps at night. Numbness in both hands (?carpal tunnel).", "", "", true, "", ""},
    {"Calf cramps at night. My feet burn and tingle and they are numb.", "", "", true, "", "neuro_deficit"},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(classifier)

BOOST_DATA_TEST_CASE(cases_every_version_must_get_right, boost::unit_test::data::make(kMustGetRight), c) {
  Check(c);
}

BOOST_DATA_TEST_CASE(context_rules_and_ambiguities, boost::unit_test::data::make(kContext), c) { Check(c); }

BOOST_AUTO_TEST_CASE(night_and_site) {
  Classification result = Classify("woke at 3am with my left calf and toes cramping");
  BOOST_TEST(result.is_cramp);
  BOOST_TEST(result.nocturnal);
  BOOST_TEST(result.JoinedSites() == "calf,toes");
  BOOST_TEST(!Classify("calf cramps after football").nocturnal);
  // A night word that dates work or travel is no night cramp; sleep words still are.
  BOOST_TEST(!Classify("calf cramps after a night shift, during the afternoon").nocturnal);
  BOOST_TEST(Classify("I work nights and the calf cramps come when I sleep in the day").nocturnal);
  BOOST_TEST(Classify("calf cramps at 3am").nocturnal);
  BOOST_TEST(Classify("calf cramps nocte, disturbing sleep").nocturnal);
  // Falling asleep is night; a party, a bug or nocturia at night dates something else.
  BOOST_TEST(Classify("Her calves go into spasm when she's trying to get off to sleep.").nocturnal);
  BOOST_TEST(!Classify("Cramps in my legs the next afternoon after dancing all night at the wedding.").nocturnal);
  BOOST_TEST(!Classify("Diarrhoea overnight x5. This afternoon cramps in both calves.").nocturnal);
  BOOST_TEST(!Classify("Foot cramps while knitting. Up half the night to pass water, as for years.").nocturnal);
  BOOST_TEST(!Classify("Thigh cramp while sat out in chair after lunch. Slept well last night.").nocturnal);
  BOOST_TEST(Classify("Cramps in both legs when I'm going off to sleep.").nocturnal);
}

BOOST_AUTO_TEST_CASE(every_tag_keeps_its_evidence_and_rule) {
  std::string history = "PMH: T2DM, osteoporosis";
  Classification result = Classify("foot cramps, ?pregnant", history, "Lasix 40 mg");
  BOOST_REQUIRE(result.tags.size() == 4u);
  const Tag& pregnancy = result.tags[3];
  BOOST_TEST(pregnancy.code == "pregnancy");
  BOOST_TEST((pregnancy.certainty == Certainty::kPossible));
  BOOST_TEST(pregnancy.evidence == "pregnant");
  BOOST_TEST(pregnancy.rule.find("possible") != std::string::npos, pregnancy.rule);
  const Tag& medication = result.tags[2];
  BOOST_TEST(medication.code == "medication");
  BOOST_TEST((medication.field == TextField::kMedications));
  BOOST_TEST(medication.evidence == "Lasix");
  BOOST_TEST(medication.begin == 0u);
  BOOST_TEST(medication.rule.find("line") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_typo_and_an_inflection_tag_with_the_text_as_written) {
  Classification result = Classify("Calf cramps since I Overused my legs", "", "on Aldactnoe 25 mg");
  BOOST_REQUIRE(result.tags.size() == 2u);
  const Tag& medication = result.tags[0];
  BOOST_TEST(medication.code == "medication");
  BOOST_TEST(medication.evidence == "Aldactnoe");  // "aldactone", two letters swapped
  BOOST_TEST(medication.begin == 3u);
  BOOST_TEST(medication.rule.find("aldactone") != std::string::npos, medication.rule);
  const Tag& overexertion = result.tags[1];
  BOOST_TEST(overexertion.code == "overexertion");
  BOOST_TEST(overexertion.evidence == "Overused");  // "overuse" + "d"
  BOOST_TEST(overexertion.begin == 20u);
  BOOST_TEST(!Classify("Cramping, bled a little").is_cramp);  // a [known_word], not "ble" + "d"
}

BOOST_AUTO_TEST_CASE(calcium_risk_comes_from_age_and_sex_only) {
  IntakeText intake;
  intake.complaint = "sore throat";
  Classifier classifier(DefaultRules());
  intake.age = 14;
  BOOST_TEST(StoredCode(classifier.Classify(intake).calcium_risk) == "adolescent");
  intake.age = 45;
  intake.sex = 'F';
  Classification woman = classifier.Classify(intake);
  BOOST_TEST(StoredCode(woman.calcium_risk) == "woman_45_plus");
  BOOST_TEST(woman.calcium_reason == "woman aged 45 (45 or over)");
  intake.sex = 'M';
  BOOST_TEST(StoredCode(classifier.Classify(intake).calcium_risk) == "");
  intake.age = 9;
  BOOST_TEST(StoredCode(classifier.Classify(intake).calcium_risk) == "");
  intake.age.reset();
  BOOST_TEST(StoredCode(classifier.Classify(intake).calcium_risk) == "");
}

BOOST_AUTO_TEST_SUITE_END()

// The phrase matcher's lookup table.
BOOST_AUTO_TEST_SUITE(flat_index)

BOOST_AUTO_TEST_CASE(finds_each_key_and_nothing_else) {
  std::vector<std::pair<std::uint64_t, std::uint32_t>> entries;
  for (std::uint32_t i = 0; i < 1000; ++i) entries.emplace_back(std::uint64_t{i} * 7919 << 20, i);
  FlatIndex index;
  index.Build(entries);
  for (const auto& [key, value] : entries) BOOST_TEST(index.Find(key).value_or(~0u) == value);
  BOOST_TEST(!index.Find(1).has_value());
  BOOST_TEST(!index.Find(~std::uint64_t{0}).has_value());
  BOOST_TEST(!FlatIndex().Find(0).has_value());  // never built
  FlatIndex empty;
  empty.Build({});
  BOOST_TEST(!empty.Find(0).has_value());
}

BOOST_AUTO_TEST_CASE(a_key_stored_twice_gives_the_value_the_caller_accepts) {
  FlatIndex index;
  index.Build({{42, 1}, {42, 2}, {43, 3}});
  BOOST_TEST(index.Find(42, [](std::uint32_t value) { return value == 2; }).value_or(0) == 2u);
  BOOST_TEST(index.Find(42, [](std::uint32_t value) { return value == 1; }).value_or(0) == 1u);
  BOOST_TEST(!index.Find(42, [](std::uint32_t value) { return value == 3; }).has_value());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::classify
