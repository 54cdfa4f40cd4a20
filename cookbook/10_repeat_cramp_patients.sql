-- Patients with two or more cramp complaints at the same clinic: how many, first and last date, and every cause seen.
-- Run: crampwatch --db clinic.db query --file cookbook/10_repeat_cramp_patients.sql --format table
-- `causes` joins codes with ','; turned into a JSON array, json_each lists them one by one.
WITH cramp AS MATERIALIZED (
  SELECT clinic_id, patient_id, intake_date, causes FROM v_intake WHERE is_cramp = 1),
repeat_patient AS (
  SELECT clinic_id, patient_id, count(*) AS cramp_complaints,
         substr(min(intake_date), 1, 10) AS first_date, substr(max(intake_date), 1, 10) AS last_date
  FROM cramp
  GROUP BY clinic_id, patient_id
  HAVING count(*) >= 2),
cause_seen AS (
  SELECT clinic_id, patient_id, group_concat(code, ',') AS causes_seen
  FROM (SELECT DISTINCT c.clinic_id, c.patient_id, j.value AS code
        FROM cramp AS c, json_each('["' || replace(c.causes, ',', '","') || '"]') AS j
        WHERE c.causes <> '')
  GROUP BY clinic_id, patient_id)
SELECT p.clinic_id, p.patient_id, p.cramp_complaints, p.first_date, p.last_date, s.causes_seen
FROM repeat_patient AS p
LEFT JOIN cause_seen AS s ON s.clinic_id = p.clinic_id AND s.patient_id = p.patient_id
ORDER BY p.cramp_complaints DESC, p.clinic_id, p.patient_id;
