-- 002_classification: the classifier's verdicts and tags; v_intake shows them, v_tag lists tags.
-- Migrations are append-only: never edit a released file, add the next one.

-- One row per `crampwatch classify` run: the rules it used.
CREATE TABLE classify_run (
  run_id         INTEGER PRIMARY KEY,
  rules_version  TEXT NOT NULL,            -- RuleSet::version(): hash of the rules and thresholds
  started_at     TEXT NOT NULL             -- UTC, ISO 8601
) STRICT;

-- The rules that fired, described once ('cause medication "lasix" (line 1400)'); tags
-- point here instead of repeating the text a million times.
CREATE TABLE rule (
  rule_id        INTEGER PRIMARY KEY,
  description    TEXT NOT NULL UNIQUE
) STRICT;

-- The classifier's verdict on one intake record: one row per record, replaced
-- when the record is classified again. It is current only while `revision`
-- equals the record's revision (a changed record waits in classify_queue).
-- Kept narrow: a nightly run writes one per new record.
CREATE TABLE classification (
  intake_key     INTEGER PRIMARY KEY REFERENCES intake (intake_key),
  revision       INTEGER NOT NULL,         -- the intake revision that was classified
  run_id         INTEGER NOT NULL REFERENCES classify_run (run_id),
  is_cramp       INTEGER NOT NULL CHECK (is_cramp IN (0, 1)),
  nocturnal      INTEGER NOT NULL CHECK (nocturnal IN (0, 1)),
  site           TEXT NOT NULL,            -- site codes, alphabetical, joined by ','; '' for none
  causes         TEXT NOT NULL,            -- cause codes, alphabetical, joined by ','; '' for none
  red_flags      TEXT NOT NULL,            -- red-flag codes, likewise
  calcium_risk   TEXT CHECK (calcium_risk IN ('adolescent', 'woman_45_plus')),  -- NULL: none
  calcium_reason TEXT                      -- e.g. 'age 14: adolescent (10-19)'; NULL: none
) STRICT;

-- No index on run_id: rows are a dozen bytes, so finding the records of
-- earlier rules (rare: the rules changed) scans fast, and every nightly insert
-- is spared an index entry.

-- One row per cause or red flag of a classification. The evidence is not
-- copied: it is the field's bytes from `start` to `end` (v_tag shows it).
-- Clustered by record (WITHOUT ROWID): a record's tags are found, replaced
-- and appended without a second index.
CREATE TABLE intake_tag (
  intake_key INTEGER NOT NULL REFERENCES intake (intake_key),
  tag_no     INTEGER NOT NULL,             -- 0, 1, ... within the record's classification
  kind       TEXT NOT NULL CHECK (kind IN ('cause', 'red_flag')),
  code       TEXT NOT NULL,
  certainty  TEXT NOT NULL CHECK (certainty IN ('definite', 'possible')),
  field      TEXT NOT NULL CHECK (field IN ('complaint', 'history', 'medications')),
  start      INTEGER NOT NULL,             -- byte offsets of the evidence in the field
  "end"      INTEGER NOT NULL,
  rule_id    INTEGER NOT NULL REFERENCES rule (rule_id),  -- the rule that fired and the modifier that decided
  PRIMARY KEY (intake_key, tag_no)
) STRICT, WITHOUT ROWID;

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
       c.is_cramp, c.nocturnal, c.site, c.causes, c.red_flags, c.calcium_risk, r.rules_version
FROM intake AS i
LEFT JOIN classification AS c ON c.intake_key = i.intake_key AND c.revision = i.revision
LEFT JOIN classify_run AS r ON r.run_id = c.run_id;

-- The tags of current classifications only: a changed record's old tags are hidden.
CREATE VIEW v_tag AS
SELECT i.clinic_id, i.intake_id, t.kind, t.code, t.certainty, t.field,
       CAST(substr(CAST(CASE t.field WHEN 'complaint' THEN i.complaint
                                     WHEN 'history' THEN i.history
                                     ELSE i.medications END AS BLOB),
                   t.start + 1, t."end" - t.start) AS TEXT) AS evidence,
       r.description AS rule
FROM intake_tag AS t
JOIN classification AS c ON c.intake_key = t.intake_key
JOIN intake AS i ON i.intake_key = t.intake_key AND i.revision = c.revision
JOIN rule AS r ON r.rule_id = t.rule_id;
