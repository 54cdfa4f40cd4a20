-- 002_classification: the classifier's verdicts and tags; v_intake shows them, v_tag lists tags.
-- Migrations are append-only: never edit a released file, add the next one.

-- The classifier's verdict on one intake record: one row per record, replaced
-- when the record is classified again. It is current only while `revision`
-- equals the record's revision (a changed record waits in classify_queue).
CREATE TABLE classification (
  intake_key     INTEGER PRIMARY KEY REFERENCES intake (intake_key),
  revision       INTEGER NOT NULL,         -- the intake revision that was classified
  rules_version  TEXT NOT NULL,            -- RuleSet::version() of the rules used
  is_cramp       INTEGER NOT NULL CHECK (is_cramp IN (0, 1)),
  nocturnal      INTEGER NOT NULL CHECK (nocturnal IN (0, 1)),
  site           TEXT NOT NULL,            -- site codes, alphabetical, joined by ','; '' for none
  causes         TEXT NOT NULL,            -- cause codes, alphabetical, joined by ','; '' for none
  red_flags      TEXT NOT NULL,            -- red-flag codes, likewise
  calcium_risk   TEXT CHECK (calcium_risk IN ('adolescent', 'woman_45_plus')),  -- NULL: none
  calcium_reason TEXT,                     -- e.g. 'age 14: adolescent (10-19)'; NULL: none
  classified_at  TEXT NOT NULL             -- UTC, ISO 8601
) STRICT;

-- Finds the records classified with other rules when the rules change.
CREATE INDEX classification_by_rules_version ON classification (rules_version);

-- One row per cause or red flag of a classification, with its evidence.
-- The codes are joined into classification.causes / red_flags as well, for
-- the views and the reports; this table is the evidence behind them.
CREATE TABLE intake_tag (
  tag_id     INTEGER PRIMARY KEY,
  intake_key INTEGER NOT NULL REFERENCES intake (intake_key),
  kind       TEXT NOT NULL CHECK (kind IN ('cause', 'red_flag')),
  code       TEXT NOT NULL,
  certainty  TEXT NOT NULL CHECK (certainty IN ('definite', 'possible')),
  field      TEXT NOT NULL CHECK (field IN ('complaint', 'history', 'medications')),
  start      INTEGER NOT NULL,             -- byte offsets of the evidence in the field
  "end"      INTEGER NOT NULL,
  evidence   TEXT NOT NULL,                -- the field's text between start and end
  rule       TEXT NOT NULL                 -- the rule that fired and the modifier that decided
) STRICT;

CREATE INDEX intake_tag_by_intake ON intake_tag (intake_key);
CREATE INDEX intake_tag_by_code ON intake_tag (kind, code);

-- Records imported before the classifier existed wait for it too.
INSERT OR IGNORE INTO classify_queue (intake_key) SELECT intake_key FROM intake;

-- Public views: the analysts' interface. Columns are documented in README.md.

-- The classification columns are NULL while a record is not classified, or
-- has changed since it was (until `crampwatch classify` runs again). Once it
-- is classified, `site`, `causes` and `red_flags` are '' when there are none.
DROP VIEW v_intake;
CREATE VIEW v_intake AS
SELECT i.clinic_id, i.clinic_name, i.intake_id, i.patient_id, i.intake_date, i.sex, i.age,
       i.complaint, i.history, i.medications,
       c.is_cramp, c.nocturnal, c.site, c.causes, c.red_flags, c.calcium_risk, c.rules_version
FROM intake AS i
LEFT JOIN classification AS c ON c.intake_key = i.intake_key AND c.revision = i.revision;

-- The tags of current classifications only: a changed record's old tags are hidden.
CREATE VIEW v_tag AS
SELECT i.clinic_id, i.intake_id, t.kind, t.code, t.certainty, t.field, t.evidence, t.rule
FROM intake_tag AS t
JOIN classification AS c ON c.intake_key = t.intake_key
JOIN intake AS i ON i.intake_key = t.intake_key AND i.revision = c.revision;
