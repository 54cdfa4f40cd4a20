-- 003_report: what the reporter reads, served by indexes so that a report's
-- cost follows the clinic and period reported, not the size of the database.
-- Migrations are append-only: never edit a released file, add the next one.

-- Every report sheet selects one clinic's records in a date range. Kept
-- narrow: each imported row pays for its entry (a covering index made the
-- summary queries faster only when clinics' records are interleaved row by
-- row, and cost the import 20-60%).
CREATE INDEX intake_by_clinic_date ON intake (clinic_id, intake_date);

-- A rejected row's clinic, when its clinic_id field could be read (NULL when
-- the record was too broken to tell), so each clinic's workbook lists its own rejects.
ALTER TABLE import_reject ADD COLUMN clinic_id TEXT;
CREATE INDEX import_reject_by_clinic ON import_reject (clinic_id) WHERE clinic_id IS NOT NULL;

-- The calcium-risk thresholds a run used, for the reports' footer
-- (e.g. 'adolescent 10-19, woman 45+'); NULL for runs before this migration.
ALTER TABLE classify_run ADD COLUMN calcium_settings TEXT;

-- Readable names of the codes, in the order reports list them; analysts join
-- it too. 'unexplained' is the reports' name for a cramp complaint with no cause.
CREATE TABLE code_label (
  kind     TEXT NOT NULL CHECK (kind IN ('cause', 'red_flag')),
  code     TEXT NOT NULL,
  label    TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (kind, code)
) STRICT, WITHOUT ROWID;

INSERT INTO code_label (kind, code, label, position) VALUES
  ('cause', 'cold_exposure', 'Cold exposure', 1),
  ('cause', 'overexertion', 'Overexertion', 2),
  ('cause', 'salt_loss', 'Salt loss (sweating)', 3),
  ('cause', 'calcium_deficiency', 'Calcium deficiency', 4),
  ('cause', 'sleep_posture', 'Sleep posture', 5),
  ('cause', 'malnutrition', 'Malnutrition', 6),
  ('cause', 'lumbar_disc_herniation', 'Lumbar disc herniation', 7),
  ('cause', 'bone_hyperplasia', 'Bone spurs (hyperplasia)', 8),
  ('cause', 'medication', 'Medication', 9),
  ('cause', 'pregnancy', 'Pregnancy', 10),
  ('cause', 'electrolyte_imbalance', 'Electrolyte imbalance', 11),
  ('cause', 'chronic_disease', 'Chronic disease', 12),
  ('cause', 'unexplained', 'Unexplained (no cause found)', 13),
  ('red_flag', 'dvt_signs', 'DVT signs', 1),
  ('red_flag', 'claudication', 'Claudication', 2),
  ('red_flag', 'neuro_deficit', 'Neurological deficit', 3),
  ('red_flag', 'cauda_equina', 'Cauda equina', 4),
  ('red_flag', 'atypical_pattern', 'Atypical pattern', 5);
