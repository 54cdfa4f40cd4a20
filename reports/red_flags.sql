-- Red flags sheet: cramp complaints with a red flag, newest first: what a
-- clinician should look at first. Evidence lists the red flags' words only.
-- Finds the complaints in v_intake (in a report, the small copy of the clinic's
-- period: see README.md; few of its rows have a red flag), then reads each one's
-- text and tags from the tables behind v_intake and v_tag, as complaints.sql does.
-- Parameters: :clinic, :from, :to (YYYY-MM-DD, both days included).
-- @sheet Red flags
-- @title Red flags: complaints that may not be a simple cramp
-- @filter
-- @column Date: date
-- @column Age: integer
-- @column Complaint: wrap 60
-- @column Evidence: wrap 50
-- @empty No red flags in this period.
SELECT v.intake_date AS "Date",
       v.intake_id AS "Intake",
       v.patient_id AS "Patient",
       v.age AS "Age",
       v.sex AS "Sex",
       replace(v.red_flags, ',', ', ') AS "Red flags",
       replace(v.causes, ',', ', ') AS "Causes",
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
FROM v_intake AS v
JOIN intake AS i ON i.clinic_id = v.clinic_id AND i.intake_id = v.intake_id
JOIN classification AS c ON c.intake_key = i.intake_key AND c.revision = i.revision
WHERE v.clinic_id = :clinic AND v.intake_date >= :from AND v.intake_date < date(:to, '+1 day')
  AND v.is_cramp = 1
  AND v.red_flags <> ''
ORDER BY v.intake_date DESC, v.intake_id DESC;
