-- Cramp complaints per clinic and month: all intakes, cramp complaints, how many at night, and how many not classified yet.
-- Run: crampwatch --db clinic.db query --file cookbook/01_cramps_per_clinic_month.sql --format table
SELECT clinic_id,
       substr(intake_date, 1, 7) AS month,
       count(*) AS intakes,
       count(*) FILTER (WHERE is_cramp = 1) AS cramp_complaints,
       count(*) FILTER (WHERE is_cramp = 1 AND nocturnal = 1) AS nocturnal,
       count(*) FILTER (WHERE is_cramp IS NULL) AS not_classified
FROM v_intake
GROUP BY clinic_id, month
ORDER BY clinic_id, month;
