#!/usr/bin/python3
"""The pipeline an analyst would write without crampwatch, for bench/pandas_bench.sh.

    /usr/bin/python3 bench/pandas_pipeline.py EXPORT.csv OUT.db OUT_DIR

Reads the export with pandas, writes it to SQLite, tags cramp complaints and their
causes with str.contains keyword patterns (no context: "no cold exposure" tags cold
exposure), and writes a workbook per clinic with a Summary and a Complaints sheet
(Debian's python3-pandas and python3-xlsxwriter, run by /usr/bin/python3).
"""
import os
import sqlite3
import sys
import time

import pandas as pd

CRAMP = r"cramp|charley horse|spasm|seiz"
LOWER_LIMB = r"calf|calves|leg|foot|feet|toe|thigh|hamstring|sole|arch"
NIGHT = r"night|woke|wakes|waking|in bed|asleep|sleep|midnight|\b[0-4]\s?am\b"
CAUSES = {
    "cold_exposure": r"cold|unheated|no heating|thin (?:quilt|blanket|duvet)|winter|chilly|swimming",
    "overexertion": r"hike|hiking|marathon|\brun\b|running|long walk|on (?:my|her|his) feet|workout|exercise|climb",
    "salt_loss": r"sweat|dehydrat|only water|hot weather|heat",
    "calcium_deficiency": r"calcium|osteopor|osteopen|vitamin d|no dairy",
    "sleep_posture": r"prone|on (?:my|her|his) stomach|toes pointed|tucked|duvet press|quilt press",
    "malnutrition": r"appetite|weight loss|one meal|skipping meals|bmi",
    "lumbar_disc_herniation": r"disc|disk|sciatica|radiculopathy|stenosis|l4|l5",
    "bone_hyperplasia": r"spur|osteophyte|spondylosis|degenerative",
    "medication": r"hctz|hydrochlorothiazide|furosemide|lasix|statin|atorvastatin|simvastatin|albuterol|"
                  r"raloxifene|nifedipine|donepezil|naproxen|estrogen|diuretic",
    "pregnancy": r"pregnan|weeks pregnant|trimester",
    "electrolyte_imbalance": r"potassium|magnesium|sodium|\bk \d|\bmg \d|electrolyte",
    "chronic_disease": r"dialysis|kidney|renal|cirrhosis|neuropathy|parkinson|diabet|hypothyroid|vascular",
}


def main():
    export, database, out_dir = sys.argv[1:4]
    started = time.monotonic()
    df = pd.read_csv(export, dtype=str, keep_default_na=False)
    read_done = time.monotonic()

    if os.path.exists(database):
        os.remove(database)
    with sqlite3.connect(database) as connection:
        df.to_sql("intake", connection, index=False)
    sqlite_done = time.monotonic()

    complaint = df["complaint"].str.lower()
    text = complaint + " " + df["history"].str.lower() + " " + df["medications"].str.lower()
    df["is_cramp"] = complaint.str.contains(CRAMP, regex=True) & complaint.str.contains(LOWER_LIMB, regex=True)
    df["nocturnal"] = df["is_cramp"] & complaint.str.contains(NIGHT, regex=True)
    for code, pattern in CAUSES.items():
        df[code] = df["is_cramp"] & text.str.contains(pattern, regex=True)
    codes = list(CAUSES)
    df["causes"] = df[codes].apply(lambda row: ",".join(c for c in codes if row[c]), axis=1)
    tagging_done = time.monotonic()

    os.makedirs(out_dir, exist_ok=True)
    columns = ["intake_date", "intake_id", "patient_id", "age", "sex", "nocturnal", "causes", "complaint"]
    for clinic, rows in df.groupby("clinic_id"):
        cramps = rows[rows["is_cramp"]]
        summary = pd.DataFrame({
            "cause": codes,
            "complaints": [int(cramps[c].sum()) for c in codes],
        })
        summary["share"] = summary["complaints"] / max(len(cramps), 1)
        path = os.path.join(out_dir, f"{clinic}.xlsx")
        with pd.ExcelWriter(path, engine="xlsxwriter") as writer:
            summary.to_excel(writer, sheet_name="Summary", index=False)
            cramps[columns].to_excel(writer, sheet_name="Complaints", index=False)
    done = time.monotonic()
    print(f"pandas pipeline: read {read_done - started:.1f} s, sqlite {sqlite_done - read_done:.1f} s, "
          f"tagging {tagging_done - sqlite_done:.1f} s, workbooks {done - tagging_done:.1f} s, "
          f"{int(df['is_cramp'].sum())} cramp complaints", file=sys.stderr)


if __name__ == "__main__":
    main()
