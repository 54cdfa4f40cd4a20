-- Records not classified yet (new, or changed since they were classified): run `crampwatch classify` to classify them.
-- Run: crampwatch --db clinic.db query --file cookbook/09_not_classified_yet.sql --format table
SELECT clinic_id, intake_id, patient_id, substr(intake_date, 1, 10) AS intake_date
FROM v_intake
WHERE is_cramp IS NULL
ORDER BY clinic_id, intake_date, intake_id;
