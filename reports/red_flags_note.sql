-- Red flags sheet, footer: what the days and the suggested actions rest on.
-- Parameters: :today (YYYY-MM-DD, the day the workbook is written).
-- @sheet Red flags
-- @no-header
SELECT 'Days since intake count to ' || :today || ', the day this workbook was written.' AS "Note"
UNION ALL
SELECT 'Suggested actions paraphrase the NICE Clinical Knowledge Summaries (CKS) named with each.'
UNION ALL
SELECT 'They are prompts, not orders: the clinician who sees the patient decides.';
