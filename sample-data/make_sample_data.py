#!/usr/bin/python3
"""Regenerates the sample intake exports in sample-data/ and their README.md.

    /usr/bin/python3 sample-data/make_sample_data.py            # write every file, then check them
    /usr/bin/python3 sample-data/make_sample_data.py --check    # only check the files on disk
    /usr/bin/python3 sample-data/make_sample_data.py --labels   # print intended labels (CSV) to stdout

Deterministic (fixed seed), standard library only. The text comes from the
hand-written pieces in generator/text.py, put together by generator/cases.py;
the byte-level hazards (BOM, CRLF, a Windows-1252 byte, a NUL byte) are
written explicitly by generator/export.py.
"""

import csv
import io
import os
import random
import sys

sys.dont_write_bytecode = True  # keep sample-data/ free of __pycache__
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from generator import cases as C, nights, other, readme  # noqa: E402
from generator.export import Clinic, ClinicBuilder, write_file  # noqa: E402

SEED = 20261031
NIGHT1, NIGHT2 = "2026-10-31", "2026-11-01"

CLINICS = [
    Clinic(id="CLN-014", name="Riverside Family Practice", profile="family", rows=125,
           styles={"kiosk": 45, "triage": 45, "note": 10},
           columns=[("clinic_id", "clinic_id"), ("clinic_name", "clinic_name"), ("intake_id", "intake_id"),
                    ("patient_id", "patient_id"), ("intake_date", "intake_date"), ("sex", "sex"),
                    ("birth_date", "birth_date"), ("complaint", "complaint"), ("history", "history"),
                    ("medications", "medications")],
           time_share=0.3, time_fmt=" %H:%M",
           intake_id=lambda n, d: f"RFP-{20000 + n:05d}", patient_id=lambda n: f"RF{300100 + n * 7:06d}",
           layout="lower-case snake_case header, birth_date (no age column), LF line ends, "
                  "quotes only where needed; ~30% of intake_date values carry a time (`2026-03-04 08:15`)",
           style="patients' kiosk self-reports and nurse triage shorthand, a few clinician notes"),
    Clinic(id="CLN-022", name="Northgate Sports & Spine", profile="sports", rows=105,
           styles={"kiosk": 15, "triage": 45, "note": 40},
           columns=[("Intake ID", "intake_id"), ("Clinic ID", "clinic_id"), ("Clinic Name", "clinic_name"),
                    ("Patient-ID", "patient_id"), ("Intake Date", "intake_date"), ("Sex", "sex"),
                    ("Age", "age"), ("Triage Level", "extra"), ("Complaint", "complaint"),
                    ("History", "history"), ("Medications", "medications")],
           time_share=1.0, time_fmt="T%H:%M:%S", sex_names={"F": "Female", "M": "Male", "U": "", "X": "X"},
           meds_sep=", ", quote_all=True, crlf=True, bom=True, lines_in_text=True,
           extra_values=["3", "4", "3", "2", "4", "5", "3", ""],
           intake_id=lambda n, d: f"NG{1048200 + n * 3}", patient_id=lambda n: f"{220400 + n * 13}",
           layout="UTF-8 BOM, CRLF line ends, every field quoted, Title Case header in another order, "
                  "`age` and no birth_date, extra column `Triage Level`, intake_date with time "
                  "(`2026-03-04T08:15:00`), sex as Female/Male",
           style="nurse triage shorthand and clinician notes (sport, spine), a few kiosk entries"),
    Clinic(id="CLN-031", name="Hillview Women's Health", profile="womens", rows=100,
           styles={"kiosk": 30, "triage": 20, "note": 50},
           columns=[("PATIENT-ID", "patient_id"), ("INTAKE_DATE", "intake_date"), ("INTAKE_ID", "intake_id"),
                    ("CLINIC_ID", "clinic_id"), ("CLINIC_NAME", "clinic_name"), ("SEX", "sex"),
                    ("BIRTH_DATE", "birth_date"), ("AGE", "age"), ("COMPLAINT", "complaint"),
                    ("MEDICATIONS", "medications"), ("HISTORY", "history"), ("INSURANCE_PLAN", "extra")],
           meds_sep="\n", lines_in_text=True, age_blank_share=0.3, monthly_ids=True,
           extra_values=["Medicaid", "BlueCross PPO", "Aetna HMO", "Self-pay", "Kaiser Permanente",
                         "Medicare", "United, Choice Plus", ""],
           intake_id=lambda n, d: f"HV-{d:%Y%m}-{n:04d}", patient_id=lambda n: f"HW-{10300 + n * 3}",
           layout="UPPER-CASE header with `-` and `_`, another column order, birth_date and age "
                  "(age blank in ~30% of rows), extra column `INSURANCE_PLAN`, medications one per line "
                  "inside a quoted field, intake ids numbered per month",
           style="clinician notes (some over several lines), kiosk self-reports with curly apostrophes, "
                 "some triage"),
    Clinic(id="CLN-047", name="Maple Grove Geriatric Clinic", profile="geriatric", rows=100,
           styles={"kiosk": 5, "triage": 50, "note": 45},
           columns=[("Clinic Id", "clinic_id"), ("Clinic Name", "clinic_name"), ("Intake-Id", "intake_id"),
                    ("Patient_ID", "patient_id"), ("Intake Date", "intake_date"), ("Sex", "sex"),
                    ("Birth Date", "birth_date"), ("History", "history"), ("Medications", "medications"),
                    ("Complaint", "complaint")],
           time_share=0.15, time_fmt=" %H:%M:%S", sex_names={"F": "female", "M": "male", "U": "", "X": "X"},
           lines_in_text=True,
           intake_id=lambda n, d: f"MG-{n:06d}", patient_id=lambda n: f"{41200 + n * 11:07d}",
           layout="mixed-case header with spaces, `-` and `_`, complaint as the last column, birth_date, "
                  "patient ids with leading zeros, sex as female/male, some times (`2026-03-04 14:05:33`)",
           style="triage shorthand and clinician notes, long medication lists; cause words also in "
                 "non-cramp records"),
]


def build():
    """Every nightly file as (name, clinic, records), and the other-systems files."""
    rng = random.Random(SEED)
    files = []
    for cl in CLINICS:
        builder = ClinicBuilder(rng, cl)
        first = nights.night1(builder)
        second = nights.night2(builder, first)
        files.append((f"intake-{cl.id}-{NIGHT1}.csv", cl, first))
        files.append((f"intake-{cl.id}-{NIGHT2}.csv", cl, second))
    return files, other.build(rng)


def check(files):
    """Parses every file with Python's csv module and compares it with what was meant."""
    problems = 0
    for name, cl, records in files:
        data = open(os.path.join(HERE, name), "rb").read()
        text = data.decode(cl.encoding, errors="surrogateescape")
        if text.startswith("\ufeff"):
            text = text[1:]
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=cl.delimiter, strict=True)
        header = next(reader)
        rows, starts, prev = [], [], reader.line_num
        for row in reader:
            starts.append(prev + 1)
            prev = reader.line_num
            rows.append(row)
        wrong = [r.line for r, row in zip(records, rows) if len(row) != len(header)]
        meant = [r.line for r in records if r.raw_fields or r.drop_last]
        ok = (len(rows) == len(records) and wrong == meant and len(header) == len(cl.columns)
              and starts == [r.line for r in records])
        # Every good row must hold exactly the values that were meant.
        for rec, row in zip(records, rows):
            if not (rec.raw_fields or rec.drop_last):
                want = [rec.value(f) for _, f in cl.columns]
                got = [v.replace("\udc92", "\ue000").replace("\x00", "\ue001") for v in row]
                ok = ok and got == want
        print(f"{'ok ' if ok else 'BAD'} {name}: {len(rows)} rows, {len(header)} columns, "
              f"{len(wrong)} with a wrong field count, {sum(1 for r in records if r.bad)} meant to be rejected",
              file=sys.stderr)
        problems += not ok
    return 1 if problems else 0


MIN_CAUSE_ROWS, MIN_FLAG_ROWS = 8, 4


def check_coverage(files):
    """Every cause code and red flag must appear several times (docs/classifier.md lists them all)."""
    causes, _, flags, *_ = readme.coverage(files)
    short = [f"{c} {causes[c]}" for c in C.CAUSE_CODES if causes[c] < MIN_CAUSE_ROWS]
    short += [f"{f} {flags[f]}" for f in C.FLAG_CODES if flags[f] < MIN_FLAG_ROWS]
    if short:
        print("BAD coverage: too few rows for " + ", ".join(short), file=sys.stderr)
    return 1 if short else 0


def main(argv):
    files, others = build()
    every = files + others
    write = "--check" not in argv and "--labels" not in argv
    if write:
        os.makedirs(os.path.join(HERE, "other-systems"), exist_ok=True)
    for name, cl, records in every:  # writing also numbers each record's first line
        write_file(os.path.join(HERE, name) if write else os.devnull, cl, records)
    if "--labels" in argv:
        readme.print_labels(every, sys.stdout)
        return 0
    if write:
        with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
            f.write(readme.render(CLINICS, files, others))
    return check(every) | check_coverage(files)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
