-- Complaints sheet: one row per cramp complaint in the period, oldest first,
-- with the evidence of every cause and red flag (field and words). Causes,
-- red flags and the calcium flag are selected as codes and shown by their
-- names (`names KIND`, from code_label); run by hand, these columns show the
-- codes. The evidence, with the names of its codes, is the one the classifier
-- stored with the record's tags (classification.evidence, schema/008): made
-- here from the tags, it was 1.6 s of this query's 2.7 s over 50 clinics.
-- Reads the tables behind v_intake (same rows, same meaning).
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
       c.evidence AS "Evidence"
FROM intake AS i
JOIN classification AS c ON c.intake_key = i.intake_key AND c.revision = i.revision
WHERE i.clinic_id = :clinic AND i.intake_date >= :from AND i.intake_date < date(:to, '+1 day')
  AND c.is_cramp = 1
ORDER BY i.intake_date, i.intake_id;
