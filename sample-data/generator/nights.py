"""The two nightly exports of a clinic: deliberately bad rows, and the second night's changes."""

import datetime
import re

from generator import cases as C
from generator import text as T
from generator.export import CP1252_MARK, LAST_DAY, NUL_MARK

# (kind, position in the file's record list) per clinic.
BAD_NIGHT1 = {"CLN-014": [("missing_complaint", 17), ("birth_after_intake", 71)],
              "CLN-022": [("missing_intake_id", 33), ("age_150", 88)],
              "CLN-031": [("impossible_date", 12), ("cp1252_byte", 64)],
              "CLN-047": [("too_many_fields", 41), ("nul_byte", 77)]}
BAD_NIGHT2 = {"CLN-014": [("missing_patient_id", 6)], "CLN-022": [("bad_date_format", 4)],
              "CLN-031": [("impossible_birth_date", 8)], "CLN-047": [("too_few_fields", 5)]}


def make_bad(builder, records, kind, position):
    """Makes a new record deliberately bad in one way and inserts it at `position`."""
    day = records[position].day
    rec = builder.record(day, cramp=True)
    rec.expect = "rejected"
    ncols = len(rec.clinic.columns)
    if kind == "missing_complaint":
        rec.override["complaint"] = ""
        rec.bad = "complaint is empty"
    elif kind == "birth_after_intake":
        rec.override["birth_date"] = f"{day.year + 1}-08-14"
        rec.bad = f"birth_date {day.year + 1}-08-14 is after intake_date {day.isoformat()}"
    elif kind == "missing_intake_id":
        rec.override["intake_id"] = ""
        rec.bad = "intake_id is empty"
    elif kind == "age_150":
        rec.override["age"] = "150"
        rec.bad = "age 150 is outside 0-120"
    elif kind == "impossible_date":
        rec.override["intake_date"] = "2026-02-30"
        rec.bad = "intake_date 2026-02-30 is not a calendar date"
    elif kind == "cp1252_byte":
        rec.content.complaint = f"my calves cramp every night and i can{CP1252_MARK}t sleep, its been a month"
        rec.bad = "invalid UTF-8: byte 0x92 (Windows-1252 curly apostrophe) in complaint"
    elif kind == "nul_byte":
        rec.content.complaint = f"c/o L calf cramps at night x3 wks{NUL_MARK}, denies swelling"
        rec.bad = "NUL byte (0x00) in complaint"
    elif kind == "too_many_fields":
        index = [f for _, f in rec.clinic.columns].index("medications")
        rec.raw_fields[index] = "metoprolol 25 mg, aspirin 81 mg"
        rec.bad = f"{ncols + 1} fields, header has {ncols} (unquoted comma in medications)"
    elif kind == "too_few_fields":
        rec.drop_last = 3
        rec.bad = f"{ncols - 3} fields, header has {ncols} (row cut short)"
    elif kind == "missing_patient_id":
        rec.override["patient_id"] = ""
        rec.bad = "patient_id is empty"
    elif kind == "bad_date_format":
        rec.override["intake_date"] = "31/10/2026"
        rec.bad = "intake_date 31/10/2026 is not an ISO date (a day-first value in an ISO export)"
    elif kind == "impossible_birth_date":
        rec.override["birth_date"] = "1958-02-29"
        rec.bad = "birth_date 1958-02-29 is not a calendar date (1958 is not a leap year)"
    else:
        raise ValueError(kind)
    records.insert(position, rec)
    return rec


def night1(builder):
    records = builder.records(builder.clinic.rows)
    for kind, pos in BAD_NIGHT1[builder.clinic.id]:
        make_bad(builder, records, kind, pos)
    return records


def _pick(records, test):
    for rec in records:
        if rec.expect == "inserted" and not rec.change and test(rec):
            return rec
    raise LookupError("no record fits")


def _update(rec, change):
    """A changed copy of a first-night record; marks the original."""
    new = rec.copy(new_content=True)
    new.change, new.expect = change, "updated"
    rec.change = "changed next night"
    return new


def _cramp(x):
    return x.content.is_cramp


def night2(builder, first):
    """Updates of first-night records, re-sent unchanged rows, new intakes, and bad rows."""
    cl, rng = builder.clinic, builder.rng
    out = []
    if cl.id == "CLN-014":
        u = _update(_pick(first, lambda x: _cramp(x) and "medication" not in x.content.causes),
                    "medications corrected: 'furosemide 20 mg daily' added")
        u.content.meds.append("furosemide 20 mg daily")
        u.content.causes.add("medication")
        out.append(u)
        u = _update(_pick(first, lambda x: _cramp(x) and not x.content.flags and x.day.month in (4, 5)),
                    "complaint amended: '. denies calf swelling' appended")
        u.content.complaint += ". denies calf swelling"
        out.append(u)
        bad = next(x for x in first if x.bad == "complaint is empty")
        fixed = bad.copy()
        fixed.override, fixed.bad, fixed.expect = {}, "", "inserted"
        fixed.change = "re-sent with its complaint filled in (rejected the night before)"
        bad.change = "re-sent corrected next night"
        out.append(fixed)
        resend = 2
    elif cl.id == "CLN-022":
        u = _update(_pick(first, lambda x: _cramp(x) and x.age >= 20 and "medication" not in x.content.causes),
                    "medications corrected: 'naproxen 500 mg bid' added")
        u.content.meds.append("naproxen 500 mg bid")
        u.content.causes.add("medication")
        out.append(u)
        u = _update(_pick(first, lambda x: _cramp(x) and "lumbar_disc_herniation" not in x.content.causes),
                    "history corrected: 'L5-S1 disc herniation' added")
        u.content.history.append("L5-S1 disc herniation")
        u.content.causes.add("lumbar_disc_herniation")
        out.append(u)
        resend = 1
    elif cl.id == "CLN-031":
        u = _update(_pick(first, lambda x: _cramp(x) and x.sex == "F" and 20 <= x.age <= 40
                          and "pregnancy" not in x.content.causes and not x.content.possible),
                    "history corrected: 'pregnant, 9 wks by US' added")
        u.content.history.append("pregnant, 9 wks by US")
        u.content.causes.add("pregnancy")
        out.append(u)
        u = _update(_pick(first, lambda x: _cramp(x) and x.extra not in ("", "Medicaid")),
                    "only INSURANCE_PLAN changed (now Medicaid)")
        u.extra = "Medicaid"
        out.append(u)
        near45 = max((x for x in first if _cramp(x) and x.sex == "F" and x.age < 45 and x.expect == "inserted"
                      and not x.change), key=lambda x: x.age)
        u = _update(near45,
                    "birth_date corrected to an earlier year: the patient is now 45+ (calcium risk)")
        years = 46 - u.age
        b = u.birth
        u.birth = b.replace(year=b.year - years, day=min(b.day, 28))
        out.append(u)
        resend = 1
    else:
        cause_drugs = {d[0] for d in T.CRAMP_DRUGS}
        a = _pick(first, lambda x: _cramp(x) and any(m in cause_drugs for m in x.content.meds))
        drug = next(m for m in a.content.meds if m in cause_drugs)
        dose = re.search(r"\d+(\.\d+)?", drug).group(0)
        doubled = drug.replace(dose, f"{float(dose) * 2:g}", 1)
        u = _update(a, f"medications corrected: '{drug}' is now '{doubled}'")
        u.content.meds = [doubled if m == drug else m for m in u.content.meds]
        out.append(u)
        u = _update(_pick(first, lambda x: _cramp(x) and "chronic_disease" not in x.content.causes),
                    "history corrected: 'CKD stage 4' added")
        u.content.history.append("CKD stage 4")
        u.content.causes.add("chronic_disease")
        out.append(u)
        resend = 1

    # Exports often repeat the last rows of the previous night, unchanged.
    for rec in [x for x in first if x.expect == "inserted" and not x.change][-resend:]:
        same = rec.copy()
        same.expect, same.change = "unchanged", "re-sent unchanged"
        rec.change = "re-sent unchanged next night"
        out.append(same)

    days = sorted(rng.choice([LAST_DAY, LAST_DAY + datetime.timedelta(days=1)]) for _ in range(9))
    fresh = [builder.record(d) for d in days]
    if cl.id == "CLN-014":
        # One new intake appears twice in this file: the later row corrects the earlier one.
        first_row = fresh[3]
        second = first_row.copy(new_content=True)
        second.content.history.append("hypothyroidism")
        if first_row.content.is_cramp:
            second.content.causes.add("chronic_disease")
        second.expect = "updated"
        second.change = "same intake_id earlier in this file; this row adds 'hypothyroidism' to history"
        first_row.change = "corrected later in the same file"
        fresh.insert(7, second)
    out += fresh
    for kind, pos in BAD_NIGHT2[cl.id]:
        make_bad(builder, out, kind, pos)
    return out


def labels_of(rec):
    """What a correct classifier should find in a record (for --labels and the README)."""
    c = rec.content
    risk = C.calcium_risk(rec.sex, rec.age)
    return {"is_cramp": int(c.is_cramp), "nocturnal": int(c.is_cramp and c.nocturnal),
            "site": c.site if c.is_cramp else "",
            "causes": ",".join(sorted(c.causes)) if c.is_cramp else "",
            "possible": ",".join(sorted(c.possible)) if c.is_cramp else "",
            "red_flags": ",".join(sorted(c.flags)) if c.is_cramp else "",
            "calcium_risk": risk, "contexts": ",".join(c.contexts), "note": c.note}
