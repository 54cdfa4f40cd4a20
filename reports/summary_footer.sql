-- Summary sheet, footer: the rules and calcium thresholds behind the figures.
-- Parameters: :clinic, :from, :to (YYYY-MM-DD, both days included).
-- @sheet Summary
-- @no-header
WITH versions AS (
  SELECT DISTINCT rules_version
  FROM v_intake
  WHERE clinic_id = :clinic AND intake_date >= :from AND intake_date < date(:to, '+1 day')
    AND rules_version IS NOT NULL
)
SELECT 'Classified with rules version ' ||
       coalesce((SELECT group_concat(rules_version, ', ') FROM versions), '(none yet)') ||
       '. Calcium risk is the article''s heuristic from age and sex, not a diagnosis: ' ||
       coalesce((SELECT r.calcium_settings FROM classify_run AS r
                 WHERE r.rules_version IN (SELECT rules_version FROM versions)
                   AND r.calcium_settings IS NOT NULL
                 ORDER BY r.run_id DESC LIMIT 1), 'thresholds not recorded') ||
       '.' AS "Footer";
