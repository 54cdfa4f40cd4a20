-- Complaints sheet: one row per cramp complaint in the period, oldest first,
-- with the evidence of every cause and red flag (field and words).
-- Reads the tables behind v_intake and v_tag (same rows, same meaning): the
-- evidence comes from the record's own tags, without looking the record up
-- again through v_tag, which took a third of the time.
-- Parameters: :clinic, :from, :to (YYYY-MM-DD, both days included).
-- @sheet Complaints
-- @title Cramp complaints
-- @filter
-- @column Date: date
-- @column Age: integer
-- @column Complaint: wrap 60
-- @column Evidence: wrap 50
-- @highlight Red flags: red
-- @highlight Calcium risk: amber
-- @empty No cramp complaints in this period.
SELECT i.intake_date AS "Date",
       i.intake_id AS "Intake",
       i.patient_id AS "Patient",
       i.age AS "Age",
       i.sex AS "Sex",
       CASE c.nocturnal WHEN 1 THEN 'yes' ELSE '' END AS "Night",
       replace(c.site, ',', ', ') AS "Site",
       replace(c.causes, ',', ', ') AS "Causes",
       replace(c.red_flags, ',', ', ') AS "Red flags",
       replace(coalesce(c.calcium_risk, ''), '_', ' ') AS "Calcium risk",
       i.complaint AS "Complaint",
       -- A tag is [kind, code, certainty, field, start, end, rule_id] (schema/004).
       (SELECT group_concat((t.value ->> 1) ||
                            CASE t.value ->> 2 WHEN 'possible' THEN ' (possible)' ELSE '' END || ': "' ||
                            CAST(substr(CAST(CASE t.value ->> 3 WHEN 'complaint' THEN i.complaint
                                                                 WHEN 'history' THEN i.history
                                                                 ELSE i.medications END AS BLOB),
                                        (t.value ->> 4) + 1, (t.value ->> 5) - (t.value ->> 4)) AS TEXT) ||
                            '" (' || (t.value ->> 3) || ')', char(10))
        FROM json_each(c.tags) AS t) AS "Evidence"
FROM intake AS i
JOIN classification AS c ON c.intake_key = i.intake_key AND c.revision = i.revision
WHERE i.clinic_id = :clinic AND i.intake_date >= :from AND i.intake_date < date(:to, '+1 day')
  AND c.is_cramp = 1
ORDER BY i.intake_date, i.intake_id;
