-- Complaints sheet: one row per cramp complaint in the period, oldest first,
-- with the evidence of every cause and red flag (field and words).
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
SELECT v.intake_date AS "Date",
       v.intake_id AS "Intake",
       v.patient_id AS "Patient",
       v.age AS "Age",
       v.sex AS "Sex",
       CASE v.nocturnal WHEN 1 THEN 'yes' ELSE '' END AS "Night",
       replace(v.site, ',', ', ') AS "Site",
       replace(v.causes, ',', ', ') AS "Causes",
       replace(v.red_flags, ',', ', ') AS "Red flags",
       replace(coalesce(v.calcium_risk, ''), '_', ' ') AS "Calcium risk",
       v.complaint AS "Complaint",
       (SELECT group_concat(t.code || CASE t.certainty WHEN 'possible' THEN ' (possible)' ELSE '' END ||
                            ': "' || t.evidence || '" (' || t.field || ')', char(10))
        FROM v_tag AS t
        WHERE t.clinic_id = v.clinic_id AND t.intake_id = v.intake_id) AS "Evidence"
FROM v_intake AS v
WHERE v.clinic_id = :clinic AND v.intake_date >= :from AND v.intake_date < date(:to, '+1 day')
  AND v.is_cramp = 1
ORDER BY v.intake_date, v.intake_id;
