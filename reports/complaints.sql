-- Complaints sheet: one row per cramp complaint in the period, oldest first,
-- with the evidence of every cause and red flag (field and words). Causes,
-- red flags and the calcium flag are selected as codes and shown by their
-- names (`names KIND`, from code_label); run by hand, these columns show the
-- codes. The evidence names its codes in SQL, from a small list of its own
-- that SQLite indexes on the fly.
-- Reads the tables behind v_intake and v_tag (same rows, same meaning): the
-- evidence comes from the record's own tags, without looking the record up
-- again through v_tag, which took a third of the time.
-- Parameters: :clinic, :from, :to (YYYY-MM-DD, both days included).
-- @sheet Complaints
-- @title Cramp complaints
-- @filter
-- @column Date: date
-- @column Age: integer
-- @column Site: wrap 8
-- @column Causes: wrap 16 names cause
-- @column Red flags: wrap 12 names red_flag
-- @column Calcium risk: wrap 11 names calcium_risk
-- @column Complaint: wrap 29
-- @column Evidence: wrap 26
-- @highlight Red flags: red
-- @empty No cramp complaints in this period.
-- The names of the codes a tag can have (cause and red-flag codes differ).
WITH tag_label AS MATERIALIZED (
  SELECT code, label FROM code_label WHERE kind IN ('cause', 'red_flag')
)
SELECT i.intake_date AS "Date",
       i.intake_id AS "Intake",
       i.patient_id AS "Patient",
       i.age AS "Age",
       i.sex AS "Sex",
       CASE c.nocturnal WHEN 1 THEN 'yes' ELSE '' END AS "Night",
       replace(c.site, ',', ', ') AS "Site",
       -- No cause is said as such ("Unexplained (no cause found)"), not left blank.
       coalesce(nullif(c.causes, ''), 'unexplained') AS "Causes",
       c.red_flags AS "Red flags",
       c.calcium_risk AS "Calcium risk",
       i.complaint AS "Complaint",
       -- A tag is [kind, code, certainty, field, start, end, rule_id] (schema/004).
       (SELECT group_concat(coalesce(l.label, t.value ->> 1) ||
                            CASE t.value ->> 2 WHEN 'possible' THEN ' (possible)' ELSE '' END || ': "' ||
                            CAST(substr(CAST(CASE t.value ->> 3 WHEN 'complaint' THEN i.complaint
                                                                 WHEN 'history' THEN i.history
                                                                 ELSE i.medications END AS BLOB),
                                        (t.value ->> 4) + 1, (t.value ->> 5) - (t.value ->> 4)) AS TEXT) ||
                            '" (' || (t.value ->> 3) || ')', char(10))
        FROM json_each(c.tags) AS t
        LEFT JOIN tag_label AS l ON l.code = t.value ->> 1) AS "Evidence"
FROM intake AS i
JOIN classification AS c ON c.intake_key = i.intake_key AND c.revision = i.revision
WHERE i.clinic_id = :clinic AND i.intake_date >= :from AND i.intake_date < date(:to, '+1 day')
  AND c.is_cramp = 1
ORDER BY i.intake_date, i.intake_id;
