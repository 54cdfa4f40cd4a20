-- Summary sheet, key figures: the clinic's intakes and cramp complaints in the period.
-- Parameters: :clinic (a clinic_id), :from and :to (YYYY-MM-DD, both days included).
-- @sheet Summary
-- @title Summary
-- @column Measure: text 44
-- @column Count: integer
-- @column Share: percent
WITH intakes AS (
  SELECT patient_id, is_cramp, nocturnal, causes, red_flags, calcium_risk
  FROM v_intake
  WHERE clinic_id = :clinic AND intake_date >= :from AND intake_date < date(:to, '+1 day')
),
cramps AS (SELECT * FROM intakes WHERE is_cramp = 1),
-- One row per calcium-risk patient: was a cause other than calcium found for them?
flagged AS (
  SELECT patient_id, max(causes NOT IN ('', 'calcium_deficiency')) AS other_cause
  FROM cramps WHERE calcium_risk IS NOT NULL GROUP BY patient_id
)
SELECT 'Intakes' AS "Measure", count(*) AS "Count", NULL AS "Share" FROM intakes
UNION ALL
SELECT 'Cramp complaints (share of intakes)', coalesce(sum(is_cramp = 1), 0), avg(is_cramp = 1)
FROM intakes
UNION ALL
SELECT 'At night (share of cramp complaints)', coalesce(sum(nocturnal), 0), avg(nocturnal) FROM cramps
UNION ALL
SELECT 'With a red flag', coalesce(sum(red_flags <> ''), 0), avg(red_flags <> '') FROM cramps
UNION ALL
SELECT 'Unexplained (no cause found)', coalesce(sum(causes = ''), 0), avg(causes = '') FROM cramps
UNION ALL
SELECT 'Calcium-risk patients (age and sex)', count(*), NULL FROM flagged
UNION ALL
SELECT '  of whom another cause was found', coalesce(sum(other_cause), 0), avg(other_cause) FROM flagged
UNION ALL
SELECT 'Intakes not classified yet', coalesce(sum(is_cramp IS NULL), 0), NULL FROM intakes;
