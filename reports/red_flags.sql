-- Red flags sheet: cramp complaints with a red flag, newest first: what a
-- clinician should look at first. Evidence lists the red flags' words only.
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
       v.complaint AS "Complaint",
       (SELECT group_concat(t.code || CASE t.certainty WHEN 'possible' THEN ' (possible)' ELSE '' END ||
                            ': "' || t.evidence || '" (' || t.field || ')', char(10))
        FROM v_tag AS t
        WHERE t.clinic_id = v.clinic_id AND t.intake_id = v.intake_id AND t.kind = 'red_flag')
         AS "Evidence"
FROM v_intake AS v
WHERE v.clinic_id = :clinic AND v.intake_date >= :from AND v.intake_date < date(:to, '+1 day')
  AND v.is_cramp = 1 AND v.red_flags <> ''
ORDER BY v.intake_date DESC, v.intake_id DESC;
