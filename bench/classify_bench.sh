#!/usr/bin/env bash
# Classify benchmark: the classifier's matching speed on one core (apart from the
# database), and the whole `crampwatch classify` command against `crampwatch import`
# of the same rows, measured in the same run.
#
#   bench/classify_bench.sh [ROWS]            default 1000000
#   RUNS=5 CLINICS=50 bench/classify_bench.sh 1000000
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
rows=${1:-1000000}

[ -x build/crampwatch ] && [ -x build/classify_throughput ] || scripts/build.sh >/dev/null
work=$(mktemp -d "${TMPDIR:-/tmp}/crampwatch-bench-XXXXXX")
trap 'rm -rf "$work"' EXIT

source bench/lib.sh

csv="$work/export.csv"
build/crampwatch-gen --rows "$rows" --clinics "$CLINICS" --seed "$SEED" "${order_flag[@]}" --out "$csv"
printf 'machine: %s, %s cores\n' "$(uname -m)" "$(nproc)"
for run in $(seq "$RUNS"); do
  build/classify_throughput "$csv" | tee -a "$work/match.txt"
done
: >"$work/import.txt"
: >"$work/classify.txt"
for run in $(seq "$RUNS"); do
  rm -f "$work"/cw.db*
  measure build/crampwatch --db "$work/cw.db" --quiet import "$csv" >>"$work/import.txt"
  measure build/crampwatch --db "$work/cw.db" --quiet classify >>"$work/classify.txt"
done
rate=$(awk '{ for (i = 1; i <= NF; i++) if ($i == "complaints/s") print $(i - 1) }' "$work/match.txt" | median)
im_s=$(cut -d' ' -f1 "$work/import.txt" | median)
cl_s=$(cut -d' ' -f1 "$work/classify.txt" | median)
cl_m=$(cut -d' ' -f2 "$work/classify.txt" | median)
awk -v rows="$rows" -v rate="$rate" -v im_s="$im_s" -v cl_s="$cl_s" -v cl_m="$cl_m" 'BEGIN {
  printf "%s rows, medians of runs:\n", rows
  printf "  matching on one core         %10.0f complaints/s\n", rate
  printf "  crampwatch import            %10.2f s\n", im_s
  printf "  crampwatch classify          %10.2f s  (%.0f%% of import), peak %.1f MiB\n", cl_s, 100 * cl_s / im_s, cl_m / 1024 }'
