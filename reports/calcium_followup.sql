-- Calcium follow-up sheet: one row per patient flagged for calcium risk (the
-- article's heuristic from age and sex) with a cramp complaint in the period,
-- and in plain words whether their cramps have another likely cause: "May
-- not be calcium" (the article's point: e.g. a medicine for bone loss or
-- menopause, itself linked to cramps) or "No other cause found".
-- Parameters: :clinic, :from, :to (YYYY-MM-DD, both days included).
-- @sheet Calcium follow-up
-- @title Calcium follow-up: patients flagged by age and sex
-- @filter
-- @column Age: integer
-- @column Flagged as: wrap 12
-- @column Cramp complaints: integer 8
-- @column Last complaint: date
-- @column Low calcium in the text: text 9
-- @column Other likely causes: wrap 30
-- @column Finding: text 18
-- @empty No patient with a calcium-risk flag in this period.
WITH patient AS MATERIALIZED (
  SELECT patient_id, max(sex) AS sex, max(age) AS age, max(calcium_risk) AS risk,
         count(*) AS complaints, max(intake_date) AS last_date,
         ',' || group_concat(causes, ',') || ',' AS all_causes
  FROM v_intake
  WHERE clinic_id = :clinic AND intake_date >= :from AND intake_date < date(:to, '+1 day')
    AND is_cramp = 1 AND calcium_risk IS NOT NULL
  GROUP BY patient_id
),
-- The readable names of the causes other than calcium in each patient's codes.
-- Patients share a few hundred distinct lists at most: each is named once.
other AS MATERIALIZED (
  SELECT l.all_causes,
         coalesce((SELECT group_concat(label, ', ') FROM (
                     SELECT c.label FROM code_label AS c
                     WHERE c.kind = 'cause' AND c.code NOT IN ('calcium_deficiency', 'unexplained')
                       AND instr(l.all_causes, ',' || c.code || ',') > 0
                     ORDER BY c.position)), '') AS other_causes
  FROM (SELECT DISTINCT all_causes FROM patient) AS l
)
SELECT p.patient_id AS "Patient",
       p.sex AS "Sex",
       p.age AS "Age",
       coalesce(r.label, p.risk) AS "Flagged as",
       p.complaints AS "Cramp complaints",
       p.last_date AS "Last complaint",
       CASE WHEN instr(p.all_causes, ',calcium_deficiency,') > 0 THEN 'yes' ELSE '' END
         AS "Low calcium in the text",
       o.other_causes AS "Other likely causes",
       CASE WHEN o.other_causes <> '' THEN 'May not be calcium' ELSE 'No other cause found' END AS "Finding"
FROM patient AS p
JOIN other AS o USING (all_causes)
LEFT JOIN code_label AS r ON r.kind = 'calcium_risk' AND r.code = p.risk
ORDER BY p.last_date DESC, p.patient_id;
