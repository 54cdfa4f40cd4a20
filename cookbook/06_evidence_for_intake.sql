-- Why one intake got its causes and red flags: each tag with its readable name, the words that caused it, and the rule that fired.
-- Run: crampwatch --db clinic.db query --file cookbook/06_evidence_for_intake.sql --param clinic=CLN-014 --param intake=<intake_id> --format table
SELECT t.kind, t.code, l.label, t.certainty, t.field, t.evidence, t.rule
FROM v_tag AS t
LEFT JOIN code_label AS l ON l.kind = t.kind AND l.code = t.code
WHERE t.clinic_id = :clinic AND t.intake_id = :intake
ORDER BY t.kind, l.position, t.field;
