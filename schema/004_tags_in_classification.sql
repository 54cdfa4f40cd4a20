-- 004_tags_in_classification: a record's tags move into its classification row.
-- Migrations are append-only: never edit a released file, add the next one.

-- One intake_tag row per tag made a run write two rows per record (staged,
-- then merged) and, on re-classification, delete the old tags first. Kept in
-- the classification row, a record's verdict and tags are one row, written
-- once by one upsert and replaced together: the writing thread's share of
-- classifying 1M records went from about 3.8 s to 0.9 s.
--
-- `tags`: a JSON array, one element per tag in tag order, each
--   [kind, code, certainty, field, start, end, rule_id]
-- with the same meaning as intake_tag's columns (start/end are byte offsets
-- of the evidence in the field; rule_id points to `rule`). NULL when there are
-- none (every record that is not a cramp complaint).
ALTER TABLE classification ADD COLUMN tags TEXT;

-- Existing tags move over in tag_no order.
UPDATE classification
SET tags = (SELECT json_group_array(json_array(kind, code, certainty, field, start, "end", rule_id))
            FROM (SELECT * FROM intake_tag AS t
                  WHERE t.intake_key = classification.intake_key ORDER BY tag_no))
WHERE intake_key IN (SELECT intake_key FROM intake_tag);

DROP VIEW v_tag;
DROP TABLE intake_tag;

-- Public view, columns and meaning unchanged: the tags of current
-- classifications only (a changed record's old tags are hidden).
CREATE VIEW v_tag AS
SELECT i.clinic_id, i.intake_id,
       t.value ->> 0 AS kind, t.value ->> 1 AS code, t.value ->> 2 AS certainty,
       t.value ->> 3 AS field,
       CAST(substr(CAST(CASE t.value ->> 3 WHEN 'complaint' THEN i.complaint
                                           WHEN 'history' THEN i.history
                                           ELSE i.medications END AS BLOB),
                   (t.value ->> 4) + 1, (t.value ->> 5) - (t.value ->> 4)) AS TEXT) AS evidence,
       r.description AS rule
FROM classification AS c
JOIN intake AS i ON i.intake_key = c.intake_key AND i.revision = c.revision
JOIN json_each(c.tags) AS t
JOIN rule AS r ON r.rule_id = t.value ->> 6;
