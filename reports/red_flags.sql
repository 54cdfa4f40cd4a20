-- Red flags sheet: cramp complaints with a red flag, newest first: what a
-- clinician should look at first. Evidence lists the red flags' words only.
-- Reads the tables behind v_intake and v_tag, as complaints.sql does.
-- Parameters: :clinic, :from, :to (YYYY-MM-DD, both days included).
-- @sheet Red flags
-- @title Red flags: complaints that may not be a simple cramp
-- @filter
-- @column Date: date
-- @column Age: integer
-- @column Complaint: wrap 60
-- @column Evidence: wrap 50
-- @empty No red flags in this period.
SELECT i.intake_date AS "Date",
       i.intake_id AS "Intake",
       i.patient_id AS "Patient",
       i.age AS "Age",
       i.sex AS "Sex",
       replace(c.red_flags, ',', ', ') AS "Red flags",
       replace(c.causes, ',', ', ') AS "Causes",
       i.complaint AS "Complaint",
       -- A tag is [kind, code, certainty, field, start, end, rule_id] (schema/004).
       (SELECT group_concat((t.value ->> 1) ||
                            CASE t.value ->> 2 WHEN 'possible' THEN ' (possible)' ELSE '' END || ': "' ||
                            CAST(substr(CAST(CASE t.value ->> 3 WHEN 'complaint' THEN i.complaint
                                                                 WHEN 'history' THEN i.history
                                                                 ELSE i.medications END AS BLOB),
                                        (t.value ->> 4) + 1, (t.value ->> 5) - (t.value ->> 4)) AS TEXT) ||
                            '" (' || (t.value ->> 3) || ')', char(10))
        FROM json_each(c.tags) AS t
        WHERE t.value ->> 0 = 'red_flag') AS "Evidence"
FROM intake AS i
JOIN classification AS c ON c.intake_key = i.intake_key AND c.revision = i.revision
WHERE i.clinic_id = :clinic AND i.intake_date >= :from AND i.intake_date < date(:to, '+1 day')
  AND c.is_cramp = 1 AND c.red_flags <> ''
ORDER BY i.intake_date DESC, i.intake_id DESC;
