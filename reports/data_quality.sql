-- Data quality sheet, key figures: what may be missing from this clinic's report.
-- Parameters: :clinic, :from, :to (YYYY-MM-DD, both days included).
-- @sheet Data quality
-- @title Data quality
-- @column Check: wrap 30
-- @column Count: integer
WITH intakes AS (
  SELECT age, sex, is_cramp
  FROM v_intake
  WHERE clinic_id = :clinic AND intake_date >= :from AND intake_date < date(:to, '+1 day')
)
SELECT 'Intakes in the period' AS "Check", count(*) AS "Count" FROM intakes
UNION ALL
SELECT 'without age (no calcium-risk flag possible)', coalesce(sum(age IS NULL), 0) FROM intakes
UNION ALL
SELECT 'without sex (F/M)', coalesce(sum(sex IS NULL OR sex NOT IN ('F', 'M')), 0) FROM intakes
UNION ALL
SELECT 'not classified yet (run crampwatch classify)', coalesce(sum(is_cramp IS NULL), 0) FROM intakes
UNION ALL
SELECT 'Rejected rows of this clinic, all imports', count(*) FROM import_reject WHERE clinic_id = :clinic;
