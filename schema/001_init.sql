-- 001_init: imported files, intake records (with their history) and rejected rows.
-- Migrations are append-only: never edit a released file, add the next one.

-- One row per imported file, identified by the SHA-256 of its raw bytes.
CREATE TABLE import_file (
  import_id   INTEGER PRIMARY KEY,
  file        TEXT NOT NULL,              -- the name it was imported under ('-' for stdin)
  sha256      TEXT NOT NULL UNIQUE,       -- hex digest of the raw bytes
  imported_at TEXT NOT NULL,              -- UTC, ISO 8601
  rows_read   INTEGER NOT NULL DEFAULT 0,
  inserted    INTEGER NOT NULL DEFAULT 0,
  updated     INTEGER NOT NULL DEFAULT 0,
  unchanged   INTEGER NOT NULL DEFAULT 0,
  rejected    INTEGER NOT NULL DEFAULT 0,
  seconds     REAL NOT NULL DEFAULT 0,
  CHECK (rows_read = inserted + updated + unchanged + rejected)
) STRICT;

-- The current version of every intake record, keyed by (clinic_id, intake_id).
CREATE TABLE intake (
  intake_key       INTEGER PRIMARY KEY,
  clinic_id        TEXT NOT NULL,
  intake_id        TEXT NOT NULL,
  clinic_name      TEXT,
  patient_id       TEXT NOT NULL,
  intake_date      TEXT NOT NULL,         -- YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS
  sex              TEXT CHECK (sex IN ('F', 'M', 'X', 'U')),
  birth_date       TEXT,                  -- YYYY-MM-DD
  age              INTEGER CHECK (age BETWEEN 0 AND 120),  -- at intake_date
  complaint        TEXT NOT NULL,
  history          TEXT,
  medications      TEXT,
  extra            TEXT,                  -- JSON object of the export's other columns
  revision         INTEGER NOT NULL DEFAULT 1,  -- 1 when inserted, +1 per content change
  import_id        INTEGER NOT NULL REFERENCES import_file (import_id),
  source_line      INTEGER NOT NULL,      -- physical line of the record in that file
  UNIQUE (clinic_id, intake_id)
) STRICT;

-- Records waiting for the classifier: new ones (queued by the importer, a
-- range of keys per merge) and changed ones (queued by intake_keep_history).
-- Reading this queue keeps classification proportional to the new data.
CREATE TABLE classify_queue (
  intake_key INTEGER PRIMARY KEY REFERENCES intake (intake_key)
) STRICT;

-- Earlier versions of intake records, kept when a later export changes them.
CREATE TABLE intake_history (
  history_id    INTEGER PRIMARY KEY,
  intake_key    INTEGER NOT NULL REFERENCES intake (intake_key),
  revision      INTEGER NOT NULL,
  clinic_name   TEXT,
  patient_id    TEXT NOT NULL,
  intake_date   TEXT NOT NULL,
  sex           TEXT,
  birth_date    TEXT,
  age           INTEGER,
  complaint     TEXT NOT NULL,
  history       TEXT,
  medications   TEXT,
  extra         TEXT,
  import_id     INTEGER NOT NULL REFERENCES import_file (import_id),
  source_line   INTEGER NOT NULL,
  replaced_by_import_id INTEGER NOT NULL REFERENCES import_file (import_id),
  UNIQUE (intake_key, revision)
) STRICT;

-- A content change bumps the revision (see the importer's merge): the old row goes to
-- history and the record waits for the classifier again.
CREATE TRIGGER intake_keep_history AFTER UPDATE OF revision ON intake
WHEN new.revision > old.revision
BEGIN
  INSERT INTO intake_history (intake_key, revision, clinic_name, patient_id, intake_date, sex,
                              birth_date, age, complaint, history, medications, extra,
                              import_id, source_line, replaced_by_import_id)
  VALUES (old.intake_key, old.revision, old.clinic_name, old.patient_id, old.intake_date,
          old.sex, old.birth_date, old.age, old.complaint, old.history, old.medications,
          old.extra, old.import_id, old.source_line, new.import_id);
  -- Not INSERT OR IGNORE: the upsert that fires this trigger overrides its conflict policy.
  INSERT INTO classify_queue (intake_key)
  SELECT new.intake_key WHERE NOT EXISTS (SELECT 1 FROM classify_queue WHERE intake_key = new.intake_key);
END;

-- Rows that could not be loaded, kept byte for byte with the reason.
CREATE TABLE import_reject (
  reject_id INTEGER PRIMARY KEY,
  import_id INTEGER NOT NULL REFERENCES import_file (import_id) ON DELETE CASCADE,
  line      INTEGER NOT NULL,             -- physical line where the record starts; header is 1
  field     TEXT,                         -- the column at fault, NULL for the whole record
  reason    TEXT NOT NULL,
  raw       BLOB NOT NULL                 -- the record's bytes as read
) STRICT;

CREATE INDEX import_reject_by_import ON import_reject (import_id, line);

-- Public views: the analysts' interface. Columns are documented in README.md.

-- The classification columns are filled in by the classifier's migration.
CREATE VIEW v_intake AS
SELECT clinic_id, clinic_name, intake_id, patient_id, intake_date, sex, age, complaint,
       history, medications,
       CAST(NULL AS INTEGER) AS is_cramp,
       CAST(NULL AS INTEGER) AS nocturnal,
       CAST(NULL AS TEXT) AS site,
       CAST(NULL AS TEXT) AS causes,
       CAST(NULL AS TEXT) AS red_flags,
       CAST(NULL AS TEXT) AS calcium_risk,
       CAST(NULL AS TEXT) AS rules_version
FROM intake;

CREATE VIEW v_reject AS
SELECT f.file AS file, r.line AS line, r.reason AS reason, CAST(r.raw AS TEXT) AS raw
FROM import_reject AS r JOIN import_file AS f USING (import_id);

CREATE VIEW v_import AS
SELECT file, sha256, imported_at, rows_read, inserted, updated, unchanged, rejected
FROM import_file;
