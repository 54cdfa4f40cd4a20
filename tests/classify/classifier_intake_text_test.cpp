// The classifier with the default rules on intake text the first rules misread: one
// case for each way of writing that a development batch of the intake corpus showed
// (tests/data/intake_corpus), so a later change cannot quietly undo it.
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "classify/classifier_cases.h"

namespace crampwatch::classify {
namespace {

const Case kIntakeText[] = {
    // worse said of the cramps a long sentence later, but not of another symptom
    {"Cramps in both calves and the thighs too. It started around once a fortnight back in March "
     "and honestly it is worse each week.",
     "", "", true, "", "atypical_pattern"},
    {"Progressive numbness of both feet, and calf cramps at night.", "", "", true, "", "neuro_deficit"},
    {"Cramps started in her soles in spring. Last week her tummy muscles and her left hand knotted "
     "as well.",
     "", "", true, "", "atypical_pattern"},
    // sweat in the heat is salt loss without a word on drinks; a flush or night sweats is not
    {"Roofer, 34 degrees on the roof today, sweat pouring off him. Thigh cramps in the van home.", "", "", true,
     "salt_loss", ""},
    {"Calf cramps at night. Hot flushes and night sweats since the menopause.", "", "", true, "", ""},
    {"Calf cramps after a D&V bug this week, vomited four times.", "", "", true, "salt_loss", ""},
    // "a cold" is an illness only when someone has one
    {"Swimming in a cold outdoor lido, calves cramp in the water.", "", "", true, "cold_exposure", ""},
    {"Calf cramps at night, has a cold this week.", "", "", true, "", ""},
    // the patient's bed and room, whoever makes them so; a relative's own sleeping position is theirs
    {"Calves cramp about 2am. Wife tucks the blanket in tight over his feet.", "", "", true, "sleep_posture", ""},
    {"Calf cramps at night. Husband likes the window wide open all winter.", "", "", true, "cold_exposure", ""},
    {"Calf cramps at night. My husband sleeps on his front with his toes pointed.", "", "", true, "", ""},
    // cramps told as calves that "went" or legs that stiffen; bladder and saddle in plain words
    {"Wild swimmer. Both calves went on the way back to the jetty.", "", "", true, "cold_exposure", ""},
    {"Legs stiffen when she is turned at 2am, calf muscles hard.", "", "", true, "", ""},
    {"Sciatica R and R calf cramps. I've had to push to get my water out, then it dribbles into my "
     "trousers.",
     "", "", true, "lumbar_disc_herniation", "cauda_equina"},
    {"Back pain and sciatica, calf cramps. When I sit on the toilet it's like it's someone else's bottom.", "", "",
     true, "lumbar_disc_herniation", "cauda_equina"},
    // heat with too little drink; a cool room with the blankets off
    {"Calf cramp after the garden centre. It was a scorcher and she wouldn't drink.", "", "", true, "salt_loss", ""},
    {"Calf cramps at 2am. Room cool, resident pulls blankets off.", "", "", true, "cold_exposure", ""},
    // "off" dates nothing in a wind off the sea; feet out of the covers; a child who won't drink
    {"Calf cramps on the scaffold. Cold wind off the sea all day.", "", "", true, "cold_exposure", ""},
    {"Cramp in both feet on waking. She kicks her feet out from under the covers.", "", "", true, "cold_exposure", ""},
    {"Calf goes rock hard at 4am. His water bottle comes home full, he just won't drink.", "", "", true, "salt_loss",
     ""},
    // how long a cramp took to go is a duration, not a past medicine
    {"Toes clawed at 5am, took nearly 20 minutes before it let go.", "", "", true, "", "atypical_pattern"},
    // "new" is exertion only as a new job or routine, never a new symptom
    {"Leg cramps at night. Now dragging her L foot when walking with the frame, new since Tuesday.", "", "", true, "",
     "neuro_deficit"},
    {"Toe cramps in class since her new hot yoga job, 3 classes a day.", "", "", true, "overexertion", ""},
    // days count as days of the activity, not as a date
    {"Back went lifting boards 10 days ago, cramping down the back of the L thigh.", "", "", true, "", ""},
    {"DofE expedition, 3 days walking with full packs. Both thighs cramping on the stiles.", "", "", true,
     "overexertion", ""},
    // a cramp template's ticked or answered signs are the leg's; unticked or "No" are not
    {"Reason for visit: cramp R calf\nAssoc sx: [X] swelling (R only) [X] redness [ ] numbness", "", "", true, "",
     "dvt_signs"},
    {"CC: calf cramps\nSwelling: [ ] Yes [x] No", "", "", true, "", ""},
    {"CC: calf cramps\nWeakness: Y", "", "", true, "", "neuro_deficit"},
    {"Chief complaint: cramping legs\nFrequency: most days, several a day", "", "", true, "", "atypical_pattern"},
    // a letter's cauda equina: an accident a sentence or two from the back trouble
    {"Dear Mr Quinn,\n\nMr Kerr has sciatica from an L5/S1 prolapse and cramps in both calves. He rang "
     "today because he has twice soiled himself without warning.",
     "", "", true, "lumbar_disc_herniation", "cauda_equina"},
    // a range of minutes is no gestation; an arm's weakness no leg's deficit
    {"Calf cramps that last 30-40 minutes at a time, every day now.", "", "", true, "", "atypical_pattern"},
    {"Calf cramps at night. Weakness in my left arm on Monday from sleeping on it.", "", "", true, "", ""},
    // a kidney disease with its stage written on
    {"Renal clinic. Calf cramps at night.", "CKD3b", "", true, "chronic_disease", ""},
    // a cramping belly is no leg cramp, even beside swollen legs
    {"Cramping belly pain after meals and his legs are swollen both sides. No leg cramps.", "", "", false, "", ""},
    // the calf, its cramp, then how it looks; a clot she had is history
    {"Left calf cramp and it's swollen since the weekend, warm to touch.", "", "", true, "", "dvt_signs"},
    {"Calves seize up in the water. She had a DVT after the birth of her second child in 2004.", "", "", true, "", ""},
    // bladder trouble that "has gone funny", lost feeling around the anus, worse month on month
    {"Calves cramp in bed. Back pain. Peeing has gone funny - dribbles, can't feel the flow.", "", "", true, "",
     "cauda_equina"},
    {"Sciatica, calf cramps. Reduced sensation around the anus and over both buttocks.", "", "", true,
     "lumbar_disc_herniation", "cauda_equina"},
    {"PC: cramps both calves, worse month on month", "", "", true, "", "atypical_pattern"},
    // cold feet beside walking cut short are the circulation's, not a cold place
    {"Her calves cramp when she walks to church, has to stop on the way and wait. Feet always cold.", "", "", true, "",
     "claudication"},
    // a worry about cramps to come is no cramp
    {"Flying to Canada next week, worried she might get leg cramps or a clot on the plane.", "", "", false, "", ""},
    // a cramp that has not gone for hours; walking cut short told in an interpreter's words
    {"Evening call. Cramp R calf 3 hrs, won't go.", "", "", true, "", "atypical_pattern"},
    {"When I walk from the truck to the cafe, 100 metres, the left calf is in a vice, I stand, I walk again.", "", "",
     true, "", "claudication"},
    // heating broken or off however it is told; an accident beside a back that is killing him
    {"Calf hard as a rock at 02:40. Window in room found open and radiator off.", "", "", true, "cold_exposure", ""},
    {"Calf cramps overnight. Heating in the east wing off (boiler fault).", "", "", true, "cold_exposure", ""},
    {"Toes dragged up hard. His back is killing him since the fall and he has been wet twice today.", "", "", true, "",
     "cauda_equina"},
    // a narrator who speaks after a heading names the patient ("Son says father...")
    {"Urdu interpreter; son present. Son says father has had cramp in his R calf for 3 days.", "", "", true, "", ""},
    // "normal" after a finding negates it; a sole is no saddle
    {"Calf cramped getting out of the car. Bladder and bowels normal, no numbness.", "", "", true, "", ""},
    {"Cramps in my feet at night. The bottoms of my feet are numb.", "", "", true, "", "neuro_deficit"},
    // lost feeling a few words from where one sits; a walk round the shops cut short
    {"Spasms both calves. Says he can't feel the bed sheet between his legs.", "", "", true, "", "cauda_equina"},
    {"Gets cramp in his calf walking round Tesco, has to stop and lean on the trolley, then it goes.", "", "", true, "",
     "claudication"},
    {"Calf cramp woke him at 3am. Eased after 5 min walking round.", "", "", true, "", ""},
    // a negation ends at "and" with a new subject; a relative's scope does not
    {"Went in the sea without a wetsuit and both his feet cramped in the water.", "", "", true, "cold_exposure", ""},
    {"Carer. Mrs D's son is on dialysis and gets awful leg cramps. She has no leg problems herself.", "", "", false, "",
     ""},
    // accidents beside back trouble told plainly; a calf measured "41cm v R 37cm"
    {"My lower back aches and I've had to rush to the loo, couple of times didn't make it. Calf cramps.", "", "", true,
     "", "cauda_equina"},
    {"Cramp in his L calf at night. L calf today 41cm v R 37cm, warm and pinkish.", "", "", true, "", "dvt_signs"},
    // heating that doesn't work; a wait in the frost at the bus stop
    {"Calf cramps every night this week. In uni halls the heating doesnt work.", "", "", true, "cold_exposure", ""},
    // work and sport told by their hours and firsts
    {"Roofer. Worked 12 hrs in the sun yesterday. Both thighs cramped up solid in the van.", "", "", true,
     "overexertion", ""},
    {"First marathon, calves locked solid at 35k.", "", "", true, "overexertion", ""},
    // a relative's story runs on through "he"; a writer who says who they are narrates
    {"Asking for quinine for her husband, he gets terrible night cramps in his legs.", "", "", false, "", ""},
    {"Her calves lock up at the end of the shift (I'm her husband, she's on shift now).", "", "", true, "", ""},
    // help needed negates nothing after it
    {"Legs much weaker this week, can't get out of the chair without help, and cramps in his thighs at night.", "", "",
     true, "", "neuro_deficit"},
    // a sign that has settled is history
    {"Calf cramps late in races. 2021: numbness in the groin and bladder trouble after a crash, MRI normal, "
     "fully resolved.",
     "", "", true, "", ""},
    // March the month is no march
    {"Calf cramps started in March, most nights.", "", "", true, "", ""},
    {"Soldier, 25 km ruck march yesterday, thighs cramping since.", "", "", true, "overexertion", ""},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(classifier_intake_text)

BOOST_DATA_TEST_CASE(read_as_labelled, boost::unit_test::data::make(kIntakeText), c) { Check(c); }

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::classify
