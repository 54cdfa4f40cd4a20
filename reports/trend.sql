-- Trend sheet: cramp complaints per calendar month of the period, by cause
-- (a complaint with several causes counts under each); months without
-- complaints show zeros. Months end with the one the data runs through
-- (:through): a later month has no data yet, and would look like a drop. A
-- month the period or the data covers only in part says so in "Note", and the
-- chart labels it there. The chart shows all complaints and the five most
-- frequent causes of the period; the table has every cause.
-- Parameters: :clinic, :from, :to (YYYY-MM-DD, both days included), :through.
-- @sheet Trend
-- @title Cramp complaints per month, by cause
-- @column Month: month
-- @column Note: wrap 9
-- @column All cramp complaints: integer 7
-- @column Cold exposure: integer 7
-- @column Overexertion: integer 7
-- @column Salt loss (sweating): integer 7
-- @column Calcium deficiency: integer 7
-- @column Sleep posture: integer 7
-- @column Malnutrition: integer 7
-- @column Lumbar disc herniation: integer 7
-- @column Bone spurs (hyperplasia): integer 7
-- @column Medication: integer 7
-- @column Pregnancy: integer 7
-- @column Electrolyte imbalance: integer 7
-- @column Chronic disease: integer 7
-- @column Unexplained: integer 7
-- @chart line: Month -> All cramp complaints + top 5 of Cold exposure .. Unexplained
-- @chart-title Cramp complaints per month: all, and the five most frequent causes
-- @chart-label Note
WITH RECURSIVE month(first_day) AS (
  SELECT date(:from, 'start of month')
  UNION ALL
  SELECT date(first_day, '+1 month') FROM month WHERE date(first_day, '+1 month') <= min(:to, :through)
),
-- Complaints are counted per month and set of causes first: few distinct sets,
-- so each cause is looked for in a few hundred rows, not in every complaint.
per_cause_set AS (
  SELECT substr(intake_date, 1, 7) AS month, ',' || causes || ',' AS causes, count(*) AS complaints
  FROM v_intake
  WHERE clinic_id = :clinic AND intake_date >= :from AND intake_date < date(:to, '+1 day')
    AND is_cramp = 1
  GROUP BY 1, 2
),
per_month AS (
  SELECT month,
         sum(complaints) AS complaints,
         sum(complaints * (instr(causes, ',cold_exposure,') > 0)) AS cold_exposure,
         sum(complaints * (instr(causes, ',overexertion,') > 0)) AS overexertion,
         sum(complaints * (instr(causes, ',salt_loss,') > 0)) AS salt_loss,
         sum(complaints * (instr(causes, ',calcium_deficiency,') > 0)) AS calcium_deficiency,
         sum(complaints * (instr(causes, ',sleep_posture,') > 0)) AS sleep_posture,
         sum(complaints * (instr(causes, ',malnutrition,') > 0)) AS malnutrition,
         sum(complaints * (instr(causes, ',lumbar_disc_herniation,') > 0)) AS lumbar_disc_herniation,
         sum(complaints * (instr(causes, ',bone_hyperplasia,') > 0)) AS bone_hyperplasia,
         sum(complaints * (instr(causes, ',medication,') > 0)) AS medication,
         sum(complaints * (instr(causes, ',pregnancy,') > 0)) AS pregnancy,
         sum(complaints * (instr(causes, ',electrolyte_imbalance,') > 0)) AS electrolyte_imbalance,
         sum(complaints * (instr(causes, ',chronic_disease,') > 0)) AS chronic_disease,
         sum(complaints * (causes = ',,')) AS unexplained
  FROM per_cause_set
  GROUP BY month
)
SELECT m.first_day AS "Month",
       CASE WHEN m.first_day < :from THEN 'partial, from ' || :from
            WHEN date(m.first_day, '+1 month', '-1 day') > min(:to, :through)
              THEN 'partial, to ' || min(:to, :through)
       END AS "Note",
       coalesce(p.complaints, 0) AS "All cramp complaints",
       coalesce(p.cold_exposure, 0) AS "Cold exposure",
       coalesce(p.overexertion, 0) AS "Overexertion",
       coalesce(p.salt_loss, 0) AS "Salt loss (sweating)",
       coalesce(p.calcium_deficiency, 0) AS "Calcium deficiency",
       coalesce(p.sleep_posture, 0) AS "Sleep posture",
       coalesce(p.malnutrition, 0) AS "Malnutrition",
       coalesce(p.lumbar_disc_herniation, 0) AS "Lumbar disc herniation",
       coalesce(p.bone_hyperplasia, 0) AS "Bone spurs (hyperplasia)",
       coalesce(p.medication, 0) AS "Medication",
       coalesce(p.pregnancy, 0) AS "Pregnancy",
       coalesce(p.electrolyte_imbalance, 0) AS "Electrolyte imbalance",
       coalesce(p.chronic_disease, 0) AS "Chronic disease",
       coalesce(p.unexplained, 0) AS "Unexplained"
FROM month AS m
LEFT JOIN per_month AS p ON p.month = substr(m.first_day, 1, 7)
ORDER BY m.first_day;
