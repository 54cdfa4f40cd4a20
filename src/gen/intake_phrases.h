// IntakePhrases: the text pieces crampwatch-gen combines into synthetic complaints.
#pragma once

#include <string_view>

namespace crampwatch::gen::phrases {

// Pieces may hold slots, a '$' and one letter, filled per row by IntakeGenerator:
//   $s right/left      $S R/L          $p site (calf)    $P sites (calves)
//   $t time of night   $d duration     $f frequency      $n small number
//   $a age             $y F/M          $x woman/man      $o her/him
//   $g a cramp drug's name             $h a drug taken in the past
//   $k distance (km)   $w weekday      $m a neutral medicine
//   $e weeks of pregnancy

/// A lower-limb site, singular and plural.
struct Site {
  std::string_view one;
  std::string_view many;
};

inline constexpr Site kSites[] = {
    {"calf", "calves"}, {"calf", "calves"}, {"calf", "calves"}, {"foot", "feet"}, {"foot", "feet"},
    {"toe", "toes"},    {"big toe", "toes"}, {"thigh", "thighs"}, {"hamstring", "hamstrings"},
    {"leg", "legs"},    {"arch", "arches"}, {"sole", "soles"},   {"lower leg", "lower legs"},
    {"shin", "shins"},
};

inline constexpr std::string_view kTimes[] = {"3am", "2 am", "midnight", "1:30am", "4am", "5am", "2:15",
                                              "around 3", "0300", "0200"};
inline constexpr std::string_view kDurations[] = {"x2 wks", "x3wk", "x 1 month", "x10 days", "x6 wks",
                                                  "since Sept", "x4 days", "x2 mo", "for a few weeks",
                                                  "since last month", "for about a month", "x3 mo"};
inline constexpr std::string_view kFrequencies[] = {"nightly", "3-4x/wk", "2x/night", "most nights",
                                                    "almost every night", "a couple times a week",
                                                    "q few nights", "twice last night"};
inline constexpr std::string_view kWeekdays[] = {"monday", "tuesday", "the weekend", "thursday", "friday",
                                                 "yesterday"};

/// Openers of a leg-cramp complaint: a cramp term, a site, and when.
inline constexpr std::string_view kCrampOpeners[] = {
    "my $s $p seized up at $t and i couldnt walk it off",
    "woke up at $t with a horrible cramp in my $s $p",
    "c/o $S $p cramps $d, worse at night",
    "nocturnal leg cramps $d, wakes pt $f",
    "Pt reports nocturnal cramping in BLE",
    "$a-year-old $x with a $n-week history of painful $s $p cramps that wake $o from sleep",
    "recurrent $p cramps at night $d",
    "charley horse in my $s $p last night, still sore today",
    "$S $p spasm overnight, residual soreness this am",
    "keep getting cramps in my $P in bed, $f",
    "HPI: recurrent nocturnal cramps of the $s $p, lasting 1-2 minutes",
    "c/o night cramps bilat $P, $f",
    "my $P cramp up as soon as i lie down",
    "cramping $S $p at night $d",
    "Describes charley horses in the $s $p around $t, several nights a week",
    "woke at $t with my $s $p in spasm, toes curled",
    "$p cramps waking pt from sleep $d",
    "c/o \"knots\" in $S $p overnight $d",
    "Nocturnal muscle cramps in the $P, waking the patient $f",
    "$a$y with recurrent night-time $p cramps",
    "leg cramps keep waking me up, mostly the $P",
    "cramp in my $s $p at night, it pulls up and wont go back down",
    "CC: leg cramps. HPI: nocturnal $p cramps for about $n weeks",
    "felt like a \"golf ball\" in my $s $p at $t",
    "sudden cramp in my $s $p at $t, lasted a few minutes",
    "c/o charlie horse $S $p ~$t, eased w/ stretching",
    "c/o $S $p cramp during run this am",
    "my $P cramp up while driving",
    "$S $p cramp at practice, able to bear weight",
    "daytime $p cramps $d, intermittent",
    "Exercise-associated cramps of the $P during endurance events",
    "cramps in my $P at work in the afternoon",
    "my $s $p cramped while swimming laps",
    "c/o $p spasms after workouts $d",
    "Brief daytime cramps of the $s $p when standing up",
    "$p locked up on my hike, had to stop",
};

/// Evidence of a cause, one table per cause code (in the order of docs/classifier.md).
inline constexpr std::string_view kColdExposure[] = {
    "no heat in apt $d", "sleeps w/ legs outside blanket", "winter runs outdoors w/o warm-up",
    "cold water swimming daily", "room has no heating", "works in walk-in freezer",
    "thin quilt, feet cold at night", "Lives in an unheated room; feet are cold overnight",
    "my bedroom is freezing since the boiler broke", "legs out of the blanket because i get hot"};
inline constexpr std::string_view kOverexertion[] = {
    "$k km hike Sat", "new warehouse job, on feet 10-12 h/day", "marathon training, \u2191 mileage",
    "long-haul flight 2 d ago", "2-a-day practices this wk", "hiked 6 hrs yesterday",
    "did a $k km hike on the weekend", "started a job where im on my feet all day",
    "Recently increased running mileage", "helped a friend move house over the weekend"};
inline constexpr std::string_view kSaltLoss[] = {
    "heavy sweating at work, drinks only water", "landscaper, works outdoors in heat",
    "hot yoga daily", "poor PO intake + vomiting x2d, dehydrated", "ran 10k in heat, minimal fluids",
    "i sweat a ton at work and only drink water", "Clinically dehydrated: dry mucous membranes"};
inline constexpr std::string_view kCalciumDeficiency[] = {
    "hx osteopenia", "low vit D (14) on last labs", "no dairy intake", "told Ca low at last visit",
    "Known osteoporosis (DEXA T-score -2.8)", "my doctor told me i have osteoporosis",
    "i dont eat any dairy, lactose intolerant", "Vitamin D 12 ng/mL in June"};
inline constexpr std::string_view kSleepPosture[] = {
    "sleeps prone, toes pointed", "sheets tucked tight at foot of bed",
    "heavy duvet pressing on feet when supine", "i sleep on my stomach with my toes pointed",
    "Sleeps prone with ankles plantarflexed"};
inline constexpr std::string_view kMalnutrition[] = {
    "poor appetite, wt loss 7 kg / 3 mo", "eats 1 meal/day", "BMI 16.9", "i only eat one meal a day",
    "Appears malnourished; albumin 2.9", "havent been hungry, lost about 15 pounds"};
inline constexpr std::string_view kDiscHerniation[] = {
    "hx L4-5 disc herniation", "sciatica $S leg", "known lumbar stenosis", "LDH L5-S1 on MRI",
    "Lumbar radiculopathy, $s L5 distribution", "i have a herniated disc in my lower back"};
inline constexpr std::string_view kBoneSpurs[] = {
    "bone spurs lumbar spine", "osteophytes L3-4 on xray", "lumbar spondylosis", "DJD spine",
    "the xray showed bone spurs in my back"};
inline constexpr std::string_view kMedication[] = {
    "on $g", "started $g ~6 wks ago", "takes $g daily", "recently \u2191 $g dose",
    "Current medications include $g", "cramps started after they put me on $g"};
inline constexpr std::string_view kPregnancy[] = {
    "G2P1 @ $e wks", "pt is $e wks pregnant", "im $e weeks pregnant", "Currently $e weeks pregnant",
    "IUP $ew2d"};
inline constexpr std::string_view kElectrolytes[] = {
    "K 3.1 last wk", "Mg 1.5 (L) on labs", "Na 129 on BMP", "hypokalemia on recent labs",
    "my potassium was low at my last blood test", "BMP: potassium 3.2 mmol/L"};
inline constexpr std::string_view kChronicDisease[] = {
    "on HD MWF", "T2DM", "CKD stage 4", "hx cirrhosis", "peripheral neuropathy", "hypothyroid", "PVD",
    "i have parkinsons", "End-stage renal disease on hemodialysis"};

/// Drugs linked to cramps: (medications-field entry, name used in text).
struct Drug {
  std::string_view entry;
  std::string_view name;
};
inline constexpr Drug kCrampDrugs[] = {
    {"hydrochlorothiazide 25 mg daily", "HCTZ"}, {"furosemide 40 mg daily", "lasix"},
    {"Lasix 20mg", "Lasix"},                    {"chlorthalidone 25 mg", "chlorthalidone"},
    {"spironolactone 25 mg", "spironolactone"}, {"atorvastatin 40 mg", "atorvastatin"},
    {"simvastatin 20 mg qhs", "simvastatin"},  {"rosuvastatin 10 mg", "Crestor"},
    {"albuterol HFA 2 puffs q6h", "albuterol"}, {"raloxifene 60 mg", "raloxifene"},
    {"teriparatide 20 mcg SC daily", "Forteo"}, {"Premarin 0.625 mg", "premarin"},
    {"iron sucrose (Venofer) IV q2wk", "IV iron"}, {"naproxen 500 mg bid", "naproxen"},
    {"nifedipine ER 30 mg", "nifedipine"},      {"donepezil 10 mg qhs", "Aricept"},
};
inline constexpr std::string_view kPastDrugs[] = {"HCTZ", "lasix", "simvastatin", "atorvastatin",
                                                  "naproxen", "chlorthalidone"};
inline constexpr std::string_view kNeutralDrugs[] = {
    "lisinopril 10 mg", "amlodipine 5 mg", "omeprazole 20 mg", "sertraline 50 mg",
    "metoprolol succinate 25 mg", "loratadine 10 mg", "acetaminophen 500 mg PRN", "losartan 50 mg",
    "pantoprazole 40 mg", "escitalopram 10mg", "multivitamin", "aspirin 81 mg", "melatonin 3 mg",
    "montelukast 10 mg", "tamsulosin 0.4 mg", "vitamin B12 1000 mcg"};
inline constexpr std::string_view kHistory[] = {
    "HTN", "GERD", "seasonal allergies", "anxiety", "migraine", "hyperlipidemia", "appendectomy 2010",
    "depression", "gout", "IBS", "osteoporosis", "T2DM", "L4-5 disc herniation", "CKD 3a",
    "lumbar spondylosis", "hypothyroidism", "vitamin D deficiency", "asthma", "BPH", "eczema"};

/// Mentions that must not tag anything: negated, someone else's, hypothetical, past, pseudo.
inline constexpr std::string_view kNotTagging[] = {
    "denies swelling", "denies calf swelling or redness", "denies numbness/weakness", "no recent travel",
    "denies bowel/bladder changes", "swelling: none", "not on diuretics", "no cold exposure",
    "my legs arent swollen", "No numbness, weakness or bladder changes", "mother has osteoporosis",
    "FHx: DVT (sister)", "father w/ T2DM", "my dad had sciatica for years", "call if calf swells",
    "return if numbness or weakness", "watch for redness/swelling", "stopped $h last year",
    "was on $h until 2023", "came off $h in the spring", "no relief w/ stretching",
    "tonic water not helping", "Denies calf swelling, redness or warmth"};
inline constexpr std::string_view kPossible[] = {"?sciatica", "?pregnant", "possible hypokalemia",
                                                 "?low Mg", "Possible lumbar radiculopathy"};
inline constexpr std::string_view kRedFlags[] = {
    "$S calf swollen, warm, erythematous", "unilateral calf swelling + redness",
    "calf pain walking 2 blocks, relieved w/ rest", "$S foot cool and pale", "numbness $S foot",
    "$S foot drop", "weakness RLE", "saddle numbness", "new urinary retention", "cramps lasting 15-20 min",
    "cramps \u2191 freq, now daily + daytime", "also cramps in arms/trunk", "progressively worsening"};
inline constexpr std::string_view kClosers[] = {
    "pain 6/10", "ambulatory, gait steady", "wants eval", "what can i do about it", "is this normal?",
    "Exam: calves soft and non-tender", "Will check BMP, Mg, TSH", "tried OTC mag, unsure if helps"};

/// Complaints that are not leg cramps (some mention other cramps on purpose).
inline constexpr std::string_view kOrdinary[] = {
    "sore throat and fever since $w", "c/o sore throat x3d, T 38.1, no cough", "med refill: $m",
    "i need a refill on my $m", "rash on my arms thats really itchy", "f/u HTN, BP 142/88",
    "bad stomach cramps after eating", "stomach cramps after dinner", "c/o abd cramps + diarrhea x2d",
    "my period cramps are so bad i missed work", "menstrual cramps, LMP 2 wks ago",
    "writer's cramp R hand", "my hand cramps up when i write for a long time", "cough for 2 weeks",
    "c/o LBP after lifting, no radiation", "hurt my back lifting boxes", "headache for 3 days",
    "twisted my ankle stepping off a curb", "dysuria, frequency x2d", "flu shot", "BP check",
    "Annual wellness visit. No acute complaints", "Follow-up for hypertension; tolerating medication",
    "Acute pharyngitis; rapid strep negative", "lab review", "c/o dizziness on standing",
    "f/u leg cramps - resolved, no cramps since stopping HCTZ", "URI sx x1 wk",
    "my ear hurts and feels plugged", "ingrown toenail L great toe", "insect bite R calf, local redness",
    "plantar fasciitis L heel", "Contact dermatitis of the forearms", "need a physical for work",
    "anxious and not sleeping well", "R knee pain after basketball", "wound check R hand",
    "Medication refill; stable on current regimen", "c/o HA, photophobia", "pink eye, crusty in am"};
inline constexpr std::string_view kOrdinaryExtras[] = {
    "NKDA", "VS wnl", "started $w", "already tried tylenol", "no fever", "walk-in",
    "can i get seen today", "Plan discussed", "pain 3/10", "requests note for work"};

inline constexpr std::string_view kPlaces[] = {
    "Riverside", "Northgate", "Hillview", "Maple Grove", "Oak Street", "Lakeshore", "Cedar Park",
    "Westbrook", "Harbor", "Eastside", "Pine Ridge", "Summit", "Brookfield", "Willow Creek", "Fairview",
    "Stonebridge", "Elmwood", "Bayview", "Greenfield", "Kingsway", "Ashford", "Millbrook", "Clearwater"};
inline constexpr std::string_view kClinicKinds[] = {
    "Family Practice", "Sports & Spine", "Women's Health", "Geriatric Clinic", "Medical Group, PC",
    "Community Health", "Urgent Care", "Internal Medicine", "Health Centre"};

}  // namespace crampwatch::gen::phrases
