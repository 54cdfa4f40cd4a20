"""Builds the content of sample intake records: patients, complaint text, labels.

Used by make_sample_data.py. Everything is driven by one random.Random, so the
output is the same for the same seed. No file I/O here.
"""

import collections
import datetime
import re

from generator import text as T

CAUSE_CODES = [
    "cold_exposure", "overexertion", "salt_loss", "calcium_deficiency", "sleep_posture",
    "malnutrition", "lumbar_disc_herniation", "bone_hyperplasia", "medication", "pregnancy",
    "electrolyte_imbalance", "chronic_disease",
]
FLAG_CODES = ["dvt_signs", "claudication", "neuro_deficit", "cauda_equina", "atypical_pattern"]

# Relative weight of each cause per clinic profile.
CAUSE_WEIGHTS = {
    "family": dict(cold_exposure=3, overexertion=3, salt_loss=2, calcium_deficiency=2, sleep_posture=2,
                   malnutrition=1.5, lumbar_disc_herniation=2, bone_hyperplasia=1.5, medication=4,
                   pregnancy=3, electrolyte_imbalance=1.5, chronic_disease=2),
    "sports": dict(cold_exposure=3, overexertion=6, salt_loss=4, calcium_deficiency=1, sleep_posture=1.5,
                   malnutrition=0.7, lumbar_disc_herniation=5, bone_hyperplasia=3, medication=1.5,
                   pregnancy=0.3, electrolyte_imbalance=1.5, chronic_disease=0.5),
    "womens": dict(cold_exposure=1.5, overexertion=1.5, salt_loss=1, calcium_deficiency=5, sleep_posture=2,
                   malnutrition=1, lumbar_disc_herniation=1, bone_hyperplasia=1, medication=4,
                   pregnancy=14, electrolyte_imbalance=1.5, chronic_disease=1),
    "geriatric": dict(cold_exposure=2, overexertion=0.7, salt_loss=0.7, calcium_deficiency=3, sleep_posture=1.5,
                      malnutrition=3, lumbar_disc_herniation=2, bone_hyperplasia=4, medication=6,
                      pregnancy=0, electrolyte_imbalance=3, chronic_disease=6),
}

# Age bands (low, high, weight) and share of women per profile.
AGE_BANDS = {
    "family": [(3, 9, 0.05), (10, 19, 0.17), (20, 44, 0.33), (45, 64, 0.25), (65, 90, 0.20)],
    "sports": [(12, 19, 0.30), (20, 44, 0.50), (45, 70, 0.20)],
    "womens": [(14, 19, 0.07), (20, 44, 0.43), (45, 64, 0.30), (65, 88, 0.20)],
    "geriatric": [(55, 64, 0.10), (65, 99, 0.90)],
}
FEMALE_SHARE = {"family": 0.55, "sports": 0.4, "womens": 0.95, "geriatric": 0.6}

# Words in a not-tagging piece that make it contradict a tag of the same record.
CONFLICT_WORDS = [
    ("swell", "dvt_signs"), ("swollen", "dvt_signs"), ("redness", "dvt_signs"), ("warmth", "dvt_signs"),
    ("numb", "neuro_deficit"), ("weak", "neuro_deficit"), ("numb", "cauda_equina"),
    ("bladder", "cauda_equina"), ("bowel", "cauda_equina"), ("travel", "overexertion"),
    ("exercise", "overexertion"), ("cold", "cold_exposure"), ("disc", "lumbar_disc_herniation"),
    ("diuretic", "medication"), ("water pill", "medication"), ("statin", "medication"), ("new meds", "medication"),
    ("back pain", "lumbar_disc_herniation"), ("tenderness", "dvt_signs"), ("asymmetry", "dvt_signs"),
    ("saddle", "cauda_equina"), ("continent", "cauda_equina"), ("immobilisation", "overexertion"),
]

REF_DATE = datetime.date(2026, 11, 1)

# How often each red flag has been written so far, over all clinics.
FLAG_USES = collections.Counter()

# Remarks added to ordinary complaints, per style.
ORDINARY_EXTRAS = {
    "kiosk": ["started {weekday}", "my kid has it too", "already tried tylenol", "can i get seen today",
              "not sure if its serious", "third time this year", "need to be back at work tomorrow",
              "my wife made me come in", "it's worse in the evening"],
    "triage": ["NKDA", "VS wnl", "walk-in", "interpreter requested (Spanish)", "no fever", "NKDA, VS wnl",
               "requests note for work", "pt prefers afternoon appt"],
    "note": ["No red flags on history.", "Plan discussed; return if worse.", "Exam otherwise unremarkable.",
             "Patient agrees with plan.", "Follow up as needed."],
}


def age_on(birth, day):
    years = day.year - birth.year
    if (day.month, day.day) < (birth.month, birth.day):
        years -= 1
    return years


def calcium_risk(sex, age):
    if 10 <= age <= 19:
        return "adolescent"
    if sex == "F" and age >= 45:
        return "woman_45_plus"
    return ""


class Deck:
    """Deals items of a list in shuffled order without repeats until all are used."""

    def __init__(self, rng, items):
        self.rng, self.items, self.pile = rng, list(items), []

    def deal(self, accept):
        for _ in range(2 * len(self.items) + 2):
            if not self.pile:
                self.pile = self.items[:]
                self.rng.shuffle(self.pile)
            item = self.pile.pop()
            if accept(item):
                return item
        return None


def _parse_suits():
    rules = []
    for word, condition in T.SUITS:
        tests = []
        for term in condition.split():
            if term in ("F", "M"):
                tests.append(lambda sex, age, want=term: sex == want)
            elif term.startswith(">="):
                tests.append(lambda sex, age, n=int(term[2:]): age >= n)
            else:
                tests.append(lambda sex, age, n=int(term[2:]): age <= n)
        rules.append((re.compile(r"\b" + re.escape(word), re.I), tests))
    return rules


SUIT_RULES = _parse_suits()


def suits(text, sex, age):
    """Whether a piece of text fits a patient of this sex and age (see text.SUITS)."""
    return all(test(sex, age) for pattern, tests in SUIT_RULES if pattern.search(text) for test in tests)


class Patient:
    def __init__(self, patient_id, sex, birth):
        self.patient_id, self.sex, self.birth = patient_id, sex, birth


class Content:
    """The text of one record and what a correct classifier should find in it."""

    def __init__(self):
        self.complaint, self.history, self.meds = "", [], []
        self.is_cramp, self.nocturnal, self.site = False, False, ""
        self.causes, self.possible, self.flags = set(), set(), set()
        self.where = []      # "code@field"
        self.contexts = []   # kinds of not-tagging context used
        self.note = ""


class CaseWriter:
    """Writes complaint, history and medication text for one clinic profile."""

    def __init__(self, rng, profile, seen):
        self.rng, self.profile = rng, profile
        self.decks = {}
        self.seen = seen  # complaint texts used so far, shared by all clinics
        self.sex, self.age = "F", 30  # the patient being written about

    def pick(self, key, items, accept=lambda item: True):
        """The next item of a shuffled deck that fits the current patient (self.sex, self.age)."""
        if key not in self.decks:
            self.decks[key] = Deck(self.rng, items)

        def fits(item):
            text = item if isinstance(item, str) else " ".join(str(x) for x in item[:2])
            return suits(text, self.sex, self.age) and accept(item)
        return self.decks[key].deal(fits)

    # --- slots ---------------------------------------------------------------
    def fill(self, text, ctx):
        r = self.rng

        def slot(m):
            name = m.group(1)
            if name in ctx:
                return str(ctx[name])
            table = {
                "side": lambda: ctx.setdefault("side", r.choice(["right", "left"])),
                "R": lambda: {"right": "R", "left": "L"}[ctx.setdefault("side", r.choice(["right", "left"]))],
                "time": lambda: r.choice(["3am", "2 am", "like 4 in the morning", "midnight", "1:30am",
                                          "5am", "2:15", "4am"]),
                "freq": lambda: r.choice(["3-4 times a week", "almost every night", "most nights",
                                          "a couple times a week", "twice last night"]),
                "freq_t": lambda: r.choice(["nightly", "3-4x/wk", "2x/night", "most nights", "q few nights"]),
                "dur": lambda: r.choice(["for a few weeks", "since last month", "for like 2 weeks now",
                                         "all this month", "for about a month", "since the holidays"]),
                "wks": lambda: r.choice(["x2 wks", "x3wk", "x 1 month", "x10 days", "x6 wks", "since Sept",
                                         "x4 days", "x2 mo"]),
                "n": lambda: r.choice([2, 3, 4, 6, 8]),
                "onset": lambda: r.choice(["3 weeks ago", "in the spring", "after Christmas", "last month"]),
                "km": lambda: r.choice([12, 15, 20, 25]),
                "weekly_km": lambda: r.choice([45, 55, 60, 70]),
                "hours": lambda: r.choice([9, 11, 14, 15]),
                "deg": lambda: r.choice([32, 35, 38]),
                "lb": lambda: r.choice([10, 15, 20]),
                "weeks": lambda: ctx.setdefault("weeks", r.choice([16, 22, 24, 28, 31, 34, 36])),
                "due": lambda: r.choice(["january", "february", "march", "april"]),
                "weekday": lambda: r.choice(["monday", "tuesday", "the weekend", "thursday"]),
                "lmp": lambda: r.choice(["10/12", "2 wks ago", "10/20", "9/28"]),
                "neutral_drug": lambda: r.choice(T.NEUTRAL_DRUGS).split(" (")[0],
            }
            return str(table[name]())

        return re.sub(r"\{(\w+)\}", slot, text)

    # --- people ----------------------------------------------------------------
    def person_words(self, ctx, sex, age):
        if sex == "F":
            ctx["person"] = "girl" if age < 18 else "woman"
            ctx["them"] = "her"
        elif sex == "M":
            ctx["person"] = "boy" if age < 18 else "man"
            ctx["them"] = "him"
        else:
            ctx["person"], ctx["them"] = "patient", "them"
        ctx["age"] = age
        ctx["sex_letter"] = sex

    # --- causes ------------------------------------------------------------------
    def cause_weight(self, code, sex, age, month):
        w = CAUSE_WEIGHTS[self.profile][code]
        if code == "pregnancy" and not (sex == "F" and 16 <= age <= 44):
            return 0
        if code == "cold_exposure":
            w *= 2.5 if month in (11, 12, 1, 2) else 0.3 if month in (6, 7, 8) else 1
        if code == "salt_loss":
            w *= 2.5 if month in (6, 7, 8) else 0.4 if month in (12, 1, 2) else 1
        if code in ("chronic_disease", "bone_hyperplasia") and age < 40:
            w *= 0.2
        if code == "overexertion" and age > 75:
            w *= 0.3
        if code == "calcium_deficiency" and sex == "F" and age >= 45:
            w *= 2
        if code in ("malnutrition", "electrolyte_imbalance") and age < 20:
            w *= 0.3
        return w

    def pick_causes(self, sex, age, month):
        r = self.rng
        count = r.choices([0, 1, 2, 3], weights=[20, 48, 26, 6])[0]
        chosen = []
        for _ in range(count):
            pool = [c for c in CAUSE_CODES if c not in chosen]
            weights = [self.cause_weight(c, sex, age, month) for c in pool]
            if sum(weights) <= 0:
                break
            chosen.append(r.choices(pool, weights=weights)[0])
        return chosen

    def drug_ok(self, who, sex, age):
        return {"any": True, "adult": age >= 18, "older": age >= 55,
                "woman45": sex == "F" and age >= 45}[who]

    # --- assembling one cramp complaint -------------------------------------------
    def cramp(self, style, sex, age, month, clinic_joins_lines):
        r, c = self.rng, Content()
        self.sex, self.age = sex, age
        c.is_cramp = True
        ctx = {}
        self.person_words(ctx, sex, age)
        if style == "kiosk" and age < 14 and r.random() < 0.7:
            child = "son" if sex == "M" else "daughter"
            opener = (r.choice([
                f"my {child} keeps waking up at night with cramps in {'his' if sex == 'M' else 'her'} calves, "
                f"{'he' if sex == 'M' else 'she'} is {age}",
                f"my {child} ({age}) gets leg cramps in bed most nights, growing pains?"]),
                "calf", True)
            c.note = "parent reporting for the patient"
        else:
            opener = self.pick("open-" + style, T.OPENERS[style])
        parts = [self.fill(opener[0], ctx)]
        c.site, c.nocturnal = opener[1], opener[2]

        causes = self.pick_causes(sex, age, month)
        for code in causes:
            if code == "medication":
                drug = self.pick("drug", T.CRAMP_DRUGS, lambda d: self.drug_ok(d[2], sex, age))
                if drug is None:
                    continue
                c.meds.append(drug[0])
                ctx["drug"] = drug[1]
                c.causes.add(code)
                if r.random() < 0.4:
                    parts.append(self.fill(self.pick("dm-" + style, T.DRUG_MENTIONS[style]), ctx))
                    c.where.append(code + "@complaint+medications")
                else:
                    c.where.append(code + "@medications")
                continue
            bank = T.CAUSES[code]
            piece = None
            if bank["history"] and (r.random() < 0.45 or style == "kiosk" and r.random() < 0.3):
                piece = self.pick("h-" + code, bank["history"])
                if piece is not None:
                    c.history.append(self.fill(piece, ctx))
                    c.where.append(code + "@history")
            if piece is None:
                piece = self.pick(code + style, bank[style])
                if piece is None:
                    continue
                parts.append(self.fill(piece, ctx))
                c.where.append(code + "@complaint")
            c.causes.add(code)

        possible = self.pick("poss-" + style, T.POSSIBLE[style]) if r.random() < 0.08 else None
        if possible is not None:
            text, tag = possible
            if tag[1:] not in c.causes:
                parts.append(text)
                c.possible.add(tag[1:])
                c.where.append(tag + "@complaint")

        fitting = [f for f in FLAG_CODES if any(suits(t, sex, age) for t in T.RED_FLAGS[f][style])]
        if r.random() < 0.14 and fitting:
            # The least used red flag that fits this patient, so that every flag shows up.
            fewest = min(FLAG_USES[f] for f in fitting)
            flag = r.choice([f for f in fitting if FLAG_USES[f] == fewest])
            piece = self.pick("rf-" + flag + style, T.RED_FLAGS[flag][style])
            if piece is not None:
                parts.append(self.fill(piece, ctx))
                c.flags.add(flag)
                FLAG_USES[flag] += 1

        for kind, p in (("negated", 0.42), ("family", 0.12), ("hypothetical", 0.1), ("past", 0.12),
                        ("pseudo", 0.1)):
            if r.random() >= p:
                continue
            text = self.pick(kind + style, T.NOT_TAGGING[kind][style],
                             lambda t: not self.conflicts(t, c, sex))
            if text is None:
                continue
            ctx["drug"] = r.choice([d for d in T.PAST_DRUGS if d != ctx.get("drug")])
            ctx["Drug"] = ctx["drug"][0].upper() + ctx["drug"][1:]
            parts.append(self.fill(text, ctx))
            c.contexts.append(kind)

        if r.random() < 0.35:
            closer = self.pick("close-" + style, T.CLOSERS[style])
            if closer is not None:
                parts.append(closer)

        self.background(c, sex, age)
        c.complaint = self.join(style, parts, c, clinic_joins_lines)
        return c

    def conflicts(self, text, c, sex):
        low = text.lower()
        if ("pregnant" in low or "daughter" in low) and sex != "F":
            return True
        return any(word in low and code in (c.causes | c.flags) for word, code in CONFLICT_WORDS)

    def background(self, c, sex, age):
        """Unrelated history and medicines, as most records have."""
        r = self.rng
        young = age < 18
        hist_pool = [h for h in (T.YOUNG_HISTORY if young else T.NEUTRAL_HISTORY) if suits(h, sex, age)]
        drug_pool = [d for d in (T.YOUNG_DRUGS if young else T.NEUTRAL_DRUGS) if suits(d, sex, age)]
        n_hist = r.choices([0, 1, 2], weights=[45, 40, 15] if age < 50 else [20, 45, 35])[0]
        for _ in range(n_hist):
            item = r.choice(hist_pool)
            if item not in c.history:
                c.history.insert(r.randrange(len(c.history) + 1), item)
        n_meds = r.choices([0, 1, 2, 3], weights=[40, 30, 20, 10] if age < 50 else [15, 30, 30, 25])[0]
        for _ in range(n_meds if not young else min(n_meds, 1)):
            item = r.choice(drug_pool)
            if item not in c.meds:
                c.meds.insert(r.randrange(len(c.meds) + 1), item)

    def apostrophes(self, text):
        """Kiosk typing: apostrophes left out, typed, or curly (phone keyboards type U+2019)."""
        r = self.rng
        if r.random() < 0.6:
            text = re.sub(r"\b(i|I)m\b", r"\1'm", text)
            text = re.sub(r"\b(couldn|wouldn|don|can|haven|didn|aren|won|isn)t\b", r"\1't", text)
        if r.random() < 0.6:
            text = text.replace("'", "\u2019")
        return text

    def join(self, style, parts, c, joins_lines):
        r = self.rng
        if style == "kiosk":
            out = parts[0]
            for p in parts[1:]:
                out += r.choice([". ", ", ", " and ", ". ", " - ", ".. "]) + p
            if r.random() < 0.3:
                out = re.sub(r"(^|[.!?] )([a-z])", lambda m: m.group(1) + m.group(2).upper(), out)
                out = re.sub(r"\bi\b", "I", out)
            elif r.random() < 0.5:
                out = out.lower()
            return self.apostrophes(out)
        if style == "triage":
            out = parts[0]
            for p in parts[1:]:
                out += r.choice([", ", ", ", ". ", "; "]) + p
            return out
        sentences = [p if p.endswith((".", "?", "!", "\"")) else p[0].upper() + p[1:] + "." for p in parts]
        if r.random() < 0.3 and (c.history or c.meds):
            tail = "PMH: " + (", ".join(c.history) if c.history else "none") + "."
            if c.meds:
                tail += " Meds: " + ", ".join(c.meds) + "."
            sentences.append(tail)
        sep = "\n" if joins_lines and r.random() < 0.35 else " "
        return sep.join(sentences)

    # --- ordinary complaints ---------------------------------------------------------
    def ordinary(self, style, sex, age):
        r, c = self.rng, Content()
        self.sex, self.age = sex, age
        ctx = {}
        self.person_words(ctx, sex, age)
        extra = [(t, n) for s, t, n in T.ORDINARY_BY_CLINIC.get(self.profile, []) if s == style]
        text, note = self.pick("ord-" + style, T.ORDINARY[style] + extra * 2)
        parts = [self.fill(text, ctx)]
        if r.random() < 0.5:
            more = [m for m in ORDINARY_EXTRAS[style] if suits(m, sex, age)]
            if style == "triage" and re.search(r"pain|injury|HA|flare|lac|bite", text):
                more.append(f"pain {r.randint(2, 8)}/10")
            parts.append(self.fill(r.choice(more), ctx))
        self.background(c, sex, age)
        if self.profile == "geriatric" and r.random() < 0.5:
            # Cause words outside a cramp complaint must not tag anything.
            c.history.append(r.choice(["osteoporosis", "T2DM", "CKD 3a", "lumbar spondylosis"]))
            c.meds.append(r.choice(["furosemide 20 mg", "atorvastatin 20 mg", "HCTZ 25 mg"]))
        if style == "kiosk":
            c.complaint = self.apostrophes(parts[0] + "".join(r.choice([". ", ", "]) + p for p in parts[1:]))
        else:
            c.complaint = self.join(style, parts, c, False)
        c.note = note
        return c

    def unique(self, make, tries=25):
        """Calls make() until its complaint text has not been used before."""
        for _ in range(tries):
            c = make()
            if c.complaint not in self.seen:
                break
        self.seen.add(c.complaint)
        return c
