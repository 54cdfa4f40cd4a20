-- Summary sheet, red flags: cramp complaints per red flag in the period.
-- Parameters: :clinic, :from, :to (YYYY-MM-DD, both days included).
-- @sheet Summary
-- @title Red flags
-- @column Red flag: text 44
-- @column Complaints: integer
-- @column Share of cramp complaints: percent
WITH cramps AS MATERIALIZED (
  SELECT ',' || red_flags || ',' AS red_flags
  FROM v_intake
  WHERE clinic_id = :clinic AND intake_date >= :from AND intake_date < date(:to, '+1 day')
    AND is_cramp = 1
),
per_flag AS (
  SELECT l.position, l.label,
         (SELECT count(*) FROM cramps AS c WHERE instr(c.red_flags, ',' || l.code || ',') > 0)
           AS complaints
  FROM code_label AS l
  WHERE l.kind = 'red_flag'
)
SELECT label AS "Red flag", complaints AS "Complaints",
       CAST(complaints AS REAL) / nullif((SELECT count(*) FROM cramps), 0) AS "Share of cramp complaints"
FROM per_flag
ORDER BY position;
