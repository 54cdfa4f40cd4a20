-- Summary sheet, key figures: the clinic's intakes and cramp complaints in the period.
-- Parameters: :clinic (a clinic_id), :from and :to (YYYY-MM-DD, both days included).
-- @sheet Summary
-- @title Summary
-- @column Measure: text 36
-- @column Count: integer
-- @column Share: percent 11
WITH figures AS MATERIALIZED (
  -- One pass over the period's intakes.
  SELECT count(*) AS intakes,
         coalesce(sum(is_cramp = 1), 0) AS cramps,
         coalesce(sum(is_cramp = 1 AND nocturnal = 1), 0) AS at_night,
         coalesce(sum(is_cramp = 1 AND red_flags <> ''), 0) AS red_flagged,
         coalesce(sum(is_cramp = 1 AND causes = ''), 0) AS unexplained,
         coalesce(sum(is_cramp IS NULL), 0) AS unclassified
  FROM v_intake
  WHERE clinic_id = :clinic AND intake_date >= :from AND intake_date < date(:to, '+1 day')
),
-- One row per calcium-risk patient: was a cause other than calcium found for them?
flagged AS MATERIALIZED (
  SELECT count(*) AS patients, coalesce(sum(other_cause), 0) AS with_other_cause
  FROM (SELECT max(causes NOT IN ('', 'calcium_deficiency')) AS other_cause
        FROM v_intake
        WHERE clinic_id = :clinic AND intake_date >= :from AND intake_date < date(:to, '+1 day')
          AND is_cramp = 1 AND calcium_risk IS NOT NULL
        GROUP BY patient_id)
)
SELECT 'Intakes' AS "Measure", intakes AS "Count", NULL AS "Share" FROM figures
UNION ALL
SELECT 'Cramp complaints (share of intakes)', cramps, CAST(cramps AS REAL) / nullif(intakes, 0) FROM figures
UNION ALL
SELECT 'At night (share of cramp complaints)', at_night, CAST(at_night AS REAL) / nullif(cramps, 0) FROM figures
UNION ALL
SELECT 'With a red flag', red_flagged, CAST(red_flagged AS REAL) / nullif(cramps, 0) FROM figures
UNION ALL
SELECT 'Unexplained (no cause found)', unexplained, CAST(unexplained AS REAL) / nullif(cramps, 0) FROM figures
UNION ALL
SELECT 'Calcium-risk patients (age and sex)', patients, NULL FROM flagged
UNION ALL
SELECT '  of whom another cause was found', with_other_cause,
       CAST(with_other_cause AS REAL) / nullif(patients, 0) FROM flagged
UNION ALL
SELECT 'Intakes not classified yet', unclassified, NULL FROM figures;
