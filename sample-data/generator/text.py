"""Hand-written intake text pieces used by make_sample_data.py.

Three writing styles, as intake text really comes in:
  kiosk  - typed by the patient at a check-in kiosk or portal, casual, lower case
  triage - nurse triage shorthand (c/o, x2 wks, R/L, h/o)
  note   - clinician notes, full sentences, section labels (HPI:, PMH:, Meds:)

A piece is (template, tags). `{slot}` placeholders are filled by
CaseWriter.fill (cases.py). `tags` is a space-separated list of what a correct
classifier should find in the piece:
  code       a definite cause           (e.g. "medication")
  ?code      a possible cause           (e.g. "?lumbar_disc_herniation")
  !flag      a red flag                 (e.g. "!dvt_signs")
An empty tag string means the piece must tag nothing: it is ordinary text, or a
negated, family, hypothetical or past mention (those are the hard cases).
"""

# --- cramp openers: (template, site, nocturnal) ------------------------------
# Openers say that there is a leg/foot cramp, where, and when. They carry no cause.

OPENERS = {
    "kiosk": [
        ("my {side} calf seized up at {time} and i couldnt walk it off", "calf", True),
        ("woke up at {time} with a horrible cramp in my {side} foot, my toes curled under and wouldnt straighten", "foot", True),
        ("keep getting charley horses in my legs at night, {freq}", "leg", True),
        ("the bottom of my foot cramps up when im in bed and my toes go all crooked", "foot", True),
        ("calf cramp in the middle of the night, still sore today when i walk on it", "calf", True),
        ("cramps in both calves at night {dur}, i cant get a full nights sleep", "calf", True),
        ("i get a knot in my calf when i stretch in bed in the morning and it really hurts", "calf", True),
        ("my {side} thigh locked up last night around {time}, worst pain i ever had", "thigh", True),
        ("toes on my {side} foot cramp up when i point my feet in bed", "toes", True),
        ("leg cramps keep waking me up, had 3 this week alone", "leg", True),
        ("Woke up yelling with a cramp in my calf. It went hard as a rock", "calf", True),
        ("charlie horse in my {side} leg at night again, it happens {freq}", "leg", True),
        ("my feet and toes cramp at night, sometimes both feet at once", "foot", True),
        ("night time leg cramps. my partner has to help me stand up and stretch it out", "leg", True),
        ("every night around {time} my {side} calf cramps and i have to get up and walk around the kitchen", "calf", True),
        ("the arch of my foot cramps in bed, feels like its folding in half", "foot", True),
        ("hamstring cramp woke me up last night, back of my thigh is still tight", "thigh", True),
        ("I have been getting bad cramps in my calves while I sleep {dur}", "calf", True),
        ("cramp in my big toe at night, it pulls up and wont go back down", "toes", True),
        ("Calves seize up at night. I have to jump out of bed and stand on them", "calf", True),
        ("my legs cramp in bed almost every night, mostly the calves", "calf", True),
        ("sudden cramp in my {side} foot at {time}, lasted a few minutes, now it aches", "foot", True),
        ("felt like a \"golf ball\" in my {side} calf at {time}, had to hop around the bedroom", "calf", True),
        ("spasms in my feet at night, my toes spread out and lock", "toes", True),
        ("woke up at {time} because my whole {side} leg cramped from the thigh down", "thigh", True),
        ("my calves cramp as soon as i lie down, {dur}", "calf", True),
        ("cramps in my feet and calves at night, i've started sleeping on the couch", "calf", True),
        ("my foot cramped so bad last night my toes were pointing sideways", "foot", True),
        ("Horrible leg cramps at night. The right calf mostly but sometimes the left too", "calf", True),
        ("keep waking up with my toes cramped together {dur}", "toes", True),
        ("my feet cramp up when im driving, i had to pull over twice", "foot", False),
        ("calf cramps during soccer practice, had to come off the field", "calf", False),
        ("my legs keep cramping at work in the afternoon", "leg", False),
        ("hamstring cramped up on my run yesterday and its still tight", "thigh", False),
        ("my toes cramp when i wear heels for a couple hours", "toes", False),
        ("my {side} calf cramped while swimming laps and i had to grab the wall", "calf", False),
        ("thigh muscle cramps up when i climb the stairs at home", "thigh", False),
        ("foot cramps in yoga class, the arch just locks up", "foot", False),
        ("Getting cramps in my calves in the daytime, even sitting at my desk", "calf", False),
        ("my {side} calf seized up playing basketball and they had to help me off the court", "calf", False),
        ("cramps in my feet after standing in line for a while", "foot", False),
        ("leg cramps on and off all day {dur}", "leg", False),
    ],
    "triage": [
        ("c/o {R} calf cramps {wks}, worse at night", "calf", True),
        ("nocturnal leg cramps {wks}, wakes pt {freq_t}", "leg", True),
        ("pt states {R} foot cramping at night, toes curl", "foot", True),
        ("{R} calf spasm overnight, residual soreness this am", "calf", True),
        ("c/o charley horse {R} calf ~0300, eased w/ stretching", "calf", True),
        ("recurrent BLE cramps at night {wks}", "leg", True),
        ("c/o toe cramps in bed, relieved by standing", "toes", True),
        ("{R} thigh cramp woke pt from sleep, lasted ~2 min", "thigh", True),
        ("c/o night cramps bilat calves, {freq_t}", "calf", True),
        ("cramping {R} sole/arch at night {wks}", "foot", True),
        ("pt woke w/ severe {R} calf cramp, still tender to touch", "calf", True),
        ("c/o nocturnal cramps {R} calf + foot, sleep disrupted", "calf", True),
        ("noct leg cramps 2-3/wk, calves > feet", "calf", True),
        ("c/o hamstring cramps at night R>L {wks}", "thigh", True),
        ("c/o cramps in calves waking from sleep, duration <5 min", "calf", True),
        ("CC: leg cramps at night. {R} calf, {wks}", "calf", True),
        ("c/o \"knots\" in {R} calf overnight {wks}", "calf", True),
        ("states toes of {R} foot cramp in bed, can't straighten them", "toes", True),
        ("c/o {R} calf cramp during run this am", "calf", False),
        ("c/o cramps BLE during shift, relieved by stretching", "leg", False),
        ("{R} hamstring cramp at practice, able to bear weight", "thigh", False),
        ("c/o foot cramps while driving {wks}", "foot", False),
        ("daytime calf cramps {wks}, intermittent", "calf", False),
        ("c/o thigh cramps after workouts, no injury", "thigh", False),
        ("c/o quad cramp {R} during game, settled on sideline", "thigh", False),
        ("c/o toe cramps when walking barefoot {wks}", "toes", False),
        ("pt here for leg cramps waking her/him at night".replace("her/him", "{them}"), "leg", True),
        ("cramp {R} calf in bed last night, 10/10 at the time, now 3/10", "calf", True),
        ("nocturnal foot cramps bilat {wks}, toes curl", "foot", True),
        ("{R} thigh + calf cramping overnight {wks}", "thigh", True),
        ("c/o calf cramps when stretching in bed am {wks}", "calf", True),
        ("CC: night leg cramps, wants something to help sleep", "leg", True),
        ("c/o spasm {R} foot while driving, pulled over", "foot", False),
    ],
    "note": [
        ("Pt reports nocturnal cramping in BLE.", "leg", True),
        ("{age}-year-old {person} presents with a {n}-week history of painful {side} calf cramps that wake {them} from sleep.", "calf", True),
        ("HPI: Recurrent nocturnal cramps of the {side} calf and plantar foot, lasting 1-2 minutes, relieved by forced dorsiflexion.", "calf", True),
        ("Patient describes sudden, painful cramps in both calves at night, {freq}.", "calf", True),
        ("CC: leg cramps. HPI: Nocturnal calf cramps for approximately {n} weeks.", "calf", True),
        ("Reports episodes of {side} foot and toe cramping during sleep; toes flex involuntarily.", "toes", True),
        ("Presents for nocturnal leg cramps, predominantly the {side} calf, onset {onset}.", "calf", True),
        ("Nocturnal muscle cramps in the thighs and calves, waking the patient 2-3 times weekly.", "thigh", True),
        ("Seen for night-time cramping of the {side} hamstring with a palpable knot during episodes.", "thigh", True),
        ("Follow-up: nocturnal calf cramps persist despite a nightly stretching routine.", "calf", True),
        ("Reports painful cramps of the calves on waking and during the night.", "calf", True),
        ("{age} y/o {person} with cramps of the {side} foot arch at night, {n} weeks.", "foot", True),
        ("Patient states: \"my toes curl up and I can't get them straight\" - episodes occur in bed.", "toes", True),
        ("Describes charley horses in the {side} calf around {time}, several nights a week.", "calf", True),
        ("Patient describes episodic spasms of the {side} hamstring during exercise.", "thigh", False),
        ("Daytime calf cramps with prolonged sitting, {n} weeks.", "calf", False),
        ("Exercise-associated muscle cramps, bilateral calves, during endurance events.", "calf", False),
        ("Reports foot cramps (arch) while driving and at rest in the afternoon.", "foot", False),
        ("Intermittent cramping of the {side} thigh during activity, self-limited.", "thigh", False),
        ("{age}-year-old {person} with daytime cramps of the toes and forefoot.", "toes", False),
        ("Nocturnal cramps, {side} > other calf, since {onset}; each episode 1-3 minutes.", "calf", True),
        ("Sleep interrupted by calf cramps roughly {n} nights out of 7.", "calf", True),
        ("HPI: wakes at night with the {side} foot in spasm, toes clawed; relieved by standing and walking.", "foot", True),
        ("Cramps of the posterior thighs at night for {n} weeks; no injury.", "thigh", True),
        ("{age}F/M with recurrent night-time calf cramps".replace("F/M", "{sex_letter}"), "calf", True),
        ("Presents with painful plantar foot cramps during the night, worse after long days.", "foot", True),
        ("CC: \"charley horses\". Nocturnal, both calves, {n} weeks.", "calf", True),
        ("Toe cramps at night (flexion of toes 2-4), {side} foot, about {n} weeks.", "toes", True),
        ("Patient reports calf muscle spasms while driving and at the desk, {n} weeks.", "calf", False),
        ("Brief daytime cramps of the {side} foot arch when standing up from a chair.", "foot", False),
    ],
}

# --- causes: pieces per style, plus history-field entries --------------------

CAUSES = {
    "cold_exposure": {
        "kiosk": [
            "our heat has been off since the boiler broke and the apartment is freezing",
            "i sleep with my legs out of the blanket because i get hot",
            "started running outside in the snow and i dont really warm up first",
            "been swimming in the lake every morning, the water is really cold",
            "my bedroom is unheated and my feet are always cold at night",
            "only have a thin blanket in the spare room where im staying",
        ],
        "triage": [
            "no heat in apt {wks}", "sleeps w/ legs outside blanket",
            "winter runs outdoors w/o warm-up", "cold water swimming daily",
            "room has no heating", "works in walk-in freezer", "thin quilt, feet cold at night",
        ],
        "note": [
            "Lives in an unheated room; feet are cold overnight.",
            "Began outdoor winter training without a warm-up.",
            "Swims most mornings in an unheated outdoor pool.",
            "Sleeps with legs uncovered in a cold bedroom.",
            "Works long shifts in a refrigerated warehouse.",
            "Heating broken at home for two weeks; bedroom very cold.",
            "Walks the dog before dawn in sub-zero temperatures without warming up.",
        ],
        "history": [],
    },
    "overexertion": {
        "kiosk": [
            "did a {km} km hike on the weekend", "started a new job where im on my feet all day",
            "ran my first half marathon on sunday", "just got back from a {hours} hour flight",
            "been training twice a day for tryouts", "helped my brother move, up and down stairs all day",
            "we climbed a mountain on vacation last week",
        ],
        "triage": [
            "{km} km hike Sat", "new warehouse job, on feet 10-12 h/day", "marathon training, \u2191 mileage",
            "long-haul flight 2 d ago ({hours} h)", "2-a-day practices this wk", "hiked 6 hrs yesterday",
            "walked 25k steps at theme park",
        ],
        "note": [
            "Recently increased running mileage to {weekly_km} km per week.",
            "Symptoms began after a multi-day hiking trip.",
            "Works 12-hour shifts standing on concrete.",
            "Returned yesterday from a {hours}-hour flight.",
            "Unaccustomed exertion: helped a friend move house over the weekend.",
            "Started a couch-to-5k running programme three weeks ago.",
            "Long-distance drive of 11 hours yesterday.",
        ],
        "history": [],
    },
    "salt_loss": {
        "kiosk": [
            "i sweat a ton at work and only drink water",
            "been roofing all week in the heat, sweating buckets",
            "i do hot yoga every day",
            "had a stomach bug and was throwing up for 2 days, probably dehydrated",
            "worked outside all day in {deg} degree heat and didnt drink much",
        ],
        "triage": [
            "heavy sweating at work, drinks only water", "landscaper, works outdoors in heat, sweats ++",
            "hot yoga daily", "poor PO intake + vomiting x2d, dehydrated", "ran 10k in heat, minimal fluids",
        ],
        "note": [
            "Reports profuse sweating at work with water-only replacement.",
            "Clinically dehydrated: dry mucous membranes, reduced skin turgor.",
            "Endurance cyclist training in hot weather without electrolyte replacement.",
            "Works in a commercial kitchen, sweats heavily, drinks water only.",
            "Recent gastroenteritis with dehydration.",
        ],
        "history": [],
    },
    "calcium_deficiency": {
        "kiosk": [
            "my doctor told me i have osteoporosis", "i dont eat any dairy, lactose intolerant",
            "they said my vitamin d was low last year", "i never drink milk or eat cheese",
        ],
        "triage": [
            "hx osteopenia", "low vit D (14) on last labs", "no dairy intake", "told Ca low at last visit",
        ],
        "note": [
            "Known osteoporosis (DEXA T-score -2.8).", "Vitamin D 12 ng/mL in June.",
            "Avoids dairy; dietary calcium intake minimal.", "Osteopenia on DEXA 2025.",
            "25-OH vitamin D low (15 ng/mL) in the spring.", "Vegan diet without calcium supplementation.",
        ],
        "history": [
            "osteoporosis", "osteopenia (DEXA 2025)", "vitamin D deficiency",
            "postmenopausal osteoporosis", "low bone density",
        ],
    },
    "sleep_posture": {
        "kiosk": [
            "i sleep on my stomach with my toes pointed", "i tuck the sheets in really tight at the end of the bed",
            "the heavy comforter pushes my feet down when i lie on my back",
            "i sleep face down with my feet pointed",
        ],
        "triage": [
            "sleeps prone, toes pointed", "sheets tucked tight at foot of bed",
            "heavy duvet pressing on feet when supine",
        ],
        "note": [
            "Sleeps prone with ankles plantarflexed.",
            "Bedding tucked tightly, holding the feet in plantar flexion overnight.",
            "A heavy quilt presses on the feet when supine.",
            "Habitually sleeps prone with the feet plantarflexed over the mattress.",
        ],
        "history": [],
    },
    "malnutrition": {
        "kiosk": [
            "i only eat one meal a day", "havent been hungry, lost about {lb} pounds",
            "money is tight and i skip meals a lot",
        ],
        "triage": ["poor appetite, wt loss 7 kg / 3 mo", "eats 1 meal/day", "BMI 16.9"],
        "note": [
            "Unintentional weight loss of 6 kg over 4 months; poor appetite.",
            "BMI 17.2; meals irregular.", "Appears malnourished; albumin 2.9.",
            "Reduced oral intake since bereavement; weight down 5 kg.",
        ],
        "history": ["malnutrition", "underweight (BMI 17)", "protein-calorie malnutrition"],
    },
    "lumbar_disc_herniation": {
        "kiosk": [
            "i have a herniated disc in my lower back", "my sciatica has been acting up too",
            "had an MRI that showed a slipped disc in my back",
        ],
        "triage": ["hx L4-5 disc herniation", "sciatica {R} leg", "known lumbar stenosis", "LDH L5-S1 on MRI"],
        "note": [
            "MRI 2025: L4-L5 disc herniation with L5 root contact.",
            "Lumbar radiculopathy, {side} L5 distribution.", "Known lumbar spinal stenosis.",
            "Sciatica on the {side} since lifting injury in spring.",
        ],
        "history": ["L4-5 disc herniation", "lumbar disc herniation", "sciatica", "lumbar stenosis"],
    },
    "bone_hyperplasia": {
        "kiosk": ["the xray showed bone spurs in my back", "i have bone spurs in my heel"],
        "triage": ["bone spurs lumbar spine", "osteophytes L3-4 on xray", "lumbar spondylosis", "DJD spine"],
        "note": [
            "Lumbar spondylosis with osteophytes at L3-L5.",
            "Degenerative joint disease of the lumbar spine.",
            "X-ray: bone spurs at the calcaneus and lumbar spine.",
            "Known cervical and lumbar spondylosis.",
        ],
        "history": ["lumbar spondylosis", "DJD", "osteophytes L-spine", "bone spurs (heel)",
                    "degenerative joint disease"],
    },
    "pregnancy": {
        "kiosk": ["im {weeks} weeks pregnant", "im pregnant with my second, due in {due}"],
        "triage": ["G2P1 @ {weeks} wks", "pt is {weeks} wks pregnant", "IUP {weeks}w2d"],
        "note": [
            "Currently {weeks} weeks pregnant (G1P0).",
            "Third-trimester pregnancy, uncomplicated to date.", "Pregnant at {weeks} weeks.",
            "G3P2 at {weeks} weeks' gestation.",
        ],
        "history": ["currently pregnant, {weeks} wks", "G2P1, pregnant"],
    },
    "electrolyte_imbalance": {
        "kiosk": ["my potassium was low at my last blood test", "the hospital said my magnesium was low"],
        "triage": ["K 3.1 last wk", "Mg 1.5 (L) on labs", "Na 129 on BMP", "hypokalemia on recent labs"],
        "note": [
            "BMP: potassium 3.2 mmol/L.", "Hypomagnesemia (Mg 1.4 mg/dL) on recent labs.",
            "Serum sodium 131.", "Recent labs: K 3.0, Mg 1.6.",
        ],
        "history": ["hypokalemia", "hypomagnesemia", "hyponatremia (SIADH)"],
    },
    "chronic_disease": {
        "kiosk": [
            "im on dialysis 3 days a week", "i have diabetes and neuropathy in my feet",
            "i have parkinsons", "i have cirrhosis of the liver",
        ],
        "triage": ["on HD MWF", "T2DM", "CKD stage 4", "hx cirrhosis", "peripheral neuropathy", "hypothyroid", "PVD"],
        "note": [
            "End-stage renal disease on hemodialysis MWF.", "Type 2 diabetes with peripheral neuropathy.",
            "Parkinson's disease, diagnosed 2021.", "Hypothyroidism, on levothyroxine.",
            "CKD stage 3b (eGFR 38).", "Peripheral vascular disease with prior stenting.",
        ],
        "history": ["T2DM", "CKD 3b", "ESRD on HD", "cirrhosis", "Parkinson's disease", "hypothyroidism",
                    "peripheral vascular disease", "diabetic neuropathy", "type 1 diabetes"],
    },
}

# Possible mentions: tag as possible.
POSSIBLE = {
    "kiosk": [
        ("could it be my back? i think i might have sciatica", "?lumbar_disc_herniation"),
        ("maybe my potassium is low?", "?electrolyte_imbalance"),
        ("i might be pregnant, period is late", "?pregnancy"),
    ],
    "triage": [
        ("?sciatica", "?lumbar_disc_herniation"), ("?pregnant", "?pregnancy"),
        ("possible hypokalemia", "?electrolyte_imbalance"), ("?low Mg", "?electrolyte_imbalance"),
    ],
    "note": [
        ("Possible lumbar radiculopathy.", "?lumbar_disc_herniation"),
        ("Suspect hypomagnesemia.", "?electrolyte_imbalance"),
        ("LMP 7 weeks ago; possibly pregnant.", "?pregnancy"),
    ],
}

# --- medicines -------------------------------------------------------------------
# (medications-field entry, short name used in text, who may plausibly take it)
# who: "any", "adult", "older", "woman45"

CRAMP_DRUGS = [
    ("hydrochlorothiazide 25 mg daily", "HCTZ", "adult"), ("HCTZ 12.5mg qd", "HCTZ", "adult"),
    ("chlorthalidone 25 mg", "chlorthalidone", "adult"), ("furosemide 40 mg daily", "Lasix", "older"),
    ("Lasix 20mg", "Lasix", "older"), ("bumetanide 1 mg", "Bumex", "older"),
    ("spironolactone 25 mg", "spironolactone", "adult"), ("triamterene/HCTZ 37.5/25", "triamterene", "adult"),
    ("torsemide 20 mg", "torsemide", "older"), ("atorvastatin 40 mg", "atorvastatin", "adult"),
    ("Lipitor 20mg", "Lipitor", "adult"), ("simvastatin 20 mg qhs", "simvastatin", "adult"),
    ("rosuvastatin 10 mg", "rosuvastatin", "adult"), ("Crestor 5 mg", "Crestor", "adult"),
    ("pravastatin 40 mg", "pravastatin", "adult"), ("albuterol HFA 2 puffs q6h", "albuterol", "any"),
    ("Advair 250/50 1 puff bid", "Advair", "any"), ("salmeterol inhaler bid", "salmeterol", "adult"),
    ("raloxifene 60 mg", "raloxifene", "woman45"), ("Evista 60mg daily", "Evista", "woman45"),
    ("teriparatide 20 mcg SC daily", "teriparatide", "woman45"), ("Forteo pen daily", "Forteo", "woman45"),
    ("estradiol 1 mg (HRT)", "HRT", "woman45"), ("Premarin 0.625 mg", "Premarin", "woman45"),
    ("conjugated estrogens 0.3 mg", "estrogen", "woman45"), ("iron sucrose (Venofer) IV q2wk", "IV iron", "adult"),
    ("Injectafer infusion monthly", "iron infusions", "adult"), ("naproxen 500 mg bid", "naproxen", "adult"),
    ("Aleve 220mg bid", "Aleve", "adult"), ("nifedipine ER 30 mg", "nifedipine", "adult"),
    ("Procardia XL 60mg", "Procardia", "adult"), ("donepezil 10 mg qhs", "donepezil", "older"),
    ("Aricept 5 mg", "Aricept", "older"),
]

DRUG_MENTIONS = {
    "kiosk": [
        "i take {drug} every day", "started {drug} about a month ago and thats when this started",
        "the cramps started after my doctor put me on {drug}", "been on {drug} since the summer",
    ],
    "triage": ["on {drug}", "started {drug} ~6 wks ago", "recently \u2191 {drug} dose", "takes {drug} daily"],
    "note": [
        "Current medications include {drug}.", "Symptoms began shortly after {drug} was started.",
        "Dose of {drug} increased last month.",
    ],
}

# Medicines linked to nothing the classifier looks for.
NEUTRAL_DRUGS = [
    "lisinopril 10 mg", "amlodipine 5 mg", "omeprazole 20 mg", "sertraline 50 mg", "metoprolol succinate 25 mg",
    "loratadine 10 mg", "cetirizine 10mg", "acetaminophen 500 mg PRN", "ibuprofen 400 mg PRN",
    "Sprintec (OCP)", "tamsulosin 0.4 mg", "losartan 50 mg", "pantoprazole 40 mg", "escitalopram 10mg",
    "fluticasone nasal spray", "multivitamin", "aspirin 81 mg", "vitamin B12 1000 mcg", "melatonin 3 mg",
    "montelukast 10 mg", "bupropion XL 150 mg",
]

# For patients under 18.
YOUNG_DRUGS = ["loratadine 10 mg", "cetirizine 10mg", "ibuprofen 400 mg PRN", "acetaminophen 500 mg PRN",
               "fluticasone nasal spray", "montelukast 5 mg", "multivitamin", "methylphenidate ER 18 mg"]
YOUNG_HISTORY = ["seasonal allergies", "acne", "ADHD", "eczema", "asthma (childhood, resolved)",
                 "R wrist fracture 2023", "tonsillectomy"]

NEUTRAL_HISTORY = [
    "HTN", "hypertension", "GERD", "seasonal allergies", "anxiety", "migraine", "hyperlipidemia (diet)",
    "appendectomy 2010", "tonsillectomy", "R knee arthroscopy 2018", "depression", "BPH", "acne",
    "eczema", "IBS", "cataract surgery 2022", "gout", "asthma (childhood, resolved)", "ADHD",
]

# --- red flags ---------------------------------------------------------------------

RED_FLAGS = {
    "dvt_signs": {
        "kiosk": ["my {side} calf is swollen and warm and bigger than the other one",
                  "the back of my {side} leg is red and hot"],
        "triage": ["{R} calf swollen, warm, erythematous", "{R} calf circumference +3 cm vs other side",
                   "unilateral calf swelling + redness"],
        "note": ["The {side} calf is swollen and warm to touch compared with the other side.",
                 "Unilateral calf swelling with erythema."],
    },
    "claudication": {
        "kiosk": ["my calf hurts when i walk a block and gets better when i stop",
                  "my {side} foot gets cold and pale"],
        "triage": ["calf pain walking 2 blocks, relieved w/ rest", "{R} foot cool and pale"],
        "note": ["Reproducible calf pain after walking 100 m, relieved by rest (claudication).",
                 "The {side} foot is cool and pale with diminished pulses."],
    },
    "neuro_deficit": {
        "kiosk": ["my {side} foot feels numb and floppy", "my leg feels weak and gives out"],
        "triage": ["numbness {R} foot", "{R} foot drop", "weakness RLE", "muscle wasting {R} calf"],
        "note": ["New weakness of ankle dorsiflexion (foot drop) on the {side}.",
                 "Numbness over the dorsum of the {side} foot.", "Visible wasting of the {side} calf."],
    },
    "cauda_equina": {
        "kiosk": ["its numb between my legs when i wipe", "having trouble peeing since yesterday"],
        "triage": ["saddle numbness", "new urinary retention", "new bowel incontinence x1"],
        "note": ["Reports new saddle anaesthesia and difficulty initiating urination.",
                 "New-onset bowel incontinence."],
    },
    "atypical_pattern": {
        "kiosk": ["the cramps last like 20 minutes", "now im getting them in my arms and back too",
                  "its getting worse every week", "happening many times a day now"],
        "triage": ["cramps lasting 15-20 min", "cramps \u2191 freq, now daily + daytime",
                   "also cramps in arms/trunk", "progressively worsening"],
        "note": ["Episodes last over 10 minutes.", "Cramps now occur multiple times daily, also involving the forearms.",
                 "Progressive worsening over 2 months."],
    },
}

# --- context that must NOT tag: negated, someone else, hypothetical, past --------

NOT_TAGGING = {
    "negated": {
        "kiosk": ["no swelling or redness", "my legs arent swollen", "i havent changed my exercise at all",
                  "not on any water pills", "no numbness"],
        "triage": ["denies swelling", "denies calf swelling or redness", "denies numbness/weakness",
                   "no calf tenderness", "denies back pain", "no new meds", "(-) swelling",
                   "no recent travel", "denies bowel/bladder changes", "no cold exposure", "denies exercise",
                   "swelling: none", "no hx disc disease", "not on diuretics"],
        "note": ["Denies calf swelling, redness or warmth.", "No numbness, weakness or bladder changes.",
                 "No history of disc disease.", "Not taking diuretics or statins.",
                 "Negative for recent long-distance travel.", "Denies leg swelling.",
                 "No calf tenderness or asymmetry.", "No saddle anaesthesia; continent.",
                 "No recent travel or immobilisation.", "Not on any diuretic.", "No cold exposure reported."],
    },
    "family": {
        "kiosk": ["my mom has osteoporosis", "my dad had sciatica for years",
                  "my sister had the same thing when she was pregnant"],
        "triage": ["mother has osteoporosis", "FHx: DVT (sister)", "father w/ T2DM", "mom w/ sciatica"],
        "note": ["Family history of osteoporosis (mother).", "FHx: father with lumbar disc herniation.",
                 "Mother had Parkinson's disease.", "Sister with type 1 diabetes.",
                 "Father had a DVT at 60.", "Brother on dialysis."],
    },
    "hypothetical": {
        "kiosk": ["they told me to call if my calf swells up"],
        "triage": ["call if calf swells", "return if numbness or weakness", "watch for redness/swelling"],
        "note": ["Advised to seek care if the leg becomes red, hot or swollen.",
                 "Return precautions given for new weakness or bladder symptoms.",
                 "To call if calf swelling or numbness develops.",
                 "Seek urgent care if bladder or bowel changes occur."],
    },
    "past": {
        "kiosk": ["had leg cramps when i was pregnant with my daughter too", "used to run marathons years ago"],
        "triage": ["stopped {drug} last year", "was on {drug} until 2023", "came off {drug} in the spring"],
        "note": ["{Drug} discontinued in 2024.", "Previously on {drug}, stopped 18 months ago.",
                 "Took {drug} in 2022; no longer taking it.", "Prior course of {drug}, discontinued."],
    },
    "pseudo": {
        "kiosk": ["stretching is not helping", "tried bananas, no better"],
        "triage": ["no relief w/ stretching", "tonic water not helping"],
        "note": ["No relief with stretching or tonic water.", "Stretching gives no relief.",
                 "No change with magnesium supplements."],
    },
}

# Drugs named in past/negated mentions (short names).
PAST_DRUGS = ["HCTZ", "Lasix", "simvastatin", "atorvastatin", "naproxen", "raloxifene", "chlorthalidone"]

# --- closing remarks (tag nothing) ----------------------------------------------------

CLOSERS = {
    "kiosk": ["what can i do about it", "is this normal?", "need something to help me sleep",
              "can someone look at it today", "its getting really annoying", "please help",
              "i read it might be calcium?? not sure", "want to know if i should take something"],
    "triage": ["pain 6/10", "ambulatory, gait steady", "VS stable", "wants eval", "pain 4/10 at rest",
               "requests MD eval", "tried OTC mag, unsure if helps"],
    "note": ["Exam: calves soft and non-tender, pulses 2+ bilaterally.",
             "Plan: stretching, hydration, medication review.", "Will check BMP, Mg, TSH.",
             "Advised calf stretching before bed.", "Counselled on sleep hygiene and stretching.",
             "Exam: no calf asymmetry; distal pulses intact.", "Plan: calf stretches, review in 4 weeks.",
             "Discussed that calcium is only one of several possible causes.",
             "Labs ordered: BMP, magnesium, vitamin D level.", "Reassured; cramp diary given."],
}

# --- ordinary complaints (not leg cramps) --------------------------------------------
# (template, note). A note marks the tricky ones that mention cramps.

ORDINARY = {
    "kiosk": [
        ("sore throat and fever since {weekday}", ""), ("i need a refill on my {neutral_drug}", ""),
        ("rash on my arms thats really itchy", ""),
        ("bad stomach cramps after eating, running to the bathroom", "stomach cramps"),
        ("my period cramps are so bad i missed work", "menstrual cramps"),
        ("my hand cramps up when i write for a long time", "writer's cramp"),
        ("cough for 2 weeks that wont go away", ""), ("my ear hurts and feels plugged", ""),
        ("hurt my back lifting boxes at work", ""), ("headache for 3 days, tylenol not helping", ""),
        ("twisted my ankle stepping off a curb, its purple", ""), ("burning when i pee", ""),
        ("i feel tired all the time", ""), ("need a physical for my new job", ""),
        ("anxious and not sleeping well", ""), ("pink eye i think, its crusty in the morning", ""),
        ("stuffy nose and sinus pressure", ""), ("mole on my back changed color", ""),
        ("i think i have the flu, body aches and chills", ""), ("need a note for school", ""),
        ("cut my finger cooking, might need stitches", ""), ("allergies are terrible this year, eyes itchy", ""),
        ("i found a lump in my neck", ""), ("heartburn every night after dinner", ""),
        ("bug bite on my leg is red and getting bigger", "leg + redness, no cramp"),
        ("my shoulder hurts when i sleep on it", ""), ("i keep getting nosebleeds", ""),
        ("my toenail is ingrown and infected", "toe, no cramp"), ("i want to quit smoking", ""),
        ("wrist hurts from typing all day", ""), ("need my covid booster", ""),
        ("my knee gave out going down the stairs", ""), ("think i have a UTI again", ""),
    ],
    "triage": [
        ("c/o sore throat x3d, T 38.1\u00b0C, no cough", ""), ("med refill: {neutral_drug}", ""),
        ("f/u HTN, BP 142/88", ""), ("c/o LBP after lifting, no radiation", ""),
        ("menstrual cramps, LMP {lmp}", "menstrual cramps"),
        ("writer's cramp R hand, hx calligraphy work", "writer's cramp"),
        ("c/o abd cramps + diarrhea x2d", "stomach cramps"), ("rash L forearm, pruritic, x5d", ""),
        ("URI sx x1 wk", ""), ("dysuria, frequency x2d", ""),
        ("L ankle inversion injury, able to bear weight", ""), ("flu shot", ""),
        ("c/o HA, photophobia", ""), ("BP check", ""), ("lab review", ""),
        ("f/u leg cramps - resolved, no cramps since stopping HCTZ", "resolved cramps"),
        ("no cramps since stopping HCTZ, here for BP check", "resolved cramps"),
        ("stomach cramps after dinner", "stomach cramps"), ("c/o cough, productive, x10d", ""),
        ("wound check R hand", ""), ("c/o dizziness on standing", ""),
        ("lac L index finger, bleeding controlled", ""), ("c/o heartburn, worse lying down", ""),
        ("wart R sole", "sole, no cramp"), ("c/o ingrown toenail L great toe", "toe, no cramp"),
        ("insect bite R calf, local redness", "calf + redness, no cramp"), ("c/o chest congestion x5d, no SOB", ""),
        ("c/o R ear pain after swimming", ""), ("smoking cessation", ""), ("TB test read", ""),
        ("c/o nausea x1d, tolerating fluids", ""), ("plantar fasciitis L heel, worse w/ first steps in am", ""),
        ("c/o muscle cramps in abdomen after sit-ups", "abdominal muscle cramp"),
        ("c/o hand cramps while knitting", "hand cramps"), ("gout flare R great toe", "toe, no cramp"),
    ],
    "note": [
        ("Follow-up for hypertension; BP 134/82 today. Tolerating medication.", ""),
        ("Annual wellness visit. No acute complaints.", ""),
        ("Acute pharyngitis; rapid strep negative.", ""),
        ("Dysmenorrhea with cramping lower abdominal pain on days 1-2 of the cycle.", "menstrual cramps"),
        ("Focal hand dystonia (writer's cramp), right hand.", "writer's cramp"),
        ("Mechanical low back pain without radicular features.", ""),
        ("Medication refill; stable on current regimen.", ""),
        ("Contact dermatitis of the forearms after gardening.", ""),
        ("Seen for results of lipid panel.", ""), ("Viral URI, supportive care.", ""),
        ("Left shoulder pain with overhead activity, likely rotator cuff tendinopathy.", ""),
        ("Follow-up after ED visit for kidney stone; pain resolved.", ""),
        ("Plantar fasciitis, left heel; stretching and supportive footwear advised.", ""),
        ("Onychomycosis of both great toenails.", ""), ("Seasonal allergic rhinitis, well controlled.", ""),
        ("Smoking cessation counselling; starting nicotine patch.", ""),
        ("Travel consultation before a trip to Peru; vaccines reviewed.", ""),
        ("Ingrown toenail, right hallux; partial avulsion performed.", "toe, no cramp"),
        ("Benign paroxysmal positional vertigo; Epley manoeuvre performed.", ""),
        ("Insomnia; sleep hygiene reviewed. No leg symptoms.", ""),
        ("Cramping of the hands while writing; no leg involvement.", "hand cramps"),
        ("Leg cramps resolved after discontinuing atorvastatin; here for lipid follow-up.", "resolved cramps"),
    ],
}

# Ordinary complaints that only some clinics see.
ORDINARY_BY_CLINIC = {
    "sports": [
        ("triage", "R knee pain after basketball, swelling mild", ""), ("triage", "sports physical", ""),
        ("kiosk", "shoulder hurts when i throw", ""), ("note", "Concussion follow-up; symptom-free for 7 days.", ""),
        ("triage", "LBP after deadlifts, no radiation", ""), ("kiosk", "rolled my ankle at practice", ""),
        ("note", "Patellofemoral pain, left knee, in a runner.", ""),
        ("kiosk", "my shins hurt when i run on pavement", "shin splints, no cramp"),
    ],
    "womens": [
        ("triage", "prenatal visit {weeks} wks, no complaints", "pregnant, not a cramp"),
        ("note", "Contraception counselling; wishes to start an IUD.", ""),
        ("kiosk", "hot flashes and night sweats are keeping me up", ""), ("triage", "annual pap", ""),
        ("kiosk", "my breasts are tender and sore", ""), ("note", "Perimenopausal irregular bleeding.", ""),
        ("kiosk", "really bad cramps with my period and heavy bleeding", "menstrual cramps"),
        ("triage", "c/o pelvic cramping, LMP 5 wks ago, +HPT", "uterine cramps, pregnant"),
    ],
    "geriatric": [
        ("note", "Memory concerns raised by daughter; MoCA 24/30.", ""),
        ("triage", "fall at home, bruised L hip, no LOC", ""), ("triage", "medication review", ""),
        ("kiosk", "constipated for a week", ""), ("triage", "c/o dizziness when getting up", ""),
        ("note", "Chronic venous insufficiency; compression stockings refitted.", ""),
        ("triage", "f/u diabetes, A1c 7.4", ""), ("note", "Hearing aid check; wax removed.", ""),
    ],
}

# --- who a piece of text fits --------------------------------------------------------
# (word or phrase, condition): a piece containing the word (case-insensitive) is only
# used for a patient meeting every condition: "F"/"M" sex, ">=N"/"<=N" age in years.
SUITS = [
    ("postmenopausal", "F >=45"), ("osteopor", ">=40"), ("osteopenia", ">=35"), ("dexa", ">=35"),
    ("parkinson", ">=45"), ("spondylosis", ">=35"), ("djd", ">=40"), ("degenerative", ">=40"),
    ("osteophyte", ">=40"), ("bone spurs", ">=30"), ("dialysis", ">=25"), ("hd mwf", ">=25"), ("esrd", ">=25"),
    ("cirrhosis", ">=30"), ("ckd", ">=30"), ("t2dm", ">=25"), ("type 2", ">=25"), ("pvd", ">=50"),
    ("peripheral vascular", ">=50"), ("neuropathy", ">=30"), ("hypothyroid", ">=20"),
    ("walk a block", ">=45"), ("2 blocks", ">=45"), ("100 m", ">=45"), ("cool and pale", ">=45"),
    ("cold and pale", ">=45"), ("disc herniation", ">=18"), ("stenosis", ">=40"), ("radiculopathy", ">=18"),
    ("slipped disc", ">=18"), ("herniated", ">=18"), ("sciatica", ">=18"), ("ldh", ">=18"), ("l4-", ">=18"),
    ("l5-s1", ">=18"), ("mri", ">=16"),
    ("soccer", "<=40"), ("basketball", "<=45"), ("practice", "<=30"), ("tryouts", "<=22"), ("2-a-day", "<=30"),
    ("game", "<=45"), ("workouts", "<=60"), ("sports", "<=25"), ("concussion", "<=40"),
    ("run", "<=65"), ("marathon", "<=65"), ("hike", "<=70"), ("hiking", "<=70"), ("hiked", "<=70"),
    ("yoga", "<=70"), ("swimming laps", "<=75"), ("cyclist", "<=65"), ("endurance", "<=65"),
    ("mountain", "<=70"), ("deadlift", "<=55"), ("heels", "F <=70"), ("exercise", "<=75"),
    ("new job", ">=16 <=64"), ("at work", ">=16 <=68"), ("shift", ">=16 <=68"), ("warehouse", ">=18 <=66"),
    ("roofing", ">=18 <=60"), ("landscaper", ">=16 <=66"), ("freezer", ">=18 <=66"), ("my desk", ">=16 <=70"),
    ("driving", ">=17"), ("helped my brother move", "<=60"), ("helped a friend move", "<=65"),
    ("on concrete", ">=18 <=68"), ("note for work", ">=18 <=66"),
    ("pregnan", "F >=16 <=44"), ("g2p1", "F >=16 <=44"), ("iup", "F >=16 <=44"), ("trimester", "F >=16 <=44"),
    ("my daughter too", "F >=20"), ("hpt", "F >=16 <=44"), ("lmp", "F >=12 <=52"), ("period", "F >=12 <=52"),
    ("menstrual", "F >=12 <=52"), ("dysmenorrhea", "F >=12 <=52"), ("pap", "F >=21 <=65"),
    ("iud", "F >=15 <=50"), ("contraception", "F >=15 <=50"), ("breasts", "F"), ("prenatal", "F >=16 <=44"),
    ("hot flashes", "F >=40 <=62"), ("perimenopausal", "F >=40 <=56"),
    ("raloxifene", "F >=45"), ("Evista", "F >=45"), ("teriparatide", "F >=45"), ("Forteo", "F >=45"),
    ("Premarin", "F >=45"), ("estrogen", "F >=45"), ("hrt", "F >=45"),
    ("bph", "M >=45"), ("tamsulosin", "M >=45"), ("ocp", "F >=15 <=50"), ("sprintec", "F >=15 <=50"),
    ("adhd", "<=40"), ("methylphenidate", "<=30"), ("acne", "<=35"), ("school", "<=19"), ("my kid", ">=25 <=60"),
    ("memory concerns", ">=65"), ("hearing aid", ">=60"), ("fall at home", ">=65"), ("cataract", ">=50"),
    ("gout", ">=30"), ("appendectomy 2010", ">=20"), ("arthroscopy 2018", ">=22"), ("hyperlipidemia", ">=30"),
    ("htn", ">=25"), ("hypertension", ">=25"), ("bp ", ">=25"), ("lisinopril", ">=25"), ("losartan", ">=25"),
    ("amlodipine", ">=25"), ("metoprolol", ">=25"), ("aspirin 81", ">=45"), ("donepezil", ">=65"),
    ("Aricept", ">=65"), ("used to run marathons", ">=40"), ("kidney stone", ">=20"), ("lipid panel", ">=25"),
    ("rotator cuff", ">=25"), ("a1c", ">=25"), ("diabetes, a1c", ">=25"), ("venous insufficiency", ">=45"),
    ("new physical for my new job", ">=16"), ("lactose", ">=5"), ("my wife", "M"),
]
