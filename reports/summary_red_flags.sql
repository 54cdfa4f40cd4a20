-- Summary sheet, red flags: cramp complaints per red flag in the period, most
-- urgent first (red_flag_urgency), with how soon each needs a clinician.
-- Parameters: :clinic, :from, :to (YYYY-MM-DD, both days included).
-- @sheet Summary
-- @title Red flags
-- @column Red flag: text 36
-- @column Complaints: integer
-- @column Share of cramp complaints: percent 11
-- @column Urgency: text 11
-- @highlight Complaints: red
WITH cramps AS MATERIALIZED (
  SELECT red_flags
  FROM v_intake
  WHERE clinic_id = :clinic AND intake_date >= :from AND intake_date < date(:to, '+1 day')
    AND is_cramp = 1
),
-- One pass: each complaint's codes split into rows ("a,b" -> a, b).
per_code AS (
  SELECT j.value AS code, count(*) AS complaints
  FROM cramps AS c, json_each('["' || replace(c.red_flags, ',', '","') || '"]') AS j
  WHERE c.red_flags <> ''
  GROUP BY 1
)
SELECT l.label AS "Red flag",
       coalesce(p.complaints, 0) AS "Complaints",
       CAST(coalesce(p.complaints, 0) AS REAL) / nullif((SELECT count(*) FROM cramps), 0)
         AS "Share of cramp complaints",
       u.timing AS "Urgency"
FROM code_label AS l
LEFT JOIN red_flag_urgency AS u ON u.kind = l.kind AND u.code = l.code
LEFT JOIN per_code AS p USING (code)
WHERE l.kind = 'red_flag'
ORDER BY u.urgency, l.position;
