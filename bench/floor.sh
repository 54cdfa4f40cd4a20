#!/usr/bin/env bash
# Floor benchmark: the whole nightly job, `crampwatch run --out DIR EXPORT` on a fresh
# database (as the first night of a new install), against the sum of its own floors on
# the same export, measured alternately in the same run:
#
#   (a) ingestion: sqlite3's own `.import` of the export into a plain table with no
#       index (the sqlite3 shell of Debian's sqlite3 package; it validates nothing);
#   (b) classify matching alone on two threads: bench/classify_throughput's seconds
#       (one core, no database) divided by 2;
#   (c) the report's cells written on two threads: bench/minimal_report_writer's
#       writing-only seconds (libxlsxwriter alone, no formats, no SQL timed) divided by
#       2, as it writes on one thread only.
#
#   floor = a + b + c, per round; the run and the pieces take turns in every round.
#
#   bench/floor.sh [ROWS]            default 1000000
#   RUNS=5 CLINICS=50 bench/floor.sh 1000000
#   BASELINE=DIR bench/floor.sh      DIR/crampwatch (say, a copy of an earlier build) runs
#                                    the same night in every round too, taking turns with
#                                    the rest; its medians and the ratio of the runs follow
#
# The export comes from crampwatch-gen in intake order, as in the other benchmarks (not
# measured). A first `crampwatch run` (not measured) gives the report's period and the
# database the minimal writer reads: the one the nightly run writes its workbooks from.
# The run is also given --summary-json, to split its time by stage. Prints, over RUNS
# rounds, the median of each piece, of the floor, of the run (wall time and peak memory,
# from /usr/bin/time -v), the ratio run/floor, and the issue's targets.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
CLINICS=${CLINICS:-50}
SEED=${SEED:-1}
rows=${1:-1000000}

dpkg-query -W -f='${Status}' sqlite3 2>/dev/null | grep -q "install ok installed" && [ -x /usr/bin/time ] ||
  scripts/install-deps.sh
[ -x /usr/bin/sqlite3 ] || { echo "floor: /usr/bin/sqlite3 (Debian's sqlite3) is missing" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/crampwatch-bench-XXXXXX")
trap 'rm -rf "$work"' EXIT

source bench/lib.sh

private_copies crampwatch crampwatch-gen classify_throughput minimal_report_writer
bin="$work/bin"
if [ -n "${BASELINE:-}" ]; then
  [ -x "$BASELINE/crampwatch" ] || { echo "floor: $BASELINE/crampwatch is missing" >&2; exit 1; }
  cp "$BASELINE/crampwatch" "$bin/crampwatch-baseline"
fi

# --- preparation (not measured) -----------------------------------------------
csv="$work/export.csv"
"$bin/crampwatch-gen" --quiet --rows "$rows" --clinics "$CLINICS" --seed "$SEED" --in-date-order --out "$csv"
ref="$work/ref.db"
"$bin/crampwatch" --db "$ref" --quiet run --out "$work/ref-out" --summary-json "$work/ref.json" "$csv" ||
  [ $? -eq 1 ]
from=$(sed -n 's/.*"from": "\([0-9-]*\)".*/\1/p' "$work/ref.json")
to=$(sed -n 's/.*"to": "\([0-9-]*\)".*/\1/p' "$work/ref.json")
[ -n "$from" ] && [ -n "$to" ] || { echo "floor: no report period in the run's summary" >&2; exit 1; }

printf 'machine: %s, %s cores; load average %s; sqlite3 %s\n' "$(uname -m)" "$(nproc)" \
  "$(cut -d' ' -f1-3 /proc/loadavg)" "$(/usr/bin/sqlite3 --version | cut -d' ' -f1)"

# --- measured rounds ----------------------------------------------------------
ingest() {
  rm -f "$work"/plain.db*
  measure /usr/bin/sqlite3 "$work/plain.db" ".mode csv" ".import $csv intake" | cut -d' ' -f1 >>"$work/a.txt"
}
match() {
  "$bin/classify_throughput" "$csv" | tee -a "$work/match.txt" |
    awk '{ for (i = 1; i <= NF; i++) if ($i == "in") print $(i + 1) }' >>"$work/b.txt"
}
write_cells() {
  rm -rf "$work/out-min"
  "$bin/minimal_report_writer" "$ref" "$work/out-min" "$from" "$to" | tee -a "$work/min.txt" |
    awk '{ for (i = 1; i <= NF; i++) if ($i == "writing") print $(i - 2) }' >>"$work/c.txt"
}
run_night() {  # [PROGRAM RESULTS]: default crampwatch, run.txt
  local wall_peak program=${1:-crampwatch} results=${2:-run.txt}
  rm -rf "$work"/cw.db* "$work/out" "$work/summary.json"
  wall_peak=$(measure "$bin/$program" --db "$work/cw.db" --quiet run --out "$work/out" \
    --summary-json "$work/summary.json" "$csv")
  printf '%s %s %s %s\n' "$wall_peak" "$(json_number "$work/summary.json" import seconds)" \
    "$(json_number "$work/summary.json" classify seconds)" "$(json_number "$work/summary.json" report seconds)" \
    >>"$work/$results"
}
: >"$work/a.txt"
: >"$work/b.txt"
: >"$work/c.txt"
: >"$work/run.txt"
: >"$work/baseline.txt"
steps=(ingest match write_cells run_night)
[ -n "${BASELINE:-}" ] && steps+=("run_night crampwatch-baseline baseline.txt")
for run in $(seq "$RUNS"); do
  # Rotate the order so that none always runs first or after the same one.
  for i in $(seq 0 $((${#steps[@]} - 1))); do ${steps[$(((run - 1 + i) % ${#steps[@]}))]}; done
done
printf 'load average after: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"

# Each round's floor, from the same round's pieces; then medians.
floor=$(paste -d' ' "$work/a.txt" "$work/b.txt" "$work/c.txt" | awk '{ print $1 + $2 / 2 + $3 / 2 }' | median)
col() { cut -d' ' -f"$1" "$2" | median; }  # COLUMN FILE: its median
min_q=$(awk '{ for (i = 1; i <= NF; i++) if ($i == "(queries:") print $(i + 1) }' "$work/min.txt" | median)
min_cells=$(awk '{ for (i = 1; i <= NF; i++) if ($i == "cells,") print $(i - 1) }' "$work/min.txt" | head -1)
s="$work/summary.json"
awk -v rows="$rows" -v clinics="$CLINICS" -v runs="$RUNS" -v from="$from" -v to="$to" \
    -v report_rows="$(json_number "$s" report rows)" -v books="$(json_number "$s" report written)" \
    -v cells="$min_cells" -v a="$(col 1 "$work/a.txt")" -v b="$(col 1 "$work/b.txt")" \
    -v c="$(col 1 "$work/c.txt")" -v min_q="$min_q" -v floor="$floor" -v wall="$(col 1 "$work/run.txt")" \
    -v peak="$(col 2 "$work/run.txt")" -v im="$(col 3 "$work/run.txt")" -v cl="$(col 4 "$work/run.txt")" \
    -v re="$(col 5 "$work/run.txt")" 'function verdict(ok) { return ok ? "met" : "not met" }
  BEGIN {
    printf "%s intakes, %s clinics; report %s to %s: %s rows, %s workbooks, %s cells; medians of %s rounds:\n",
           rows, clinics, from, to, report_rows, books, cells, runs
    printf "                                                seconds\n"
    printf "  (a) sqlite3 .import into a plain table         %8.2f\n", a
    printf "  (b) matching alone, two threads                %8.2f   (one core: %.2f s, / 2)\n", b / 2, b
    printf "  (c) minimal writer, writing only, two threads  %8.2f   (one thread: %.2f s, / 2; its queries, not counted: %.2f s)\n", c / 2, c, min_q
    printf "  floor = a + b + c                              %8.2f   (median of the rounds\047 sums)\n", floor
    printf "  crampwatch run, fresh database                 %8.2f   peak %.1f MiB\n", wall, peak / 1024
    printf "    its stages: import %.2f, classify %.2f, report %.2f, rest %.2f\n", im, cl, re, wall - im - cl - re
    printf "targets:\n"
    printf "  run / floor                     %6.2fx      at most 1.6x: %s\n", wall / floor, verdict(wall / floor <= 1.6)
    printf "  import stage / sqlite3 .import  %6.2fx      at most 1.5x: %s\n", im / a, verdict(im / a <= 1.5)
    printf "  peak memory of run              %6.1f MiB   at most 64 MiB: %s\n", peak / 1024, verdict(peak / 1024 <= 64)
    printf "  beside their floors: import %.2fx, classify %.2fx, report %.2fx\n", im / a, cl / (b / 2), re / (c / 2) }'
if [ -n "${BASELINE:-}" ]; then
  awk -v wall="$(col 1 "$work/run.txt")" -v bwall="$(col 1 "$work/baseline.txt")" \
      -v bpeak="$(col 2 "$work/baseline.txt")" -v bim="$(col 3 "$work/baseline.txt")" \
      -v bcl="$(col 4 "$work/baseline.txt")" -v bre="$(col 5 "$work/baseline.txt")" -v floor="$floor" 'BEGIN {
    printf "baseline (%s/crampwatch), the same rounds:\n", ENVIRON["BASELINE"]
    printf "  run %.2f s, peak %.1f MiB; import %.2f, classify %.2f, report %.2f; run / floor %.2fx\n",
           bwall, bpeak / 1024, bim, bcl, bre, bwall / floor
    printf "  this build / baseline: %.3f\n", wall / bwall }'
fi
