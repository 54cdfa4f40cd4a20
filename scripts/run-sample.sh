#!/usr/bin/env bash
# The README's first command: installs what is missing, builds, and runs the
# nightly job on sample-data/ into ./sample.db (import, classify, report), then
# shows what was loaded and found and where the workbooks are.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
db=sample.db
status=0
# Night one, then night two (which updates some records). Exit code 1 only
# means some rows were rejected on purpose; see v_reject.
build/crampwatch --db "$db" import sample-data/*.csv || status=$?
[ "$status" -le 1 ] || exit "$status"
build/crampwatch --db "$db" classify
build/crampwatch --db "$db" query \
  "SELECT clinic_id, clinic_name, count(*) AS intakes, sum(is_cramp) AS cramp_complaints,
          sum(is_cramp AND calcium_risk IS NOT NULL) AS calcium_risk,
          sum(is_cramp AND calcium_risk IS NOT NULL AND causes <> '') AS risk_with_other_cause,
          min(intake_date) AS first, max(intake_date) AS last
   FROM v_intake GROUP BY clinic_id ORDER BY clinic_id"
build/crampwatch --db "$db" query \
  "SELECT code, count(*) AS tags FROM v_tag WHERE kind = 'cause' GROUP BY code ORDER BY 2 DESC"
build/crampwatch --db "$db" query "SELECT file, line, reason FROM v_reject ORDER BY file, line"
# One workbook per clinic, and overview.xlsx, in ./sample-reports/.
build/crampwatch --db "$db" report --out sample-reports
echo "Workbooks: $(pwd)/sample-reports/" >&2
ls -l sample-reports/ >&2
