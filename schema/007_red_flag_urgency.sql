-- 007_red_flag_urgency: how soon each red flag needs a clinician, and what to
-- suggest; readable names of the calcium-risk flags. Data, not code: the
-- workbooks read these tables, and analysts may join them.
-- Migrations are append-only: never edit a released file, add the next one.

-- code_label gains a third kind, 'calcium_risk', so that every code a
-- clinician could meet has its readable name in one table. SQLite cannot
-- change a CHECK constraint in place: the table is rebuilt with its rows.
CREATE TABLE code_label_new (
  kind     TEXT NOT NULL CHECK (kind IN ('cause', 'red_flag', 'calcium_risk')),
  code     TEXT NOT NULL,
  label    TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (kind, code)
) STRICT, WITHOUT ROWID;
INSERT INTO code_label_new (kind, code, label, position)
  SELECT kind, code, label, position FROM code_label;
DROP TABLE code_label;
ALTER TABLE code_label_new RENAME TO code_label;

-- The age thresholds are settings (classify_run.calcium_settings; 45 by
-- default, whatever the code says), so the names carry no number: the
-- workbooks state the thresholds beside them.
INSERT INTO code_label (kind, code, label, position) VALUES
  ('calcium_risk', 'adolescent', 'Adolescent', 1),
  ('calcium_risk', 'woman_45_plus', 'Older woman', 2);

-- One row per red flag: how urgent it is (1 = most urgent), that urgency in
-- words, the suggested action in plain words and the guideline it follows.
-- The Red flags sheet lists complaints by their most urgent flag, then newest.
-- Actions are prompts for a clinician, not orders; docs/workbooks.md ("Red flags")
-- names the sources.
CREATE TABLE red_flag_urgency (
  kind     TEXT NOT NULL DEFAULT 'red_flag' CHECK (kind = 'red_flag'),
  code     TEXT NOT NULL,
  urgency  INTEGER NOT NULL CHECK (urgency >= 1),
  timing   TEXT NOT NULL,             -- the urgency in words, e.g. 'Same day'
  action   TEXT NOT NULL,             -- what to consider, plainly and cautiously
  source   TEXT NOT NULL,             -- the guideline the action follows
  PRIMARY KEY (kind, code),
  FOREIGN KEY (kind, code) REFERENCES code_label (kind, code)
) STRICT, WITHOUT ROWID;

INSERT INTO red_flag_urgency (code, urgency, timing, action, source) VALUES
  ('dvt_signs', 1, 'Same day',
   'Possible deep vein thrombosis: assess the same day (Wells score, then D-dimer or ultrasound). Do not treat as a simple cramp until DVT is ruled out.',
   'NICE CKS: Deep vein thrombosis'),
  ('cauda_equina', 1, 'Same day',
   'Possible cauda equina syndrome: arrange an emergency assessment today; do not wait for the next visit.',
   'NICE CKS: Sciatica (lumbar radiculopathy)'),
  ('neuro_deficit', 2, 'Within days',
   'Weakness, numbness, wasting or foot drop suggest a nerve or spine cause: examine soon; seek urgent advice if severe or getting worse.',
   'NICE CKS: Sciatica (lumbar radiculopathy); Leg cramps'),
  ('claudication', 3, 'Next visit',
   'Possible peripheral arterial disease: check foot pulses and consider an ankle brachial pressure index. A cold, pale foot or pain at rest needs the same day.',
   'NICE CKS: Peripheral arterial disease'),
  ('atypical_pattern', 3, 'Next visit',
   'Not the usual pattern of leg cramps (long, by day, in arms or trunk, or worsening): look for another cause; consider blood tests if one is suspected.',
   'NICE CKS: Leg cramps');
