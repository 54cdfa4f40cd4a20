-- 005_run: the nightly job's log, and what each workbook was last made from.
-- Migrations are append-only: never edit a released file, add the next one.

-- One row per `crampwatch run`, written when it starts and completed when it ends.
CREATE TABLE run_log (
  run_id      INTEGER PRIMARY KEY,
  started_at  TEXT NOT NULL,              -- UTC, ISO 8601
  finished_at TEXT,                       -- NULL while running, or when the run was killed
  exit_code   INTEGER,                    -- the run's exit code (README: Exit codes)
  summary     TEXT                        -- JSON: each stage's figures, as --summary-json writes them
) STRICT;

-- The workbooks `run` wrote, with a fingerprint of what each was made from (the
-- clinic's records and rejects in the period, the rules, the period, the report
-- definitions): a workbook whose fingerprint is unchanged is not written again.
CREATE TABLE report_state (
  out_dir     TEXT NOT NULL,              -- the --out folder, as an absolute path
  file        TEXT NOT NULL,              -- the workbook's name in it
  fingerprint TEXT NOT NULL,
  written_at  TEXT NOT NULL,              -- UTC, ISO 8601
  PRIMARY KEY (out_dir, file)
) STRICT, WITHOUT ROWID;
