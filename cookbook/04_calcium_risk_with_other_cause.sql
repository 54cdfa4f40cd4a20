-- Cramp complaints of patients in a calcium-risk group that also show another cause: calcium may not be the explanation.
-- Run: crampwatch --db clinic.db query --file cookbook/04_calcium_risk_with_other_cause.sql --format table
-- other_causes is `causes` without calcium_deficiency (codes are joined by ',').
WITH risk AS (
  SELECT clinic_id, patient_id, intake_id, substr(intake_date, 1, 10) AS intake_date, sex, age,
         calcium_risk,
         instr(',' || causes || ',', ',calcium_deficiency,') > 0 AS calcium_evidence,
         trim(replace(',' || causes || ',', ',calcium_deficiency,', ','), ',') AS other_causes
  FROM v_intake
  WHERE is_cramp = 1 AND calcium_risk IS NOT NULL)
SELECT clinic_id, patient_id, intake_id, intake_date, sex, age, calcium_risk, calcium_evidence,
       other_causes
FROM risk
WHERE other_causes <> ''
ORDER BY clinic_id, intake_date, intake_id;
