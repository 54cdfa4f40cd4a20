"""Exports from other systems (sample-data/other-systems/), each needing options to import."""

import datetime

from generator.export import Clinic, ClinicBuilder

STANDARD = ["clinic_id", "clinic_name", "intake_id", "patient_id", "intake_date", "sex"]

CP1252 = Clinic(
    id="CLN-058", name="Sainte-Th\u00e9r\u00e8se Community Clinic", profile="family", rows=24,
    styles={"kiosk": 50, "triage": 40, "note": 10},
    columns=[(f, f) for f in STANDARD + ["birth_date", "complaint", "history", "medications"]],
    encoding="cp1252", crlf=True,
    intake_id=lambda n, d: f"STC{7700 + n}", patient_id=lambda n: f"ST-{5100 + n * 17}",
    file="other-systems/intake-CLN-058-2026-10-31-cp1252.csv",
    command="crampwatch import --encoding windows-1252 sample-data/other-systems/intake-CLN-058-2026-10-31-cp1252.csv",
    about="Windows-1252 encoded (no BOM, CRLF): curly quotes and apostrophes (0x91-0x94), en dash (0x96), "
          "degree sign (0xB0), `\u00e9`/`\u00e8` in the clinic name. Read as UTF-8 (no option), every row "
          "is rejected as invalid UTF-8, since the clinic name is on every row.",
    first=datetime.date(2026, 9, 1))

DAY_FIRST = Clinic(
    id="CLN-071", name="Westbrook Medical Group", profile="family", rows=26,
    styles={"kiosk": 30, "triage": 40, "note": 30},
    columns=[("Clinic ID", "clinic_id"), ("Clinic Name", "clinic_name"), ("Visit No", "intake_id"),
             ("MRN", "patient_id"), ("Visit Date", "intake_date"), ("Gender", "sex"), ("DOB", "birth_date"),
             ("Reason for Visit", "complaint"), ("Problem List", "history"), ("Current Meds", "medications")],
    date_fmt="%d/%m/%Y", time_share=0.25, time_fmt=" %H:%M", meds_sep=", ",
    intake_id=lambda n, d: f"V{d:%y%m}{n:03d}", patient_id=lambda n: f"{880000 + n * 29}",
    file="other-systems/westbrook-visits-2026-10.csv",
    command='crampwatch import --date-format %d/%m/%Y \\\n'
            '    --map "Visit No=intake_id" --map "MRN=patient_id" --map "Visit Date=intake_date" \\\n'
            '    --map "Gender=sex" --map "DOB=birth_date" --map "Reason for Visit=complaint" \\\n'
            '    --map "Problem List=history" --map "Current Meds=medications" \\\n'
            '    sample-data/other-systems/westbrook-visits-2026-10.csv',
    about="Another vendor's column names (`Visit No`, `MRN`, `Visit Date`, `Gender`, `DOB`, "
          "`Reason for Visit`, `Problem List`, `Current Meds`; `Clinic ID`/`Clinic Name` already match) "
          "and day-first dates `DD/MM/YYYY` in both date columns, some visit dates with a time "
          "(`25/10/2026 14:20`). Without the maps the file fails as a whole (required columns missing); "
          "without `--date-format` every row is rejected (DD/MM/YYYY is not ISO).",
    first=datetime.date(2026, 10, 1))

TSV = Clinic(
    id="CLN-063", name="Harbor Urgent Care", profile="family", rows=22,
    styles={"kiosk": 50, "triage": 50},
    columns=[(f, f) for f in STANDARD + ["age", "complaint", "history", "medications"]],
    delimiter="\t", meds_sep=", ",
    intake_id=lambda n, d: f"HUC-{n:05d}", patient_id=lambda n: f"H{n * 41 + 1000}",
    file="other-systems/intake-CLN-063-2026-10-31.tsv",
    command="crampwatch import sample-data/other-systems/intake-CLN-063-2026-10-31.tsv",
    about="Tab-separated (chosen by the `.tsv` extension), LF, `age` instead of birth_date; commas "
          "and semicolons appear unquoted inside fields, no field needs quoting.",
    first=datetime.date(2026, 8, 1))


def _windows_text(text):
    """What a Windows system would have typed: curly quotes, en dashes, degree signs."""
    out = text.replace("\u2191", "increased ").replace("'", "\u2019").replace(" - ", " \u2013 ")
    while '"' in out:
        out = out.replace('"', "\u201c", 1).replace('"', "\u201d", 1)
    return out


def build(rng):
    """(file name, clinic, records) for every other-systems file."""
    files = []
    last = datetime.date(2026, 10, 31)
    for cl in (CP1252, DAY_FIRST, TSV):
        builder = ClinicBuilder(rng, cl)
        records = builder.records(cl.rows, cl.first, last)
        for rec in records:
            ct = rec.content
            if cl is CP1252:
                ct.complaint = _windows_text(ct.complaint)
                ct.history = [_windows_text(h) for h in ct.history]
            if cl is TSV:
                ct.complaint = ct.complaint.replace('"', "'").replace("\n", " ")
        if cl is CP1252:
            # Degree sign and dashes, as typed on a Windows front desk.
            plain = [rec for rec in records if not rec.content.is_cramp]
            plain[0].content.complaint = "fever 38.6\u00b0C since Tuesday \u2013 \u201cfeels like the flu\u201d"
            plain[1].content.complaint = "caf\u00e9 worker, burned R hand on espresso machine \u2013 blistered"
        files.append((cl.file, cl, records))
    return files
