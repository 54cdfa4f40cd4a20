#!/usr/bin/env bash
# Load benchmark: the whole nightly job, `crampwatch run --out DIR
# --summary-json F FILE`, loading a clinic network's history into a fresh database at
# two sizes, then one incremental night on the larger database.
#
#   bench/load_bench.sh                 1,000,000 intakes over 50 clinics, then
#                                       10,000,000 over 200, 3 runs each
#   SIZES="100000:10 300000:20" RUNS=1 bench/load_bench.sh      a quick check
#
# Environment: SIZES (ROWS:CLINICS ...), RUNS (3), SEED (1), END_DATE (2025-12-31: the
# last intake date at every size), DAYS_PER_MILLION (365: a database holds years of data,
# 10M rows = 10 years, so the report's default 12 months are about the same at each size).
#
# Each size's export comes from crampwatch-gen in intake-date order (not measured), and
# is run RUNS times, each into a fresh database and workbook folder. Per size it prints
# the medians of each stage's seconds (from the --summary-json), rows/s and seconds per million intakes, and the run's wall time and peak memory
# (/usr/bin/time -v's "Maximum resident set size"). Then the issue's checks: peak memory
# of the largest size within 1.2x of the smallest's, and seconds per million intakes at
# each size (linear growth: the same at every size).
#
# Incremental night: on the largest size's database (its last run's, with its
# workbooks), a night of 1% of its rows: half new records (dated the day after
# END_DATE) and half changed versions of existing records (the same intake ids, another
# seed). `crampwatch run` of that file, RUNS times, each on a fresh `cp` of the loaded
# database and workbooks; prints the medians, the share of the full run (target: at
# most 5%), and checks the records it inserted and updated against the database.
#
# Disk: about 1 KB per intake of the largest size (10M: a 1.8 GB export, then a 4 GB
# database and its copy), checked before anything runs.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${SIZES:-"1000000:50 10000000:200"}
RUNS=${RUNS:-3}
SEED=${SEED:-1}
END_DATE=${END_DATE:-2025-12-31}
DAYS_PER_MILLION=${DAYS_PER_MILLION:-365}

# Sizes in ascending order of rows: the last one is the largest.
mapfile -t sizes < <(tr -s ' ' '\n' <<<"$SIZES" | grep . | sort -t: -k1,1n)
for size in "${sizes[@]}"; do
  [[ $size =~ ^[1-9][0-9]*:[1-9][0-9]*$ ]] ||
    { echo "load_bench: SIZES takes ROWS:CLINICS pairs, not '$size'" >&2; exit 64; }
done
[ ${#sizes[@]} -gt 0 ] || { echo "load_bench: SIZES is empty" >&2; exit 64; }
largest=${sizes[${#sizes[@]} - 1]%%:*}

[ -x build/crampwatch ] && [ -x build/crampwatch-gen ] || scripts/build.sh >/dev/null
work=$(mktemp -d "${TMPDIR:-/tmp}/crampwatch-bench-XXXXXX")
trap 'rm -rf "$work"' EXIT

source bench/lib.sh

# Private copies: a rebuild in build/ during the run (the tree is shared) must not
# swap or remove the programs being measured.
mkdir "$work/bin"
cp build/crampwatch build/crampwatch-gen "$work/bin/"
bin="$work/bin"

need_kib=$((largest * 1000 / 1024 + 100 * 1024))
free_kib=$(df -Pk "$work" | awk 'NR == 2 { print $4 }')
printf 'machine: %s, %s cores; load average %s\n' "$(uname -m)" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf 'disk: %s MiB free in %s, about %s MiB needed\n' $((free_kib / 1024)) "$(dirname "$work")" $((need_kib / 1024))
[ "$free_kib" -ge "$need_kib" ] || { echo "load_bench: not enough free disk space" >&2; exit 1; }

db="$work/cw.db"
out="$work/out"

# The single value of a one-row, one-column query.
query_value() { "$bin/crampwatch" --db "$db" query --format csv "$1" | tail -n 1 | tr -d '\r'; }  # CSV lines end in CRLF
day_plus() { date -u -d "$1 $2 days" +%F; }  # DATE N

# One measured `crampwatch run` of FILE into $db and $out; appends to RESULTS:
# wall peak_kib import_s classify_s report_s rest_s
# and leaves the summary in $work/summary.json.
run_once() {  # FILE RESULTS
  local wall_peak
  rm -f "$work/summary.json"
  wall_peak=$(measure "$bin/crampwatch" --db "$db" --quiet run --out "$out" \
    --summary-json "$work/summary.json" "$1")
  awk -v wp="$wall_peak" -v im="$(json_number "$work/summary.json" import seconds)" -v cl="$(json_number "$work/summary.json" classify seconds)" \
      -v re="$(json_number "$work/summary.json" report seconds)" 'BEGIN {
    split(wp, a, " "); printf "%.3f %d %.3f %.3f %.3f %.3f\n", a[1], a[2], im, cl, re, a[1] - im - cl - re }' >>"$2"
}
col() { cut -d' ' -f"$1" "$2" | median; }  # COLUMN RESULTS: its median

# Prints the stage table of RESULTS: stage, seconds, rows, rows/s and, given INTAKES,
# seconds per million intakes.
stage_table() {  # RESULTS IMPORT_ROWS CLASSIFY_ROWS REPORT_ROWS RUN_ROWS [INTAKES]
  awk -v wall="$(col 1 "$1")" -v peak="$(col 2 "$1")" -v im="$(col 3 "$1")" -v cl="$(col 4 "$1")" \
      -v re="$(col 5 "$1")" -v rest="$(col 6 "$1")" -v im_n="$2" -v cl_n="$3" -v re_n="$4" -v run_n="$5" \
      -v intakes="${6:-0}" 'function row(name, s, n) {
      printf "  %-16s %8.2f %10s %10s", name, s, n, (n == "" || s <= 0) ? "" : sprintf("%.0f", n / s)
      if (intakes > 0) printf " %10.2f", s / intakes * 1000000
      printf "\n" }
    BEGIN {
      printf "  %-16s %8s %10s %10s%s\n", "stage", "seconds", "rows", "rows/s", (intakes > 0 ? "  s/M intakes" : "")
      row("import", im, im_n); row("classify", cl, cl_n); row("report", re, re_n); row("rest of the run", rest, "")
      row("run (wall)", wall, run_n)
      printf "  peak memory: %.1f MiB\n", peak / 1024 }'
}

# --- full loads -----------------------------------------------------------------
for size in "${sizes[@]}"; do
  rows=${size%%:*}
  clinics=${size##*:}
  days=$(((rows * DAYS_PER_MILLION + 500000) / 1000000))
  [ "$days" -ge 1 ] || days=1
  start=$(day_plus "$END_DATE" -$((days - 1)))
  csv="$work/export-$rows.csv"
  "$bin/crampwatch-gen" --quiet --rows "$rows" --clinics "$clinics" --seed "$SEED" --in-date-order \
    --start-date "$start" --days "$days" --out "$csv"
  results="$work/load-$rows.txt"
  : >"$results"
  for _ in $(seq "$RUNS"); do
    rm -rf "$db" "$db-wal" "$db-shm" "$db.lock" "$out"
    run_once "$csv" "$results"
  done
  rm -f "$csv"
  s="$work/summary.json"
  printf '\n%s intakes, %s clinics, %s days (%s to %s); report %s to %s: %s rows, %s workbooks; medians of %s runs:\n' \
    "$rows" "$clinics" "$days" "$start" "$END_DATE" "$(sed -n 's/.*"from": "\([0-9-]*\)".*/\1/p' "$s")" \
    "$(sed -n 's/.*"to": "\([0-9-]*\)".*/\1/p' "$s")" "$(json_number "$s" report rows)" \
    "$(json_number "$s" report written)" "$RUNS"
  stage_table "$results" "$(json_number "$s" import rows_read)" "$(json_number "$s" classify classified)" \
    "$(json_number "$s" report rows)" "$rows" "$rows"
  [ "$rows" = "$largest" ] || rm -rf "$db" "$db-wal" "$db-shm" "$db.lock" "$out"
done

# --- the issue's checks ---------------------------------------------------------
smallest=${sizes[0]%%:*}
printf '\nchecks (medians):\n'
awk -v small="$smallest" -v large="$largest" -v sp="$(col 2 "$work/load-$smallest.txt")" \
    -v lp="$(col 2 "$work/load-$largest.txt")" 'BEGIN {
  r = lp / sp
  printf "  peak memory at %s intakes: %.1f MiB, %.2fx that at %s (%.1f MiB); target at most 1.2x: %s\n",
         large, lp / 1024, r, small, sp / 1024, r <= 1.2 ? "met" : "not met" }'
printf '  seconds per million intakes (linear growth: the same at every size):\n'
printf '    %-10s' stage
printf '%12s' "${sizes[@]%%:*}"
printf '%18s\n' "largest/smallest"
for stage in "3:import" "4:classify" "5:report" "1:run (wall)"; do
  printf '    %-10s' "${stage#*:}"
  for size in "${sizes[@]}"; do
    rows=${size%%:*}
    awk -v s="$(col "${stage%%:*}" "$work/load-$rows.txt")" -v n="$rows" 'BEGIN { printf "%12.2f", s / n * 1000000 }'
  done
  awk -v s="$(col "${stage%%:*}" "$work/load-$smallest.txt")" -v l="$(col "${stage%%:*}" "$work/load-$largest.txt")" \
      -v sn="$smallest" -v ln="$largest" 'BEGIN { printf "%18.2f\n", (l / ln) / (s / sn) }'
done

# --- incremental night on the largest database ------------------------------------
rows=$largest
clinics=${sizes[${#sizes[@]} - 1]##*:}
days=$(((rows * DAYS_PER_MILLION + 500000) / 1000000))
[ "$days" -ge 1 ] || days=1
start=$(day_plus "$END_DATE" -$((days - 1)))
night_date=$(day_plus "$END_DATE" 1)
night=$((rows / 100))
new=$((night / 2))
changed=$((night - new))
# Row i of an export is clinic i % clinics, intake number id-start + i / clinics: the
# changed rows take the loaded records' first numbers (and about their dates), the new
# rows the numbers after the last one.
per_clinic=$(((rows + clinics - 1) / clinics))
changed_days=$(((changed * days + rows - 1) / rows))
[ "$changed_days" -ge 1 ] || changed_days=1
"$bin/crampwatch-gen" --quiet --rows "$changed" --clinics "$clinics" --seed $((SEED + 1)) --in-date-order \
  --id-start 1 --start-date "$start" --days "$changed_days" --out "$work/changed.csv"
"$bin/crampwatch-gen" --quiet --rows "$new" --clinics "$clinics" --seed $((SEED + 2)) --in-date-order \
  --id-start $((per_clinic + 1)) --start-date "$night_date" --days 1 --out "$work/new.csv"
{ cat "$work/changed.csv"; tail -n +2 "$work/new.csv"; } >"$work/night.csv"
rm -f "$work/changed.csv" "$work/new.csv"

# The loaded state, kept aside: the database (whole in its .db file: a -wal or -shm
# left beside it would mean a copy is not the database) and its workbooks, whose
# fingerprints in report_state decide what the night rewrites: each run gets copies of
# both at the same paths (report_state names the folder by its absolute path).
if [ -e "$db-wal" ] || [ -e "$db-shm" ]; then
  echo "load_bench: $db-wal or -shm left after the run: cannot copy the database with cp" >&2
  exit 1
fi
loaded_intakes=$(query_value "SELECT count(*) FROM intake")
mv "$db" "$work/loaded.db"
mv "$out" "$work/loaded-out"
full_wall=$(col 1 "$work/load-$rows.txt")
results="$work/night.txt"
: >"$results"
for _ in $(seq "$RUNS"); do
  rm -rf "$db" "$db-wal" "$db-shm" "$out"
  cp "$work/loaded.db" "$db"
  cp -a "$work/loaded-out" "$out"
  run_once "$work/night.csv" "$results"
done
s="$work/summary.json"
printf '\nincremental night on the %s-intake database: %s rows, %s new (dated %s), %s changed versions of existing records; medians of %s runs, each on a fresh copy:\n' \
  "$rows" "$night" "$new" "$night_date" "$changed" "$RUNS"
stage_table "$results" "$(json_number "$s" import rows_read)" "$(json_number "$s" classify classified)" \
  "$(json_number "$s" report rows)" "$night"
printf '  report: %s workbooks written, %s unchanged (%s to %s)\n' "$(json_number "$s" report written)" \
  "$(json_number "$s" report unchanged)" "$(sed -n 's/.*"from": "\([0-9-]*\)".*/\1/p' "$s")" \
  "$(sed -n 's/.*"to": "\([0-9-]*\)".*/\1/p' "$s")"
awk -v n="$(col 1 "$results")" -v f="$full_wall" -v rows="$rows" 'BEGIN {
  printf "  share of the full %s-intake run: %.2f s of %.2f s = %.1f%%; target at most 5%%: %s\n",
         rows, n, f, n / f * 100, n / f <= 0.05 ? "met" : "not met" }'
# The last run's database against what the night holds.
inserted=$(json_number "$s" import inserted)
updated=$(json_number "$s" import updated)
unchanged=$(json_number "$s" import unchanged)
db_new=$(query_value "SELECT count(*) FROM intake WHERE intake_date >= '$night_date'")
db_changed=$(query_value "SELECT count(*) FROM intake WHERE revision > 1")
db_total=$(query_value "SELECT count(*) FROM intake")
verdict="as generated"
[ "$inserted" = "$new" ] && [ "$updated" = "$changed" ] && [ "$db_new" = "$new" ] &&
  [ "$db_changed" = "$changed" ] && [ "$db_total" = $((loaded_intakes + new)) ] || verdict="NOT as generated"
printf '  records: the run inserted %s, updated %s, left %s unchanged; the database has %s dated %s, %s changed (revision > 1), %s in all (%s before): %s\n' \
  "$inserted" "$updated" "$unchanged" "$db_new" "$night_date" "$db_changed" "$db_total" "$loaded_intakes" "$verdict"
printf 'load average after: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
