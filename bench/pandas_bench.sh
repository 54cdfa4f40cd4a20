#!/usr/bin/env bash
# Against the alternative: the pipeline an analyst would write without crampwatch
# (bench/pandas_pipeline.py: pandas, SQLite, str.contains keywords, a Summary and a
# Complaints sheet per clinic) and `crampwatch run` (import, classify with context
# rules, six sheets with charts per clinic and an overview) on the same export, run
# alternately; medians of wall time and peak memory.
#
#   bench/pandas_bench.sh [ROWS]            default 1000000
#   RUNS=3 CLINICS=50 bench/pandas_bench.sh 1000000
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
CLINICS=${CLINICS:-50}
SEED=${SEED:-1}
rows=${1:-1000000}

[ -x build/crampwatch ] && [ -x build/crampwatch-gen ] || scripts/build.sh >/dev/null
/usr/bin/python3 -c 'import pandas, xlsxwriter' 2>/dev/null || scripts/install-deps.sh
work=$(mktemp -d "${TMPDIR:-/tmp}/crampwatch-bench-XXXXXX")
trap 'rm -rf "$work"' EXIT
source bench/lib.sh

# Private copies: a rebuild in build/ during the run must not swap the programs.
mkdir -p "$work/bin"
cp build/crampwatch build/crampwatch-gen "$work/bin/"
csv="$work/export.csv"
"$work/bin/crampwatch-gen" --rows "$rows" --clinics "$CLINICS" --seed "$SEED" --in-date-order --out "$csv"
printf 'machine: %s, %s cores\n' "$(uname -m)" "$(nproc)"
: >"$work/pandas.txt"
: >"$work/crampwatch.txt"
for run in $(seq "$RUNS"); do
  rm -rf "$work/pandas-out" "$work"/pandas.db
  measure /usr/bin/python3 bench/pandas_pipeline.py "$csv" "$work/pandas.db" "$work/pandas-out" >>"$work/pandas.txt"
  grep 'pandas pipeline' "$work/time.txt" >&2 || true
  rm -rf "$work/cw-out" "$work"/cw.db*
  measure "$work/bin/crampwatch" --db "$work/cw.db" --quiet run --out "$work/cw-out" \
    --summary-json "$work/cw-summary.json" "$csv" >>"$work/crampwatch.txt"
  for stage in import classify report; do printf '%s ' "$(json_number "$work/cw-summary.json" "$stage" seconds)"; done \
    >>"$work/crampwatch-stages.txt"
  echo >>"$work/crampwatch-stages.txt"
done
pd_s=$(cut -d' ' -f1 "$work/pandas.txt" | median)
pd_m=$(cut -d' ' -f2 "$work/pandas.txt" | median)
cw_s=$(cut -d' ' -f1 "$work/crampwatch.txt" | median)
cw_m=$(cut -d' ' -f2 "$work/crampwatch.txt" | median)
cw_stages=$(for column in 1 2 3; do cut -d' ' -f"$column" "$work/crampwatch-stages.txt" | median; done | tr '\n' ' ')
awk -v rows="$rows" -v pd_s="$pd_s" -v pd_m="$pd_m" -v cw_s="$cw_s" -v cw_m="$cw_m" -v stages="$cw_stages" 'BEGIN {
  split(stages, stage, " ")
  printf "%s rows, medians of runs:          seconds   peak MiB\n", rows
  printf "  pandas pipeline                  %8.2f   %8.1f\n", pd_s, pd_m / 1024
  printf "  crampwatch run                   %8.2f   %8.1f\n", cw_s, cw_m / 1024
  printf "    import %.2f s, classify %.2f s, report %.2f s\n", stage[1], stage[2], stage[3]
  printf "  crampwatch is %.1fx faster, with %.1fx less memory\n", pd_s / cw_s, pd_m / cw_m }'
