-- Summary sheet, causes: cramp complaints per cause in the period (a complaint
-- may have several causes; "Unexplained" counts those with none).
-- Parameters: :clinic, :from, :to (YYYY-MM-DD, both days included).
-- @sheet Summary
-- @title Causes of cramp complaints
-- @column Cause: text 36
-- @column Complaints: integer
-- @column Share of cramp complaints: percent 11
-- @chart bar: Cause -> Complaints
WITH cause_sets AS MATERIALIZED (
  -- Complaints per set of causes: few distinct sets, so splitting them is cheap.
  SELECT causes, count(*) AS complaints
  FROM v_intake
  WHERE clinic_id = :clinic AND intake_date >= :from AND intake_date < date(:to, '+1 day')
    AND is_cramp = 1
  GROUP BY causes
),
-- Each set's codes split into rows ("a,b" -> a, b).
per_code AS (
  SELECT CASE s.causes WHEN '' THEN 'unexplained' ELSE j.value END AS code, sum(s.complaints) AS complaints
  FROM cause_sets AS s, json_each('["' || replace(s.causes, ',', '","') || '"]') AS j
  GROUP BY 1
)
SELECT l.label AS "Cause",
       coalesce(p.complaints, 0) AS "Complaints",
       CAST(coalesce(p.complaints, 0) AS REAL) / nullif((SELECT sum(complaints) FROM cause_sets), 0)
         AS "Share of cramp complaints"
FROM code_label AS l
LEFT JOIN per_code AS p USING (code)
WHERE l.kind = 'cause'
ORDER BY l.position;
