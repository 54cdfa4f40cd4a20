-- Calcium follow-up sheet, footer: the thresholds behind "Flagged as", those
-- of the latest classify run (changed thresholds change the rules version, so
-- every record is classified again with them). Two short lines, not one long
-- one: text running past the table's last column is cut off in print.
-- @sheet Calcium follow-up
-- @no-header
SELECT 'Flagged by the article''s heuristic from age and sex, not a diagnosis: ' ||
       coalesce((SELECT calcium_settings FROM classify_run ORDER BY run_id DESC LIMIT 1),
                'thresholds not recorded') || '.' AS "Note"
UNION ALL
SELECT '"Other likely causes" are the causes found in their cramp complaints of the period.';
