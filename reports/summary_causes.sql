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
  SELECT causes
  FROM v_intake
  WHERE clinic_id = :clinic AND intake_date >= :from AND intake_date < date(:to, '+1 day')
    AND is_cramp = 1
),
-- One pass: each complaint's codes split into rows ("a,b" -> a, b).
per_code AS (
  SELECT CASE c.causes WHEN '' THEN 'unexplained' ELSE j.value END AS code, count(*) AS complaints
  FROM cramps AS c, json_each('["' || replace(c.causes, ',', '","') || '"]') AS j
  GROUP BY 1
)
SELECT l.label AS "Cause",
       coalesce(p.complaints, 0) AS "Complaints",
       CAST(coalesce(p.complaints, 0) AS REAL) / nullif((SELECT count(*) FROM cramps), 0)
         AS "Share of cramp complaints"
FROM code_label AS l
LEFT JOIN per_code AS p USING (code)
WHERE l.kind = 'cause'
ORDER BY l.position;
