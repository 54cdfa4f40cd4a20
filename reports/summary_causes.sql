-- Summary sheet, causes: cramp complaints per cause in the period (a complaint
-- may have several causes; "Unexplained" counts those with none).
-- Parameters: :clinic, :from, :to (YYYY-MM-DD, both days included).
-- @sheet Summary
-- @title Causes of cramp complaints
-- @column Cause: text 44
-- @column Complaints: integer
-- @column Share of cramp complaints: percent
-- @chart bar: Cause -> Complaints
WITH cramps AS MATERIALIZED (
  SELECT ',' || causes || ',' AS causes
  FROM v_intake
  WHERE clinic_id = :clinic AND intake_date >= :from AND intake_date < date(:to, '+1 day')
    AND is_cramp = 1
),
per_cause AS (
  SELECT l.position, l.label,
         (SELECT count(*) FROM cramps AS c
          WHERE CASE l.code WHEN 'unexplained' THEN c.causes = ',,'
                            ELSE instr(c.causes, ',' || l.code || ',') > 0 END) AS complaints
  FROM code_label AS l
  WHERE l.kind = 'cause'
)
SELECT label AS "Cause", complaints AS "Complaints",
       CAST(complaints AS REAL) / nullif((SELECT count(*) FROM cramps), 0) AS "Share of cramp complaints"
FROM per_cause
ORDER BY position;
