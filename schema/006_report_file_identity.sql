-- 006_report_file_identity: report_state also remembers the bytes `run` wrote.
-- Migrations are append-only: never edit a released file, add the next one.

-- A workbook is left alone only when its data is unchanged AND the file on
-- disk is still the one `run` wrote: same size and SHA-256. A file edited,
-- truncated or replaced by hand (or by an ad-hoc `report` into the same
-- folder) is written again. NULL for rows written before this migration:
-- those workbooks are written once more.
ALTER TABLE report_state ADD COLUMN file_size INTEGER;
ALTER TABLE report_state ADD COLUMN file_sha256 TEXT;
