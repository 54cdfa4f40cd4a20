#!/usr/bin/env bash
# The README's first command: installs what is missing, builds, and runs the
# nightly job on sample-data/ as cron would, night one then night two, into
# ./sample.db, writing the workbooks to ./sample-reports/; then shows what was
# loaded and found.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
# Only the program it runs (scripts/build.sh builds everything, tests and benchmarks too).
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j "$(nproc)" --target crampwatch
db=sample.db
out=sample-reports
# Exit code 1 only means some rows were rejected on purpose (see v_reject).
for night in 2026-10-31 2026-11-01; do
  status=0
  build/crampwatch --db "$db" run --out "$out" sample-data/intake-*-"$night".csv || status=$?
  [ "$status" -le 1 ] || exit "$status"
done
build/crampwatch --db "$db" query \
  "SELECT clinic_id, clinic_name, count(*) AS intakes, sum(is_cramp) AS cramp_complaints,
          sum(is_cramp AND calcium_risk IS NOT NULL) AS calcium_risk,
          sum(is_cramp AND calcium_risk IS NOT NULL AND causes NOT IN ('', 'calcium_deficiency'))
            AS risk_with_other_cause,
          min(intake_date) AS first, max(intake_date) AS last
   FROM v_intake GROUP BY clinic_id ORDER BY clinic_id"
build/crampwatch --db "$db" query "SELECT file, line, reason FROM v_reject ORDER BY file, line"
echo "Workbooks: $(pwd)/$out/" >&2
ls -l "$out"/ >&2
