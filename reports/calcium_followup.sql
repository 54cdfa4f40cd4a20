-- Calcium follow-up sheet: one row per patient flagged for calcium risk (the
-- article's heuristic from age and sex) with a cramp complaint in the period.
-- "May not be calcium": another cause was found in their complaints, e.g. a
-- medicine for bone loss or menopause, itself linked to cramps.
-- Parameters: :clinic, :from, :to (YYYY-MM-DD, both days included).
-- @sheet Calcium follow-up
-- @title Calcium follow-up: patients flagged by age and sex
-- @filter
-- @column Age: integer
-- @column Complaints: integer
-- @column Last complaint: date
-- @column Other causes: wrap 40
-- @highlight May not be calcium: amber
-- @empty No patient with a calcium-risk flag in this period.
WITH patient AS (
  SELECT patient_id, max(sex) AS sex, max(age) AS age, max(calcium_risk) AS risk,
         count(*) AS complaints, max(intake_date) AS last_date,
         ',' || group_concat(causes, ',') || ',' AS all_causes
  FROM v_intake
  WHERE clinic_id = :clinic AND intake_date >= :from AND intake_date < date(:to, '+1 day')
    AND is_cramp = 1 AND calcium_risk IS NOT NULL
  GROUP BY patient_id
),
followup AS MATERIALIZED (  -- other_causes is read twice below: compute it once
  SELECT p.*,
         coalesce((SELECT group_concat(label, ', ') FROM (
                     SELECT l.label FROM code_label AS l
                     WHERE l.kind = 'cause' AND l.code NOT IN ('calcium_deficiency', 'unexplained')
                       AND instr(p.all_causes, ',' || l.code || ',') > 0
                     ORDER BY l.position)), '') AS other_causes
  FROM patient AS p
)
SELECT patient_id AS "Patient",
       sex AS "Sex",
       age AS "Age",
       replace(risk, '_', ' ') AS "Risk",
       complaints AS "Complaints",
       last_date AS "Last complaint",
       CASE WHEN instr(all_causes, ',calcium_deficiency,') > 0 THEN 'yes' ELSE '' END
         AS "Calcium evidence in text",
       other_causes AS "Other causes",
       CASE WHEN other_causes <> '' THEN 'yes' ELSE '' END AS "May not be calcium"
FROM followup
ORDER BY last_date DESC, patient_id;
