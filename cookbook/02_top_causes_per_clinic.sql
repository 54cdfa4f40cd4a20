-- The five most frequent causes of cramp complaints in each clinic (complaints with the cause, and how many of them definite).
-- Run: crampwatch --db clinic.db query --file cookbook/02_top_causes_per_clinic.sql --format table
-- A complaint counts once per cause even when several words point to it.
WITH per_cause AS (
  SELECT t.clinic_id, t.code,
         count(DISTINCT t.intake_id) AS complaints,
         count(DISTINCT t.intake_id) FILTER (WHERE t.certainty = 'definite') AS definite
  FROM v_tag AS t
  WHERE t.kind = 'cause'
  GROUP BY t.clinic_id, t.code),
ranked AS (
  SELECT per_cause.*,
         row_number() OVER (PARTITION BY clinic_id ORDER BY complaints DESC, code) AS rank
  FROM per_cause)
SELECT r.clinic_id, r.rank, r.code, l.label, r.complaints, r.definite
FROM ranked AS r
JOIN code_label AS l ON l.kind = 'cause' AND l.code = r.code
WHERE r.rank <= 5
ORDER BY r.clinic_id, r.rank;
