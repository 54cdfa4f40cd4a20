#!/usr/bin/python3
"""Assembles the intake corpus from its staging folder (not in the repository):

  STAGING/writer-N/records.csv      the writer's records and labels
  STAGING/label-N/labels.csv        the blind second labeller's labels
  STAGING/adjudicate-N/decisions.csv  the adjudicator's final labels where they disagreed

and writes PART/WN.csv here (PARTS: development or locked, by writer) with the final
labels, calcium_risk computed from age and sex, and a note (the writer's, plus how a
disagreement was settled). Prints each writer's agreement.

  /usr/bin/python3 tests/data/intake_corpus/assemble.py STAGING
"""
import csv
import os
import sys

BRIEFS = {"PRODUCT": "the product's definitions", "GUIDE": "the labelling guide"}
LABELS = ["is_cramp", "nocturnal", "site", "causes", "red_flags"]
# Writers 5 and 6 were the first locked part; their part became development when the
# rules were next changed (README.md), writers 7-9 were commissioned to lock, and
# writers 10-15 wrote more development text the way 7-9 were asked to; writers 16-24 wrote
# development text aimed at what the rules missed most, and writers 25-27 a second locked
# part the way 7-9 did; writers 28-30, 34-44 and 48-50 more development text, 31-33 a
# third locked part and 45-47 a fourth (README.md).
PARTS = {"1": "dev", "2": "dev", "3": "dev", "4": "dev", "5": "dev", "6": "dev",
         "7": "locked", "8": "locked", "9": "locked",
         "10": "dev", "11": "dev", "12": "dev", "13": "dev", "14": "dev", "15": "dev",
         "16": "dev", "17": "dev", "18": "dev", "19": "dev", "20": "dev", "21": "dev",
         "22": "dev", "23": "dev", "24": "dev", "25": "locked", "26": "locked", "27": "locked",
         "28": "dev", "29": "dev", "30": "dev", "31": "locked", "32": "locked", "33": "locked",
         "34": "dev", "35": "dev", "36": "dev", "37": "dev", "38": "dev", "39": "dev", "40": "dev",
         "41": "dev", "42": "dev", "43": "dev", "44": "dev", "45": "locked", "46": "locked",
         "47": "locked", "48": "dev", "49": "dev", "50": "dev"}
OUT = ["case_id", "register", "sex", "age", "complaint", "history", "medications",
       "is_cramp", "nocturnal", "site", "causes", "red_flags", "calcium_risk", "note"]


def norm(col, value):
    value = (value or "").strip()
    if col == "site":
        return ",".join(sorted(value.replace(",", " ").split()))
    if col in ("causes", "red_flags"):
        return ",".join(sorted(x.strip() for x in value.split(",") if x.strip()))
    return value


def load(path):
    if not os.path.exists(path):
        return {}
    with open(path, newline="", encoding="utf-8") as f:
        return {row["case_id"]: row for row in csv.DictReader(f)}


def calcium_risk(sex, age):
    """The product's heuristic: an adolescent (10-19), or a woman of 45 or over."""
    if not age.strip():
        return ""
    years = int(age)
    if 10 <= years <= 19:
        return "adolescent"
    if sex.strip().upper() == "F" and years >= 45:
        return "woman_45_plus"
    return ""


def main(staging):
    here = os.path.dirname(os.path.abspath(__file__))
    for writer, part in PARTS.items():
        records = load(f"{staging}/writer-{writer}/records.csv")
        second = load(f"{staging}/label-{writer}/labels.csv")
        decisions = load(f"{staging}/adjudicate-{writer}/decisions.csv")
        os.makedirs(f"{here}/{part}", exist_ok=True)
        agreed = 0
        with open(f"{here}/{part}/W{writer}.csv", "w", newline="", encoding="utf-8") as f:
            out = csv.DictWriter(f, fieldnames=OUT, lineterminator="\n")
            out.writeheader()
            for case_id, row in records.items():
                final = {c: norm(c, row[c]) for c in LABELS}
                note = row["note"].strip()
                other = {c: norm(c, second[case_id][c]) for c in LABELS}
                if other == final:
                    agreed += 1
                elif case_id in decisions:
                    final = {c: norm(c, decisions[case_id][c]) for c in LABELS}
                    note = (note + " | settled: " + decisions[case_id]["settled"].strip()).strip(" |")
                else:
                    sys.exit(f"{case_id}: the labellers disagree and there is no decision")
                # The notes cite, by file name, the briefs the labellers worked from, which
                # stay outside the repository: the notes say what they were instead (the
                # repository's own account of the codes is docs/classifier.md).
                for brief, what in BRIEFS.items():
                    note = note.replace(brief + ".md", what)
                if final["is_cramp"] != "1":
                    final.update(nocturnal="", site="", causes="", red_flags="")
                out.writerow({**{c: row[c] for c in OUT[:7]}, **final,
                              "calcium_risk": calcium_risk(row["sex"], row["age"]), "note": note})
        print(f"W{writer} ({part}): {len(records)} records, labellers agreed on all labels of {agreed}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/work/corpus")
