#!/usr/bin/python3
"""Build tests/data/classifier_eval.csv: the labelled evaluation set for the
crampwatch classifier.

Every row below is hand-written, one case at a time, in the way kiosk users,
triage nurses and clinicians actually write intake text.  Labels follow
the product's definitions (docs/classifier.md: the codes, context, calcium risk); they were NOT derived
from any classifier rule file.

Row tuple: (sex, age, complaint, history, medications,
            is_cramp, nocturnal, site, annotation, note)

  site        space-separated subset of calf/foot/toes/thigh (output sorted)
  annotation  space-separated tokens:
     C:x H:x M:x   cause x affirmed (tagged) with evidence in complaint /
                   history / medications.  The `causes` column is the set of x.
     R:x           red flag x affirmed.  The `red_flags` column is the set of x.
     poss:x        the cause mention is a possible one ("?", "r/o"): still tagged
     neg:x fam:x hyp:x past:x   a mention of cause/flag x that must NOT tag
                   (negated, someone else, hypothetical, past medicine /
                   pregnancy / trigger).  Used for the coverage table only.
     trap:x        a look-alike that must NOT tag (e.g. "LDH 250", "vitamin K").
  calcium_risk is computed from age and sex (docs/classifier.md), for every row.

Short codes: cold exert salt ca post mal ldh bone med preg lyte chr
             dvt claud neuro cauda atyp

Run:  /usr/bin/python3 tests/data/make_classifier_eval.py
Standard library only.  Writes the CSV next to this script, re-reads it with
the csv module, validates it and prints a coverage table.
"""
import collections
import csv
import os
import sys

CAUSE = {
    "cold": "cold_exposure", "exert": "overexertion", "salt": "salt_loss",
    "ca": "calcium_deficiency", "post": "sleep_posture", "mal": "malnutrition",
    "ldh": "lumbar_disc_herniation", "bone": "bone_hyperplasia",
    "med": "medication", "preg": "pregnancy", "lyte": "electrolyte_imbalance",
    "chr": "chronic_disease",
}
FLAG = {
    "dvt": "dvt_signs", "claud": "claudication", "neuro": "neuro_deficit",
    "cauda": "cauda_equina", "atyp": "atypical_pattern",
}
SITES = ("calf", "foot", "thigh", "toes")
CONTEXTS = ("neg", "fam", "hyp", "past")
HEADER = ["case_id", "sex", "age", "complaint", "history", "medications",
          "is_cramp", "nocturnal", "site", "causes", "red_flags",
          "calcium_risk", "note"]

SECTIONS = []


def section(name, rows):
    SECTIONS.append((name, rows))


# ---------------------------------------------------------------------------
# The 12 must-get-right cases of docs/classifier.md, verbatim, plus the two whose meaning needs
# a cramp complaint around them.
# ---------------------------------------------------------------------------
section("classifier_table", [
    ("F", 58, "Denies calf swelling or redness", "", "", 0, None, "", "",
     "must-get-right case (docs/classifier.md): negated dvt words, no cramp term -> not a cramp complaint"),
    ("M", 66, "Calf cramps most nights for a week. Denies calf swelling or redness", "", "", 1, 1, "calf", "neg:dvt",
     "must-get-right case (docs/classifier.md) inside a cramp complaint: negated dvt"),
    ("M", 71, "Leg cramps at night but no swelling", "", "", 1, 1, "", "neg:dvt",
     "must-get-right case (docs/classifier.md): night cramp, negated swelling, leg -> no site"),
    ("F", 63, "No cramps since stopping HCTZ", "", "", 0, None, "", "",
     "must-get-right case (docs/classifier.md): negated cramp + past medicine -> not a cramp complaint"),
    ("F", 52, "Calf cramps at night. Mother has osteoporosis", "", "", 1, 1, "calf", "fam:ca",
     "must-get-right case (docs/classifier.md): family osteoporosis does not tag; woman 45+ with no cause"),
    ("M", 45, "Call if calf becomes swollen", "", "", 0, None, "", "",
     "must-get-right case (docs/classifier.md): hypothetical swelling, no cramp term"),
    ("M", 67, "c/o R calf cramps x2 wks, on lasix", "", "", 1, 0, "calf", "C:med",
     "must-get-right case (docs/classifier.md): lasix brand"),
    ("F", 49, "leg cramps at night for about a month, both legs", "LDH 250", "", 1, 1, "", "trap:ldh",
     "must-get-right case (docs/classifier.md): 'LDH 250' is a lab value, not lumbar disc herniation"),
    ("F", 54, "cramping in calves, LDH L4-5 on MRI", "", "", 1, 0, "calf", "C:ldh",
     "must-get-right case (docs/classifier.md): LDH next to spine words"),
    ("M", 34, "stomach cramps after dinner", "", "", 0, None, "", "",
     "must-get-right case (docs/classifier.md): stomach cramps not leg"),
    ("U", None, "no relief with stretching, calf cramps persist", "", "", 1, 0, "calf", "",
     "must-get-right case (docs/classifier.md): pseudo-trigger 'no relief'; unexplained; no age/sex"),
    ("F", 29, "foot cramps, ?pregnant", "", "", 1, 0, "foot", "C:preg poss:preg",
     "must-get-right case (docs/classifier.md): possible pregnancy tags"),
    ("F", 77, "woke with toe cramps, room has no heating", "", "", 1, 1, "toes", "C:cold",
     "must-get-right case (docs/classifier.md): 'no heating' is a cause phrase, not a negation"),
    ("M", 21, "R calf cramp during 90 min football match, first game back after a year off. Call if calf becomes swollen", "", "", 1, 0, "calf", "C:exert hyp:dvt",
     "must-get-right case (docs/classifier.md) inside a cramp complaint: hypothetical swelling; unaccustomed exercise"),
])

# ---------------------------------------------------------------------------
# cold_exposure
# ---------------------------------------------------------------------------
section("cold_exposure", [
    ("M", 24, "calf cramp while running in the snow this morning, didnt warm up first", "", "", 1, 0, "calf", "C:cold",
     "winter exercise without warm-up"),
    ("F", 68, "wakes up 2-3am with cramps in both calfs. her flat has no central heating and she only has one thin blanket", "", "", 1, 1, "calf", "C:cold",
     "misspelt 'calfs'; no heating + thin blanket; woman 45+ with another cause"),
    ("M", 15, "cramp in my right thigh after swimming in the lake yesterday, water was freezing", "", "", 1, 0, "thigh", "C:cold",
     "adolescent with a cold cause"),
    ("F", 81, "c/o L foot cramps noc. Pt states bedroom very cold, heating broken since Nov.", "", "amlodipine 5mg daily", 1, 1, "foot", "C:cold",
     "nurse shorthand noc; cold bedroom; amlodipine is not a listed drug"),
    ("M", 57, "leg cramps at night for past few weeks", "Lives in a static caravan, no heating in winter. HTN.", "lisinopril 10mg daily", 1, 1, "", "H:cold",
     "cold in history; lisinopril not listed"),
    ("F", 39, "my feet cramp up in bed most nights", "", "none. i keep the window open all night even in winter and my feet are always freezing", 1, 1, "foot", "M:cold",
     "cold evidence typed into the medications field"),
    ("M", 33, "Works in cold storage warehouse (-20C). Cramping in both calves at end of shift.", "", "", 1, 0, "calf", "C:cold",
     "occupational cold"),
    ("F", 46, "toes curl up with cramp at night, usually when my feet stick out from under the duvet", "", "", 1, 1, "toes", "C:cold",
     "feet outside the duvet; toes curling; feet named but the cramp site is toes; woman 45+ with another cause"),
    ("M", 61, "CC: nocturnal calf cramps.\nHPI: sleeps with the air con on 16C, legs uncovered. Denies recent exercise or long walks.", "", "", 1, 1, "calf", "C:cold neg:exert",
     "multi-line note; cold room; negated exertion"),
    ("F", 27, "cramp in my foot during an open water swim, water was 14 degrees", "", "", 1, 0, "foot", "C:cold",
     "cold water swim"),
    ("M", 72, "LEFT CALF CRAMPS WAKING PT. PT REPORTS ROOM UNHEATED, LEGS OUT OF BLANKET.", "", "", 1, 1, "calf", "C:cold",
     "all caps; unheated room, legs outside blanket"),
    ("M", 16, "charley horse in my left leg twice this week at night", "delivers papers on his bike before school on freezing mornings", "", 1, 1, "", "H:cold",
     "adolescent; cold in history; charley horse in leg -> no site"),
    ("M", 49, "cramps in feet and calves after an ice bath", "", "", 1, 0, "calf foot", "C:cold",
     "ice bath; two sites"),
    ("F", 83, "legs cramp at night", "osteoarthritis knees", "paracetamol 1g QDS; hot water bottle - says house too cold to sleep", 1, 1, "", "H:bone M:cold",
     "British paracetamol/QDS; cold in meds field; OA"),
    # non-counting mentions of cold
    ("F", 35, "my calves cramp at night. my husband does winter sea swimming but i never go in the cold water", "", "", 1, 1, "calf", "fam:cold neg:cold",
     "cold exposure is the husband's; patient negates"),
    ("M", 38, "Nocturnal leg cramps. Denies cold exposure, unusual exercise or new medicines.", "", "", 1, 1, "", "neg:cold neg:exert neg:med",
     "negation list with commas"),
    ("F", 60, "foot cramps in bed", "Not exposed to cold, heating on all night. No h/o diabetes or thyroid disease.", "", 1, 1, "foot", "neg:cold neg:chr",
     "negated cold and negated chronic disease in history; woman 45+ no cause"),
    ("F", 66, "charley horse in bed again", "daughter does cold water swimming every morning; pt does not swim", "", 1, 1, "", "fam:cold",
     "family cold exposure"),
    ("M", 12, "leg cramps at night, wakes him", "Dad works in a freezer warehouse. Pt plays no sport.", "", 1, 1, "", "fam:cold neg:exert",
     "adolescent (12); family cold; negated exertion"),
    ("F", 70, "cramps in both calves overnight. Advised to keep legs covered and the heating on if the room gets cold.", "", "", 1, 1, "calf", "hyp:cold",
     "hypothetical cold advice"),
    ("M", 31, "foot cramp during a gentle swim in the heated pool. told if he swims outdoors in cold water to warm up first", "", "", 1, 0, "foot", "hyp:cold",
     "hypothetical cold water"),
    ("F", 58, "leg cramps at night", "Advice given: wear bed socks if the bedroom gets cold in winter.", "", 1, 1, "", "hyp:cold",
     "hypothetical cold in history; woman 45+ no cause"),
    ("M", 74, "calf cramps at night", "Worked in a freezer plant for 30 years, retired 2010.", "", 1, 1, "calf", "past:cold",
     "past occupational cold does not tag"),
    ("F", 41, "foot cramps", "used to live in an unheated flat, moved last summer, new place is warm", "", 1, 0, "foot", "past:cold",
     "past cold exposure does not tag"),
    ("M", 55, "thigh cramps at night. Swam in icy rivers as a child; no cold exposure now.", "", "", 1, 1, "thigh", "past:cold neg:cold",
     "childhood cold + negated current cold"),
])

# ---------------------------------------------------------------------------
# overexertion
# ---------------------------------------------------------------------------
section("overexertion", [
    ("M", 38, "calf cramps after 20 km hike on saturday", "", "", 1, 0, "calf", "C:exert",
     "long hike"),
    ("F", 44, "started couch to 5k 2 weeks ago, now my legs cramp at night", "", "", 1, 1, "", "C:exert",
     "unaccustomed exercise; F44 gets no calcium flag"),
    ("M", 17, "hamstring cramp in 2nd half, played 2 football matches back to back", "", "", 1, 0, "thigh", "C:exert",
     "adolescent; hamstring -> thigh"),
    ("F", 52, "Pt is a nurse working 3x12h shifts on her feet, c/o bilat calf cramps in the evenings", "", "", 1, 0, "calf", "C:exert",
     "on feet all day; evening is not night"),
    ("M", 63, "night cramps in both feet", "Walking 15 km a day this month training for the Camino. T2DM.", "metformin 1g BID", 1, 1, "foot", "H:exert H:chr",
     "exertion and diabetes in history"),
    ("F", 23, "after leg day at the gym (first time in years) my quads keep cramping", "", "", 1, 0, "thigh", "C:exert",
     "unaccustomed gym; quads -> thigh; 'first time in years' is not a past trigger"),
    ("M", 55, "drove 14 hrs straight yesterday moving house, woke at 3 with calf cramp", "", "", 1, 1, "calf", "C:exert",
     "long-distance travel"),
    ("F", 36, "c/o cramp L foot arch since starting marathon training, ~60 km/wk", "", "", 1, 0, "foot", "C:exert",
     "arch -> foot; marathon training"),
    ("M", 41, "calf cramps", "", "ibuprofen after long runs; electrolyte drinks during ultramarathon training", 1, 0, "calf", "M:exert",
     "exertion in meds field; ibuprofen not a listed drug"),
    ("M", 29, "Construction worker, on his feet all day climbing scaffolds; cramps in thighs and calves at night", "", "", 1, 1, "calf thigh", "C:exert",
     "on feet all day"),
    ("F", 67, "climbed Snowdon with the grandkids, both calves seized up that night", "", "", 1, 1, "calf", "C:exert",
     "'seized up'; mountain climbing; woman 45+ with another cause"),
    ("M", 14, "leg cramps when I go to bed", "at basketball camp this week, 6 hrs of practice a day", "", 1, 1, "", "H:exert",
     "adolescent; exertion in history"),
    ("F", 48, "CRAMPS BOTH CALVES SINCE LONG HAUL FLIGHT FROM SYDNEY 2 DAYS AGO. NO SWELLING.", "", "", 1, 0, "calf", "C:exert neg:dvt",
     "long-distance travel (recent, this episode); caps; negated swelling"),
    ("M", 58, "cramps in my calves during the night", "", "none - walking 10 miles a day for a charity challenge this month", 1, 1, "calf", "M:exert",
     "exertion typed in meds field"),
    # non-counting
    ("F", 50, "cramps in toes", "Sedentary office job, denies exercise. Not on any statin.", "", 1, 0, "toes", "neg:exert neg:med",
     "negated exertion and statin; woman 45+ with no cause"),
    ("F", 47, "my calves cramp at night. my son just did a 30 mile hike but i stayed home", "", "", 1, 1, "calf", "fam:exert",
     "son's hike does not tag"),
    ("M", 64, "foot cramps in bed", "wife is training for a marathon; he only walks to the shops", "", 1, 1, "foot", "fam:exert",
     "wife's exertion does not tag"),
    ("F", 13, "leg cramps at night", "Mum says her brother gets cramps after rugby too.", "", 1, 1, "", "fam:exert",
     "adolescent; family exertion"),
    ("M", 45, "calf cramps at night. If he does the 10k next month, advised to build up training gradually.", "", "", 1, 1, "calf", "hyp:exert",
     "hypothetical exertion"),
    ("F", 59, "leg cramps in bed", "Planning a walking holiday; advised to stretch if she does long walks", "", 1, 1, "", "hyp:exert",
     "hypothetical long walks; woman 45+ no cause"),
    ("M", 26, "cramps in R hamstring out of nowhere, hasnt been to the gym in months. told to warm up properly if he starts training again", "", "", 1, 0, "thigh", "neg:exert hyp:exert",
     "negated and hypothetical exertion"),
    ("M", 70, "calf cramps at night", "Ran marathons in his 30s and 40s, now only short walks", "", 1, 1, "calf", "past:exert",
     "past exertion does not tag"),
    ("F", 56, "foot cramps", "former ballet dancer, stopped dancing 20 years ago", "", 1, 0, "foot", "past:exert",
     "past exertion; woman 45+ no cause"),
    ("M", 44, "cramps in thighs at night", "used to do heavy labouring on building sites years ago, office job now", "", 1, 1, "thigh", "past:exert",
     "past exertion 'used to'"),
])

# ---------------------------------------------------------------------------
# salt_loss
# ---------------------------------------------------------------------------
section("salt_loss", [
    ("M", 42, "roofer, sweating heavily in the heat all day and only drinking water, calf cramps in the evening", "", "", 1, 0, "calf", "C:salt",
     "sweating with water only"),
    ("F", 31, "cramps in feet after hot yoga, sweat buckets and didnt drink anything", "", "", 1, 0, "foot", "C:salt",
     "hot yoga, no fluids"),
    ("M", 76, "Nocturnal leg cramps. Poor fluid intake, appears dehydrated (dry mucous membranes).", "", "", 1, 1, "", "C:salt",
     "dehydration"),
    ("F", 24, "thigh cramps after D&V for 3 days, can't keep fluids down, dehydrated", "", "", 1, 0, "thigh", "C:salt",
     "dehydration after diarrhoea and vomiting"),
    ("M", 50, "calf cramps at work", "Chef in a hot kitchen, sweats through his clothes, rarely drinks", "", 1, 0, "calf", "H:salt",
     "salt loss in history"),
    ("M", 19, "charlie horse in my calf at the tournament, it was 35 degrees and i was sweating loads with nothing to drink", "", "", 1, 0, "calf", "C:salt",
     "adolescent; 'charlie horse' spelling; sweating without fluids"),
    ("F", 64, "toes cramp at night", "", "oral rehydration sachets since she got dehydrated in the heatwave", 1, 1, "toes", "M:salt",
     "dehydration in meds field"),
    ("M", 35, "c/o B calf cramps after 10h shift in foundry. Heavy sweating, no salt replacement.", "", "", 1, 0, "calf", "C:salt",
     "'no salt replacement' is part of the cause, not a negation"),
    ("F", 88, "daughter says mum barely drinks anything, legs cramping at night", "", "", 1, 1, "", "C:salt",
     "reported by daughter but about the patient: low fluid intake tags"),
    ("M", 27, "cramping hamstrings late in the marathon, hot day, ran out of water at 30k", "", "", 1, 0, "thigh", "C:exert C:salt",
     "multi-cause: marathon + sweating without water"),
    ("F", 45, "foot cramps at night", "Often dehydrated per pt, drinks 1 cup of fluid a day. Hypothyroidism.", "levothyroxine 75mcg", 1, 1, "foot", "H:salt H:chr",
     "woman 45+ exactly, with other causes"),
    ("M", 60, "PT C/O CRAMPS IN LEGS AFTER SAUNA, SWEATED A LOT, NO FLUIDS AFTER", "", "", 1, 0, "", "C:salt",
     "caps; sauna sweating"),
    ("M", 22, "calf cramps on the bike", "", "none. i do 5 hour rides and sweat a ton, only plain water", 1, 0, "calf", "M:exert M:salt",
     "exertion and salt loss typed in meds field"),
    # non-counting
    ("F", 39, "calf cramps at night. drinks 2-3L water a day, not dehydrated, no heavy sweating", "", "", 1, 1, "calf", "neg:salt",
     "negated dehydration and sweating"),
    ("M", 58, "Cramps R foot. Denies vomiting, diarrhoea or excessive sweating. No swelling.", "", "", 1, 0, "foot", "neg:salt neg:dvt",
     "negated salt loss and swelling"),
    ("F", 71, "leg cramps in bed", "Fluid intake good, no dehydration. FHx: osteoporosis (sister).", "", 1, 1, "", "neg:salt fam:ca",
     "negated dehydration; family-history section"),
    ("M", 15, "cramps in my calfs at night", "brother was in hospital for dehydration after football camp", "", 1, 1, "calf", "fam:salt",
     "adolescent; brother's dehydration"),
    ("F", 40, "thigh cramps", "husband works outdoors and sweats buckets; she works in an office", "", 1, 0, "thigh", "fam:salt",
     "husband's sweating"),
    ("M", 53, "calf cramps at night, son had heat exhaustion at work last week", "", "", 1, 1, "calf", "fam:salt",
     "son's heat exhaustion"),
    ("M", 30, "calf cramps at his desk job", "Advised electrolyte drink if he gets very sweaty at the gym", "", 1, 0, "calf", "hyp:salt",
     "hypothetical sweating"),
    ("F", 67, "leg cramps at night. Return if unable to keep fluids down or signs of dehydration.", "", "", 1, 1, "", "hyp:salt",
     "hypothetical dehydration"),
    ("M", 48, "foot cramps", "", "ORS sachets PRN if dehydrated", 1, 0, "foot", "hyp:salt",
     "PRN/if dehydrated: hypothetical"),
])

# ---------------------------------------------------------------------------
# calcium_deficiency
# ---------------------------------------------------------------------------
section("calcium_deficiency", [
    ("F", 71, "calf cramps at night", "osteoporosis", "alendronate 70mg weekly; calcium + vit D", 1, 1, "calf", "H:ca",
     "osteoporosis in history; alendronate not a listed drug"),
    ("F", 56, "c/o nocturnal foot cramps. DEXA 2023: osteopenia.", "", "", 1, 1, "foot", "C:ca",
     "osteopenia"),
    ("M", 16, "my legs cramp at night. i dont drink milk or eat any dairy", "", "", 1, 1, "", "C:ca",
     "adolescent with textual evidence: no dairy (not a negation)"),
    ("F", 34, "toe cramps", "vitamin D deficiency (25-OH D 11 ng/mL)", "", 1, 0, "toes", "H:ca",
     "low vitamin D"),
    ("F", 62, "legs cramp at night", "", "Vit D3 50,000 IU weekly for low vitamin D", 1, 1, "", "M:ca",
     "low vitamin D in meds field"),
    ("M", 80, "Cramps calves. Labs: Ca 7.9 (low), alb 3.8.", "", "", 1, 0, "calf", "C:ca",
     "calcium lab value"),
    ("F", 47, "foot cramps, lactose intolerant so no dairy at all", "", "", 1, 0, "foot", "C:ca",
     "lactose intolerance, no dairy"),
    ("F", 90, "cramps in legs during night", "Ca low on last bloods. CKD 3.", "", 1, 1, "", "H:ca H:chr",
     "'Ca low'; CKD"),
    ("F", 50, "Pt reports calf cramps waking her. Told she has osteoporosis 2 yrs ago.", "", "Premarin 0.625mg daily", 1, 1, "calf", "C:ca M:med",
     "past diagnosis of a chronic condition still counts; HRT brand"),
    ("M", 28, "vegan for 5 years, no dairy, getting cramps in my feet and calves", "", "", 1, 0, "calf foot", "C:ca",
     "vegan, no dairy"),
    ("F", 58, "thigh cramps", "", "calcium carbonate 600mg BID for osteopenia", 1, 0, "thigh", "M:ca",
     "osteopenia named in meds field"),
    ("F", 12, "leg cramps at night, hypocalcaemia on bloods", "", "", 1, 1, "", "C:ca",
     "adolescent; British spelling hypocalcaemia"),
    ("M", 67, "calf cramps", "hx osteoporosis (long-term steroids for COPD)", "prednisolone 5mg; tiotropium inhaler", 1, 0, "calf", "H:ca trap:med",
     "hx osteoporosis counts; tiotropium is not a beta-agonist"),
    ("F", 45, "cramping feet at night. avoids milk and cheese, says dairy upsets her stomach", "", "", 1, 1, "foot", "C:ca",
     "dairy avoidance; 'upsets her stomach' is not a stomach cramp"),
    ("M", 73, "leg cramps, Ca low, Mg ok", "", "", 1, 0, "", "C:ca neg:lyte",
     "'Ca low' tags; 'Mg ok' (normal) does not"),
    # non-counting
    ("F", 53, "foot cramps at night", "DEXA 2024 normal, no osteoporosis or osteopenia", "", 1, 1, "foot", "neg:ca",
     "negated osteoporosis; woman 45+ with no cause"),
    ("F", 49, "calf cramps. vit D checked, not deficient. drinks milk daily", "", "", 1, 0, "calf", "neg:ca",
     "negated vitamin D deficiency; woman 45+ no cause"),
    ("M", 65, "Leg cramps overnight. No h/o osteoporosis. Ca 9.5.", "", "", 1, 1, "", "neg:ca",
     "negated osteoporosis, normal calcium"),
    ("F", 57, "calf cramps", "FHx: osteoporosis (mother, grandmother)", "", 1, 0, "calf", "fam:ca",
     "family history section"),
    ("F", 14, "cramps in my legs at night", "my sister has low vitamin D", "", 1, 1, "", "fam:ca",
     "adolescent; sister's vitamin D"),
    ("M", 42, "foot cramps. wife has osteopenia, wants him checked too", "", "", 1, 0, "foot", "fam:ca",
     "wife's osteopenia"),
    ("F", 61, "Calf cramps at night. Discussed risk of osteoporosis; DEXA ordered.", "", "", 1, 1, "calf", "hyp:ca",
     "'risk of' hypothetical"),
    ("F", 46, "leg cramps", "", "calcium + vit D to prevent osteoporosis", 1, 0, "", "hyp:ca",
     "'to prevent' hypothetical; supplement alone is not evidence of deficiency"),
    ("F", 52, "toe cramps at night. If vitamin D comes back low, start supplement.", "", "", 1, 1, "toes", "hyp:ca",
     "hypothetical low vitamin D"),
])

# ---------------------------------------------------------------------------
# sleep_posture
# ---------------------------------------------------------------------------
section("sleep_posture", [
    ("F", 55, "calf cramps in bed. sleeps on her stomach with toes pointed", "", "", 1, 1, "calf", "C:post",
     "prone with toes pointed; toes named but not a cramp site"),
    ("M", 43, "wakes with foot cramp, tucks the sheets in really tight at the bottom of the bed", "", "", 1, 1, "foot", "C:post",
     "tight sheets"),
    ("F", 70, "Pt reports heavy quilt pressing down on her feet when lying on her back; cramps in calves overnight.", "", "", 1, 1, "calf", "C:post",
     "quilt pressing feet when supine"),
    ("M", 39, "toe cramps at night", "Sleeps prone with feet plantarflexed against the mattress (per wife).", "", 1, 1, "toes", "H:post",
     "posture in history, reported by wife but about the patient"),
    ("F", 26, "my calf cramps when i sleep", "", "no meds. i always sleep on my tummy with my feet pointed", 1, 1, "calf", "M:post",
     "posture typed in meds field"),
    ("M", 65, "NOC LEG CRAMPS. SLEEPS WITH WEIGHTED BLANKET TIGHT OVER FEET.", "", "", 1, 1, "", "C:post",
     "caps; weighted blanket pressing feet"),
    ("F", 48, "cramps in soles of feet at night - always sleeps with toes pointed down like a ballerina", "", "", 1, 1, "foot", "C:post",
     "sole -> foot; toes named but not a cramp site"),
    ("M", 18, "cramps in my calves in the night, i sleep face down with my feet pointing", "", "", 1, 1, "calf", "C:post",
     "adolescent; face down; feet named but the cramp site is calf"),
    ("F", 78, "leg cramps overnight", "Hospital-type bed at home, sheets tucked tightly by carer; osteopenia", "", 1, 1, "", "H:ca H:post",
     "multi-cause in history"),
    ("F", 33, "charley horse at night, 3rd time this week. partner says i sleep on my front with my feet stretched out", "", "", 1, 1, "", "C:post",
     "partner reports the patient's posture"),
    ("M", 52, "calf cramps every night; heavy duvet pinning his feet down, sleeps on his back", "", "", 1, 1, "calf", "C:post",
     "duvet pressing feet"),
    ("M", 70, "cramps in feet at night", "", "tamsulosin 0.4mg; pt notes he sleeps on stomach with toes pointed", 1, 1, "foot", "M:post",
     "posture in meds field; tamsulosin not listed"),
    ("F", 60, "Calf cramps wake her; sleeps supine with bedsheets tucked very tight", "", "Evista 60mg daily", 1, 1, "calf", "C:post M:med",
     "raloxifene brand; woman 45+ whose medicine is a cause"),
    # non-counting
    ("F", 42, "calf cramps at night, doesnt sleep on her stomach and no tight bedding", "", "", 1, 1, "calf", "neg:post",
     "negated posture"),
    ("M", 68, "Nocturnal leg cramps. Denies sleeping prone; bedding not tucked in.", "", "", 1, 1, "", "neg:post",
     "negated posture"),
    ("F", 37, "foot cramps in bed, not from my sleeping position, i sleep curled on my side", "", "", 1, 1, "foot", "neg:post",
     "negated posture"),
    ("F", 62, "cramps in calves at night", "Husband sleeps on his stomach with feet pointed; she sleeps on her side", "", 1, 1, "calf", "fam:post",
     "husband's posture"),
    ("M", 11, "leg cramps at night", "mum says older brother sleeps face down with toes pointed; pt sleeps on his back", "", 1, 1, "", "fam:post",
     "adolescent (11); brother's posture"),
    ("F", 40, "my daughter sleeps on her tummy with her feet pointed and gets cramps, now i get calf cramps at night too", "", "", 1, 1, "calf", "fam:post",
     "daughter's posture and cramps; patient's own calf cramps; feet named but not a cramp site"),
    ("M", 57, "calf cramps at night. Advice: if sleeping on stomach, let feet hang over end of bed.", "", "", 1, 1, "calf", "hyp:post",
     "hypothetical posture advice"),
    ("F", 44, "foot cramps in bed", "Told to loosen the sheets if they are tucked tight", "", 1, 1, "foot", "hyp:post",
     "hypothetical tight sheets"),
    ("F", 73, "leg cramps at night. Plan: avoid heavy bedding on the feet if cramps recur.", "", "", 1, 1, "", "hyp:post",
     "hypothetical bedding advice"),
])

# ---------------------------------------------------------------------------
# malnutrition
# ---------------------------------------------------------------------------
section("malnutrition", [
    ("M", 84, "Leg cramps at night. Lives alone, poor appetite, eats 1 meal a day.", "", "", 1, 1, "", "C:mal",
     "poor appetite, one meal a day"),
    ("F", 22, "foot cramps", "anorexia nervosa, BMI 15.8", "", 1, 0, "foot", "H:mal",
     "very low BMI"),
    ("F", 79, "calves cramping", "unintentional wt loss 8 kg over 6 months", "", 1, 0, "calf", "H:mal",
     "weight loss; woman 45+ with another cause"),
    ("M", 68, "cramps in legs all night", "", "Ensure TID for poor appetite/weight loss; omeprazole 20mg", 1, 1, "", "M:mal",
     "malnutrition in meds field"),
    ("M", 45, "c/o thigh cramps. Pt homeless, eating irregularly, appears malnourished.", "", "", 1, 0, "thigh", "C:mal",
     "malnourished"),
    ("F", 15, "leg cramps at night, been skipping meals to lose weight", "", "", 1, 1, "", "C:mal",
     "adolescent; skipping meals"),
    ("M", 57, "ETOH use, very poor diet, cramping in calves", "", "thiamine 100mg daily", 1, 0, "calf", "C:mal",
     "poor diet"),
    ("F", 91, "toe cramps at night", "Frail, underweight (BMI 17), eats very little", "", 1, 1, "toes", "H:mal",
     "underweight"),
    ("M", 72, "cramps in both feet; not eating much since wife passed, lost weight", "", "", 1, 0, "foot", "C:mal",
     "'wife' is not the subject of 'not eating'"),
    ("F", 38, "calf cramps. Crohn's flare, barely eating, lost 5kg", "", "", 1, 0, "calf", "C:mal",
     "weight loss in a flare"),
    ("F", 81, "cramps in her legs at night", "dementia", "Aricept 10mg; nutritional supplement drinks (weight loss)", 1, 1, "", "M:mal M:med",
     "donepezil brand; dementia is not a listed chronic disease"),
    ("M", 30, "CRAMPS IN CALVES AND FEET. ON A 500 CALORIE A DAY CRASH DIET.", "", "", 1, 0, "calf foot", "C:mal",
     "caps; crash diet"),
    ("M", 66, "charley horses at night", "Malnutrition (dietitian seen), s/p gastrectomy", "", 1, 1, "", "H:mal",
     "malnutrition named in history"),
    # non-counting
    ("F", 54, "calf cramps at night. Appetite good, no weight loss.", "", "", 1, 1, "calf", "neg:mal",
     "negated weight loss; woman 45+ no cause"),
    ("M", 40, "foot cramps", "Denies weight loss or poor appetite. BMI 27.", "", 1, 0, "foot", "neg:mal",
     "negated malnutrition"),
    ("F", 68, "leg cramps in bed, eating well and not losing weight", "", "", 1, 1, "", "neg:mal",
     "negated weight loss; woman 45+ no cause"),
    ("F", 19, "thigh cramps at night", "sister has anorexia, pt eats normally", "", 1, 1, "thigh", "fam:mal",
     "adolescent (19); sister's anorexia"),
    ("M", 47, "calf cramps", "mother lost a lot of weight with cancer, he is her carer", "", 1, 0, "calf", "fam:mal",
     "mother's weight loss"),
    ("F", 75, "foot cramps at night", "Husband has poor appetite; she cooks for both of them", "", 1, 1, "foot", "fam:mal",
     "husband's appetite"),
    ("M", 82, "cramps in calves at night. Weigh monthly; dietitian referral if weight loss.", "", "", 1, 1, "calf", "hyp:mal",
     "hypothetical weight loss"),
    ("F", 63, "leg cramps", "Starting chemo next week; watch for poor appetite", "", 1, 0, "", "hyp:mal",
     "'watch for' hypothetical"),
    ("M", 36, "toe cramps. return if unintended weight loss or night sweats", "", "", 1, 0, "toes", "hyp:mal",
     "return-if hypothetical; night sweats is not nocturnal cramping"),
])

# ---------------------------------------------------------------------------
# lumbar_disc_herniation
# ---------------------------------------------------------------------------
section("lumbar_disc_herniation", [
    ("M", 46, "cramps in R calf with shooting pain down the back of the leg. ? sciatica", "", "", 1, 0, "calf", "C:ldh poss:ldh",
     "possible sciatica tags"),
    ("F", 58, "Pt reports nocturnal cramping BLE. PMH: L4-5 disc herniation, T2DM. Meds: atorvastatin 40mg daily", "", "", 1, 1, "", "C:chr C:ldh C:med",
     "clinician note with sections inside the complaint; BLE -> no site"),
    ("M", 53, "calf cramps in the evenings", "slipped disc lower back 2018", "", 1, 0, "calf", "H:ldh",
     "slipped disc; a past chronic condition counts"),
    ("F", 41, "sciatia down my left leg and now my calf cramps up at night", "", "", 1, 1, "calf", "C:ldh",
     "misspelt 'sciatia'"),
    ("M", 62, "leg cramps", "", "gabapentin 300mg TID for sciatica; naproxen 500mg BID", 1, 0, "", "M:ldh M:med",
     "sciatica in meds field; naproxen listed, gabapentin not"),
    ("M", 37, "Cramp in L hamstring. MRI: L5/S1 prolapsed disc with S1 nerve root compression.", "", "", 1, 0, "thigh", "C:ldh",
     "prolapsed disc; hamstring -> thigh"),
    ("F", 74, "cramps in calves at night", "lumbar spinal stenosis; OA", "", 1, 1, "calf", "H:bone H:ldh",
     "lumbar stenosis; bare 'OA' in history -> bone_hyperplasia"),
    ("M", 49, "FOOT CRAMPS AND BACK PAIN, KNOWN HERNIATED DISC L4/L5", "", "", 1, 0, "foot", "C:ldh",
     "caps; herniated disc"),
    ("F", 36, "my toes curl up and cramp", "s/p microdiscectomy L5-S1 2016 for disc herniation", "", 1, 0, "toes", "H:ldh",
     "s/p surgery: chronic condition still counts"),
    ("M", 55, "calf cramping and numbness down the side of the leg, L5 radiculopathy on EMG", "", "", 1, 0, "calf", "C:ldh R:neuro",
     "radiculopathy; numbness is a red flag"),
    ("F", 44, "thigh cramps at night", "", "pregabalin 75mg BID for lumbar radiculopathy", 1, 1, "thigh", "M:ldh",
     "radiculopathy named in meds field"),
    ("M", 69, "pinched nerve in my lower back and my legs cramp in bed", "", "", 1, 1, "", "C:ldh",
     "lay wording for lumbar radiculopathy"),
    ("F", 50, "c/o bilateral calf cramps. Bulging disc L4-5 on MRI 2022.", "", "", 1, 0, "calf", "C:ldh",
     "bulging disc"),
    # non-counting and look-alikes
    ("M", 44, "calf cramps at night. Denies back pain or sciatica.", "", "", 1, 1, "calf", "neg:ldh",
     "negated sciatica"),
    ("F", 60, "foot cramps", "MRI L-spine 2023: normal, no disc herniation", "", 1, 0, "foot", "neg:ldh",
     "negated disc herniation; woman 45+ no cause"),
    ("M", 51, "Thigh cramps. No sciatica, no radicular pain.", "", "", 1, 0, "thigh", "neg:ldh",
     "negated sciatica"),
    ("F", 39, "calf cramps at night", "husband had surgery for a slipped disc last year", "", 1, 1, "calf", "fam:ldh",
     "husband's disc"),
    ("M", 23, "cramps in my feet", "dad has sciatica", "", 1, 0, "foot", "fam:ldh",
     "father's sciatica"),
    ("F", 66, "leg cramps in bed", "FHx: lumbar disc herniation (brother)", "", 1, 1, "", "fam:ldh",
     "family history section"),
    ("M", 48, "calf cramps. MRI if sciatica symptoms develop.", "", "", 1, 0, "calf", "hyp:ldh",
     "hypothetical sciatica"),
    ("F", 57, "toe cramps at night. return if you get sciatica", "", "", 1, 1, "toes", "hyp:ldh",
     "return-if hypothetical"),
    ("M", 34, "hamstring cramps", "Advised to see GP if back pain with sciatica starts", "", 1, 0, "thigh", "hyp:ldh",
     "hypothetical sciatica in history"),
    ("M", 59, "calf cramps at night", "Labs: LDH 310 (H), CK 180, Cr 1.0", "", 1, 1, "calf", "trap:ldh",
     "LDH is a lab value here"),
    ("F", 48, "leg cramps", "cervical disc herniation C5-6", "", 1, 0, "", "trap:ldh",
     "cervical, not lumbar, disc herniation; woman 45+ with no cause"),
])

# ---------------------------------------------------------------------------
# bone_hyperplasia
# ---------------------------------------------------------------------------
section("bone_hyperplasia", [
    ("M", 72, "cramps in calves at night", "bone spurs lumbar spine", "", 1, 1, "calf", "H:bone",
     "bone spurs"),
    ("F", 66, "leg cramps; OA knees", "", "", 1, 0, "", "C:bone",
     "OA knees in the complaint"),
    ("F", 70, "calf cramps most nights", "OA knees, HTN", "bendroflumethiazide 2.5mg OD", 1, 1, "calf", "H:bone M:med",
     "OA knees in history; British thiazide"),
    ("M", 58, "Foot cramps. X-ray: osteophytes L3-L5, degenerative changes.", "", "", 1, 0, "foot", "C:bone",
     "osteophytes"),
    ("F", 61, "thigh cramps", "", "meloxicam 15mg for osteoarthritis of hips", 1, 0, "thigh", "M:bone",
     "osteoarthritis in meds field; meloxicam not listed"),
    ("M", 80, "CRAMPING BOTH LEGS AT NIGHT. HX DJD AND LUMBAR SPONDYLOSIS.", "", "", 1, 1, "", "C:bone",
     "caps; DJD, spondylosis"),
    ("F", 53, "cramp in the arch of my foot", "heel spur R foot", "", 1, 0, "foot", "H:bone",
     "heel spur; arch -> foot"),
    ("M", 64, "got told i have bone spurs in my back, now my legs cramp at night", "", "", 1, 1, "", "C:bone",
     "lay wording"),
    ("F", 76, "calf and foot cramps", "degenerative joint disease both knees", "celecoxib 200mg daily", 1, 0, "calf foot", "H:bone",
     "DJD spelled out; celecoxib not listed"),
    ("M", 67, "cramps in feet at night", "", "glucosamine and paracetamol for wear and tear arthritis in spine", 1, 1, "foot", "M:bone",
     "wear-and-tear arthritis in meds field"),
    ("F", 47, "Pt c/o leg cramps. h/o lumbar spondylosis.", "", "", 1, 0, "", "C:bone",
     "h/o chronic condition counts"),
    ("M", 75, "calf cramps, DISH on spine xray", "", "", 1, 0, "calf", "C:bone",
     "DISH (skeletal hyperostosis)"),
    ("F", 84, "cramps in toes overnight", "osteoarthritis hands and knees; osteoporosis", "", 1, 1, "toes", "H:bone H:ca",
     "multi-cause history"),
    # non-counting
    ("M", 62, "calf cramps at night", "Knee x-ray: no osteophytes, no arthritis", "", 1, 1, "calf", "neg:bone",
     "negated osteophytes"),
    ("F", 57, "foot cramps. no joint problems, no arthritis or bone spurs", "", "", 1, 0, "foot", "neg:bone",
     "negated bone spurs; woman 45+ no cause"),
    ("M", 71, "Leg cramps in bed. Denies OA.", "", "", 1, 1, "", "neg:bone",
     "negated OA"),
    ("F", 44, "calf cramps", "mother has bad osteoarthritis", "", 1, 0, "calf", "fam:bone",
     "mother's OA"),
    ("M", 39, "foot cramps at night", "father had bone spurs in his neck", "", 1, 1, "foot", "fam:bone",
     "father's bone spurs"),
    ("F", 50, "thigh cramps", "FHx: DJD, osteoporosis (mother)", "", 1, 0, "thigh", "fam:bone fam:ca",
     "family history section; woman 45+ no cause"),
    ("M", 60, "calf cramps. Advised weight loss to prevent arthritis in his knees.", "", "", 1, 0, "calf", "hyp:bone",
     "'to prevent' hypothetical"),
    ("F", 65, "leg cramps at night", "Risk of spondylosis discussed (desk job, poor posture)", "", 1, 1, "", "hyp:bone",
     "'risk of' hypothetical; daytime posture is not sleep posture"),
    ("M", 48, "foot cramps. watch for a heel spur if heel pain starts", "", "", 1, 0, "foot", "hyp:bone",
     "'watch for' hypothetical"),
])

# ---------------------------------------------------------------------------
# medication
# ---------------------------------------------------------------------------
section("medication", [
    ("M", 74, "Leg cramps at night", "HTN, CHF", "furosemide 40mg BID; spironolactone 25mg", 1, 1, "", "M:med",
     "loop + potassium-sparing diuretic"),
    ("F", 61, "calf cramps since my doctor put me on a water pill", "", "", 1, 0, "calf", "C:med",
     "'water pill'"),
    ("M", 55, "started Lipitor 2 months ago and now I get cramps in my thighs", "", "", 1, 0, "thigh", "C:med",
     "statin brand"),
    ("F", 68, "cramps in calves", "", "Zocor 20mg nightly, aspirin 81mg", 1, 0, "calf", "M:med",
     "simvastatin brand; 'nightly' is the dose time, not nocturnal cramps"),
    ("M", 47, "c/o cramps in feet, started Crestor 10mg last month", "", "", 1, 0, "foot", "C:med",
     "rosuvastatin brand"),
    ("F", 42, "leg cramps at night", "asthma", "Ventolin inhaler 2 puffs QID, using a lot lately", 1, 1, "", "M:med",
     "inhaled beta-agonist brand"),
    ("M", 15, "calf cramps after using my albuterol inhaler a lot this week", "asthma", "", 1, 0, "calf", "C:med",
     "adolescent; albuterol"),
    ("F", 66, "cramps in toes at night", "osteoporosis", "Forteo 20mcg daily injection", 1, 1, "toes", "H:ca M:med",
     "teriparatide brand; woman 45+ whose bone medicine is itself a cause"),
    ("F", 70, "Nocturnal calf cramps", "", "raloxifene 60mg", 1, 1, "calf", "M:med",
     "raloxifene generic, no named condition -> no calcium_deficiency"),
    ("F", 54, "foot cramps", "menopause symptoms", "HRT patch (estradiol 50)", 1, 0, "foot", "M:med",
     "HRT; menopause is not a cause"),
    ("M", 63, "cramping calves after iron infusion last week", "CKD 3b, anaemia", "Venofer IV monthly", 1, 0, "calf", "C:med H:chr M:med",
     "IV iron brand; British anaemia"),
    ("F", 45, "thigh cramps at night", "", "Aleve twice a day for back pain", 1, 1, "thigh", "M:med",
     "naproxen brand; plain back pain is not disc herniation"),
    ("M", 58, "calf cramps", "Raynaud's", "Procardia XL 30mg", 1, 0, "calf", "M:med",
     "nifedipine brand"),
    ("F", 82, "legs cramp at night", "Alzheimer's", "donepezil 10mg at night", 1, 1, "", "M:med",
     "donepezil"),
    ("M", 69, "PT C/O CRAMPS R CALF. ON HCTZ 25 MG.", "", "", 1, 0, "calf", "C:med",
     "caps HCTZ"),
    ("F", 59, "charlie horses in both legs since they increased my diuretic pill", "", "", 1, 0, "", "C:med",
     "'diuretic pill'; woman 45+ with a medicine cause"),
    ("M", 77, "cramps in calves", "", "bumetanide 1mg daily; metformin 500mg", 1, 0, "calf", "M:med trap:chr",
     "loop diuretic; metformin alone names no condition"),
    ("F", 73, "foot and toe cramps overnight", "", "indapamide 2.5mg", 1, 1, "foot toes", "M:med",
     "thiazide-like diuretic; two sites"),
    ("M", 60, "cramps in my legs at night", "high cholesterol, on a statin", "", 1, 1, "", "H:med",
     "unnamed statin in history"),
    ("F", 35, "calf cramps", "asthma", "Symbicort 2 puffs BID", 1, 0, "calf", "M:med",
     "formoterol combination inhaler"),
    ("M", 71, "Cramps in both feet at night. Meds: chlorthalidone 12.5mg, atorvastatin 80mg.", "", "", 1, 1, "foot", "C:med",
     "medicines listed in the complaint"),
    ("F", 79, "calf cramps at night", "", "Naprosyn 250mg BID; paracetamol PRN", 1, 1, "calf", "M:med",
     "naproxen brand"),
    ("M", 64, "thigh cramps", "", "triamterene/HCTZ 37.5/25", 1, 0, "thigh", "M:med",
     "combination diuretic"),
    ("F", 87, "legs cramp at night", "dementia on Aricept", "", 1, 1, "", "H:med",
     "donepezil brand in history"),
    ("M", 52, "c/o BLE cramps x1 mo. Started on frusemide for ankle oedema.", "", "", 1, 0, "", "C:med trap:dvt",
     "British frusemide; bilateral ankle oedema is not a dvt sign"),
    ("F", 56, "calf cramps since starting pravastatin", "", "", 1, 0, "calf", "C:med",
     "pravastatin"),
    ("M", 66, "my calves keep cramping up since the new torsemide", "", "", 1, 0, "calf", "C:med",
     "torsemide"),
    ("F", 33, "calf cramps", "", "Adalat retard 20mg BD", 1, 0, "calf", "M:med",
     "nifedipine brand (UK)"),
    ("F", 47, "toe cramps at night", "", "Aldactone 50mg for acne", 1, 1, "toes", "M:med",
     "spironolactone brand"),
    ("F", 76, "calf cramps at night", "ankle oedema", "furosemide 20mg PRN when ankles swell", 1, 1, "calf", "M:med",
     "a PRN prescription is a current medicine"),
    ("F", 62, "cramps in my feet at night", "", "conjugated estrogens 0.3mg", 1, 1, "foot", "M:med",
     "conjugated estrogens"),
    # non-counting and look-alikes
    ("M", 60, "calf cramps at night. Not on any diuretics or statins.", "", "", 1, 1, "calf", "neg:med",
     "negated medicines"),
    ("F", 48, "leg cramps", "", "none, not taking HRT", 1, 0, "", "neg:med",
     "negated HRT; woman 45+ no cause"),
    ("M", 70, "foot cramps in bed", "Denies statin use", "aspirin 75mg", 1, 1, "foot", "neg:med",
     "negated statin"),
    ("F", 65, "calf cramps at night", "husband on lasix and a statin; she takes no regular medicines", "", 1, 1, "calf", "fam:med neg:med",
     "husband's medicines"),
    ("M", 12, "leg cramps at night", "Mum says she gets cramps from her Lipitor", "", 1, 1, "", "fam:med",
     "adolescent (12); mother's statin"),
    ("F", 44, "foot cramps", "sister takes Evista", "", 1, 0, "foot", "fam:med",
     "sister's raloxifene"),
    ("M", 58, "calf cramps at night. BP borderline, may start HCTZ if it stays high.", "", "", 1, 1, "calf", "hyp:med",
     "hypothetical thiazide"),
    ("F", 61, "leg cramps", "LDL 4.9; will consider statin if repeat is high", "", 1, 0, "", "hyp:med",
     "hypothetical statin; woman 45+ no cause"),
    ("F", 53, "cramps in toes", "Discussed HRT; will start estradiol if hot flushes continue", "", 1, 0, "toes", "hyp:med",
     "hypothetical estrogen; woman 45+ no cause"),
    ("M", 66, "calf cramps at night", "Stopped HCTZ last year (gout)", "amlodipine 10mg", 1, 1, "calf", "past:med",
     "past thiazide; amlodipine not listed"),
    ("F", 72, "foot cramps", "came off simvastatin in March because of aches, now on ezetimibe", "ezetimibe 10mg", 1, 0, "foot", "past:med",
     "past statin; ezetimibe not listed"),
    ("F", 58, "leg cramps in bed", "Previously on Premarin, discontinued 2019", "", 1, 1, "", "past:med",
     "past HRT"),
    ("M", 75, "thigh cramps", "", "lisinopril 20mg (switched from chlorthalidone in 2022)", 1, 0, "thigh", "past:med",
     "past diuretic inside the medication list"),
    ("F", 34, "calf cramps at night", "iron deficiency anaemia", "ferrous sulfate 200mg TDS", 1, 1, "calf", "trap:med",
     "oral iron is not IV iron; anaemia is not a listed cause"),
])

# ---------------------------------------------------------------------------
# pregnancy
# ---------------------------------------------------------------------------
section("pregnancy", [
    ("F", 31, "28 weeks pregnant, calf cramps every night", "", "", 1, 1, "calf", "C:preg",
     "weeks pregnant"),
    ("F", 26, "G2P1 at 32/40, c/o cramps in both calves waking her", "", "", 1, 1, "calf", "C:preg",
     "obstetric shorthand 32/40"),
    ("F", 29, "leg cramps at night", "", "prenatal vitamins - im 6 months pregnant", 1, 1, "", "M:preg",
     "pregnancy typed in meds field"),
    ("F", 35, "pregnant with twins, 3rd trimester, foot cramps", "", "", 1, 0, "foot", "C:preg",
     "third trimester"),
    ("F", 24, "toes cramping", "Currently pregnant, 20 weeks", "", 1, 0, "toes", "H:preg",
     "pregnancy in history"),
    ("F", 19, "im pregnant (5 months) and my legs keep cramping at night", "", "", 1, 1, "", "C:preg",
     "adolescent (19) with another cause"),
    ("F", 33, "Possible pregnancy (LMP 7 wks ago), c/o calf cramps", "", "", 1, 0, "calf", "C:preg poss:preg",
     "possible pregnancy tags"),
    ("F", 38, "expecting baby #3 in June, charlie horse in R calf last night", "", "", 1, 1, "calf", "C:preg",
     "'expecting'"),
    ("F", 28, "PREGNANT 34/40. CRAMPS THIGHS + CALVES NOC.", "", "", 1, 1, "calf thigh", "C:preg",
     "caps; noc"),
    ("F", 30, "calf cramps at night", "IUP 16 weeks, uncomplicated", "", 1, 1, "calf", "H:preg",
     "IUP abbreviation"),
    ("F", 32, "cramps in my feet", "", "folic acid + pregnancy multivitamin (currently 22 weeks)", 1, 0, "foot", "M:preg",
     "pregnancy in meds field"),
    ("F", 41, "pregnant at 41 and my calves are cramping in bed, also on labetalol for BP", "", "", 1, 1, "calf", "C:preg",
     "labetalol is not a listed drug"),
    ("F", 17, "cramp in my leg at night, might be pregnant, havent done a test", "", "", 1, 1, "", "C:preg poss:preg",
     "adolescent; possible pregnancy"),
    ("F", 27, "Leg cramps at night, 24/40. Not on any meds apart from pregnancy vitamins.", "", "", 1, 1, "", "C:preg neg:med",
     "24/40 gestation; negated medicines"),
    # non-counting
    ("F", 28, "calf cramps at night, not pregnant, pregnancy test negative", "", "", 1, 1, "calf", "neg:preg",
     "negated pregnancy"),
    ("F", 34, "foot cramps", "LMP 1 week ago. Urine hCG negative.", "", 1, 0, "foot", "neg:preg",
     "negative hCG"),
    ("F", 18, "leg cramps at night. Denies any chance of pregnancy.", "", "", 1, 1, "", "neg:preg",
     "adolescent; negation beats possible"),
    ("F", 52, "calf cramps at night", "daughter is pregnant (due May), pt helping with childcare", "", 1, 1, "calf", "fam:preg",
     "daughter's pregnancy; woman 45+ no cause"),
    ("M", 31, "calf cramps at night, my wife is 30 weeks pregnant and gets them too", "", "", 1, 1, "calf", "fam:preg",
     "wife's pregnancy, male patient"),
    ("F", 24, "toe cramps", "sister pregnant with twins", "", 1, 0, "toes", "fam:preg",
     "sister's pregnancy"),
    ("F", 30, "leg cramps in bed", "Trying to conceive; advised folic acid and to call if pregnancy test positive", "", 1, 1, "", "hyp:preg",
     "trying to conceive + call-if: not pregnant now"),
    ("F", 26, "foot cramps. If pregnant, avoid quinine.", "", "", 1, 0, "foot", "hyp:preg",
     "if-pregnant hypothetical"),
    ("F", 36, "calf cramps", "Planning a pregnancy next year", "", 1, 0, "calf", "hyp:preg",
     "future pregnancy"),
    ("F", 33, "calf cramps at night", "had a baby 3 years ago", "", 1, 1, "calf", "past:preg",
     "past pregnancy does not tag"),
    ("F", 39, "Leg cramps started during her pregnancy in 2019 and never went away.", "", "", 1, 0, "", "past:preg",
     "cramps began in a past pregnancy"),
    ("F", 27, "foot cramps at night", "G2P2, youngest 8 months old, breastfeeding", "", 1, 1, "foot", "past:preg",
     "postpartum, breastfeeding: not pregnant"),
])

# ---------------------------------------------------------------------------
# electrolyte_imbalance
# ---------------------------------------------------------------------------
section("electrolyte_imbalance", [
    ("M", 70, "calf cramps, K 3.1 last week", "", "furosemide 40mg", 1, 0, "calf", "C:lyte M:med",
     "K 3.1"),
    ("F", 65, "leg cramps night", "hypokalaemia", "", 1, 1, "", "H:lyte",
     "British hypokalaemia"),
    ("M", 59, "Cramps feet. Mg 1.4 low.", "", "", 1, 0, "foot", "C:lyte",
     "Mg 1.4 low"),
    ("F", 82, "Nocturnal calf cramps. Na 129 on BMP.", "", "", 1, 1, "calf", "C:lyte",
     "Na 129"),
    ("M", 48, "thigh cramps", "", "K-Dur 20 mEq daily for low potassium; HCTZ 25mg", 1, 0, "thigh", "M:lyte M:med",
     "low potassium named in meds field"),
    ("F", 40, "my legs cramp, doc said my magnesium was low", "", "", 1, 0, "", "C:lyte",
     "lay wording"),
    ("M", 77, "LOW SODIUM ON LAST LABS. CRAMPS IN CALVES.", "", "", 1, 0, "calf", "C:lyte",
     "caps"),
    ("F", 55, "foot cramps at night", "hypomagnesemia on PPI", "omeprazole 40mg", 1, 1, "foot", "H:lyte",
     "hypomagnesemia; omeprazole not listed"),
    ("M", 33, "leg cramps, potassium 2.9 in A&E last week", "", "", 1, 0, "", "C:lyte",
     "potassium value"),
    ("F", 72, "toe cramps", "", "mag oxide 400mg for hypomagnesaemia", 1, 0, "toes", "M:lyte",
     "British spelling in meds field"),
    ("M", 62, "r/o low potassium, c/o calf cramps", "", "", 1, 0, "calf", "C:lyte poss:lyte",
     "rule out = possible, tags"),
    ("M", 85, "cramps in legs at night", "Hyponatremia (Na 127) on SSRI", "sertraline 50mg", 1, 1, "", "H:lyte",
     "hyponatremia; sertraline not listed"),
    ("F", 46, "c/o cramping L calf x3d. K+ 3.3.", "", "", 1, 0, "calf", "C:lyte",
     "K+ 3.3; woman 45+ with another cause"),
    # non-counting and look-alikes
    ("M", 64, "calf cramps at night. Labs: K 4.2, Mg 2.0, Na 139, all normal.", "", "", 1, 1, "calf", "neg:lyte",
     "normal values do not tag"),
    ("F", 55, "foot cramps", "Electrolytes normal last month, no low potassium", "", 1, 0, "foot", "neg:lyte",
     "negated low potassium; woman 45+ no cause"),
    ("M", 70, "Leg cramps. No low potassium or magnesium on recent bloods.", "", "", 1, 0, "", "neg:lyte",
     "negated"),
    ("F", 23, "calf cramps at night", "sister has Gitelman syndrome with low potassium", "", 1, 1, "calf", "fam:lyte",
     "sister's low potassium"),
    ("M", 58, "foot cramps", "wife had low sodium last year", "", 1, 0, "foot", "fam:lyte",
     "wife's sodium"),
    ("F", 67, "thigh cramps in bed", "FHx: mother - hyponatremia", "", 1, 1, "thigh", "fam:lyte",
     "family history section"),
    ("M", 61, "calf cramps. Check BMP, replace K if low.", "", "", 1, 0, "calf", "hyp:lyte",
     "hypothetical low K"),
    ("F", 74, "leg cramps at night", "", "magnesium supplement if Mg low on recheck", 1, 1, "", "hyp:lyte",
     "hypothetical low Mg"),
    ("M", 45, "cramps in toes. may need magnesium if the level comes back low", "", "", 1, 0, "toes", "hyp:lyte",
     "hypothetical"),
    ("F", 62, "calf cramps", "", "warfarin 5mg; vitamin K diet advice given", 1, 0, "calf", "trap:lyte",
     "vitamin K is not potassium; woman 45+ no cause"),
])

# ---------------------------------------------------------------------------
# chronic_disease
# ---------------------------------------------------------------------------
section("chronic_disease", [
    ("M", 66, "cramps in legs during dialysis", "ESRD on HD MWF", "", 1, 0, "", "H:chr",
     "haemodialysis"),
    ("F", 58, "foot cramps at night", "T2DM, diabetic neuropathy", "metformin", 1, 1, "foot", "H:chr",
     "diabetes + neuropathy named (no numbness stated -> no red flag)"),
    ("M", 74, "PD, cramps in calves at night", "", "Sinemet 25/100", 1, 1, "calf", "C:chr",
     "PD = Parkinson's here"),
    ("F", 63, "leg cramps while on PD overnight", "", "", 1, 1, "", "C:chr",
     "PD = peritoneal dialysis here"),
    ("M", 69, "calf cramps", "cirrhosis (alcohol), ascites", "spironolactone 100mg; furosemide 40mg", 1, 0, "calf", "H:chr M:med",
     "cirrhosis; diuretics"),
    ("F", 52, "thigh cramps at night", "", "levothyroxine 100mcg for hypothyroidism", 1, 1, "thigh", "M:chr",
     "hypothyroidism named in meds field"),
    ("M", 61, "sugar diabetes for years, my feet cramp up at night", "", "", 1, 1, "foot", "C:chr",
     "'sugar diabetes'"),
    ("M", 78, "calf cramps", "PVD, s/p fem-pop bypass", "clopidogrel", 1, 0, "calf", "H:chr",
     "peripheral vascular disease"),
    ("F", 45, "c/o leg cramps. Hx underactive thyroid.", "", "", 1, 0, "", "C:chr",
     "underactive thyroid"),
    ("M", 55, "cramps toes at night", "", "insulin glargine for type 1 diabetes", 1, 1, "toes", "M:chr",
     "diabetes in meds field"),
    ("F", 70, "NOCTURNAL CRAMPS BOTH CALVES. CKD STAGE 4.", "", "", 1, 1, "calf", "C:chr",
     "caps CKD"),
    ("M", 81, "cramping feet in bed", "Parkinson's disease dx 2015", "", 1, 1, "foot", "H:chr",
     "Parkinson's"),
    ("F", 60, "calf cramps, has peripheral neuropathy from chemo", "", "", 1, 0, "calf", "C:chr",
     "neuropathy (a condition, not a symptom: no red flag)"),
    ("M", 50, "DM2 poorly controlled (A1c 10.2), leg cramps nightly", "", "", 1, 1, "", "C:chr",
     "DM2"),
    ("F", 68, "my legs cramp at night", "kidney disease, on peritoneal dialysis", "", 1, 1, "", "H:chr",
     "kidney disease"),
    # non-counting and look-alikes
    ("M", 56, "calf cramps at night. not diabetic, no kidney problems", "", "", 1, 1, "calf", "neg:chr",
     "negated diabetes and kidney disease"),
    ("F", 61, "foot cramps", "No h/o thyroid disease, diabetes or CKD", "", 1, 0, "foot", "neg:chr",
     "negated list; woman 45+ no cause"),
    ("M", 73, "Leg cramps in bed. Denies neuropathy; PVD ruled out on dopplers.", "", "", 1, 1, "", "neg:chr",
     "negated neuropathy, ruled-out PVD"),
    ("F", 44, "calf cramps", "FHx: DM2 (father), CKD (mother)", "", 1, 0, "calf", "fam:chr",
     "family history section"),
    ("M", 50, "toe cramps at night", "dad had Parkinson's", "", 1, 1, "toes", "fam:chr",
     "father's Parkinson's"),
    ("F", 37, "thigh cramps", "mum is on dialysis", "", 1, 0, "thigh", "fam:chr",
     "mother's dialysis"),
    ("M", 47, "calf cramps at night", "Risk of diabetes discussed (BMI 34)", "", 1, 1, "calf", "hyp:chr",
     "'risk of' hypothetical"),
    ("F", 59, "leg cramps", "Prediabetes; diet advice to prevent diabetes", "", 1, 0, "", "hyp:chr trap:chr",
     "prediabetes is not diabetes; 'to prevent'; woman 45+ no cause"),
    ("M", 66, "foot cramps in bed", "Risk of kidney disease from NSAIDs explained", "ibuprofen 400mg PRN", 1, 1, "foot", "hyp:chr",
     "hypothetical kidney disease; ibuprofen not listed"),
    ("M", 57, "calf cramps at night", "", "metformin 500mg BID", 1, 1, "calf", "trap:chr",
     "metformin with no condition named: no chronic_disease"),
    ("F", 64, "foot cramps", "", "levothyroxine 50mcg", 1, 0, "foot", "trap:chr",
     "levothyroxine with no condition named; woman 45+ no cause"),
    ("F", 38, "calf cramps", "hyperthyroidism on carbimazole", "", 1, 0, "calf", "trap:chr",
     "hyperthyroidism is not hypothyroidism"),
])

# ---------------------------------------------------------------------------
# red flags
# ---------------------------------------------------------------------------
section("dvt_signs", [
    ("M", 54, "R calf cramp yesterday, now the calf is swollen and tender", "", "", 1, 0, "calf", "R:dvt",
     "one-sided calf swelling"),
    ("F", 36, "L calf cramping and swelling since flight home from Bangkok, red and warm to touch", "", "", 1, 0, "calf", "C:exert R:dvt",
     "long-haul travel + dvt signs"),
    ("F", 62, "cramps in my calf, no swelling but calf is red and warm", "", "", 1, 0, "calf", "R:dvt",
     "termination: 'but' ends the negation scope"),
    ("M", 47, "c/o L calf cramps, L calf 3cm larger than R, warm", "", "", 1, 0, "calf", "R:dvt",
     "asymmetric calf circumference"),
    ("F", 29, "calf cramp after the long drive to Scotland, now my left calf is swollen and red", "", "", 1, 0, "calf", "C:exert R:dvt",
     "long drive + dvt signs"),
    ("M", 71, "CRAMP R CALF, R CALF SWOLLEN TO KNEE, HOT", "", "", 1, 0, "calf", "R:dvt",
     "caps; swollen and hot"),
    ("F", 33, "28 wks pregnant, L calf cramps and now the L calf is swollen", "", "", 1, 0, "calf", "C:preg R:dvt",
     "pregnancy + one-sided swelling"),
    ("M", 58, "Pt c/o R calf cramping x3d, erythema and warmth over R calf, unilateral edema.", "", "", 1, 0, "calf", "R:dvt",
     "clinical wording"),
    ("F", 67, "cramp in the calf, then it went red and puffy, only the right one", "", "", 1, 0, "calf", "R:dvt",
     "lay wording; woman 45+ with no cause"),
    ("M", 40, "charley horse in L calf 2 days ago, calf still swollen and warm", "", "", 1, 0, "calf", "R:dvt",
     "persistent swelling after cramp"),
    # negated / hypothetical
    ("F", 50, "calf cramps at night. Swelling: none. Calf soft, non-tender.", "", "", 1, 1, "calf", "neg:dvt",
     "'Swelling: none'; woman 45+ no cause"),
    ("M", 62, "L calf cramp this am. No redness, no warmth, no swelling. Return if the calf swells or turns red.", "", "", 1, 0, "calf", "neg:dvt hyp:dvt",
     "negated and hypothetical dvt signs"),
    ("F", 41, "calf cramps, advised to seek care if calf becomes hot or swollen", "", "", 1, 0, "calf", "hyp:dvt",
     "seek-care-if hypothetical"),
    ("M", 35, "calf cramps since sunday. denies calf swelling, redness or heat", "", "", 1, 0, "calf", "neg:dvt",
     "negation list without a comma break"),
    ("F", 57, "c/o R calf cramps x2 wks, worse noc. denies swelling. on lasix", "", "", 1, 1, "calf", "C:med neg:dvt",
     "'worse noc' = at night, not a worsening pattern"),
])

section("claudication", [
    ("M", 68, "cramping in R calf when walking 100 yards, goes away when I stop and rest", "smoker 40 pack-yr", "", 1, 0, "calf", "R:claud",
     "classic claudication"),
    ("M", 74, "calf cramps walking uphill, eases after standing still a few mins", "PAD", "", 1, 0, "calf", "H:chr R:claud",
     "PAD is chronic disease; claudication"),
    ("F", 71, "cramps in calves at night; L foot cold and pale", "", "", 1, 1, "calf", "R:claud",
     "cold pale foot; the foot is not the cramp site"),
    ("M", 62, "Intermittent claudication: cramping BLE after 2 blocks, relieved by rest.", "", "", 1, 0, "", "R:claud",
     "named claudication; BLE"),
    ("M", 80, "LEG CRAMPS WHEN WALKING, BETTER WITH REST. R FOOT COOL, PALE, WEAK PULSES.", "", "", 1, 0, "", "R:claud",
     "caps; 'weak pulses' is vascular, not neuro weakness"),
    ("F", 66, "my calf cramps up every time i walk the dog and stops when i sit down", "T2DM", "", 1, 0, "calf", "H:chr R:claud",
     "lay claudication; walking the dog is not overexertion"),
    ("M", 57, "c/o thigh and calf cramping on walking, resolves w/ rest, worse on hills", "", "", 1, 0, "calf thigh", "R:claud",
     "'worse on hills' is not a worsening pattern"),
    ("F", 79, "cramps in toes at night, toes look white and feel cold", "", "", 1, 1, "toes", "R:claud",
     "pale cold toes"),
    ("M", 70, "cramp in calf after walking ~200m, has to stop, then can go on", "diabetes, smoker", "", 1, 0, "calf", "H:chr R:claud",
     "claudication distance"),
    # negated / hypothetical
    ("M", 66, "Calf cramps at night only. No pain on walking. Feet warm, pulses palpable.", "", "", 1, 1, "calf", "neg:claud",
     "negated claudication; warm feet are not dvt warmth"),
    ("F", 58, "leg cramps in bed, can walk miles without any calf pain", "", "", 1, 1, "", "neg:claud",
     "without pain on walking; 'walk miles' is not overexertion"),
    ("M", 72, "cramps in feet at night. denies calf pain when walking. return if pain on walking or a cold pale foot.", "", "", 1, 1, "foot", "neg:claud hyp:claud",
     "negated and hypothetical claudication"),
    ("M", 60, "leg cramps. Watch for calf pain when walking that eases with rest.", "", "", 1, 0, "", "hyp:claud",
     "'watch for' hypothetical"),
    ("F", 69, "calf cramps at night", "Walks 2 miles daily without difficulty, no claudication", "", 1, 1, "calf", "neg:claud",
     "pseudo-trigger 'without difficulty' then negated claudication"),
])

section("neuro_deficit", [
    ("M", 56, "leg cramps at night and my right leg feels weak, keep tripping", "", "", 1, 1, "", "R:neuro",
     "weakness"),
    ("F", 49, "calf cramps; also numbness down the outside of my leg", "", "", 1, 0, "calf", "R:neuro",
     "numbness; woman 45+ no cause"),
    ("M", 63, "Calf cramps. New L foot drop since last month.", "", "", 1, 0, "calf", "R:neuro",
     "foot drop; 'foot' in foot drop is not a cramp site"),
    ("F", 72, "cramps in thighs, muscles wasting, legs weaker than before", "", "", 1, 0, "thigh", "R:neuro",
     "wasting and weakness"),
    ("M", 45, "LEG CRAMPS + NUMB R LEG", "", "", 1, 0, "", "R:neuro",
     "caps numb"),
    ("F", 38, "charley horse last night and now partial paralysis in my left leg", "", "", 1, 1, "", "R:neuro",
     "'paralysis' is a red flag, never a cramp synonym"),
    ("M", 67, "calf cramps, fasciculations and wasting of the calf muscles, ?MND", "", "", 1, 0, "calf", "R:neuro",
     "wasting"),
    ("F", 59, "Nocturnal foot cramps. Reports numbness and tingling both feet.", "T2DM", "", 1, 1, "foot", "H:chr R:neuro",
     "numbness; diabetes"),
    ("M", 77, "cramps in legs, weakness in both legs getting up from a chair", "", "", 1, 0, "", "R:neuro",
     "proximal weakness"),
    ("M", 52, "Thigh cramps, R quad weakness 4/5 on exam", "", "", 1, 0, "thigh", "R:neuro",
     "weakness on exam; quad -> thigh"),
    # negated / hypothetical
    ("F", 47, "calf cramps at night, no numbness or weakness", "", "", 1, 1, "calf", "neg:neuro",
     "negated; woman 45+ no cause"),
    ("M", 53, "Thigh cramps. Neuro: no weakness, no sensory loss, no foot drop.", "", "", 1, 0, "thigh", "neg:neuro",
     "negated foot drop: 'foot' is not a site"),
    ("F", 70, "foot cramps in bed. Return if leg weakness or numbness.", "", "", 1, 1, "foot", "hyp:neuro",
     "return-if hypothetical"),
    ("M", 38, "charley horse last night, no paralysis and no numbness after", "", "", 1, 1, "", "neg:neuro",
     "negated paralysis"),
    ("F", 62, "calf cramps. call if you notice any weakness in the leg", "", "", 1, 0, "calf", "hyp:neuro",
     "call-if hypothetical"),
])

section("cauda_equina", [
    ("M", 48, "leg cramps and back pain, cant feel anything when i wipe and both legs weak", "", "", 1, 0, "", "R:cauda R:neuro",
     "saddle numbness in lay words + weakness"),
    ("F", 44, "Calf cramps + new urinary incontinence since yesterday, back pain", "h/o L4-5 disc herniation", "", 1, 0, "calf", "H:ldh R:cauda",
     "new bladder trouble; h/o disc"),
    ("M", 55, "CRAMPS BOTH CALVES. NEW BOWEL INCONTINENCE. SADDLE NUMBNESS. BILAT LEG WEAKNESS", "", "", 1, 0, "calf", "R:cauda R:neuro",
     "caps; saddle numbness + weakness"),
    ("M", 39, "sciatica and leg cramps, cant pee properly since this morning", "", "", 1, 0, "", "C:ldh R:cauda",
     "new urinary retention"),
    ("F", 61, "foot cramps, new difficulty controlling bladder", "lumbar stenosis", "", 1, 0, "foot", "H:ldh R:cauda",
     "new bladder control problem"),
    ("M", 50, "Pt c/o bilateral thigh cramps, urinary retention x1 day, perianal numbness, leg weakness", "", "", 1, 0, "thigh", "R:cauda R:neuro",
     "retention, perianal numbness, weakness"),
    ("F", 53, "cramps in calves at night and since friday ive been wetting myself", "", "", 1, 1, "calf", "R:cauda",
     "lay wording for new incontinence; woman 45+"),
    ("M", 66, "leg cramps, lost control of my bowels yesterday, lower back pain", "", "", 1, 0, "", "R:cauda",
     "new bowel incontinence"),
    ("F", 47, "calf cramps, numb between my legs and my legs are weak", "slipped disc", "", 1, 0, "calf", "H:ldh R:cauda R:neuro",
     "saddle numbness in lay words"),
    # negated / hypothetical / not new
    ("M", 45, "leg cramps with back pain, no bladder or bowel problems, no saddle numbness", "", "", 1, 0, "", "neg:cauda",
     "negated cauda equina"),
    ("F", 52, "calf cramps. Denies urinary or faecal incontinence.", "h/o sciatica", "", 1, 0, "calf", "H:ldh neg:cauda",
     "negated; h/o sciatica counts"),
    ("M", 60, "thigh cramps, sciatica. Return urgently if numbness in the saddle area or problems passing urine.", "", "", 1, 0, "thigh", "C:ldh hyp:cauda",
     "hypothetical saddle numbness"),
    ("F", 39, "calf cramps at night, no change in bladder or bowels", "", "", 1, 1, "calf", "neg:cauda",
     "negated"),
    ("M", 57, "foot cramps. red flags discussed: seek care if saddle numbness or incontinence", "", "", 1, 0, "foot", "hyp:cauda",
     "seek-care-if hypothetical"),
    ("F", 68, "calf cramps at night", "stress incontinence since childbirth 30 years ago", "", 1, 1, "calf", "trap:cauda past:preg",
     "long-standing incontinence is not new bladder trouble; past pregnancy"),
])

section("atypical_pattern", [
    ("M", 50, "calf cramps lasting 20-30 minutes", "", "", 1, 0, "calf", "R:atyp",
     "long cramps"),
    ("F", 45, "leg cramps getting worse and worse over 3 months", "", "", 1, 0, "", "R:atyp",
     "worsening; woman 45+ no cause"),
    ("M", 61, "cramps in calves and also in my hands and forearms", "", "", 1, 0, "calf", "R:atyp",
     "cramps in the arms too"),
    ("F", 34, "Foot cramps several times a day at work, not only at night", "", "", 1, 1, "foot", "R:atyp",
     "pseudo-trigger 'not only': nocturnal and frequent by day"),
    ("M", 70, "CRAMPS THIGHS AND ABDOMINAL WALL, FREQUENT THROUGHOUT DAY", "", "", 1, 0, "thigh", "R:atyp",
     "trunk + daytime"),
    ("F", 58, "Worsening nocturnal leg cramps despite quinine trial; episodes now last >15 min", "", "", 1, 1, "", "R:atyp",
     "worsening and long"),
    ("M", 43, "charley horse that lasted half an hour", "", "", 1, 0, "", "R:atyp",
     "long cramp"),
    ("M", 76, "cramps in legs now spreading to my arms and back", "", "", 1, 0, "", "R:atyp",
     "arms and trunk"),
    ("F", 27, "toe cramps 10+ times a day", "", "", 1, 0, "toes", "R:atyp",
     "frequent by day"),
    ("M", 64, "Leg cramps at night, worse lately, now most nights and longer", "", "", 1, 1, "", "R:atyp",
     "getting worse"),
    # negated / hypothetical / look-alike
    ("M", 55, "calf cramps at night, each lasting a minute or two, never in the daytime", "", "", 1, 1, "calf", "neg:atyp",
     "short, night only"),
    ("F", 64, "foot cramps in bed. not getting worse. no cramps in arms.", "", "", 1, 1, "foot", "neg:atyp",
     "negated worsening and arms; woman 45+ no cause"),
    ("M", 48, "Leg cramps at night. Return if cramps last more than 10 minutes or happen during the day.", "", "", 1, 1, "", "hyp:atyp",
     "return-if hypothetical"),
    ("M", 70, "thigh cramps at night, call if they get worse or spread to your arms", "", "", 1, 1, "thigh", "hyp:atyp",
     "call-if hypothetical"),
    ("F", 31, "calf cramps, worse at night, only last a few seconds", "", "", 1, 1, "calf", "neg:atyp",
     "'worse at night' is nocturnal, not a worsening pattern"),
])

# ---------------------------------------------------------------------------
# unexplained cramps (no cause, no red flag), site and night wording
# ---------------------------------------------------------------------------
section("unexplained", [
    ("M", 42, "cramp in my calf last night, woke me up screaming", "", "", 1, 1, "calf", "",
     "unexplained; woke"),
    ("F", 35, "charley horse in R leg this morning", "", "", 1, 0, "", "",
     "charley horse without finer site"),
    ("M", 8, "my son wakes up at night crying with cramps in his calves", "", "", 1, 1, "calf", "",
     "parent writing for the child: the son IS the patient (age 8, no calcium flag)"),
    ("F", 9, "leg cramps at night, mum wonders if growing pains", "", "", 1, 1, "", "",
     "age 9: no calcium flag"),
    ("M", 60, "Bilateral calf cramps, nocturnal, 2-3x/wk x 6 mo. No identifiable trigger.", "", "", 1, 1, "calf", "",
     "unexplained, clinician wording"),
    ("X", 33, "cramps in my feet at random times", "", "", 1, 0, "foot", "",
     "sex X"),
    ("U", None, "calf cramps", "", "", 1, 0, "calf", "",
     "minimal complaint, no age"),
    ("F", 29, "woke up with a knot in my calf, still sore", "", "", 1, 1, "calf", "",
     "'knot in my calf'"),
    ("M", 77, "LEG CRAMPS AT NIGHT", "", "", 1, 1, "", "",
     "caps minimal"),
    ("F", 51, "toes cramp and curl under for no reason", "", "", 1, 0, "toes", "",
     "toes curling; woman 45+ no cause"),
    ("M", 36, "R hamstring cramp at night", "", "", 1, 1, "thigh", "",
     "hamstring -> thigh"),
    ("X", 45, "cramping in both feet in the evenings watching TV", "", "", 1, 0, "foot", "",
     "sex X aged 45: no calcium flag"),
    ("F", 46, "night cramps in calves, nothing new, no new meds, no change in exercise", "", "", 1, 1, "calf", "neg:med neg:exert",
     "woman 45+ with no other cause"),
    ("M", 83, "Nocturnal leg cramps, long-standing. Tried quinine years ago, stopped.", "", "", 1, 1, "", "",
     "quinine is a treatment, not a cause"),
    ("F", 18, "calf cramps in bed", "", "", 1, 1, "calf", "",
     "adolescent (18) with no cause"),
    ("M", 10, "leg cramps when sleeping", "", "", 1, 1, "", "",
     "adolescent lower bound (10)"),
    ("M", 95, "cramps in legs at nite", "", "", 1, 1, "", "",
     "'nite' misspelling; oldest"),
    ("F", 90, "charlie horse in my foot at night", "", "", 1, 1, "foot", "",
     "charlie horse in foot"),
    ("M", 31, "calf seized up while sitting at my desk", "", "", 1, 0, "calf", "",
     "'seized up', daytime"),
    ("F", 44, "my toes lock up and curl when i stretch in bed in the morning", "", "", 1, 1, "toes", "",
     "'lock up' toes; in bed"),
    ("M", 58, "thigh cramps when getting out of the car", "", "", 1, 0, "thigh", "",
     "getting out of car is not long-distance travel"),
    ("F", 62, "c/o cramps in R shin at night", "", "", 1, 1, "", "",
     "shin -> no site"),
    ("M", 49, "lower leg cramps at night", "", "", 1, 1, "", "",
     "lower leg -> no site"),
    ("F", 70, "RLE cramps x3 nights", "", "", 1, 1, "", "",
     "RLE -> no site; 'x3 nights' = at night"),
    ("M", 55, "spasms in my calf muscle", "", "", 1, 0, "calf", "",
     "spasm term"),
    ("F", 26, "Quads cramp up during the night", "", "", 1, 1, "thigh", "",
     "quads -> thigh"),
    ("M", 19, "muscle spasms in both legs after i get into bed", "", "", 1, 1, "", "",
     "adolescent (19); lying down in bed"),
    ("F", 43, "Pt woken by painful cramp L sole, resolved with stretching.", "", "", 1, 1, "foot", "",
     "sole -> foot"),
    ("M", 68, "Pt reports intermittent cramping of the R calf, daytime, few times a month", "", "", 1, 0, "calf", "",
     "daytime but infrequent: not atypical"),
    ("F", 37, "leg cramps, not at night, only when I'm on the sofa", "", "", 1, 0, "", "",
     "negated night"),
    ("M", 52, "c/o cramps in L big toe, usually when driving", "", "", 1, 0, "toes", "",
     "big toe -> toes; ordinary driving"),
    ("", None, "cramps in both calfs ever since the summer", "", "", 1, 0, "calf", "",
     "no sex, no age"),
    ("F", 47, "Recurrent nocturnal leg cramps. PMH: nil. Meds: nil. NKDA.", "", "", 1, 1, "", "",
     "nil history/meds in the complaint; woman 45+ no cause"),
    ("M", 40, "cramps in calves, denies nocturnal symptoms", "", "", 1, 0, "calf", "",
     "negated nocturnal"),
    ("F", 30, "I keep getting cramp in the arch of my foot and in my calf when I point my foot to put my boots on", "", "", 1, 0, "calf foot", "",
     "two sites; ordinary pilates"),
])

# ---------------------------------------------------------------------------
# multi-cause and calcium-risk patients with other causes
# ---------------------------------------------------------------------------
section("multi_cause", [
    ("F", 68, "cramps in calves and feet at night, worse in winter when the house is cold", "osteoporosis, T2DM, OA knees", "HCTZ 12.5mg; atorvastatin 20mg; calcium + D", 1, 1, "calf foot", "C:cold H:bone H:ca H:chr M:med",
     "five causes; 'worse in winter' is not a worsening pattern"),
    ("M", 79, "Nocturnal calf cramps. Na 131. Poor appetite, wt down 4 kg.", "Parkinson's; lumbar stenosis", "co-careldopa 25/100; furosemide 20mg", 1, 1, "calf", "C:lyte C:mal H:chr H:ldh M:med",
     "five causes"),
    ("F", 34, "30 wks pregnant, calf cramps at night, on my feet all day at work and sweating in the heat with no time to drink", "", "", 1, 1, "calf", "C:exert C:preg C:salt",
     "pregnancy + exertion + salt loss"),
    ("F", 55, "cramps in feet and thighs at night", "menopause; osteopenia; hypothyroid", "Premarin; levothyroxine; Ventolin inhaler PRN", 1, 1, "foot thigh", "H:ca H:chr M:med",
     "HRT + inhaler; osteopenia; hypothyroid"),
    ("F", 16, "calf cramps at night since i started cross country training, 10 km every day", "", "ventolin inhaler before running", 1, 1, "calf", "C:exert M:med",
     "adolescent with other causes"),
    ("F", 72, "legs cramp every night", "CKD 4 on HD; osteoporosis; PVD", "furosemide 80mg; Venofer with dialysis", 1, 1, "", "H:ca H:chr M:med",
     "dialysis patient with IV iron"),
    ("M", 46, "cramping in both calves after a 12 hr shift on my feet in the kitchen, sweating, forgot to drink. K 3.2.", "", "", 1, 0, "calf", "C:exert C:lyte C:salt",
     "long shift on feet + sweating + low K"),
    ("F", 49, "cramps in my toes at night. diabetic. on a water pill. no dairy because of my stomach", "", "", 1, 1, "toes", "C:ca C:chr C:med",
     "kiosk list of causes; woman 45+"),
    ("M", 81, "leg cramps nightly", "ESRD on PD; DJD lumbar spine; hypomagnesaemia", "Aricept 5mg", 1, 1, "", "H:bone H:chr H:lyte M:med",
     "PD = peritoneal dialysis (ESRD); donepezil"),
    ("F", 63, "Calf cramps at night, sleeps prone with feet plantarflexed, unheated bedroom.", "h/o sciatica", "simvastatin 40mg", 1, 1, "calf", "C:cold C:post H:ldh M:med",
     "four causes"),
    ("F", 14, "cramps in my calfs in bed, i dont eat much and i never have milk or cheese", "", "", 1, 1, "calf", "C:ca C:mal",
     "adolescent with dietary evidence"),
    ("M", 59, "calf and thigh cramps after gardening all weekend in the heat without drinking, ?sciatica", "", "", 1, 0, "calf thigh", "C:exert C:ldh C:salt poss:ldh",
     "exertion + salt + possible sciatica"),
])


# ---------------------------------------------------------------------------
# pseudo-triggers, termination, cramp words without "cramp", misc
# ---------------------------------------------------------------------------
section("pseudo_and_misc", [
    ("F", 57, "calf cramps at night, no better with stretching, not sure if it's the new water pill", "", "", 1, 1, "calf", "C:med",
     "pseudo-triggers 'no better', 'not sure if': the new diuretic is current"),
    ("F", 66, "leg cramps at night, no better since the doctor stopped my statin", "", "", 1, 1, "", "past:med",
     "pseudo 'no better'; stopped statin does not tag"),
    ("M", 52, "foot cramps, no change with magnesium tablets", "", "", 1, 0, "foot", "",
     "pseudo 'no change'; a magnesium supplement is not evidence of low Mg"),
    ("F", 69, "calf cramps at night", "fractured R ankle 2015, healed", "", 1, 1, "calf", "",
     "fracture in history is a fracture, not a cause"),
    ("F", 74, "my toes curl up by themselves in the night and i cant straighten them for a minute", "", "", 1, 1, "toes", "",
     "toes curling up without the word cramp; woman 45+ no cause"),
    ("M", 63, "calf locked up on me in bed last night, rock hard", "", "", 1, 1, "calf", "",
     "'locked up' calf"),
    ("M", 47, "cramps in both calves, no longer than a minute each", "", "", 1, 0, "calf", "neg:atyp",
     "pseudo 'no longer than': short cramps are not atypical"),
    ("M", 64, "calf cramps, no swelling of the calf. however the R foot is pale and cold", "", "", 1, 0, "calf", "neg:dvt R:claud",
     "negated swelling; pale cold foot after 'however'"),
    ("F", 36, "cramps in my calves at night, i sleep in thin pyjamas with the window open all winter", "", "", 1, 1, "calf", "C:cold",
     "British 'pyjamas'; cold bedroom"),
    ("M", 58, "charley horse in the R calf, NOT at night, happens at work", "", "", 1, 0, "calf", "",
     "negated night"),
])


# ---------------------------------------------------------------------------
# notes with several non-counting mentions (ROS lists, FHx, safety-netting)
# ---------------------------------------------------------------------------
section("context_combined", [
    ("F", 62, "Nocturnal calf cramps x 3 mo.\nROS: denies weight loss, poor appetite, excessive sweating or dehydration. Sleeps on side, no tight bedding.", "", "", 1, 1, "calf", "neg:mal neg:salt neg:post",
     "multi-line ROS negation list; woman 45+ no cause"),
    ("M", 55, "calf cramps at night", "FHx: father - DM2, PD; mother - osteoporosis; brother - sciatica, bone spurs", "", 1, 1, "calf", "fam:chr fam:ca fam:ldh fam:bone",
     "family-history section with several conditions, PD included"),
    ("F", 48, "foot cramps at night", "Plan: BMP, Mg, vit D. If potassium low, start KCl. Return if weight loss, sciatica or calf swelling.", "", 1, 1, "foot", "hyp:lyte hyp:mal hyp:ldh hyp:dvt",
     "plan with hypotheticals; woman 45+ no cause"),
    ("M", 70, "leg cramps at night. no bone spurs on x-ray, not malnourished, sleeps on his side not his front", "", "", 1, 1, "", "neg:bone neg:mal neg:post",
     "negation list"),
    ("F", 33, "calf cramps", "Mum has osteopenia and bone spurs; sister was pregnant with twins last year; dad on dialysis", "", 1, 0, "calf", "fam:ca fam:bone fam:preg fam:chr",
     "several family mentions"),
    ("M", 41, "calf cramps at night", "Advice: if you sleep face down let your feet hang off the bed; drink electrolyte fluids if sweating heavily; return if weight loss", "", 1, 1, "calf", "hyp:post hyp:salt hyp:mal",
     "advice with hypotheticals"),
    ("F", 67, "toe cramps at night", "Discussed: risk of osteoporosis and arthritis with age; keep the bedroom warm if it gets cold", "", 1, 1, "toes", "hyp:ca hyp:bone hyp:cold",
     "'risk of' and 'if' hypotheticals; woman 45+ no cause"),
    ("F", 29, "thigh cramps at night. not pregnant. no heavy sweating. bedroom warm, no cold exposure.", "", "", 1, 1, "thigh", "neg:preg neg:salt neg:cold",
     "negations in short sentences"),
    ("M", 59, "calf cramps at night. Red flags: none - no weakness, no numbness, no bladder/bowel change, cramps short, not worsening.", "", "", 1, 1, "calf", "neg:neuro neg:cauda neg:atyp",
     "red-flag screen negative"),
    ("F", 52, "leg cramps in bed", "Safety-net advice: seek care if weakness, numbness, saddle numbness, incontinence, calf pain on walking, or cramps lasting over 10 minutes.", "", 1, 1, "", "hyp:neuro hyp:cauda hyp:claud hyp:atyp",
     "safety-netting list: all hypothetical; woman 45+ no cause"),
    ("M", 16, "calf cramps at night", "brother gets dehydrated at football, dad sleeps on his front with toes pointed", "", 1, 1, "calf", "fam:salt fam:post",
     "adolescent; family mentions"),
    ("F", 44, "calf cramps at night", "Stopped the water tablets in 2021. Last pregnancy 2015. Gave up running years ago. Used to work in a cold store.", "", 1, 1, "calf", "past:med past:preg past:exert past:cold",
     "several past mentions"),
])


def nc(sex, age, complaint, history="", meds="", note=""):
    """A complaint that is NOT about a leg/foot cramp."""
    return (sex, age, complaint, history, meds, 0, None, "", "", note)


# ---------------------------------------------------------------------------
# NOT cramp complaints: "cramp"/"spasm" elsewhere in the body
# ---------------------------------------------------------------------------
section("not_cramp_other_site", [
    nc("F", 16, "bad period cramps, missed school today", note="menstrual cramps; adolescent flag still labelled"),
    nc("F", 24, "menstrual cramps and heavy bleeding", note="menstrual cramps"),
    nc("M", 45, "writer's cramp in right hand", note="writer's cramp"),
    nc("F", 30, "Cramping lower abdomen, 8 wks pregnant, small bleed", note="abdominal cramping in pregnancy"),
    nc("M", 8, "tummy cramps and diarrhoea since yesterday", note="child, abdominal cramps"),
    nc("F", 52, "cramps x3 days", note="'cramps' with no site is not enough"),
    nc("M", 33, "IBS flare, crampy abdo pain", note="abdominal"),
    nc("F", 19, "period cramps going down into my thighs", note="menstrual pain radiating to the thighs is not a leg cramp"),
    nc("M", 60, "hand cramps when writing or gripping tools", note="hand cramps"),
    nc("F", 41, "stomach cramping after starting metformin", "T2DM", "metformin 500mg BD", note="stomach cramping; causes present but not a cramp complaint"),
    nc("M", 70, "c/o abdominal cramps, on lasix, K 3.1", note="abdominal cramps with cause words: no causes"),
    nc("F", 35, "jaw cramps when chewing", note="jaw"),
    nc("F", 28, "IBS cramps worse with stress", note="abdominal; 'worse' is not a red flag for non-cramps"),
    nc("F", 36, "cramps and bloating before my period", note="premenstrual"),
    nc("F", 46, "cramps with heavy periods, perimenopausal", note="menstrual; woman 45+ flag still labelled"),
    nc("M", 34, "stomach cramps, vomiting, dehydrated", note="stomach cramps with dehydration"),
    nc("F", 9, "tummy cramps at school", note="child abdominal"),
    nc("F", 30, "abdo cramps and diarrhoea after a takeaway", note="abdominal"),
    nc("M", 58, "gastroenteritis, stomach cramps", note="abdominal"),
    nc("F", 31, "spotting and cramping, 6 weeks pregnant", note="early pregnancy cramping"),
    nc("F", 19, "cramps every month, want the pill", note="menstrual"),
    nc("M", 61, "abdominal cramps on chemo", note="abdominal"),
    nc("F", 35, "uterine cramping after miscarriage", note="uterine"),
    nc("X", 27, "cramps after eating dairy", note="lactose cramps, abdominal"),
    nc("M", 35, "cramp in my hand when gaming", note="hand"),
    nc("M", 36, "arm cramps while lifting weights", note="arm cramps only"),
    nc("F", 20, "hand and finger cramps while typing", note="hand"),
    nc("M", 53, "muscle cramps", note="no site"),
    nc("F", 40, "cramp in my side when running", note="side stitch"),
    nc("M", 88, "cramps in stomach and back at night", note="abdominal/back at night: not leg"),
    nc("F", 32, "pelvic cramping after IUD insertion", note="pelvic"),
    nc("F", 47, "cramps in my hands at night", note="hand cramps at night"),
    nc("F", 17, "menstrual cramps 2 days", note="adolescent, menstrual"),
    nc("F", 14, "period pain, cramps, vomiting", note="adolescent, menstrual"),
    nc("F", 68, "abdominal cramping after colonoscopy prep", note="abdominal"),
    nc("U", None, "cramps??", note="bare cramps"),
    nc("M", 22, "cramps in my fingers when I play guitar", note="fingers"),
    nc("F", 55, "stomach cramps after antibiotics", note="abdominal"),
    nc("M", 44, "cramp in my neck from sleeping funny", note="neck; sleeping word"),
    nc("F", 49, "cramping pain under the ribs after fatty food", note="biliary"),
    nc("F", 21, "cramps, could be my period or could be my appendix??", note="abdominal, possible words"),
    nc("F", 60, "cramps in my hands and wrists in the cold", note="hand cramps with cold"),
    nc("F", 25, "bad cramps, 3 days late, ?pregnant", note="abdominal cramps, possible pregnancy: not a leg cramp"),
    nc("F", 33, "cramping in lower belly when peeing, UTI?", note="abdominal"),
    nc("F", 52, "cramps waking her at night", note="cramps with no site: not enough (PRODUCT rule)"),
    nc("M", 50, "back spasms after lifting boxes", note="back spasm"),
    nc("F", 28, "neck spasm, woke up with it", note="neck spasm, woke"),
    nc("M", 66, "bladder spasms after catheter removal", note="bladder spasm"),
    nc("M", 38, "oesophageal spasm? chest pain after eating", note="oesophageal spasm"),
    nc("F", 23, "muscle spasms in shoulders from stress", note="shoulder"),
    nc("M", 55, "Spasm in lower back, can't straighten up", note="back"),
    nc("M", 73, "bronchospasm, wheezy", "COPD", "Spiriva; salbutamol inhaler", note="bronchospasm; beta-agonist present but not a cramp complaint"),
    nc("F", 59, "eyelid twitching for a week", note="eye"),
    nc("M", 64, "hemifacial spasm L side", note="face"),
    nc("F", 70, "spasms in my back and ribs", note="trunk only"),
    nc("M", 40, "rectal pain, ?fissure with spasm", note="anal spasm"),
    nc("F", 44, "period cramps so bad I cant stand up straight", note="menstrual; 'stand' is not a site"),
    nc("M", 29, "cramping stomach pain after drinking", note="abdominal"),
])

# ---------------------------------------------------------------------------
# NOT cramp complaints: leg/foot problems that are not cramps
# ---------------------------------------------------------------------------
section("not_cramp_leg_other", [
    nc("F", 72, "restless legs at night, urge to move, not cramps", note="restless legs is not a cramp"),
    nc("M", 44, "R calf pain and swelling after flight from Dubai", note="dvt suspicion without a cramp: no red flags for non-cramps"),
    nc("F", 55, "Fell on ice, ? fracture R ankle", note="fracture"),
    nc("M", 38, "fracture of the lower leg, cast check", note="'fracture' is a fracture, not a cramp"),
    nc("M", 74, "sudden paralysis of left leg and arm this morning", note="'paralysis' is not a cramp synonym"),
    nc("F", 46, "sciatica flare, pain down L leg", note="sciatica without a cramp"),
    nc("M", 22, "felt a pop in my calf playing tennis, cant walk on it", note="calf strain, not a cramp"),
    nc("F", 48, "heel pain first thing in the morning, plantar fasciitis?", note="heel pain"),
    nc("M", 52, "gout big toe, red hot swollen", note="gout: red hot swollen toe, not a cramp"),
    nc("F", 33, "ingrown toenail", note="toe, not a cramp"),
    nc("M", 71, "cold feet all the time", "PVD", "", note="cold feet, chronic disease, no cramp"),
    nc("F", 58, "numbness in both feet", "T2DM", "", note="numbness without a cramp"),
    nc("M", 49, "swollen ankles", "", "amlodipine 10mg", note="ankle swelling"),
    nc("F", 44, "varicose veins, legs ache in the evening", note="aching legs"),
    nc("M", 19, "shin splints from running", note="shin splints"),
    nc("F", 25, "tight hamstrings, want a physio referral", note="tightness is not a cramp"),
    nc("M", 35, "sore calves after marathon yesterday", note="muscle soreness after exertion, not a cramp"),
    nc("F", 66, "calf muscle twitching for 2 weeks", note="twitching is not a cramp"),
    nc("M", 40, "knee pain, OA knees", note="OA, no cramp"),
    nc("M", 61, "leg swelling R side, red and warm", note="dvt signs without a cramp"),
    nc("F", 74, "weakness both legs, falls", note="weakness without a cramp"),
    nc("F", 56, "pain in calf when walking, eases with rest", "PAD", "", note="claudication described as pain, no cramp term"),
    nc("M", 9, "growing pains in legs at night", note="growing pains are not cramps"),
    nc("M", 50, "numbness R outer thigh (meralgia?)", note="thigh numbness"),
    nc("F", 48, "ankle swelling both sides on nifedipine", "", "nifedipine 30mg", note="ankle swelling"),
    nc("F", 66, "sore feet after standing all day at a wedding", note="foot soreness"),
    nc("M", 72, "spasticity in legs after stroke", "", "baclofen 10mg TDS", note="spasticity is not a cramp"),
    nc("M", 90, "pain behind the knee, Baker's cyst?", note="knee"),
    nc("M", 43, "knee locked up after twisting it", note="mechanical knee locking, not a cramp"),
    nc("F", 60, "toes turning white in the cold (Raynaud's)", note="Raynaud's"),
    nc("M", 77, "foot drop R since stroke, physio referral", note="foot drop without a cramp"),
    nc("M", 24, "hamstring strain sprinting", note="strain"),
    nc("M", 66, "walks 50 m then calf aches, better with rest", "smoker", "", note="claudication ache, no cramp term"),
    nc("F", 88, "swollen R calf, red and warm", note="dvt signs, no cramp"),
    nc("F", 41, "foot pain in the arch after new shoes", note="arch pain"),
    nc("M", 45, "toe pain after stubbing it", note="toe injury"),
    nc("F", 42, "heavy legs at end of day", note="heavy legs"),
    nc("M", 66, "leg ulcer dressing", note="ulcer"),
    nc("F", 71, "tingling in toes", note="tingling"),
    nc("F", 70, "hip pain, OA", note="OA"),
    nc("M", 20, "feet hurt after 30 km walk", note="foot pain after exertion, no cramp"),
    nc("M", 12, "bruised shin from football", note="bruise"),
    nc("M", 63, "burning feet at night", "T2DM", "", note="burning feet at night is not a cramp"),
    nc("F", 50, "legs jumpy in bed, can't keep them still", note="restless legs"),
    nc("F", 45, "legs tired and heavy after long flight", note="after travel, no cramp"),
    nc("F", 15, "ankle sprain playing netball", note="sprain"),
    nc("M", 80, "thigh pain after a fall", note="injury"),
    nc("M", 30, "calf strain, limping", note="strain"),
    nc("M", 37, "achilles pain after running", note="tendon"),
    nc("M", 40, "paraplegia after spinal injury, wheelchair review", note="paralysis, no cramp"),
    nc("F", 22, "stress fracture in foot from running", note="fracture"),
    nc("M", 28, "fracture L tib/fib, post-op check", note="fracture"),
    nc("F", 36, "itchy feet, athlete's foot", note="skin"),
    nc("M", 14, "verruca on the sole of my foot", note="sole, skin"),
    nc("F", 62, "bunion R foot", note="bunion"),
    nc("F", 78, "chilblains on toes, house is cold", note="chilblains, cold, no cramp"),
    nc("M", 55, "knee swelling after a fall", note="knee"),
    nc("F", 38, "varicose vein bled in the shower", note="veins"),
    nc("M", 57, "calf pain after a long hike, no cramps, just sore", note="soreness; 'no cramps'"),
    nc("F", 83, "legs ache all over", note="aches"),
    nc("M", 47, "Thigh bruise, on warfarin", "", "warfarin", note="bruise"),
    nc("F", 31, "foot tingling in pregnancy, 30 weeks", note="tingling in pregnancy"),
    nc("M", 68, "charcot foot review", "T2DM", "", note="diabetic foot"),
])

# ---------------------------------------------------------------------------
# NOT cramp complaints: cramps negated, resolved, past, or someone else's
# ---------------------------------------------------------------------------
section("not_cramp_negated_or_other_person", [
    nc("F", 39, "husband has leg cramps every night, she is here for her own asthma review", "", "Ventolin", note="someone else's cramps"),
    nc("M", 67, "denies leg cramps. here for flu jab", note="negated leg cramps"),
    nc("F", 70, "f/u leg cramps: resolved since stopping simvastatin, no cramps for 3 weeks", note="resolved cramps, past statin"),
    nc("F", 58, "my mother gets terrible calf cramps at night, what can she take?", note="asking about mother's cramps"),
    nc("M", 49, "No leg cramps since cutting back on running", note="negated cramps"),
    nc("M", 48, "no cramps anymore since starting magnesium, here for a refill", "", "magnesium oxide", note="resolved cramps"),
    nc("F", 64, "leg cramps last year, none now; wants a bone density test", note="past cramps, none now"),
    nc("F", 44, "foot cramps - asking for her 80 yo mum who is not here today", note="cramps of someone not present"),
    nc("F", 38, "had calf cramps in my last pregnancy, now 12 wks pregnant again and worried, no cramps yet", note="past cramps; no current cramp"),
    nc("F", 67, "my husband's leg cramps keep us both awake", note="husband's cramps"),
    nc("M", 45, "son gets charley horses, I'm here for my own blood pressure", note="son's charley horses"),
    nc("F", 61, "Leg cramps? Pt denies. Here for repeat prescription.", note="negated cramps"),
    nc("F", 27, "used to get calf cramps as a teenager, none now, here for contraception", note="past cramps"),
    nc("M", 72, "night cramps have stopped since the diuretic was changed, BP review", note="resolved"),
    nc("F", 35, "daughter (not registered here) has toe cramps at night", note="someone else's cramps"),
    nc("M", 58, "Cramps in calves: none since last visit. DM review.", "T2DM", "metformin", note="': none' negates the cramps"),
])

# ---------------------------------------------------------------------------
# NOT cramp complaints that mention causes (must get no causes)
# ---------------------------------------------------------------------------
section("not_cramp_with_cause_words", [
    nc("F", 61, "med refill: lasix", "", "furosemide 40mg", note="med refill, no cramp"),
    nc("M", 57, "BP check, on HCTZ", "", "hydrochlorothiazide 25mg", note="thiazide, no cramp"),
    nc("F", 63, "osteoporosis follow-up, DEXA results", "", "Evista 60mg", note="osteoporosis, raloxifene, no cramp"),
    nc("F", 27, "28 weeks pregnant, routine antenatal check", note="pregnancy, no cramp"),
    nc("M", 58, "Diabetes review, A1c 7.9", "T2DM", "metformin", note="diabetes, no cramp"),
    nc("M", 29, "dehydrated after gastro, dizzy", note="dehydration, no cramp"),
    nc("F", 80, "repeat bloods for low sodium, Na 129", note="low sodium, no cramp"),
    nc("M", 65, "Lab f/u: LDH 250, CK normal", note="LDH lab value, no cramp"),
    nc("M", 63, "medication review", "CKD 3, gout", "allopurinol 100mg; furosemide 40mg", note="no cramp"),
    nc("F", 84, "fall at home, no injury", "osteoporosis", "", note="no cramp"),
    nc("M", 47, "low back pain, LDH L5-S1 on MRI, wants to discuss surgery", note="disc herniation without a cramp"),
    nc("F", 30, "?pregnant, missed period", note="possible pregnancy, no cramp"),
    nc("M", 70, "Parkinson's review, tremor worse", "PD", "Sinemet", note="PD, no cramp"),
    nc("M", 27, "heat exhaustion at work, sweating heavily, dizzy", note="salt loss, no cramp"),
    nc("M", 68, "Prescription renewal: atorvastatin, HCTZ", note="medicines, no cramp"),
    nc("F", 45, "DEXA scan results - osteopenia", note="osteopenia, no cramp"),
    nc("F", 33, "pregnancy test positive, booking appointment", note="pregnancy, no cramp"),
    nc("M", 25, "hiked 40 km over the weekend, blisters on feet", note="overexertion, no cramp"),
    nc("F", 79, "poor appetite and weight loss", note="malnutrition, no cramp"),
    nc("M", 54, "sciatica, cant sit", "h/o L5-S1 herniation", "", note="sciatica, no cramp"),
    nc("F", 62, "bone spur on heel, painful", note="bone spur, no cramp"),
    nc("M", 71, "cold room, can't afford heating, chest infection", note="cold exposure, no cramp"),
    nc("F", 37, "sleeps on stomach, neck pain", note="sleep posture, no cramp"),
    nc("M", 80, "Na 128 on routine labs, asymptomatic", note="low sodium, no cramp"),
    nc("F", 66, "numb feet, diabetic neuropathy", note="neuropathy + numbness, no cramp"),
    nc("M", 58, "donepezil side effects? vivid dreams", "", "Aricept 5mg", note="donepezil, no cramp"),
    nc("F", 44, "iron infusion appointment", "", "Venofer", note="IV iron, no cramp"),
    nc("M", 39, "inhaler refill", "asthma", "albuterol inhaler", note="beta-agonist, no cramp"),
    nc("F", 57, "hot flushes on Premarin", note="estrogen, no cramp"),
    nc("M", 69, "nifedipine making my ankles swell", "", "Procardia", note="nifedipine, no cramp"),
    nc("F", 52, "Aleve not helping my knee pain", "OA knees", "", note="naproxen + OA, no cramp"),
    nc("M", 70, "thirsty all the time, ?diabetes", note="possible diabetes, no cramp"),
    nc("M", 76, "CKD review, on dialysis", "ESRD", "", note="dialysis, no cramp"),
    nc("F", 55, "thyroid bloods, underactive thyroid", "hypothyroidism", "levothyroxine", note="hypothyroidism, no cramp"),
    nc("M", 51, "sweating heavily at work, dehydration headaches", note="salt loss, no cramp"),
    nc("M", 56, "dizzy, BP low since new water pill", note="diuretic, no cramp"),
    nc("F", 80, "forgetful", "dementia", "donepezil", note="no cramp"),
    nc("F", 62, "blood test results: K 3.1, Mg 1.4", note="electrolytes, no cramp"),
    nc("M", 59, "statin review, muscle aches in thighs", "", "atorvastatin 40mg", note="aches are not cramps"),
    nc("M", 46, "lost 10kg on purpose, feeling great, check-up", note="no cramp"),
    nc("F", 29, "morning sickness, 10 weeks pregnant", note="pregnancy, no cramp"),
    nc("M", 65, "diabetic foot check", "T2DM", "", note="no cramp"),
    nc("F", 50, "hot flushes, night sweats, considering HRT", note="no cramp"),
    nc("F", 85, "dizzy on standing", "", "bendroflumethiazide 2.5mg", note="thiazide, no cramp"),
    nc("F", 51, "vitamin D result 14, low", note="low vit D, no cramp"),
    nc("M", 67, "Mg 1.3 on bloods, on PPI", "", "lansoprazole", note="low Mg, no cramp"),
    nc("F", 26, "lactose intolerance, bloating", note="no dairy, no cramp"),
    nc("M", 71, "foot ulcer, diabetic", note="diabetes, no cramp"),
    nc("M", 53, "started Crestor, wants to know the side effects", note="statin, no cramp"),
    nc("F", 69, "wants to stop Forteo injections", "osteoporosis", "Forteo", note="teriparatide, no cramp"),
    nc("M", 56, "DVT R leg last year, on apixaban, follow-up", note="past DVT, no cramp"),
    nc("F", 48, "K 3.4 recheck, on chlorthalidone", note="no cramp"),
    nc("M", 62, "Mountain trip next month, wants altitude advice", note="no cramp"),
    nc("F", 74, "peripheral arterial disease review", "PAD", "clopidogrel", note="no cramp"),
    nc("M", 83, "weight loss, not eating", note="malnutrition, no cramp"),
    nc("F", 40, "osteopenia on DEXA, wants advice on calcium", note="no cramp"),
    nc("M", 31, "back pain with sciatica after lifting", note="no cramp"),
    nc("F", 34, "Symbicort not controlling asthma", "", "Symbicort", note="no cramp"),
    nc("M", 60, "cirrhosis follow-up, ascites", "", "spironolactone", note="no cramp"),
    nc("F", 72, "HRT review", "", "estradiol patch", note="no cramp"),
])

# ---------------------------------------------------------------------------
# NOT cramp complaints: everyday primary care
# ---------------------------------------------------------------------------
section("not_cramp_general", [
    nc("F", 31, "UTI symptoms, burning when peeing"),
    nc("M", 12, "cough and fever 3 days", note="adolescent flag still labelled"),
    nc("F", 77, "rash on legs"),
    nc("M", 55, "vaccination - shingles"),
    nc("F", 43, "migraine"),
    nc("F", 23, "anxiety, can't sleep"),
    nc("F", 63, "chest tightness"),
    nc("M", 42, "annual physical"),
    nc("M", 31, "toothache"),
    nc("M", 82, "constipation"),
    nc("F", 36, "anaemia, tired all the time"),
    nc("F", 50, "pins and needles in hands at night", note="night words without a cramp"),
    nc("M", 18, "sports physical"),
    nc("F", 53, "night sweats"),
    nc("F", 59, "bladder leaking when coughing", note="bladder words without a cramp"),
    nc("M", 87, "confusion, ?UTI"),
    nc("F", 26, "sunburn on legs"),
    nc("M", 64, "hiccups for 2 days"),
    nc("M", 47, "heart palpitations"),
    nc("M", 13, "headache after football"),
    nc("F", 38, "wants to stop the pill"),
    nc("M", 81, "urinary retention, catheter", note="cauda word without a cramp"),
    nc("M", 45, "saddle numbness and back pain", note="cauda equina signs without a cramp: no red flags for non-cramps"),
    nc("F", 29, "sore throat"),
    nc("M", 8, "earache"),
    nc("F", 71, "ear wax"),
    nc("M", 24, "hay fever"),
    nc("F", 17, "acne"),
    nc("M", 58, "insomnia"),
    nc("F", 34, "low mood"),
    nc("F", 47, "weight gain"),
    nc("F", 61, "hair loss"),
    nc("M", 66, "BP check"),
    nc("F", 28, "smear test"),
    nc("F", 22, "contraception advice"),
    nc("M", 35, "travel vaccines for Thailand"),
    nc("M", 44, "sick note"),
    nc("M", 39, "back pain after lifting"),
    nc("F", 57, "shoulder pain"),
    nc("F", 65, "wrist pain after fall"),
    nc("M", 73, "dizzy spells"),
    nc("M", 10, "nosebleed", note="adolescent lower bound"),
    nc("F", 42, "cold sore"),
    nc("M", 69, "snoring, wife says I stop breathing", note="wife as reporter, no cramp"),
    nc("M", 8, "bedwetting", note="child bladder, no cramp"),
    nc("F", 46, "lump in breast"),
    nc("M", 52, "indigestion"),
    nc("F", 75, "shortness of breath on exertion"),
    nc("M", 20, "eczema flare"),
    nc("F", 19, "wants STI screen", note="adolescent (19)"),
    nc("X", 30, "hormone review"),
    nc("U", None, "follow up"),
    nc("", None, "med refill", "", "simvastatin", note="no sex/age; statin, no cramp"),
    nc("F", 95, "bruising easily"),
    nc("M", 92, "hearing aid check"),
    nc("F", 10, "sore tummy and headache", note="adolescent lower bound (10)"),
    nc("F", 44, "tired all the time, ?thyroid"),
    nc("M", 37, "tennis elbow"),
    nc("F", 67, "cataract referral"),
    nc("M", 50, "blood in urine"),
    nc("F", 81, "PT C/O FALLS X2 THIS MONTH", note="caps"),
    nc("M", 26, "c/o sore throat x3d, fever, no cough"),
    nc("F", 45, "Pt requests repeat Rx. No new complaints.", note="woman 45+ flag still labelled"),
    nc("M", 19, "knee pain after skiing", note="adolescent; cold and exertion words, no cramp"),
    nc("F", 9, "nits"),
    nc("M", 16, "sprained wrist skateboarding"),
])


section("not_cramp_more", [
    nc("F", 31, "cramp-like pain low in my belly, 34 weeks pregnant", note="abdominal pain in pregnancy"),
    nc("F", 29, "Braxton Hicks cramping, 36/40", note="uterine cramping in pregnancy"),
    nc("F", 39, "cramping after my smear test", note="pelvic"),
    nc("M", 34, "dog bite on R calf", note="calf injury"),
    nc("F", 56, "insect bite on foot, red and swollen", note="red swollen foot, no cramp"),
    nc("M", 62, "cellulitis L lower leg, red hot and swollen", note="red hot swollen leg without a cramp"),
    nc("M", 27, "torn hamstring last month, physio follow-up", note="hamstring injury"),
    nc("F", 13, "plantar wart on my heel", note="skin"),
    nc("M", 60, "toenail fungus", note="skin"),
    nc("M", 23, "calf muscle tear from sprinting", note="muscle tear"),
    nc("F", 35, "foot went numb after sitting cross-legged", note="transient numbness"),
    nc("F", 73, "cracked heels bleeding", note="skin"),
    nc("F", 30, "tight calves from wearing heels all week", note="tightness"),
    nc("M", 68, "swollen feet in the heat", note="swelling"),
    nc("M", 36, "stitch in my side during a 10k", note="side stitch"),
    nc("F", 42, "stomach cramps since starting iron tablets", "", "ferrous fumarate 210mg", note="abdominal"),
    nc("F", 55, "cholesterol check", "FHx: leg cramps (mother)", "", note="cramps only in the family history"),
    nc("F", 70, "wants a leaflet about leg cramps for her husband", note="husband's cramps"),
    nc("M", 41, "knee clicks and locks when I squat", note="mechanical knee"),
    nc("M", 15, "sore legs after PE", note="adolescent; soreness"),
])



# ---------------------------------------------------------------------------
# Build, write, re-read, check
# ---------------------------------------------------------------------------
def calcium_risk(sex, age):
    """docs/classifier.md: adolescent 10-19 (any sex), or a woman aged 45 or over."""
    if age is None:
        return ""
    if 10 <= age <= 19:
        return "adolescent"
    if sex == "F" and age >= 45:
        return "woman_45_plus"
    return ""


class BadRow(Exception):
    pass


def parse_annotation(ann):
    toks = collections.defaultdict(list)
    for tok in ann.split():
        kind, _, code = tok.partition(":")
        toks[kind].append(code)
    return toks


def build_row(case_id, section_name, row):
    if len(row) != 10:
        raise BadRow(f"{case_id}: expected 10 fields, got {len(row)}")
    sex, age, complaint, history, meds, is_cramp, noct, site, ann, note = row
    where = f"{case_id} ({section_name}: {complaint[:40]!r})"
    if sex not in ("F", "M", "X", "U", ""):
        raise BadRow(f"{where}: bad sex {sex!r}")
    if age is not None and (not isinstance(age, int) or not 0 <= age <= 120):
        raise BadRow(f"{where}: bad age {age!r}")
    if not complaint.strip():
        raise BadRow(f"{where}: empty complaint")
    if is_cramp not in (0, 1):
        raise BadRow(f"{where}: is_cramp must be 0/1")
    toks = parse_annotation(ann)
    for kind, codes in toks.items():
        for code in codes:
            if kind in ("C", "H", "M", "poss"):
                ok = code in CAUSE
            elif kind == "R":
                ok = code in FLAG
            elif kind in CONTEXTS or kind == "trap":
                ok = code in CAUSE or code in FLAG
            else:
                ok = False
            if not ok:
                raise BadRow(f"{where}: bad annotation token {kind}:{code}")
    causes = sorted({CAUSE[c] for k in ("C", "H", "M") for c in toks.get(k, [])})
    flags = sorted({FLAG[c] for c in toks.get("R", [])})
    for c in toks.get("poss", []):
        if CAUSE[c] not in causes:
            raise BadRow(f"{where}: poss:{c} without a C/H/M token")
    sites = site.split()
    if any(s not in SITES for s in sites) or len(set(sites)) != len(sites):
        raise BadRow(f"{where}: bad site {site!r}")
    if is_cramp == 0:
        if noct is not None or sites or causes or flags or toks.get("poss"):
            raise BadRow(f"{where}: a non-cramp row must have no nocturnal/site/causes/flags")
        nocturnal = ""
    else:
        if noct not in (0, 1):
            raise BadRow(f"{where}: nocturnal must be 0/1 for a cramp")
        nocturnal = str(noct)
    record = {
        "case_id": case_id,
        "sex": sex,
        "age": "" if age is None else str(age),
        "complaint": complaint,
        "history": history,
        "medications": meds,
        "is_cramp": str(is_cramp),
        "nocturnal": nocturnal,
        "site": ",".join(sorted(sites)),
        "causes": ",".join(causes),
        "red_flags": ",".join(flags),
        "calcium_risk": calcium_risk(sex, age),
        "note": note,
    }
    return record, toks


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out_path = os.path.join(here, "classifier_eval.csv")
    records, annots, seen = [], [], {}
    n = 0
    for name, rows in SECTIONS:
        for row in rows:
            n += 1
            case_id = f"E{n:03d}"
            record, toks = build_row(case_id, name, row)
            key = (record["complaint"].strip().lower(), record["history"].strip().lower(),
                   record["medications"].strip().lower())
            if key in seen:
                raise BadRow(f"{case_id}: duplicate of {seen[key]}")
            seen[key] = case_id
            records.append(record)
            annots.append(toks)
    with open(out_path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=HEADER, lineterminator="\n")
        w.writeheader()
        w.writerows(records)
    check(out_path, records, annots)


def check(path, records, annots):
    problems = []
    with open(path, encoding="utf-8", newline="") as f:
        raw = f.read()
    if "\r" in raw:
        problems.append("CR found: line ends must be LF")
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, strict=True))
    if rows[0] != HEADER:
        problems.append(f"header mismatch: {rows[0]}")
    data = [dict(zip(HEADER, r)) for r in rows[1:]]
    if any(len(r) != len(HEADER) for r in rows):
        problems.append("a row has the wrong number of fields")
    if data != records:
        problems.append("re-read CSV differs from what was written")
    cause_set, flag_set = set(CAUSE.values()), set(FLAG.values())
    for i, r in enumerate(data, 1):
        if r["case_id"] != f"E{i:03d}":
            problems.append(f"{r['case_id']}: case ids not sequential")
        if r["sex"] not in ("F", "M", "X", "U", ""):
            problems.append(f"{r['case_id']}: sex")
        if r["age"] and not r["age"].isdigit():
            problems.append(f"{r['case_id']}: age")
        if r["is_cramp"] not in ("0", "1"):
            problems.append(f"{r['case_id']}: is_cramp")
        if r["calcium_risk"] not in ("", "adolescent", "woman_45_plus"):
            problems.append(f"{r['case_id']}: calcium_risk")
        for col, allowed in (("site", set(SITES)), ("causes", cause_set), ("red_flags", flag_set)):
            vals = r[col].split(",") if r[col] else []
            if any(v not in allowed for v in vals):
                problems.append(f"{r['case_id']}: {col} value not allowed: {r[col]}")
            if vals != sorted(set(vals)):
                problems.append(f"{r['case_id']}: {col} not alphabetical/unique: {r[col]}")
            if r["is_cramp"] == "0" and vals:
                problems.append(f"{r['case_id']}: {col} set on a non-cramp row")
        if r["is_cramp"] == "1" and r["nocturnal"] not in ("0", "1"):
            problems.append(f"{r['case_id']}: nocturnal must be 0/1")
        if r["is_cramp"] == "0" and r["nocturnal"] != "":
            problems.append(f"{r['case_id']}: nocturnal must be empty")

    total = len(data)
    cramps = [r for r in data if r["is_cramp"] == "1"]
    print(f"rows: {total}   cramp: {len(cramps)} ({100.0 * len(cramps) / total:.1f}%)   "
          f"not cramp: {total - len(cramps)}")
    print(f"nocturnal=1: {sum(r['nocturnal'] == '1' for r in cramps)}   "
          f"unexplained cramps (no cause): {sum(not r['causes'] for r in cramps)}   "
          f"multi-cause: {sum(',' in r['causes'] for r in cramps)}   "
          f"with red flag: {sum(bool(r['red_flags']) for r in cramps)}")
    sites = collections.Counter(s for r in cramps for s in (r["site"].split(",") if r["site"] else ["(none)"]))
    print("site:", dict(sorted(sites.items())))
    cr = collections.Counter(r["calcium_risk"] or "(none)" for r in data)
    print("calcium_risk:", dict(sorted(cr.items())))
    ages = [int(r["age"]) for r in data if r["age"]]
    print(f"age range: {min(ages)}-{max(ages)}   sex: "
          f"{dict(sorted(collections.Counter(r['sex'] or '(empty)' for r in data).items()))}")
    flagged = [r for r in cramps if r["calcium_risk"]]
    print(f"calcium-risk cramp patients: {len(flagged)}, with another cause: "
          f"{sum(bool(r['causes']) for r in flagged)}, without: {sum(not r['causes'] for r in flagged)}")

    # coverage: only cramp rows count (causes/flags exist only for them)
    aff = collections.Counter()
    field = collections.defaultdict(collections.Counter)
    ctx = collections.defaultdict(collections.Counter)
    for r, toks in zip(data, annots):
        if r["is_cramp"] != "1":
            continue
        for c in (r["causes"].split(",") if r["causes"] else []):
            aff[c] += 1
        for c in (r["red_flags"].split(",") if r["red_flags"] else []):
            aff[c] += 1
        for k in ("C", "H", "M"):
            for c in set(toks.get(k, [])):
                field[CAUSE[c]][k] += 1
        for k in CONTEXTS + ("trap",):
            for c in set(toks.get(k, [])):
                full = CAUSE.get(c) or FLAG.get(c)
                ctx[full][k] += 1

    print()
    print(f"{'code':24} {'affirmed':>8} {'in C/H/M':>10} {'neg':>4} {'fam':>4} {'hyp':>4} "
          f"{'past':>4} {'trap':>4} {'non-counting':>12}")
    for code in sorted(cause_set):
        f = field[code]
        nc_total = sum(ctx[code][k] for k in CONTEXTS + ("trap",))
        print(f"{code:24} {aff[code]:>8} {f['C']:>3}/{f['H']:>2}/{f['M']:>2}  "
              f"{ctx[code]['neg']:>4} {ctx[code]['fam']:>4} {ctx[code]['hyp']:>4} "
              f"{ctx[code]['past']:>4} {ctx[code]['trap']:>4} {nc_total:>12}")
        if aff[code] < 12:
            problems.append(f"{code}: affirmed {aff[code]} < 12")
        if min(f["C"], f["H"], f["M"]) < 1:
            problems.append(f"{code}: not affirmed in all three fields")
        for k in ("neg", "fam", "hyp"):
            if ctx[code][k] < 3:
                problems.append(f"{code}: {k} {ctx[code][k]} < 3")
        if code in ("medication", "pregnancy", "overexertion", "cold_exposure") and ctx[code]["past"] < 3:
            problems.append(f"{code}: past {ctx[code]['past']} < 3")
    for code in sorted(flag_set):
        nh = ctx[code]["neg"] + ctx[code]["hyp"]
        print(f"{code:24} {aff[code]:>8} {'':>10} {ctx[code]['neg']:>4} {'':>4} {ctx[code]['hyp']:>4} "
              f"{'':>4} {ctx[code]['trap']:>4} {nh + ctx[code]['trap']:>12}")
        if aff[code] < 8:
            problems.append(f"{code}: affirmed {aff[code]} < 8")
        if nh < 5:
            problems.append(f"{code}: negated/hypothetical {nh} < 5")
    if total < 400:
        problems.append(f"only {total} rows")
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print(f"\nOK: {path}")


if __name__ == "__main__":
    try:
        main()
    except BadRow as e:
        print("BAD ROW:", e)
        sys.exit(1)
