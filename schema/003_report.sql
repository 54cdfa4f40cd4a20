-- 003_report: what the reporter reads, served by indexes so that a report's
-- cost follows the clinic and period reported, not the size of the database.
-- Migrations are append-only: never edit a released file, add the next one.

-- Every report sheet selects one clinic's records in a date range.
CREATE INDEX intake_by_clinic_date ON intake (clinic_id, intake_date);

-- A rejected row's clinic, when its clinic_id field could be read (NULL when
-- the record was too broken to tell), so each clinic's workbook lists its own rejects.
ALTER TABLE import_reject ADD COLUMN clinic_id TEXT;
CREATE INDEX import_reject_by_clinic ON import_reject (clinic_id) WHERE clinic_id IS NOT NULL;

-- The calcium-risk thresholds a run used, for the reports' footer
-- (e.g. 'adolescent 10-19, woman 45+'); NULL for runs before this migration.
ALTER TABLE classify_run ADD COLUMN calcium_settings TEXT;
