-- Complaints with a red flag in the last 30 days of data (counted back from the latest intake date in the database), newest first.
-- Run: crampwatch --db clinic.db query --file cookbook/05_red_flags_last_30_days.sql --format table
-- "Last 30 days of data", not of the calendar, so that an old copy of the database gives the same answer.
WITH latest AS (SELECT date(max(intake_date)) AS day FROM v_intake)
SELECT i.clinic_id, i.intake_id, i.patient_id, substr(i.intake_date, 1, 10) AS intake_date,
       i.red_flags, i.complaint
FROM v_intake AS i, latest
WHERE i.red_flags <> ''
  AND date(i.intake_date) > date(latest.day, '-30 days')
ORDER BY i.intake_date DESC, i.clinic_id, i.intake_id;
