// The classifier with the default rules: the must-get-right cases of
// docs/classifier.md, each context rule, each ambiguity, evidence and the
// calcium-risk flag.
#include "classify/classifier.h"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <cstdint>
#include <utility>
#include <vector>

#include "classify/flat_index.h"

namespace crampwatch::classify {
namespace {

const RuleSet& DefaultRules() {
  static const std::unique_ptr<RuleSet> rules = RuleSet::Default();
  return *rules;
}

Classification Classify(std::string_view complaint, std::string_view history = {},
                        std::string_view medications = {}) {
  IntakeText intake;
  intake.complaint = complaint;
  intake.history = history;
  intake.medications = medications;
  return Classifier(DefaultRules()).Classify(intake);
}

struct Case {
  const char* complaint;
  const char* history;
  const char* medications;
  bool is_cramp;
  const char* causes;     // codes joined by ',', as in v_intake
  const char* red_flags;
};

std::ostream& operator<<(std::ostream& out, const Case& c) {
  return out << c.complaint << " | " << c.history << " | " << c.medications;
}

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
    // worse said of the cramps a long sentence later, but not of another symptom
    {"Cramps in both calves and the thighs too. It started around once a fortnight back in March "
     "and honestly it is worse each week.",
     "", "", true, "", "atypical_pattern"},
    {"Progressive numbness of both feet, and calf cramps at night.", "", "", true, "", "neuro_deficit"},
    {"Cramps started in her soles in spring. Last week her tummy muscles and her left hand knotted "
     "as well.",
     "", "", true, "", "atypical_pattern"},
    // sweat in the heat is salt loss without a word on drinks; a flush or night sweats is not
    {"Roofer, 34 degrees on the roof today, sweat pouring off him. Thigh cramps in the van home.", "",
     "", true, "salt_loss", ""},
    {"Calf cramps at night. Hot flushes and night sweats since the menopause.", "", "", true, "", ""},
    {"Calf cramps after a D&V bug this week, vomited four times.", "", "", true, "salt_loss", ""},
    // "a cold" is an illness only when someone has one
    {"Swimming in a cold outdoor lido, calves cramp in the water.", "", "", true, "cold_exposure", ""},
    {"Calf cramps at night, has a cold this week.", "", "", true, "", ""},
    // the patient's bed and room, whoever makes them so; a relative's own sleeping position is theirs
    {"Calves cramp about 2am. Wife tucks the blanket in tight over his feet.", "", "", true,
     "sleep_posture", ""},
    {"Calf cramps at night. Husband likes the window wide open all winter.", "", "", true, "cold_exposure", ""},
    {"Calf cramps at night. My husband sleeps on his front with his toes pointed.", "", "", true, "", ""},
    // cramps told as calves that "went" or legs that stiffen; bladder and saddle in plain words
    {"Wild swimmer. Both calves went on the way back to the jetty.", "", "", true, "cold_exposure", ""},
    {"Legs stiffen when she is turned at 2am, calf muscles hard.", "", "", true, "", ""},
    {"Sciatica R and R calf cramps. I've had to push to get my water out, then it dribbles into my "
     "trousers.",
     "", "", true, "lumbar_disc_herniation", "cauda_equina"},
    {"Back pain and sciatica, calf cramps. When I sit on the toilet it's like it's someone else's bottom.", "",
     "", true, "lumbar_disc_herniation", "cauda_equina"},
    // heat with too little drink; a cool room with the blankets off
    {"Calf cramp after the garden centre. It was a scorcher and she wouldn't drink.", "", "", true, "salt_loss",
     ""},
    {"Calf cramps at 2am. Room cool, resident pulls blankets off.", "", "", true, "cold_exposure", ""},
    // "off" dates nothing in a wind off the sea; feet out of the covers; a child who won't drink
    {"Calf cramps on the scaffold. Cold wind off the sea all day.", "", "", true, "cold_exposure", ""},
    {"Cramp in both feet on waking. She kicks her feet out from under the covers.", "", "", true,
     "cold_exposure", ""},
    {"Calf goes rock hard at 4am. His water bottle comes home full, he just won't drink.", "", "", true,
     "salt_loss", ""},
    // how long a cramp took to go is a duration, not a past medicine
    {"Toes clawed at 5am, took nearly 20 minutes before it let go.", "", "", true, "", "atypical_pattern"},
    // "new" is exertion only as a new job or routine, never a new symptom
    {"Leg cramps at night. Now dragging her L foot when walking with the frame, new since Tuesday.", "", "",
     true, "", "neuro_deficit"},
    {"Toe cramps in class since her new hot yoga job, 3 classes a day.", "", "", true, "overexertion",
     ""},
    // days count as days of the activity, not as a date
    {"Back went lifting boards 10 days ago, cramping down the back of the L thigh.", "", "", true, "", ""},
    {"DofE expedition, 3 days walking with full packs. Both thighs cramping on the stiles.", "", "", true,
     "overexertion", ""},
    // a cramp template's ticked or answered signs are the leg's; unticked or "No" are not
    {"Reason for visit: cramp R calf\nAssoc sx: [X] swelling (R only) [X] redness [ ] numbness", "", "", true,
     "", "dvt_signs"},
    {"CC: calf cramps\nSwelling: [ ] Yes [x] No", "", "", true, "", ""},
    {"CC: calf cramps\nWeakness: Y", "", "", true, "", "neuro_deficit"},
    {"Chief complaint: cramping legs\nFrequency: most days, several a day", "", "", true, "", "atypical_pattern"},
    // a letter's cauda equina: an accident a sentence or two from the back trouble
    {"Dear Mr Quinn,\n\nMr Kerr has sciatica from an L5/S1 prolapse and cramps in both calves. He rang "
     "today because he has twice soiled himself without warning.",
     "", "", true, "lumbar_disc_herniation", "cauda_equina"},
    // a range of minutes is no gestation; an arm's weakness no leg's deficit
    {"Calf cramps that last 30-40 minutes at a time, every day now.", "", "", true, "", "atypical_pattern"},
    {"Calf cramps at night. Weakness in my left arm on Monday from sleeping on it.", "", "", true, "",
     ""},
    // a kidney disease with its stage written on
    {"Renal clinic. Calf cramps at night.", "CKD3b", "", true, "chronic_disease", ""},
    // a cramping belly is no leg cramp, even beside swollen legs
    {"Cramping belly pain after meals and his legs are swollen both sides. No leg cramps.", "", "", false, "",
     ""},
    // the calf, its cramp, then how it looks; a clot she had is history
    {"Left calf cramp and it's swollen since the weekend, warm to touch.", "", "", true, "", "dvt_signs"},
    {"Calves seize up in the water. She had a DVT after the birth of her second child in 2004.", "", "", true,
     "", ""},
    // bladder trouble that "has gone funny", lost feeling around the anus, worse month on month
    {"Calves cramp in bed. Back pain. Peeing has gone funny - dribbles, can't feel the flow.", "", "", true, "",
     "cauda_equina"},
    {"Sciatica, calf cramps. Reduced sensation around the anus and over both buttocks.", "", "", true,
     "lumbar_disc_herniation", "cauda_equina"},
    {"PC: cramps both calves, worse month on month", "", "", true, "", "atypical_pattern"},
    // cold feet beside walking cut short are the circulation's, not a cold place
    {"Her calves cramp when she walks to church, has to stop on the way and wait. Feet always cold.", "", "",
     true, "", "claudication"},
    // a worry about cramps to come is no cramp
    {"Flying to Canada next week, worried she might get leg cramps or a clot on the plane.", "", "", false, "",
     ""},
    // a cramp that has not gone for hours; walking cut short told in an interpreter's words
    {"Evening call. Cramp R calf 3 hrs, won't go.", "", "", true, "", "atypical_pattern"},
    {"When I walk from the truck to the cafe, 100 metres, the left calf is in a vice, I stand, I walk again.",
     "", "", true, "", "claudication"},
    // heating broken or off however it is told; an accident beside a back that is killing him
    {"Calf hard as a rock at 02:40. Window in room found open and radiator off.", "", "", true,
     "cold_exposure", ""},
    {"Calf cramps overnight. Heating in the east wing off (boiler fault).", "", "", true, "cold_exposure", ""},
    {"Toes dragged up hard. His back is killing him since the fall and he has been wet twice today.", "", "",
     true, "", "cauda_equina"},
    // a narrator who speaks after a heading names the patient ("Son says father...")
    {"Urdu interpreter; son present. Son says father has had cramp in his R calf for 3 days.", "", "", true, "",
     ""},
    // "normal" after a finding negates it; a sole is no saddle
    {"Calf cramped getting out of the car. Bladder and bowels normal, no numbness.", "", "", true, "", ""},
    {"Cramps in my feet at night. The bottoms of my feet are numb.", "", "", true, "", "neuro_deficit"},
    // lost feeling a few words from where one sits; a walk round the shops cut short
    {"Spasms both calves. Says he can't feel the bed sheet between his legs.", "", "", true, "", "cauda_equina"},
    {"Gets cramp in his calf walking round Tesco, has to stop and lean on the trolley, then it goes.", "", "",
     true, "", "claudication"},
    {"Calf cramp woke him at 3am. Eased after 5 min walking round.", "", "", true, "", ""},
    // a negation ends at "and" with a new subject; a relative's scope does not
    {"Went in the sea without a wetsuit and both his feet cramped in the water.", "", "", true,
     "cold_exposure", ""},
    {"Carer. Mrs D's son is on dialysis and gets awful leg cramps. She has no leg problems herself.", "", "",
     false, "", ""},
    // accidents beside back trouble told plainly; a calf measured "41cm v R 37cm"
    {"My lower back aches and I've had to rush to the loo, couple of times didn't make it. Calf cramps.", "",
     "", true, "", "cauda_equina"},
    {"Cramp in his L calf at night. L calf today 41cm v R 37cm, warm and pinkish.", "", "", true, "",
     "dvt_signs"},
    // heating that doesn't work; a wait in the frost at the bus stop
    {"Calf cramps every night this week. In uni halls the heating doesnt work.", "", "", true, "cold_exposure",
     ""},
    // work and sport told by their hours and firsts
    {"Roofer. Worked 12 hrs in the sun yesterday. Both thighs cramped up solid in the van.", "", "", true,
     "overexertion", ""},
    {"First marathon, calves locked solid at 35k.", "", "", true, "overexertion", ""},
    // a relative's story runs on through "he"; a writer who says who they are narrates
    {"Asking for quinine for her husband, he gets terrible night cramps in his legs.", "", "", false, "", ""},
    {"Her calves lock up at the end of the shift (I'm her husband, she's on shift now).", "", "", true, "",
     ""},
    // help needed negates nothing after it
    {"Legs much weaker this week, can't get out of the chair without help, and cramps in his thighs at night.",
     "", "", true, "", "neuro_deficit"},
    // a sign that has settled is history
    {"Calf cramps late in races. 2021: numbness in the groin and bladder trouble after a crash, MRI normal, "
     "fully resolved.",
     "", "", true, "", ""},
    // March the month is no march
    {"Calf cramps started in March, most nights.", "", "", true, "", ""},
    {"Soldier, 25 km ruck march yesterday, thighs cramping since.", "", "", true, "overexertion", ""},
};

void Check(const Case& c) {
  Classification result = Classify(c.complaint, c.history, c.medications);
  BOOST_TEST(result.is_cramp == c.is_cramp);
  BOOST_TEST(result.JoinedCodes(TagKind::kCause) == c.causes);
  BOOST_TEST(result.JoinedCodes(TagKind::kRedFlag) == c.red_flags);
}

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
