#!/usr/bin/env bash
# Import benchmark: crampwatch import vs sqlite3's own .import of the same file into a
# plain table with no index (the limit: it validates nothing), alternating the two.
#
#   bench/import_bench.sh [ROWS...]      default: 1000000 3000000
#   RUNS=5 CLINICS=50 bench/import_bench.sh 1000000
#
# Prints, per size, the median wall time and peak memory (/usr/bin/time -v's
# "Maximum resident set size") of each tool over RUNS runs, and their ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
CLINICS=${CLINICS:-50}
SEED=${SEED:-1}
# Exports list records in intake order, as a clinic system exports a period; ORDER=random
# draws every date at random (the worst order for the (clinic, date) index).
ORDER=${ORDER:-date}
order_flag=()
[ "$ORDER" = random ] || order_flag=(--in-date-order)
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000000 3000000)

[ -x build/crampwatch ] && [ -x build/crampwatch-gen ] || scripts/build.sh >/dev/null
work=$(mktemp -d "${TMPDIR:-/tmp}/crampwatch-bench-XXXXXX")
trap 'rm -rf "$work"' EXIT

source bench/lib.sh

printf 'machine: %s, %s cores; sqlite3 %s\n' "$(uname -m)" "$(nproc)" "$(sqlite3 --version | cut -d' ' -f1)"
printf '%-10s %-26s %8s %10s\n' rows tool seconds peak_MiB
for rows in "${sizes[@]}"; do
  csv="$work/export-$rows.csv"
  build/crampwatch-gen --rows "$rows" --clinics "$CLINICS" --seed "$SEED" "${order_flag[@]}" --out "$csv"
  : >"$work/cw.txt"
  : >"$work/sq.txt"
  for run in $(seq "$RUNS"); do
    rm -f "$work"/plain.db* "$work"/cw.db*
    # Alternate which goes first so that neither always gets the warmer cache.
    if [ $((run % 2)) -eq 1 ]; then
      measure sqlite3 "$work/plain.db" ".mode csv" ".import $csv intake" >>"$work/sq.txt"
      measure build/crampwatch --db "$work/cw.db" --quiet import "$csv" >>"$work/cw.txt"
    else
      measure build/crampwatch --db "$work/cw.db" --quiet import "$csv" >>"$work/cw.txt"
      measure sqlite3 "$work/plain.db" ".mode csv" ".import $csv intake" >>"$work/sq.txt"
    fi
  done
  sq_s=$(cut -d' ' -f1 "$work/sq.txt" | median)
  cw_s=$(cut -d' ' -f1 "$work/cw.txt" | median)
  sq_m=$(cut -d' ' -f2 "$work/sq.txt" | median)
  cw_m=$(cut -d' ' -f2 "$work/cw.txt" | median)
  awk -v rows="$rows" -v sq_s="$sq_s" -v cw_s="$cw_s" -v sq_m="$sq_m" -v cw_m="$cw_m" 'BEGIN {
    printf "%-10s %-26s %8.2f %10.1f\n", rows, "sqlite3 .import", sq_s, sq_m / 1024
    printf "%-10s %-26s %8.2f %10.1f\n", rows, "crampwatch import", cw_s, cw_m / 1024
    printf "%-10s %-26s %8.2f\n", rows, "ratio (crampwatch/sqlite3)", cw_s / sq_s }'
done
