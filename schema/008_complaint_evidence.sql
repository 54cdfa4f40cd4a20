-- 008_complaint_evidence: a complaint's evidence, as the Complaints sheet
-- shows it, is stored with its classification.
-- Migrations are append-only: never edit a released file, add the next one.

-- `evidence`: one line per tag, in tag order, joined by a line feed:
--   NAME[ (possible)]: "WORDS" (FIELD)
-- NAME the code's label in code_label (the code when it has none), WORDS the
-- tag's words in its field, FIELD complaint, history or medications. NULL when
-- there are no tags. The classifier writes it (FormatEvidence, from the labels
-- of the time): picking each tag's JSON apart for every row of every report
-- was 1.6 s of the 2.7 s the complaints query took over 50 clinics of 20,000
-- records. It changes only with the record or the rules, which classify again;
-- a migration that renames a cause or red flag in code_label must set it
-- again, with the UPDATE below.
ALTER TABLE classification ADD COLUMN evidence TEXT;

-- Records classified before: the evidence made from their tags, as
-- reports/complaints.sql made it. A classification of an older revision than
-- its record's is waiting to be replaced; it keeps NULL.
UPDATE classification
SET evidence = (
  SELECT group_concat(coalesce(l.label, t.value ->> 1) ||
                      CASE t.value ->> 2 WHEN 'possible' THEN ' (possible)' ELSE '' END || ': "' ||
                      CAST(substr(CAST(CASE t.value ->> 3 WHEN 'complaint' THEN i.complaint
                                                           WHEN 'history' THEN i.history
                                                           ELSE i.medications END AS BLOB),
                                  (t.value ->> 4) + 1, (t.value ->> 5) - (t.value ->> 4)) AS TEXT) ||
                      '" (' || (t.value ->> 3) || ')', char(10))
  FROM intake AS i
  JOIN json_each(classification.tags) AS t
  LEFT JOIN code_label AS l ON l.kind IN ('cause', 'red_flag') AND l.code = t.value ->> 1
  WHERE i.intake_key = classification.intake_key AND i.revision = classification.revision)
WHERE tags IS NOT NULL;
