#!/usr/bin/env bash
# Report benchmark: `crampwatch report` on one thread and on two, against the minimal
# writer (bench/minimal_report_writer.cpp: the same cells with libxlsxwriter alone, on
# one thread, only its writing timed), measured alternately in the same run.
#
#   bench/report_bench.sh [ROWS]            default 1000000
#   RUNS=5 CLINICS=50 bench/report_bench.sh 1000000
#
# The database is stored as nightly imports leave it: the generated export is imported
# and re-exported ordered by intake date, then clinic (one export per clinic per night,
# imported night after night), and that file is imported and classified. Preparation is
# not measured. Prints the medians over RUNS runs of the minimal writer's writing
# seconds, and of each report's wall time, its ratio to the minimal writer, and its
# peak memory (/usr/bin/time -v's "Maximum resident set size").
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
CLINICS=${CLINICS:-50}
SEED=${SEED:-1}
rows=${1:-1000000}

[ -x build/crampwatch ] && [ -x build/crampwatch-gen ] && [ -x build/minimal_report_writer ] ||
  scripts/build.sh >/dev/null
work=$(mktemp -d "${TMPDIR:-/tmp}/crampwatch-bench-XXXXXX")
trap 'rm -rf "$work"' EXIT

source bench/lib.sh

# Private copies: a rebuild in build/ during the run (the tree is shared) must not
# swap or remove the programs being measured.
mkdir "$work/bin"
cp build/crampwatch build/crampwatch-gen build/minimal_report_writer "$work/bin/"
bin="$work/bin"

# --- preparation (not measured) -----------------------------------------------
"$bin/crampwatch-gen" --rows "$rows" --clinics "$CLINICS" --seed "$SEED" --in-date-order --out "$work/export.csv"
"$bin/crampwatch" --db "$work/scratch.db" --quiet import "$work/export.csv" || [ $? -eq 1 ]
"$bin/crampwatch" --db "$work/scratch.db" --quiet classify
"$bin/crampwatch" --db "$work/scratch.db" query --format csv \
  "SELECT clinic_id, clinic_name, intake_id, patient_id, intake_date, sex, age, complaint, history, medications
   FROM v_intake ORDER BY intake_date, clinic_id, intake_id" >"$work/nightly.csv"
rm -f "$work"/scratch.db* "$work/export.csv"
db="$work/cw.db"
"$bin/crampwatch" --db "$db" --quiet import "$work/nightly.csv" || [ $? -eq 1 ]
"$bin/crampwatch" --db "$db" --quiet classify
rm -f "$work/nightly.csv"

# A first report (not measured) gives the period and row count the report uses, and
# warms the page cache for all that follow.
summary=$("$bin/crampwatch" --db "$db" report --out "$work/out" 2>&1 >/dev/null | grep '^report:')
# "(FROM to TO, R rows)", or in later versions "(FROM to TO, data through D, R rows)".
read -r from to report_rows < <(sed -n 's/.*(\([0-9-]*\) to \([0-9-]*\), \(data through [0-9-]*, \)\{0,1\}\([0-9]*\) rows).*/\1 \2 \4/p' <<<"$summary")
[ -n "${report_rows:-}" ] || { echo "report_bench: cannot read the report's summary: $summary" >&2; exit 1; }

printf 'machine: %s, %s cores; load average %s\n' "$(uname -m)" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"

# --- measured runs ------------------------------------------------------------
run_minimal() {
  rm -rf "$work/out-min"
  /usr/bin/time -f '%M' -o "$work/min-rss.txt" \
    "$bin/minimal_report_writer" "$db" "$work/out-min" "$from" "$to" | tee -a "$work/min.txt"
  cat "$work/min-rss.txt" >>"$work/min-mem.txt"
}
run_report() {  # THREADS
  rm -rf "$work/out-$1"
  measure "$bin/crampwatch" --db "$db" --quiet report --out "$work/out-$1" --from "$from" --to "$to" \
    --threads "$1" >>"$work/report-$1.txt"
}
: >"$work/min.txt"
: >"$work/min-mem.txt"
: >"$work/report-1.txt"
: >"$work/report-2.txt"
steps=(run_minimal "run_report 1" "run_report 2")
for run in $(seq "$RUNS"); do
  # Rotate the order so that none always runs first or after the same one.
  for i in 0 1 2; do ${steps[$(((run - 1 + i) % 3))]}; done
done
printf 'load average after: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"

min_s=$(awk '{ for (i = 1; i <= NF; i++) if ($i == "writing") print $(i - 2) }' "$work/min.txt" | median)
min_q=$(awk '{ for (i = 1; i <= NF; i++) if ($i == "(queries:") print $(i + 1) }' "$work/min.txt" | median)
min_m=$(median <"$work/min-mem.txt")
min_rows=$(awk '{ for (i = 1; i <= NF; i++) if ($i == "rows,") print $(i - 1) }' "$work/min.txt" | head -1)
min_cells=$(awk '{ for (i = 1; i <= NF; i++) if ($i == "cells,") print $(i - 1) }' "$work/min.txt" | head -1)
r1_s=$(cut -d' ' -f1 "$work/report-1.txt" | median)
r1_m=$(cut -d' ' -f2 "$work/report-1.txt" | median)
r2_s=$(cut -d' ' -f1 "$work/report-2.txt" | median)
r2_m=$(cut -d' ' -f2 "$work/report-2.txt" | median)
awk -v rows="$rows" -v clinics="$CLINICS" -v runs="$RUNS" -v from="$from" -v to="$to" \
    -v report_rows="$report_rows" -v min_rows="$min_rows" -v min_cells="$min_cells" \
    -v min_s="$min_s" -v min_q="$min_q" -v min_m="$min_m" -v r1_s="$r1_s" -v r1_m="$r1_m" -v r2_s="$r2_s" -v r2_m="$r2_m" 'BEGIN {
  printf "%s intakes, %s clinics, %s to %s: %s rows written (minimal writer: %s rows, %s cells)\n",
         rows, clinics, from, to, report_rows, min_rows, min_cells
  printf "medians of %s runs:                  seconds  ratio  peak MiB\n", runs
  printf "  minimal writer, writing only      %8.2f  %5.2f  %8.1f\n", min_s, 1, min_m / 1024
  printf "  (its queries, not counted:        %8.2f)\n", min_q
  printf "  crampwatch report --threads 1     %8.2f  %5.2f  %8.1f\n", r1_s, r1_s / min_s, r1_m / 1024
  printf "  crampwatch report --threads 2     %8.2f  %5.2f  %8.1f\n", r2_s, r2_s / min_s, r2_m / 1024 }'
