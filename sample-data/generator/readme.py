"""README.md for sample-data/, and the --labels listing. Both are computed from the records."""

import collections
import csv

from generator import cases as C
from generator.nights import labels_of

LABEL_COLUMNS = ["file", "line", "clinic_id", "intake_id", "expect", "is_cramp", "nocturnal", "site",
                 "causes", "possible", "red_flags", "calcium_risk", "contexts", "note"]


def print_labels(files, out):
    w = csv.writer(out, lineterminator="\n")
    w.writerow(LABEL_COLUMNS)
    for name, cl, records in files:
        for rec in records:
            lab = labels_of(rec)
            w.writerow([name, rec.line, cl.id, rec.value("intake_id"), rec.expect] +
                       [lab[k] for k in LABEL_COLUMNS[5:]])


def _period(records):
    days = [r.day for r in records]
    return f"{min(days)} .. {max(days)}"


def _table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    out += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(out)


def coverage(files):
    causes, possible, flags, where = collections.Counter(), collections.Counter(), collections.Counter(), \
        collections.Counter()
    contexts, sites, other = collections.Counter(), collections.Counter(), collections.Counter()
    for _, _, records in files:
        for rec in records:
            if rec.bad or rec.expect != "inserted":
                continue
            c = rec.content
            lab = labels_of(rec)
            if not c.is_cramp:
                other["ordinary complaints"] += 1
                if c.note:
                    other[f"ordinary, mentions cramps ({c.note})"] += 1
                continue
            other["cramp complaints"] += 1
            other["  at night"] += c.nocturnal
            other["  daytime"] += not c.nocturnal
            other["  unexplained (no cause)"] += not c.causes and not c.possible
            sites[c.site] += 1
            causes.update(c.causes)
            possible.update(c.possible)
            flags.update(c.flags)
            contexts.update(c.contexts)
            for w in c.where:
                code, field = w.lstrip("?").split("@")
                where[(code, field)] += 1
            risk = lab["calcium_risk"]
            if risk:
                key = f"  calcium risk `{risk}`, " + ("with another cause" if c.causes - {"calcium_deficiency"}
                                                     else "no other cause")
                other[key] += 1
    return causes, possible, flags, where, contexts, sites, other


def render(clinics, files, others):
    p = []
    p.append("# Sample intake exports\n")
    p.append("Realistic nightly intake exports from four clinics, for a new user's first run and for tests, "
             "plus exports from other systems that need command-line options. Every file here is written by "
             "`make_sample_data.py` (fixed seed, standard library only; the text pieces are hand-written in "
             "`generator/text.py`). Do not edit the CSV files by hand: change the script and run\n")
    p.append("```\n/usr/bin/python3 sample-data/make_sample_data.py          # rewrites every file and this README, "
             "then checks them\n/usr/bin/python3 sample-data/make_sample_data.py --check  # parses the files with "
             "Python's csv module and compares them with what was meant\n/usr/bin/python3 "
             "sample-data/make_sample_data.py --labels > /tmp/labels.csv  # intended labels per row\n```\n")
    p.append("Nothing here is real patient data.\n")
    p.append("## Nightly exports\n")
    p.append("The first night (`*-2026-10-31.csv`) is each clinic's first export: its whole backlog from "
             "2025-10-01 to 2026-10-31. The second night (`*-2026-11-01.csv`) corrects some of those records "
             "(same clinic_id + intake_id, changed content), re-sends a few unchanged, and adds new intakes. "
             "`Rows` counts records (data rows, not physical lines).\n")
    rows = []
    for name, cl, records in files:
        rows.append([f"`{name}`", f"{cl.id} {cl.name}", len(records), sum(1 for r in records if r.bad),
                     sum(1 for r in records if r.content.is_cramp and not r.bad), _period(records)])
    total = sum(len(r) for _, _, r in files)
    rows.append(["**total**", "", total, sum(1 for _, _, rs in files for r in rs if r.bad), "", ""])
    p.append(_table(["File", "Clinic", "Rows", "Bad on purpose", "Cramp complaints", "Intake dates"], rows))
    p.append("\n### How each clinic exports\n")
    for cl in clinics:
        header = ",".join(h for h, _ in cl.columns)
        p.append(f"- **{cl.id} {cl.name}**: {cl.layout}. Text: {cl.style}.  \n  Header: `{header}`")
    p.append("\nQuoted fields hold commas, doubled quotes (`\"\"`) and line breaks (clinician notes over "
             "several lines, CLN-031 medication lists one per line). Kiosk text from phones has curly "
             "apostrophes (valid UTF-8 `\u2019`); triage text uses `\u2191`.\n")
    p.append("## Running them\n")
    p.append("```\ncrampwatch --db /tmp/sample.db init\ncrampwatch --db /tmp/sample.db run --out /tmp/sample-reports "
             "sample-data/intake-*-2026-10-31.csv\ncrampwatch --db /tmp/sample.db run --out /tmp/sample-reports "
             "sample-data/intake-*-2026-11-01.csv\n```\n")
    p.append("Each run exits with 1 (success, some rows rejected). `sample-data/intake-*.csv` in one go works too: "
             "the shell sorts each clinic's first night before its second. Re-running either command changes "
             "nothing (same bytes, same SHA-256). Expected `v_import` counts, assuming a changed extra column "
             "(`INSURANCE_PLAN`) counts as changed content:\n")
    rows = []
    for name, _, records in files:
        n = collections.Counter(r.expect for r in records)
        rows.append([f"`{name}`", len(records), n["inserted"], n["updated"], n["unchanged"], n["rejected"]])
    p.append(_table(["File", "rows_read", "inserted", "updated", "unchanged", "rejected"], rows))
    p.append("\n## Rows that are bad on purpose\n")
    p.append("Each must be rejected on its own (stored in `v_reject`), never failing its file. `Line` is the "
             "physical line where the record starts; the header is line 1.\n")
    rows = [[f"`{name}`", r.line, f"`{r.value('intake_id')}`" if r.value("intake_id") else "(empty)", r.bad]
            for name, _, records in files for r in records if r.bad]
    p.append(_table(["File", "Line", "intake_id", "Why"], rows))
    p.append("\n## What the second night changes\n")
    rows = [[f"`{name}`", r.line, f"`{r.value('intake_id')}`", r.expect, r.change]
            for name, _, records in files for r in records if r.change and r.expect != "rejected"
            and name.endswith("11-01.csv")]
    p.append(_table(["File", "Line", "intake_id", "Import result", "Change"], rows))
    p.append("\nAll other second-night rows are new intakes (dated 2026-10-31 or 2026-11-01) or bad on purpose.\n")
    p.append(_coverage_section(files))
    p.append("## other-systems/\n")
    p.append("Exports from other systems, outside the nightly glob; each needs the command shown.\n")
    for name, cl, records in others:
        p.append(f"### `{name}`\n")
        p.append(f"{cl.id} {cl.name}: {len(records)} rows, intake dates {_period(records)}. {cl.about}\n")
        p.append(f"```\n{cl.command}\n```\n")
    return "\n".join(p)


def _coverage_section(files):
    causes, possible, flags, where, contexts, sites, other = coverage(files)
    p = ["## What the text covers\n",
         "Counts over the nightly files' accepted first versions (bad rows and second-night copies left out). "
         "`make_sample_data.py --labels` lists, per row, what a correct classifier should find: built into "
         "the text on purpose, so a guide for tests rather than a gold standard (see the `note` and "
         "`contexts` columns for the hard cases).\n"]
    p.append(_table(["", "Rows"], sorted(other.items(), key=lambda kv: (kv[0].startswith(" "), kv[0]))))
    rows = []
    for code in C.CAUSE_CODES:
        fields = collections.Counter()
        for (c, field), n in where.items():
            if c == code:
                fields[field] += n
        rows.append([f"`{code}`", causes[code], possible[code],
                     ", ".join(f"{f} {n}" for f, n in sorted(fields.items()))])
    p.append("\n" + _table(["Cause", "Definite", "Possible", "Evidence in"], rows))
    p.append("\n" + _table(["Red flag", "Rows"], [[f"`{f}`", flags[f]] for f in C.FLAG_CODES]))
    p.append("\nMentions that must **not** tag (cramp rows holding at least one): " +
             ", ".join(f"{k} {v}" for k, v in sorted(contexts.items())) +
             " (negated: \"denies calf swelling\", \"not on diuretics\"; family: \"mother has osteoporosis\"; "
             "hypothetical: \"call if calf swells\"; past: \"stopped HCTZ last year\"; pseudo-triggers: "
             "\"no relief w/ stretching\"). Sites: " + ", ".join(f"{k} {v}" for k, v in sorted(sites.items())) +
             ". Cause words also appear in the history and medications of ordinary complaints, which must get "
             "no tags.\n")
    return "\n".join(p)
